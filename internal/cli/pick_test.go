package cli

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/faqtool/faq/internal/finder"
)

// TestPickOptions checks what pick's command lines parse into.
func TestPickOptions(t *testing.T) {
	tests := []struct {
		args []string
		want PickOptions
	}{
		{nil, PickOptions{Words: []string{}}},
		{[]string{"sacro", "inj"}, PickOptions{Words: []string{"sacro", "inj"}}},
		{[]string{"--data", "a.md", "--topic", "SI joint", "--json", "x"},
			PickOptions{Data: DataFlags{Paths: []string{"a.md"}}, Topic: "SI joint", Output: OutputFlags{JSON: true}, Words: []string{"x"}}},
		{[]string{"--style", "light", "--color", "never", "--format", "text"},
			PickOptions{Output: OutputFlags{Style: "light", Color: "never", Format: "text"}, Words: []string{}}},
	}
	for _, tt := range tests {
		var got *PickOptions
		cmd := NewCmdPick(testFactory(), func(o *PickOptions) error { got = o; return nil })
		if err := parse(t, cmd, tt.args...); err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if got.IO == nil || got.Index == nil || got.Printer == nil || got.Find == nil {
			t.Errorf("%q: dependencies not set", tt.args)
		}
		got.IO, got.Index, got.Printer, got.Find = nil, nil, nil, nil
		tt.want.Output.formats = got.Output.formats
		if !reflect.DeepEqual(*got, tt.want) {
			t.Errorf("%q:\n got %+v\nwant %+v", tt.args, *got, tt.want)
		}
	}
	if err := parse(t, NewCmdAsk(testFactory(), func(*AskOptions) error { return nil }), "-i", "--top", "3", "x"); err == nil {
		t.Error("-i with --top was accepted")
	}
}

// fakeFinder stands for the finder: it records the options it was
// opened with and picks the entry with id pick (none: the user left),
// with query as the query typed.
type fakeFinder struct {
	pick, query string
	opened      bool
	got         finder.Options
	err         error
}

func (ff *fakeFinder) run(_ context.Context, o finder.Options) (finder.Pick, error) {
	ff.opened, ff.got = true, o
	if ff.err != nil {
		return finder.Pick{}, ff.err
	}
	if ff.pick == "" {
		return finder.Pick{}, finder.ErrCanceled
	}
	e, ok := o.FAQ.Lookup(ff.pick)
	if !ok {
		return finder.Pick{}, errors.New("no entry " + ff.pick)
	}
	return finder.Pick{Entry: e, Query: ff.query}, nil
}

// TestPick runs faq pick, and faq when it opens the finder, with a fake
// finder: the entry picked is printed as faq show prints it, after the
// urgent notes its question or the query called.
func TestPick(t *testing.T) {
	const note = "> **Go to A&E now, or call 999 (UK) or 911 (US),**"
	tests := []struct {
		name        string
		width       int // 0: stdout is a pipe
		env         map[string]string
		args        []string
		ff          fakeFinder
		wantCode    int
		wantOpened  bool
		wantQuery   string   // the finder's starting query
		wantOut     []string // in stdout, in order
		notOut      []string
		wantErr     string
		wantJSONID  string
		wantWarning bool // in JSON
	}{
		{name: "pipe: the entry's Markdown", args: []string{"pick"}, ff: fakeFinder{pick: "si-joint-mri"}, wantOpened: true,
			wantOut: []string{"# Does SI joint pain show on an MRI?\n\nPain itself does not show", "*Go to A&E or call 999"}, notOut: []string{"\x1b", note}},
		{name: "terminal: rendered, with its label", width: 80, args: []string{"pick", "sacro"}, ff: fakeFinder{pick: "si-joint-mri"}, wantOpened: true, wantQuery: "sacro",
			wantOut: []string{"\x1b[", "SI joint · si-joint-mri"}},
		{name: "json", args: []string{"pick", "--json"}, ff: fakeFinder{pick: "si-joint-injection"}, wantOpened: true, wantJSONID: "si-joint-injection"},
		{name: "left without picking", width: 80, args: []string{"pick"}, wantOpened: true, wantCode: ExitInterrupted},
		{name: "the entry's question calls the urgent note", args: []string{"pick"}, ff: fakeFinder{pick: "when-to-get-help"}, wantOpened: true,
			wantOut: []string{note, "# When is back or leg pain an emergency"}, notOut: []string{"faq show when-to-get-help"}},
		{name: "the query calls it, with a pointer", args: []string{"pick"}, ff: fakeFinder{pick: "si-joint-mri", query: "numb groin"}, wantOpened: true,
			wantOut: []string{note, "(`faq show when-to-get-help`)", "# Does SI joint pain show on an MRI?"}},
		{name: "json warnings", args: []string{"pick", "--json"}, ff: fakeFinder{pick: "si-joint-mri", query: "can't pee"}, wantOpened: true,
			wantJSONID: "si-joint-mri", wantWarning: true},
		{name: "bare faq on a terminal opens the finder", width: 80, ff: fakeFinder{pick: "si-joint-mri"}, wantOpened: true, wantOut: []string{"si-joint-mri"}},
		{name: "faq -i QUESTION", width: 80, args: []string{"-i", "si", "joint", "shot"}, ff: fakeFinder{pick: "si-joint-injection"}, wantOpened: true, wantQuery: "si joint shot",
			wantOut: []string{"si-joint-injection"}},
		{name: "faq ask -i on a pipe", args: []string{"ask", "-i", "mri"}, ff: fakeFinder{pick: "si-joint-mri"}, wantOpened: true, wantQuery: "mri",
			wantOut: []string{"# Does SI joint pain show on an MRI?"}},
		{name: "bare faq under TERM=dumb: the short help", width: 80, env: map[string]string{"TERM": "dumb"}, wantOut: []string{"faq pick"}},
		{name: "faq pick under TERM=dumb", width: 80, env: map[string]string{"TERM": "dumb"}, args: []string{"pick"}, wantCode: ExitUsage, wantErr: "TERM is dumb"},
		{name: "unknown topic", args: []string{"pick", "--topic", "nope"}, wantCode: ExitUsage, wantErr: `unknown topic "nope"`},
		{name: "no terminal", args: []string{"pick"}, ff: fakeFinder{err: errors.New("the finder needs a terminal: no tty")}, wantOpened: true,
			wantCode: ExitUsage, wantErr: "faq: the finder needs a terminal: no tty\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ff := tt.ff
			code, out, errOut := runWith(t, tt.width, tt.env, "", func(f *Factory) { f.runFinder = ff.run }, tt.args...)
			if code != tt.wantCode || ff.opened != tt.wantOpened {
				t.Fatalf("exit %d, finder opened %v; want %d, %v; stderr %q", code, ff.opened, tt.wantCode, tt.wantOpened, errOut)
			}
			if ff.opened && ff.got.Query != tt.wantQuery {
				t.Errorf("the finder's query %q, want %q", ff.got.Query, tt.wantQuery)
			}
			rest := out
			for _, s := range tt.wantOut {
				i := strings.Index(rest, s)
				if i < 0 {
					t.Fatalf("stdout lacks %q (in order):\n%s", s, out)
				}
				rest = rest[i+len(s):]
			}
			for _, s := range tt.notOut {
				if strings.Contains(out, s) {
					t.Errorf("stdout has %q:\n%s", s, out)
				}
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr %q lacks %q", errOut, tt.wantErr)
			}
			if code != ExitOK && out != "" && tt.wantOut == nil {
				t.Errorf("stdout after exit %d: %q", code, out)
			}
			if tt.wantJSONID != "" {
				var obj struct {
					ID       string
					Answer   string
					Warnings []struct{ Note, Entry, Sign string }
				}
				if err := json.Unmarshal([]byte(out), &obj); err != nil {
					t.Fatalf("%v: %q", err, out)
				}
				if obj.ID != tt.wantJSONID || obj.Answer == "" || obj.Warnings == nil || (len(obj.Warnings) > 0) != tt.wantWarning {
					t.Errorf("JSON %+v", obj)
				}
				if tt.wantWarning && obj.Warnings[0].Entry != "when-to-get-help" {
					t.Errorf("warning %+v", obj.Warnings[0])
				}
			}
		})
	}
}

// TestPickPreview: the preview shows what Enter prints: the entry's
// Markdown, after the urgent notes its question or the query typed calls,
// so a note the query calls stays in view whatever entry is selected.
func TestPickPreview(t *testing.T) {
	for _, tt := range []struct{ id, query string }{
		{"si-joint-mri", ""},
		{"when-to-get-help", ""},
		{"si-joint-mri", "cant pee"},
	} {
		ff := fakeFinder{pick: tt.id, query: tt.query}
		_, out, _ := runWith(t, 0, nil, "", func(f *Factory) { f.runFinder = ff.run }, "pick")
		e, _ := ff.got.FAQ.Lookup(tt.id)
		md := ff.got.Markdown(e, tt.query)
		if !strings.HasPrefix(out, md) {
			t.Errorf("%s %q: the preview's Markdown is not what is printed:\n%q\n%q", tt.id, tt.query, md, out)
		}
		if urgent := strings.Contains(md, "Go to A&E now"); urgent != (tt.id == "when-to-get-help" || tt.query != "") {
			t.Errorf("%s %q: urgent note in the preview: %v", tt.id, tt.query, urgent)
		}
	}
}

// TestPickHint: a question that gets no confident answer on a terminal
// is offered the finder with the same words and FAQ; on a pipe it is
// not.
func TestPickHint(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		args []string
		want string // in stderr; "" for no hint
	}{
		{"terminal", true, []string{"how", "do", "i", "bake", "bread"}, "Browse the FAQ with: faq pick how do i bake bread\n"},
		{"words a shell would change are quoted", true, []string{"bake", "bread?", "it's", "$HOME"}, "faq pick bake 'bread?' 'it'\\''s' '$HOME'\n"},
		{"a word like a flag", true, []string{"--", "bake", "-rf", "bread"}, "faq pick -- bake -rf bread\n"},
		{"a word like a flag, quoted", true, []string{"--", "what", "does", "-v?", "mean"}, "faq pick -- what does '-v?' mean\n"},
		{"the same FAQ", true, []string{"--data", "embedded:faq.md", "bake", "bread"}, "faq --data embedded:faq.md pick bake bread\n"},
		{"pipe", false, []string{"how", "do", "i", "bake", "bread"}, ""},
		{"answered", true, []string{"si", "joint", "mri"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkStderr(t, tt.tty, tt.args, tt.want, "faq pick") })
	}
}

// TestAlsoClose: on a terminal, an answer is followed on stderr by the
// other matches confident too, with commands that show them; not on a
// pipe, not in JSON or --top, and not when no other match is confident.
func TestAlsoClose(t *testing.T) {
	// The best match comes from a file that answers at 0.2; the other
	// match, about 0.45, is from one at the default threshold.
	dir := t.TempDir()
	lenient, strict := filepath.Join(dir, "a.md"), filepath.Join(dir, "b.md")
	for file, md := range map[string]string{
		lenient: "---\nthreshold: 0.2\n---\n## How do I reset my password?\n\nUse the reset link on the sign-in page.\n",
		strict:  "## Where is the password policy?\n\nIn the staff handbook.\n",
	} {
		if err := os.WriteFile(file, []byte(md), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		name string
		tty  bool
		args []string
		want string // in stderr; "" for no list
	}{
		{"terminal", true, []string{"si", "joint"}, "\nAlso close:\n  - How debilitating is SI joint pain?  (faq show si-joint-pain-severity)\n"},
		{"the same FAQ", true, []string{"--data", "embedded:faq.md", "si", "joint"}, "(faq --data embedded:faq.md show si-joint-pain-severity)"},
		{"pipe", false, []string{"si", "joint"}, ""},
		{"json", true, []string{"--json", "si", "joint"}, ""},
		{"top", true, []string{"--top", "3", "si", "joint"}, ""},
		{"no other match is confident", true, []string{"si", "joint", "mri"}, ""},
		{"each match against its own file's threshold", true, []string{"--data", lenient, "--data", strict, "password"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkStderr(t, tt.tty, tt.args, tt.want, "Also close") })
	}
}

// checkStderr runs faq with args and checks that stderr holds want or,
// when want is "", that it does not hold marker.
func checkStderr(t *testing.T, tty bool, args []string, want, marker string) {
	t.Helper()
	_, _, stderr := run(t, tty, "", args...)
	if want == "" {
		if strings.Contains(stderr, marker) {
			t.Errorf("unexpected %q: %q", marker, stderr)
		}
		return
	}
	if !strings.Contains(stderr, want) {
		t.Errorf("stderr %q lacks %q", stderr, want)
	}
}
