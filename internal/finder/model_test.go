package finder

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// testMarkdown is the document a test previews: the question as a title
// and the answer.
func testMarkdown(e *faq.Entry, _ string) string {
	return "# " + e.Question + "\n\n" + e.Answer + "\n"
}

// newTestModel returns a model of x at a size, drawn without colour.
func newTestModel(t testing.TB, x *faq.FAQ, ix *faq.Index, width, height int, query, topic string) *model {
	t.Helper()
	m := newModel(Options{FAQ: x, Index: ix, Query: query, Topic: topic, Markdown: testMarkdown,
		Render: render.Options{Style: "dark", Colors: render.Plain}})
	m.resize(width, height)
	return m
}

// keyBytes are what a terminal (xterm) sends for the keys tests press.
var keyBytes = map[string]string{
	"up": "\x1b[A", "down": "\x1b[B", "right": "\x1b[C", "left": "\x1b[D", "home": "\x1b[H", "end": "\x1b[F",
	"ctrl+p": "\x10", "ctrl+n": "\x0e", "ctrl+k": "\x0b", "ctrl+j": "\n", "enter": "\r", "esc": "\x1b",
	"ctrl+c": "\x03", "tab": "\t", "shift+tab": "\x1b[Z", "pgup": "\x1b[5~", "pgdown": "\x1b[6~",
	"shift+up": "\x1b[1;2A", "shift+down": "\x1b[1;2B", "backspace": "\x7f", "ctrl+w": "\x17",
	"ctrl+u": "\x15", "delete": "\x1b[3~", "f1": "\x1bOP",
}

// press turns "sacro inj", "<down>" or "?" into the events the finder
// reads when they are typed: the bytes a terminal sends for each key,
// decoded one key at a time (text letter by letter), an Esc alone
// taken as such once nothing follows it.
func press(t testing.TB, keys ...string) []event {
	t.Helper()
	var d decoder
	var evs []event
	typeIn := func(b, want string) {
		got := d.feed([]byte(b))
		if d.waiting() {
			got = append(got, d.flush()...)
		}
		if len(got) != 1 || got[0].String() != want {
			t.Fatalf("%q decodes as %+v, want %q", b, got, want)
		}
		evs = append(evs, got...)
	}
	for _, k := range keys {
		if name, ok := strings.CutPrefix(k, "<"); ok {
			name, _ = strings.CutSuffix(name, ">")
			b, ok := keyBytes[name]
			if !ok {
				t.Fatalf("no key %q", name)
			}
			typeIn(b, name)
			continue
		}
		for _, r := range k {
			typeIn(string(r), string(r))
		}
	}
	return evs
}

// run applies events to m, as Run does, until one of them ends the
// finder, and reports whether one did.
func run(m *model, evs []event) (quit bool) {
	for _, ev := range evs {
		if m.update(ev) {
			return true
		}
	}
	return false
}

func TestUpdateView(t *testing.T) {
	ix := embedded(t)
	tests := []struct {
		name          string
		width, height int
		query, topic  string // to start with
		keys          []string
		wantQuery     string
		wantSel       string // id of the selected entry; "" for any, "none" for none
		// wantRow, when not 0, is the selected entry's place in the
		// ranking (1 for the best, -1 for the last), whatever the engine
		// ranks there; the
		// view must show it selected and its preview.
		wantRow      int
		wantChosen   string
		wantCanceled bool
		wantTopic    string
		view         []string // in the view
		notView      []string
	}{
		{name: "opens on every entry", width: 120, height: 40,
			wantSel: "s1-nerve-vs-sciatica", view: []string{"27/27 · all topics", "> Is the S1 nerve the same as sciatica?", "No. The S1 nerve is a structure", "not medical advice"}},
		{name: "typing ranks", width: 120, height: 40, keys: []string{"sacro inj"},
			wantQuery: "sacro inj", wantSel: "si-joint-injection", view: []string{"> Will an SI joint injection help sciatica?", "places a local"}},
		{name: "down moves and the preview follows", width: 120, height: 40, keys: []string{"sacro inj", "<down>"},
			wantQuery: "sacro inj", wantRow: 2, notView: []string{"places a local"}},
		{name: "ctrl+n ctrl+j move down, ctrl+p ctrl+k up", width: 120, height: 40, keys: []string{"<ctrl+n>", "<ctrl+j>", "<ctrl+j>", "<ctrl+p>", "<ctrl+k>"},
			wantSel: "s1-nerve-function"},
		{name: "up stops at the top", width: 120, height: 40, keys: []string{"<up>", "<up>"}, wantSel: "s1-nerve-vs-sciatica"},
		{name: "down stops at the bottom", width: 120, height: 40, keys: []string{"zzzz", "<backspace>", "<backspace>", "<backspace>", "<backspace>", "sacro inj", "<down>", "<down>", "<down>", "<down>", "<down>", "<down>", "<down>", "<down>"},
			wantQuery: "sacro inj", wantRow: -1},
		{name: "enter picks", width: 120, height: 40, keys: []string{"sacro inj", "<enter>"},
			wantQuery: "sacro inj", wantSel: "si-joint-injection", wantChosen: "si-joint-injection"},
		{name: "esc cancels", width: 120, height: 40, keys: []string{"sacro", "<esc>"}, wantQuery: "sacro", wantRow: 1, wantCanceled: true},
		{name: "ctrl+c cancels", width: 70, height: 30, keys: []string{"<ctrl+c>"}, wantSel: "s1-nerve-vs-sciatica", wantCanceled: true},
		{name: "nothing matches: enter does nothing", width: 120, height: 40, keys: []string{"zzzz", "<enter>"},
			wantQuery: "zzzz", wantSel: "none", view: []string{"no entry matches", "0/27"}},
		{name: "the query given", width: 120, height: 40, query: "epidural", wantQuery: "epidural", wantSel: "pinched-s1-steroid-injection"},
		{name: "tab cycles topics", width: 120, height: 40, keys: []string{"<tab>", "<tab>"}, wantTopic: "SI joint",
			wantSel: "si-joint-and-sciatica", view: []string{"6/27 · SI joint"}, notView: []string{"S1 nerve the same"}},
		{name: "shift+tab goes back, to every topic", width: 120, height: 40, keys: []string{"<tab>", "<shift+tab>"}, wantSel: "s1-nerve-vs-sciatica", view: []string{"27/27 · all topics"}},
		{name: "the topic given", width: 120, height: 40, topic: "l5-s1", wantTopic: "L5-S1", wantSel: "l5-s1-pain-relief", view: []string{"2/27 · L5-S1"}},
		{name: "tab after the last topic is every topic", width: 120, height: 40, topic: "living with sciatica", keys: []string{"<tab>"}, view: []string{"27/27 · all topics"}, wantSel: "s1-nerve-vs-sciatica"},
		{name: "? shows the keys, any key hides them", width: 120, height: 40, keys: []string{"?"}, wantSel: "s1-nerve-vs-sciatica",
			view: []string{"Keys", "up, ctrl+p, ctrl+k", "quit without printing"}, notView: []string{"No. The S1 nerve"}},
		{name: "? twice", width: 120, height: 40, keys: []string{"?", "?"}, wantSel: "s1-nerve-vs-sciatica", notView: []string{"quit without printing"}},
		{name: "esc closes the keys without quitting", width: 120, height: 40, keys: []string{"?", "<esc>"}, wantSel: "s1-nerve-vs-sciatica", view: []string{"No. The S1 nerve"}},
		{name: "a key that closes the keys does nothing else", width: 120, height: 40, keys: []string{"?", "q", "<down>"}, wantSel: "s1-nerve-function", view: []string{"27/27"}, notView: []string{"quit without printing"}},
		{name: "? in a query is a letter", width: 120, height: 40, keys: []string{"is the s1 nerve the same as sciatica?"}, wantQuery: "is the s1 nerve the same as sciatica?", wantSel: "s1-nerve-vs-sciatica", notView: []string{"quit without printing"}},
		{name: "f1 shows the keys with a query", width: 120, height: 40, keys: []string{"mri", "<f1>"}, wantQuery: "mri", view: []string{"quit without printing"}},
		{name: "editing: ctrl+w deletes a word", width: 120, height: 40, keys: []string{"si joint mri", "<ctrl+w>"}, wantQuery: "si joint "},
		{name: "editing: ctrl+u deletes the query", width: 120, height: 40, keys: []string{"si joint", "<ctrl+u>"}, wantSel: "s1-nerve-vs-sciatica"},
		{name: "editing: insert in the middle", width: 120, height: 40, keys: []string{"si mri", "<left>", "<left>", "<left>", "joint "}, wantQuery: "si joint mri", wantSel: "si-joint-mri"},
		{name: "editing: home and delete", width: 120, height: 40, keys: []string{"xmri", "<home>", "<delete>", "<end>"}, wantQuery: "mri", wantSel: "sciatica-imaging"},
		{name: "narrow: the preview is below", width: 70, height: 30, keys: []string{"sacro inj"}, wantQuery: "sacro inj", wantSel: "si-joint-injection",
			view: []string{"── SI joint · si-joint-injection", "places a local"}},
		{name: "page down scrolls the preview", width: 70, height: 30, keys: []string{"sacro inj", "<pgdown>"}, wantQuery: "sacro inj", wantSel: "si-joint-injection",
			notView: []string{"places a local"}, view: []string{"of 2"}},
		{name: "page up scrolls back", width: 70, height: 30, keys: []string{"sacro inj", "<pgdown>", "<pgup>"}, wantQuery: "sacro inj", wantSel: "si-joint-injection", view: []string{"places a local"}},
		{name: "a tiny terminal", width: 12, height: 3, keys: []string{"sacro inj", "<down>"}, wantQuery: "sacro inj", wantRow: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestModel(t, ix.FAQ(), ix, tt.width, tt.height, tt.query, tt.topic)
			quit := run(m, press(t, tt.keys...))
			if got := string(m.query); got != tt.wantQuery {
				t.Errorf("query %q, want %q", got, tt.wantQuery)
			}
			sel := "none"
			if e := m.selected(); e != nil {
				sel = e.ID
			}
			if tt.wantSel != "" && sel != tt.wantSel {
				t.Errorf("selected %q, want %q", sel, tt.wantSel)
			}
			if tt.wantRow != 0 {
				rows := m.rk.rank(string(m.query), m.topicName())
				at := tt.wantRow - 1
				if tt.wantRow < 0 {
					at = len(rows) + tt.wantRow
				}
				e := rows[at].entry
				if sel != e.ID {
					t.Errorf("selected %q, want row %d, %q", sel, tt.wantRow, e.ID)
				}
				if tt.height > 3 {
					tt.view = append(tt.view, "> "+e.Question[:20], "── "+e.Topic+" · "+e.ID)
				}
			}
			if tt.wantTopic != "" && m.topicName() != tt.wantTopic {
				t.Errorf("topic %q, want %q", m.topicName(), tt.wantTopic)
			}
			chosen := ""
			if m.chosen != nil {
				chosen = m.chosen.ID
			}
			if chosen != tt.wantChosen || m.canceled != tt.wantCanceled || quit != (chosen != "" || m.canceled) {
				t.Errorf("chosen %q canceled %v quit %v, want %q %v", chosen, m.canceled, quit, tt.wantChosen, tt.wantCanceled)
			}
			view := m.View()
			checkFrame(t, view, tt.width, tt.height)
			for _, s := range tt.view {
				if !strings.Contains(view, s) {
					t.Errorf("view lacks %q:\n%s", s, view)
				}
			}
			for _, s := range tt.notView {
				if strings.Contains(view, s) {
					t.Errorf("view has %q:\n%s", s, view)
				}
			}
		})
	}
}

// checkFrame checks that a view fills the screen exactly: one line per
// row, each as wide as the terminal.
func checkFrame(t *testing.T, view string, width, height int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) != height {
		t.Errorf("view has %d lines, want %d", len(lines), height)
	}
	for i, l := range lines {
		if w := ansi.StringWidth(l); w != width {
			t.Errorf("line %d is %d columns wide, want %d: %q", i, w, width, l)
		}
	}
}

// TestResize: the layout follows the terminal, side by side from 100
// columns and stacked below.
func TestResize(t *testing.T) {
	ix := embedded(t)
	m := newTestModel(t, ix.FAQ(), ix, 120, 40, "sacro inj", "")
	for _, size := range [][2]int{{120, 40}, {70, 30}, {100, 20}, {99, 20}, {200, 60}, {40, 10}, {30, 2}, {30, 1}} {
		m.resize(size[0], size[1])
		view := m.View()
		checkFrame(t, view, size[0], size[1])
		side := strings.Contains(view, "│")
		if side != (size[0] >= sideBySide && size[1] > 2) {
			t.Errorf("%dx%d: side by side %v", size[0], size[1], side)
		}
		// The answer is wrapped to its pane.
		for _, l := range m.previewLines(m.layout().previewWidth) {
			if w := ansi.StringWidth(l); w > m.layout().previewWidth {
				t.Errorf("%dx%d: preview line of %d columns in a pane of %d", size[0], size[1], w, m.layout().previewWidth)
			}
		}
	}
}

// TestMouse: the wheel scrolls the preview over it and moves the
// selection over the list; a click selects. The reports come in SGR
// form, as the finder asks for, and in the older X10 form.
func TestMouse(t *testing.T) {
	ix := embedded(t)
	for _, form := range []string{"sgr", "x10"} {
		m := newTestModel(t, ix.FAQ(), ix, 120, 20, "", "")
		report := func(button, x, y int) {
			b := fmt.Sprintf("\x1b[<%d;%d;%dM", button, x+1, y+1)
			if form == "x10" {
				b = "\x1b[M" + string([]byte{byte(button + 32), byte(x + 33), byte(y + 33)}) // raw bytes, not UTF-8
			}
			var d decoder
			run(m, d.feed([]byte(b)))
		}
		report(65, 100, 5) // the wheel down, over the preview
		if m.scroll != wheelLines || m.sel != 0 {
			t.Errorf("%s: wheel over the preview: scroll %d sel %d", form, m.scroll, m.sel)
		}
		report(65, 10, 5) // over the list
		if m.sel != 1 || m.scroll != 0 {
			t.Errorf("%s: wheel over the list: sel %d scroll %d", form, m.sel, m.scroll)
		}
		report(0, 10, 4) // a left click on the list's fourth line
		if m.sel != 3 {
			t.Errorf("%s: click on line 4: sel %d, want 3", form, m.sel)
		}
	}
}

// TestListScrolls: moving past the last line shown scrolls the list.
func TestListScrolls(t *testing.T) {
	ix := embedded(t)
	m := newTestModel(t, ix.FAQ(), ix, 120, 8, "", "")
	run(m, press(t, "<down>", "<down>", "<down>", "<down>", "<down>", "<down>", "<down>"))
	if m.sel != 7 || m.top != 2 {
		t.Errorf("sel %d top %d, want 7 and 2", m.sel, m.top)
	}
	if !strings.Contains(m.View(), "> "+ix.FAQ().Entries[7].Question[:20]) {
		t.Errorf("the selection is not in view:\n%s", m.View())
	}
}

// TestHostile: nothing from the FAQ reaches the terminal as an escape
// sequence, in colour or not.
func TestHostile(t *testing.T) {
	src := "---\ndisclaimer: \"\\e]0;pwned\\a careful\"\n---\n# Evil \x1b[2J\n\n## How do I retitle \x1b]0;pwned\x07the window?\n\nClear \x1b[2J\x1b[Hscreen, \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ and \u009b31m C1, entity &#27;[31mred.\n"
	d, err := faq.Parse("evil.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	x := faq.New(d)
	ix := faq.NewIndex(x)
	for _, p := range []render.Colors{render.Plain, render.TrueColor} {
		m := newModel(Options{FAQ: x, Index: ix, Query: "retitle \x1b]0;x\x07", Markdown: testMarkdown, Render: render.Options{Style: "dark", Colors: p}})
		m.resize(120, 20)
		view := m.View()
		for _, bad := range []string{"\x1b]", "\x1b[2J", "\x1b[H", "\u009b", "pwned", "&#27;", "\a"} {
			if strings.Contains(view, bad) {
				t.Errorf("profile %v: view holds %q", p, bad)
			}
		}
		if p == render.Plain && strings.Contains(view, "\x1b") {
			t.Errorf("no colour, yet an escape: %q", view)
		}
		if !strings.Contains(ansi.Strip(view), "How do I retitle the window?") {
			t.Errorf("the question is not shown:\n%s", view)
		}
	}
}

// FuzzQuery: any query, typed or pasted, ranks and draws a full frame
// without escape sequences from the query.
func FuzzQuery(f *testing.F) {
	for _, s := range []string{"sacro inj", "", "l5-s1", "\x1b]0;x\x07", "é ü ß", "a\nb\tc", "???", "  ", "0123456789"} {
		f.Add(s)
	}
	ix := embedded(f)
	f.Fuzz(func(t *testing.T, q string) {
		for _, size := range [][2]int{{120, 40}, {70, 30}} {
			m := newTestModel(t, ix.FAQ(), ix, size[0], size[1], "", "")
			var d decoder
			run(m, d.feed([]byte("\x1b[200~"+q+"\x1b[201~")))
			run(m, d.flush())
			view := m.View()
			checkFrame(t, view, size[0], size[1])
			if strings.Contains(view, "\x1b") {
				t.Fatalf("an escape in a colourless view for %q", q)
			}
		}
	})
}

// TestShortTerminalShowsTheAnswer: on a short terminal the disclaimer
// takes at most a third of the preview's rows (at least one while the
// answer keeps one too), cut with "…", so the answer still shows.
func TestShortTerminalShowsTheAnswer(t *testing.T) {
	ix := embedded(t)
	m := newTestModel(t, ix.FAQ(), ix, 80, 8, "", "")
	sizes := [][2]int{{80, 8}, {40, 12}, {60, 12}, {30, 10}, {30, 8}, {100, 14}, {120, 40}}
	for w := 30; w <= 140; w++ {
		sizes = append(sizes, [2]int{w, 9})
	}
	for _, size := range sizes {
		m.resize(size[0], size[1])
		g := m.layout()
		space := g.bodyEnd - g.previewY
		if space >= 2 && (g.previewHeight < 1 || len(g.disclaimer) < 1) {
			t.Errorf("%dx%d: %d answer and %d disclaimer lines in %d rows", size[0], size[1], g.previewHeight, len(g.disclaimer), space)
		}
		if len(g.disclaimer) > max(space/3, 1) {
			t.Errorf("%dx%d: the disclaimer takes %d of %d rows", size[0], size[1], len(g.disclaimer), space)
		}
		view := m.View()
		checkFrame(t, view, size[0], size[1])
		if space >= 2 && !strings.Contains(view, "Go to A&E or call") {
			t.Errorf("%dx%d: no disclaimer:\n%s", size[0], size[1], view)
		}
		for _, l := range g.disclaimer {
			if w := ansi.StringWidth(l) + 2; w > g.previewWidth && g.previewWidth >= 12 {
				t.Errorf("%dx%d: disclaimer line %q is %d columns in a pane of %d", size[0], size[1], l, w, g.previewWidth)
			}
		}
	}
}

// TestPreviewFollowsQuery: the preview is the document for the query as
// typed now, so a note the query calls shows as soon as it is typed.
func TestPreviewFollowsQuery(t *testing.T) {
	ix := embedded(t)
	m := newModel(Options{FAQ: ix.FAQ(), Index: ix, Query: "sciatica", Render: render.Options{Style: "dark", Colors: render.Plain},
		Markdown: func(e *faq.Entry, query string) string { return "# " + e.Question + "\n\nasked: " + query + "\n" }})
	m.resize(120, 20)
	if view := m.View(); !strings.Contains(view, "asked: sciatica") {
		t.Fatalf("preview before typing:\n%s", view)
	}
	run(m, press(t, " pee"))
	if view := m.View(); !strings.Contains(view, "asked: sciatica pee") {
		t.Errorf("preview after typing:\n%s", view)
	}
}
