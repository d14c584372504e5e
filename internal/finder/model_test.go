package finder

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// testMarkdown is the document a test previews: the question as a title
// and the answer.
func testMarkdown(e *faq.Entry) string { return "# " + e.Question + "\n\n" + e.Answer() + "\n" }

// newTestModel returns a model of x at a size, drawn without colour.
func newTestModel(t testing.TB, x *faq.FAQ, ix *faq.Index, width, height int, query, topic string) *model {
	t.Helper()
	m := newModel(Options{FAQ: x, Index: ix, Query: query, Topic: topic, Markdown: testMarkdown,
		Render: render.Options{Style: "dark", Colors: render.Plain}})
	m.Update(tea.WindowSizeMsg{Width: width, Height: height})
	return m
}

// keyNames are the keys tests press, by the names tea.KeyMsg.String
// gives them.
var keyNames = map[string]tea.KeyType{
	"up": tea.KeyUp, "down": tea.KeyDown, "ctrl+p": tea.KeyCtrlP, "ctrl+n": tea.KeyCtrlN,
	"ctrl+k": tea.KeyCtrlK, "ctrl+j": tea.KeyCtrlJ, "enter": tea.KeyEnter, "esc": tea.KeyEsc,
	"ctrl+c": tea.KeyCtrlC, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab, "pgup": tea.KeyPgUp,
	"pgdown": tea.KeyPgDown, "shift+up": tea.KeyShiftUp, "shift+down": tea.KeyShiftDown,
	"backspace": tea.KeyBackspace, "ctrl+w": tea.KeyCtrlW, "ctrl+u": tea.KeyCtrlU,
	"left": tea.KeyLeft, "home": tea.KeyHome, "end": tea.KeyEnd, "delete": tea.KeyDelete,
}

// press turns "sacro inj", "<down>" or "<down>*3" into key messages:
// text is typed letter by letter, <name> is a named key.
func press(t testing.TB, keys ...string) []tea.Msg {
	t.Helper()
	var msgs []tea.Msg
	for _, k := range keys {
		if name, ok := strings.CutPrefix(k, "<"); ok {
			name, _ = strings.CutSuffix(name, ">")
			kt, ok := keyNames[name]
			if !ok {
				t.Fatalf("no key %q", name)
			}
			msgs = append(msgs, tea.KeyMsg{Type: kt})
			continue
		}
		for _, r := range k {
			if r == ' ' {
				msgs = append(msgs, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
			} else {
				msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
			}
		}
	}
	return msgs
}

// run sends msgs to m and reports whether one of them quit.
func run(m *model, msgs []tea.Msg) (quit bool) {
	for _, msg := range msgs {
		if _, cmd := m.Update(msg); cmd != nil {
			if _, ok := cmd().(tea.QuitMsg); ok {
				quit = true
			}
		}
	}
	return quit
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
		wantChosen    string
		wantCanceled  bool
		wantTopic     string
		view          []string // in the view
		notView       []string
	}{
		{name: "opens on every entry", width: 120, height: 40,
			wantSel: "s1-nerve-vs-sciatica", view: []string{"27/27 · all topics", "> Is the S1 nerve the same as sciatica?", "No. The S1 nerve is a structure", "not medical advice"}},
		{name: "typing ranks", width: 120, height: 40, keys: []string{"sacro inj"},
			wantQuery: "sacro inj", wantSel: "si-joint-injection", view: []string{"> Will an SI joint injection help sciatica?", "places a local"}},
		{name: "down moves and the preview follows", width: 120, height: 40, keys: []string{"sacro inj", "<down>"},
			wantQuery: "sacro inj", wantSel: "si-joint-mri", view: []string{"> Does SI joint pain show on an MRI?", "Pain itself does not show"}, notView: []string{"places a local"}},
		{name: "ctrl+n ctrl+j move down, ctrl+p ctrl+k up", width: 120, height: 40, keys: []string{"<ctrl+n>", "<ctrl+j>", "<ctrl+j>", "<ctrl+p>", "<ctrl+k>"},
			wantSel: "s1-nerve-function"},
		{name: "up stops at the top", width: 120, height: 40, keys: []string{"<up>", "<up>"}, wantSel: "s1-nerve-vs-sciatica"},
		{name: "down stops at the bottom", width: 120, height: 40, keys: []string{"zzzz", "<backspace>", "<backspace>", "<backspace>", "<backspace>", "sacro inj", "<down>", "<down>", "<down>", "<down>", "<down>"},
			wantQuery: "sacro inj", wantSel: "si-joint-tests"},
		{name: "enter picks", width: 120, height: 40, keys: []string{"sacro inj", "<enter>"},
			wantQuery: "sacro inj", wantSel: "si-joint-injection", wantChosen: "si-joint-injection"},
		{name: "esc cancels", width: 120, height: 40, keys: []string{"sacro", "<esc>"}, wantQuery: "sacro", wantSel: "si-joint-mri", wantCanceled: true},
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
		{name: "editing: ctrl+w deletes a word", width: 120, height: 40, keys: []string{"si joint mri", "<ctrl+w>"}, wantQuery: "si joint "},
		{name: "editing: ctrl+u deletes the query", width: 120, height: 40, keys: []string{"si joint", "<ctrl+u>"}, wantSel: "s1-nerve-vs-sciatica"},
		{name: "editing: insert in the middle", width: 120, height: 40, keys: []string{"si mri", "<left>", "<left>", "<left>", "joint "}, wantQuery: "si joint mri", wantSel: "si-joint-mri"},
		{name: "editing: home and delete", width: 120, height: 40, keys: []string{"xmri", "<home>", "<delete>", "<end>"}, wantQuery: "mri", wantSel: "sciatica-imaging"},
		{name: "narrow: the preview is below", width: 70, height: 30, keys: []string{"sacro inj"}, wantQuery: "sacro inj", wantSel: "si-joint-injection",
			view: []string{"── SI joint · si-joint-injection", "places a local"}},
		{name: "page down scrolls the preview", width: 70, height: 30, keys: []string{"sacro inj", "<pgdown>"}, wantQuery: "sacro inj", wantSel: "si-joint-injection",
			notView: []string{"places a local"}, view: []string{"of 2"}},
		{name: "page up scrolls back", width: 70, height: 30, keys: []string{"sacro inj", "<pgdown>", "<pgup>"}, wantQuery: "sacro inj", wantSel: "si-joint-injection", view: []string{"places a local"}},
		{name: "a tiny terminal", width: 12, height: 3, keys: []string{"sacro inj", "<down>"}, wantQuery: "sacro inj", wantSel: "si-joint-mri"},
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
		m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
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
// selection over the list; a click selects.
func TestMouse(t *testing.T) {
	ix := embedded(t)
	m := newTestModel(t, ix.FAQ(), ix, 120, 20, "", "")
	m.Update(tea.MouseMsg{X: 100, Y: 5, Button: tea.MouseButtonWheelDown})
	if m.scroll != wheelLines || m.sel != 0 {
		t.Errorf("wheel over the preview: scroll %d sel %d", m.scroll, m.sel)
	}
	m.Update(tea.MouseMsg{X: 10, Y: 5, Button: tea.MouseButtonWheelDown})
	if m.sel != 1 || m.scroll != 0 {
		t.Errorf("wheel over the list: sel %d scroll %d", m.sel, m.scroll)
	}
	m.Update(tea.MouseMsg{X: 10, Y: 4, Button: tea.MouseButtonLeft, Action: tea.MouseActionPress})
	if m.sel != 3 {
		t.Errorf("click on line 4: sel %d, want 3", m.sel)
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
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 20})
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
			m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(q), Paste: true})
			view := m.View()
			checkFrame(t, view, size[0], size[1])
			if strings.Contains(view, "\x1b") {
				t.Fatalf("an escape in a colourless view for %q", q)
			}
		}
	})
}
