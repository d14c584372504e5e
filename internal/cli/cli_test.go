package cli

import (
	"context"
	"encoding/json"
	"errors"
	"regexp"
	"strings"
	"testing"

	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
)

// run runs faq in-process with a pipe (or, with tty, a terminal of width
// 80) and returns the exit code and output.
func run(t *testing.T, tty bool, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	width := 0
	if tty {
		width = 80
	}
	return runEnv(t, width, nil, stdin, args...)
}

// runEnv runs faq in-process on a terminal of the given width (0: a
// pipe) with env added to a fixed environment: dark style, 256 colours,
// no config file.
func runEnv(t *testing.T, width int, env map[string]string, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	return runWith(t, width, env, stdin, nil, args...)
}

// runWith runs faq as runEnv does, with the factory changed by
// configure (when not nil) first.
func runWith(t *testing.T, width int, env map[string]string, stdin string, configure func(*Factory), args ...string) (code int, stdout, stderr string) {
	t.Helper()
	io, in, out, errOut := iostreams.Test()
	in.WriteString(stdin)
	io.SetStdoutTTY(width > 0)
	io.SetStdinTTY(stdin == "" && width > 0)
	io.SetTerminalSize(width, 0)
	vars := map[string]string{"GLAMOUR_STYLE": "dark", "TERM": "xterm-256color", "XDG_CONFIG_HOME": "/nonexistent"}
	for k, v := range env {
		vars[k] = v
	}
	f := NewFactory(io, func(k string) string { return vars[k] })
	f.runFinder = func(context.Context, finder.Options) (finder.Pick, error) {
		t.Error("the finder opened")
		return finder.Pick{}, errors.New("no finder in this test")
	}
	if configure != nil {
		configure(f)
	}
	code = execute(f, args)
	return code, out.String(), errOut.String()
}

// TestExitCodes pins the documented exit code of each kind of outcome.
func TestExitCodes(t *testing.T) {
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  int
	}{
		{"answered", "", []string{"si", "joint", "mri"}, ExitOK},
		{"ask subcommand", "", []string{"ask", "list", "of", "treatments", "for", "a", "pinched", "s1", "nerve"}, ExitOK},
		{"after --", "", []string{"--", "show", "me", "the", "si", "joint", "mri", "answer"}, ExitOK},
		{"no confident match", "", []string{"how", "do", "i", "bake", "bread"}, ExitNoMatch},
		{"show known id", "", []string{"show", "si-joint-mri"}, ExitOK},
		{"show unknown id", "", []string{"show", "nope"}, ExitNoMatch},
		{"show without id", "", []string{"show"}, ExitUsage},
		{"list", "", []string{"list"}, ExitOK},
		{"list with words no question holds", "", []string{"list", "of", "things"}, ExitNoMatch},
		{"list with words", "", []string{"list", "SI", "joint"}, ExitOK},
		{"show id in capitals", "", []string{"show", "SI-Joint-MRI"}, ExitOK},
		{"questions from stdin with -", "si joint mri\n", []string{"-"}, ExitOK},
		{"top 0", "", []string{"--top", "0", "x"}, ExitUsage},
		{"width not a number", "", []string{"--width", "abc", "x"}, ExitUsage},
		{"check takes no --data", "", []string{"check", "--data", "x.md", "x.md"}, ExitUsage},
		{"config path", "", []string{"config", "path"}, ExitOK},
		{"unknown flag", "", []string{"--nope", "x"}, ExitUsage},
		{"bad format", "", []string{"--format", "yaml", "x"}, ExitUsage},
		{"bad color", "", []string{"--color", "sometimes", "x"}, ExitUsage},
		{"bad style", "", []string{"--style", "plaid", "x"}, ExitUsage},
		{"whitespace question", "", []string{" ", "  "}, ExitUsage},
		{"missing data", "", []string{"--data", "/nonexistent/faq.md", "x"}, ExitUsage},
		{"stdin all answered", "si joint mri\nl5 s1 heal time\n", nil, ExitOK},
		{"stdin one unanswered", "si joint mri\nbake bread\n", nil, ExitNoMatch},
		{"stdin empty", "\n\n", nil, ExitUsage},
		{"help topic that is a question", "", []string{"help", "me", "with", "sciatica"}, ExitUsage},
		{"invalid UTF-8 question", "", []string{"si", "\xff\xfe"}, ExitUsage},
		{"NUL in a stdin question", "si joint\x00mri\n", nil, ExitUsage},
		{"invalid UTF-8 on stdin", "si \xff joint\n", nil, ExitUsage},
		{"too long question", "", []string{strings.Repeat("a", 5000)}, ExitUsage},
		{"negative width", "", []string{"--width", "-3", "x"}, ExitUsage},
		{"negative top", "", []string{"--top", "-1", "x"}, ExitUsage},
		{"conflicting formats", "", []string{"--json", "--format", "text", "x"}, ExitUsage},
		{"check of the built-in FAQ", "", []string{"check"}, ExitOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, stderr := run(t, false, tt.stdin, tt.args...)
			if code != tt.want {
				t.Errorf("exit %d, want %d; stderr: %s", code, tt.want, stderr)
			}
			if code == ExitUsage && tt.stdin == "" && strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
				t.Errorf("usage error is not one line: %q", stderr)
			}
			if strings.Contains(stderr, "internal error") || strings.Contains(stderr, "goroutine") {
				t.Errorf("reached the last-resort recover: %q", stderr)
			}
		})
	}
}

func TestAskTerminalAndPipe(t *testing.T) {
	_, term, _ := run(t, true, "", "si", "joint", "mri")
	if !strings.Contains(term, "\x1b[") {
		t.Error("terminal output has no styling")
	}
	if plain := strings.Join(strings.Fields(stripANSI(term)), " "); !strings.Contains(plain, "not medical advice") || !strings.Contains(plain, "numbness between the legs") {
		t.Error("terminal output lacks the disclaimer")
	}
	for _, line := range strings.Split(stripANSI(term), "\n") {
		if n := render.Width(line); n > 80 {
			t.Errorf("line wider than 80 columns (%d): %q", n, line)
		}
	}
	_, pipe, _ := run(t, false, "", "si", "joint", "mri")
	if strings.Contains(pipe, "\x1b") {
		t.Error("pipe output has escape codes")
	}
	if !strings.HasPrefix(pipe, "# Does SI joint pain show on an MRI?\n") {
		t.Errorf("pipe output does not start with the question: %q", pipe[:min(len(pipe), 60)])
	}
	if !strings.HasSuffix(pipe, "\n\n*Go to A&E or call 999 (UK) or 911 (US) now for new bladder, bowel or sexual problems, numbness between the legs or around the bottom, sciatica in both legs, numbness or weakness in both legs, or leg weakness that is quickly getting worse. This is general information, not medical advice, for people aged 16 and over; it cannot examine you. If unsure, call NHS 111 or your doctor.*\n") {
		t.Errorf("piped Markdown does not end with the disclaimer: %q", pipe[max(0, len(pipe)-100):])
	}
}

// colour matches an SGR sequence that sets a colour.
var colour = regexp.MustCompile(`\x1b\[([0-9;]*;)?(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)

// TestAskNoColor: NO_COLOR keeps the terminal layout, bold and faint, and
// drops every colour.
func TestAskNoColor(t *testing.T) {
	io, _, out, errOut := iostreams.Test()
	io.SetStdoutTTY(true)
	io.SetTerminalSize(80, 0)
	io.SetColorAllowed(false)
	code := Run([]string{"si", "joint", "mri"}, io, func(k string) string { return map[string]string{"TERM": "xterm-256color"}[k] })
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	got := out.String()
	if !strings.Contains(stripANSI(got), "Does SI joint pain show on an MRI?") {
		t.Fatalf("no answer: %q", got)
	}
	if m := colour.FindString(got); m != "" {
		t.Errorf("NO_COLOR output has colour %q", m)
	}
	if !strings.Contains(got, "\x1b[1m") {
		t.Error("NO_COLOR output lost its bold")
	}
}

func TestAskJSON(t *testing.T) {
	code, out, _ := run(t, false, "", "--json", "si", "joint", "mri")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	var obj map[string]any
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"query", "id", "question", "topic", "answer", "score", "sources", "disclaimer", "file", "line", "alternatives", "suggestions"} {
		if _, ok := obj[key]; !ok {
			t.Errorf("missing key %q", key)
		}
	}
	if obj["id"] != "si-joint-mri" {
		t.Errorf("id = %v", obj["id"])
	}
	if strings.Contains(obj["answer"].(string), "not medical advice") {
		t.Error("disclaimer inside a JSON answer")
	}
	if d, _ := obj["disclaimer"].(string); !strings.Contains(d, "not medical advice") {
		t.Errorf("disclaimer field %q", d)
	}

	code, out, _ = run(t, false, "", "--json", "how", "do", "i", "bake", "bread")
	if code != ExitNoMatch {
		t.Fatalf("exit %d", code)
	}
	if err := json.Unmarshal([]byte(out), &obj); err != nil {
		t.Fatal(err)
	}
	if obj["id"] != nil || obj["suggestions"] == nil {
		t.Errorf("no-match object: %v", obj)
	}
}

func TestStdinJSONLines(t *testing.T) {
	_, out, _ := run(t, false, "si joint mri\nbake bread\nl5 s1 heal time\n", "--json")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var got []any
	for _, l := range lines {
		var obj map[string]any
		if err := json.Unmarshal([]byte(l), &obj); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, obj["id"])
	}
	want := []any{"si-joint-mri", nil, "l5-s1-healing-time"}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("line %d: id %v, want %v", i+1, got[i], want[i])
		}
	}
}

func TestListPipe(t *testing.T) {
	_, out, _ := run(t, false, "", "list")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 27 {
		t.Fatalf("%d lines, want 27", len(lines))
	}
	if lines[0] != "s1-nerve-vs-sciatica\tS1 nerve\tIs the S1 nerve the same as sciatica?" {
		t.Errorf("first line %q", lines[0])
	}
}

func stripANSI(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 0x1b {
			for i < len(s) && !(s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z') {
				i++
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// panicWriter stands for a bug anywhere below Run.
type panicWriter struct{}

func (panicWriter) Write([]byte) (int, error) { panic("boom") }

func TestPanicIsAnInternalError(t *testing.T) {
	io, _, _, errOut := iostreams.Test()
	io.Out = panicWriter{}
	code := Run([]string{"si", "joint", "mri"}, io, func(string) string { return "" })
	if code != ExitInternal {
		t.Errorf("exit %d, want %d", code, ExitInternal)
	}
	if got := errOut.String(); got != "faq: internal error: boom\n" {
		t.Errorf("stderr %q", got)
	}
}

// TestFlagsTerminalAndPipe pins each output flag's effect on a terminal
// and on a pipe.
func TestFlagsTerminalAndPipe(t *testing.T) {
	type want struct {
		escapes  bool   // colour escape codes in the output
		prefix   string // the output starts with this
		maxWidth int    // no line wider (0: not checked)
	}
	tests := []struct {
		name      string
		args      []string
		tty, pipe want
	}{
		{"default", nil, want{escapes: true, maxWidth: 80}, want{prefix: "# Does SI joint pain"}},
		{"--json", []string{"--json"}, want{prefix: "{\n  \"query\""}, want{prefix: "{\"query\""}},
		{"--format json", []string{"--format", "json"}, want{prefix: "{\n"}, want{prefix: "{\"query\""}},
		{"--format markdown", []string{"--format", "markdown"}, want{prefix: "# Does SI joint pain"}, want{prefix: "# Does SI joint pain"}},
		{"--format text", []string{"--format", "text"}, want{prefix: "Does SI joint pain", maxWidth: 80}, want{prefix: "Does SI joint pain", maxWidth: 80}},
		{"--color always", []string{"--color", "always"}, want{escapes: true}, want{escapes: true}},
		{"--color never", []string{"--color", "never"}, want{maxWidth: 80}, want{prefix: "# Does SI joint pain"}},
		{"--style ascii", []string{"--style", "ascii"}, want{maxWidth: 80}, want{prefix: "# Does SI joint pain"}},
		{"--width 50", []string{"--width", "50"}, want{escapes: true, maxWidth: 50}, want{prefix: "# Does SI joint pain"}},
		{"--width 50 --format text", []string{"--width", "50", "--format", "text"}, want{maxWidth: 50}, want{maxWidth: 50}},
		{"--style light", []string{"--style", "light"}, want{escapes: true}, want{prefix: "# Does SI joint pain"}},
		{"--style notty", []string{"--style", "notty"}, want{maxWidth: 80}, want{prefix: "# Does SI joint pain"}}, // no colour, a faint footer
		{"--topic", []string{"--topic", "SI joint"}, want{escapes: true}, want{prefix: "# Does SI joint pain"}},
		{"--top 3", []string{"--top", "3"}, want{escapes: true}, want{prefix: "# Does SI joint pain"}},
	}
	check := func(t *testing.T, mode string, out string, w want) {
		t.Helper()
		if got := colour.MatchString(out); got != w.escapes {
			t.Errorf("%s: escape codes %v, want %v", mode, got, w.escapes)
		}
		if w.prefix != "" && !strings.HasPrefix(out, w.prefix) {
			t.Errorf("%s: output starts %q, want %q", mode, out[:min(len(out), 40)], w.prefix)
		}
		if w.maxWidth > 0 {
			for _, line := range strings.Split(stripANSI(out), "\n") {
				if n := render.Width(line); n > w.maxWidth {
					t.Errorf("%s: line of %d columns, want at most %d: %q", mode, n, w.maxWidth, line)
					break
				}
			}
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append(append([]string{}, tt.args...), "si", "joint", "mri")
			_, out, errOut := run(t, true, "", args...)
			check(t, "terminal", out, tt.tty)
			_, out, _ = run(t, false, "", args...)
			check(t, "pipe", out, tt.pipe)
			if errOut != "" && !strings.Contains(strings.Join(tt.args, " "), "--top") {
				t.Errorf("stderr: %q", errOut)
			}
		})
	}
}

func TestStdinIsBounded(t *testing.T) {
	defer func(n int) { maxStdin = n }(maxStdin)
	maxStdin = 1 << 10
	huge := strings.Repeat("si joint mri\n", maxStdin/len("si joint mri\n")+10)
	code, _, stderr := run(t, false, huge, "--json")
	if code != ExitUsage || !strings.Contains(stderr, "stdin is too large") {
		t.Errorf("exit %d, stderr %q", code, stderr[max(0, len(stderr)-200):])
	}
}

// TestNoMatchMessageFitsTheTerminal: on a terminal, the refusal and its
// suggestions fit its width, each suggested command whole on one line; on
// a pipe, each suggestion is one line.
func TestNoMatchMessageFitsTheTerminal(t *testing.T) {
	for _, width := range []int{40, 60} {
		code, _, errOut := runWith(t, width, nil, "", func(f *Factory) { f.IOStreams.SetStderrTTY(true) }, "is", "sciatica", "contagious")
		if code != ExitNoMatch {
			t.Fatalf("exit %d", code)
		}
		for _, line := range strings.Split(strings.TrimRight(errOut, "\n"), "\n") {
			if render.Width(line) > width {
				t.Errorf("at %d columns: line %q is wider", width, line)
			}
		}
		if !strings.Contains(errOut, "\n    (faq show sciatica-go-away)\n") {
			t.Errorf("at %d columns: the command is not whole on a line of its own:\n%s", width, errOut)
		}
	}
	_, _, errOut := run(t, false, "", "is", "sciatica", "contagious")
	if !strings.Contains(errOut, "  - Will sciatica go away on its own, and how long does it last?  (faq show sciatica-go-away)\n") {
		t.Errorf("on a pipe, a suggestion is not one line:\n%s", errOut)
	}
}

// TestTinyWidth: a width below render.MinWidth lays out at MinWidth: glamour
// left paragraphs unwrapped below it.
func TestTinyWidth(t *testing.T) {
	code, out, _ := run(t, true, "", "--width", "5", "--color", "never", "si", "joint", "mri")
	if code != ExitOK {
		t.Fatalf("exit %d", code)
	}
	for _, line := range strings.Split(out, "\n") {
		if w := render.Width(strings.TrimRight(stripANSI(line), " ")); w > render.MinWidth {
			t.Errorf("line of %d columns: %q", w, line)
		}
	}
}

// TestTextBatchSeparator: answers to stdin questions in text are set apart
// as in Markdown, so a title does not run on from the last answer.
func TestTextBatchSeparator(t *testing.T) {
	code, out, _ := run(t, false, "si joint mri\nl5 s1 heal time\n", "--format", "text", "-")
	if code != ExitOK || strings.Count(out, "\n---\n\n") != 1 {
		t.Errorf("exit %d, %d separators in:\n%s", code, strings.Count(out, "\n---\n\n"), out)
	}
}
