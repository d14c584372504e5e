package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
)

// TestListTerminal: on a terminal, list shows topics as titles (no "##"),
// ids in an aligned column and whole, and a count.
func TestListTerminal(t *testing.T) {
	for _, width := range []int{40, 80, 120} {
		code, out, errOut := runEnv(t, width, nil, "", "list")
		if code != ExitOK {
			t.Fatalf("width %d: exit %d: %s", width, code, errOut)
		}
		plain := stripANSI(out)
		if strings.Contains(plain, "##") {
			t.Errorf("width %d: markup in the list", width)
		}
		if !strings.Contains(plain, "27 questions in 6 topics") {
			t.Errorf("width %d: no count", width)
		}
		ids := map[string]bool{}
		_, tsv, _ := run(t, false, "", "list")
		for _, line := range strings.Split(strings.TrimSpace(tsv), "\n") {
			id, _, _ := strings.Cut(line, "\t")
			ids[id] = false
		}
		col := -1
		for _, line := range strings.Split(plain, "\n") {
			if render.Width(line) > width {
				t.Errorf("width %d: line of %d columns: %q", width, render.Width(line), line)
			}
			fields := strings.Fields(line)
			if len(fields) == 0 || !has(ids, fields[0]) {
				continue
			}
			ids[fields[0]] = true
			if width >= 80 { // the questions line up beside the ids
				c := strings.Index(line, fields[1])
				if col >= 0 && c != col {
					t.Errorf("width %d: question at column %d, not %d: %q", width, c, col, line)
				}
				col = c
			}
		}
		for id, seen := range ids {
			if !seen {
				t.Errorf("width %d: id %s not whole on a line", width, id)
			}
		}
		if colour.MatchString(out) && strings.Contains(out, "48;5;") {
			t.Errorf("width %d: ids on a background colour", width)
		}
	}
}

func has(m map[string]bool, k string) bool { _, ok := m[k]; return ok }

// TestListFormats: each --format of list gives its own form.
func TestListFormats(t *testing.T) {
	_, md, _ := run(t, false, "", "list", "--format", "markdown", "--topic", "si joint")
	if !strings.HasPrefix(md, "## SI joint\n\n- Is the SI joint related to sciatica? `si-joint-and-sciatica`\n") {
		t.Errorf("markdown: %q", md)
	}
	_, text, _ := run(t, false, "", "list", "--format", "text", "mri")
	if text != "SI joint\nsi-joint-mri      Does SI joint pain show on an MRI?\n\nGetting help\nsciatica-imaging  Do I need an MRI or X-ray for sciatica?\n" {
		t.Errorf("text: %q", text)
	}
	_, tsv, _ := run(t, false, "", "list", "MRI")
	if tsv != "si-joint-mri\tSI joint\tDoes SI joint pain show on an MRI?\nsciatica-imaging\tGetting help\tDo I need an MRI or X-ray for sciatica?\n" {
		t.Errorf("tsv: %q", tsv)
	}
}

// TestTopShowsAnswerThenOthers: --top N prints the answer and then the
// other matches, ids whole.
func TestTopShowsAnswerThenOthers(t *testing.T) {
	_, out, _ := run(t, false, "", "--top", "3", "si", "joint", "mri")
	answer := strings.Index(out, "# Does SI joint pain show on an MRI?")
	others := strings.Index(out, "## Other matches")
	if answer != 0 || others < answer || strings.Count(out[others:], "\n- ") != 2 {
		t.Errorf("--top 3 on a pipe:\n%s", out)
	}
	_, term, _ := runEnv(t, 40, nil, "", "--top", "3", "si", "joint", "mri")
	if !strings.Contains(stripANSI(term), "Other matches") {
		t.Errorf("--top 3 on a terminal has no other matches:\n%s", stripANSI(term))
	}
}

// TestNoMatchSuggestionsKeepData: the commands a no-match suggests run
// against the same FAQ.
func TestNoMatchSuggestionsKeepData(t *testing.T) {
	file := filepath.Join(t.TempDir(), "my faq.md")
	if err := os.WriteFile(file, []byte("# T\n\n## How do I install the tool?\n\nDownload it.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := run(t, false, "", "--data", file, "install", "a", "printer", "driver", "please")
	want := "(faq --data '" + file + "' show how-do-i-install-the-tool)"
	if code != ExitNoMatch || !strings.Contains(errOut, want) {
		t.Errorf("exit %d, stderr %q, want it to hold %q", code, errOut, want)
	}
}

func TestSplitPathList(t *testing.T) {
	if os.PathListSeparator != ':' {
		t.Skip("the colon is not the list separator here")
	}
	tests := map[string][]string{
		"docs/FAQ.md:embedded:":       {"docs/FAQ.md", "embedded:"},
		"embedded:":                   {"embedded:"},
		"embedded::docs":              {"embedded:", "docs"},
		"embedded:faq.md:docs":        {"embedded:faq.md", "docs"},
		"a.md:b.md":                   {"a.md", "b.md"},
		"docs/FAQ.md:embedded:faq.md": {"docs/FAQ.md", "embedded:faq.md"},
	}
	for in, want := range tests {
		if got := splitPathList(in); !reflect.DeepEqual(got, want) {
			t.Errorf("splitPathList(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDistinctPaths: a file reached through two paths is loaded once.
func TestDistinctPaths(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "docs")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{filepath.Join(dir, "a.md"), filepath.Join(sub, "b.md")} {
		if err := os.WriteFile(f, []byte("## Q "+filepath.Base(f)+"?\n\nA.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got := distinctPaths([]string{sub, dir, dir, filepath.Join(sub, "b.md"), "missing.md"})
	if want := []string{dir, "missing.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	_, out, _ := run(t, false, "", "--data", sub, "--data", dir, "list")
	if strings.Contains(out, "-1\t") || strings.Count(out, "\n") != 2 {
		t.Errorf("a file loaded twice:\n%s", out)
	}
}

// TestConfigPrecedence: flag > environment > config file > default.
func TestConfigPrecedence(t *testing.T) {
	dir := t.TempDir()
	cfgFile := filepath.Join(dir, "config.toml")
	faqFile := filepath.Join(dir, "faqs", "FAQ.md")
	if err := os.MkdirAll(filepath.Dir(faqFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(faqFile, []byte("## Is the config read?\n\nYes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	config := "# faq settings\ndata = [\"faqs/FAQ.md\"]\nwidth = 50\nstyle = \"light\"\ncolor = \"never\"\npager = \"cat\"\n"
	if err := os.WriteFile(cfgFile, []byte(config), 0o644); err != nil {
		t.Fatal(err)
	}
	f := NewFactory(nil, func(k string) string { return map[string]string{"FAQ_CONFIG": cfgFile}[k] })
	cfg, err := f.Config()
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Width != 50 || cfg.Style != "light" || cfg.Data[0] != faqFile {
		t.Errorf("config %+v", cfg)
	}
	env := map[string]string{"FAQ_CONFIG": cfgFile, "GLAMOUR_STYLE": ""}
	if _, out, _ := runEnv(t, 0, env, "", "list"); !strings.HasPrefix(out, "is-the-config-read\t") {
		t.Errorf("config data not used: %q", out)
	}
	env["FAQ_PATH"] = "embedded:"
	if _, out, _ := runEnv(t, 0, env, "", "list"); !strings.HasPrefix(out, "s1-nerve-vs-sciatica\t") {
		t.Errorf("FAQ_PATH does not beat the config: %q", out[:min(len(out), 60)])
	}
	if _, out, _ := runEnv(t, 0, env, "", "--data", faqFile, "list"); !strings.HasPrefix(out, "is-the-config-read\t") {
		t.Errorf("--data does not beat FAQ_PATH: %q", out)
	}
	p := func(args ...string) *printer {
		t.Helper()
		var got *AskOptions
		io, _, _, _ := iostreams.Test()
		io.SetStdoutTTY(true)
		f := NewFactory(io, func(k string) string { return env[k] })
		if err := parse(t, NewCmdAsk(f, func(o *AskOptions) error { got = o; return nil }), append(args, "x")...); err != nil {
			t.Fatal(err)
		}
		pr, err := got.Printer()
		if err != nil {
			t.Fatal(err)
		}
		return pr
	}
	if pr := p(); pr.render.Width != 50 || pr.render.Style != "light" || pr.render.Colors != render.NoColor || pr.pager != "cat" {
		t.Errorf("config settings not used: %+v pager %q", pr.render, pr.pager)
	}
	env["GLAMOUR_STYLE"], env["FAQ_PAGER"], env["PAGER"] = "dracula", "more", "most"
	if pr := p(); pr.render.Style != "dracula" || pr.pager != "more" {
		t.Errorf("environment does not beat the config: %+v pager %q", pr.render, pr.pager)
	}
	env["FAQ_PAGER"] = ""
	if pr := p(); pr.pager != "cat" {
		t.Errorf("PAGER beats the config: %q", pr.pager)
	}
	if pr := p("--style", "pink", "--width", "70", "--color", "always", "--pager", "less"); pr.render.Style != "pink" || pr.render.Width != 70 || pr.render.Colors < render.ANSI || pr.pager != "less" {
		t.Errorf("flags do not beat the rest: %+v pager %q", pr.render, pr.pager)
	}
}

func TestBadConfig(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ config, want string }{
		{"width = 80\nstyel = \"dark\"\n", `config.toml:2: unknown key "styel"`},
		{"width = \"wide\"\n", "config.toml:1: width must be a whole number"},
		{"data = 3\n", "config.toml:1: data must be a path or a list of them"},
		{"data = [\"a.md\", 3]\n", "config.toml:1: data must be a path or a list of them"},
		{"color = \"sometimes\"\n", "config.toml:1: invalid color"},
		{"width = 80\nstyle = \"plaid\"\n", `config.toml:2: unknown style "plaid"`},
		{"data = [\n", "config.toml:"},
	} {
		file := filepath.Join(dir, "config.toml")
		if err := os.WriteFile(file, []byte(tt.config), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := runEnv(t, 0, map[string]string{"FAQ_CONFIG": file}, "", "si", "joint", "mri")
		if code != ExitUsage || !strings.Contains(errOut, tt.want) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: exit %d, stderr %q, want one line with %q", tt.config, code, errOut, tt.want)
		}
	}
	// One path alone is a list of one.
	faqFile := filepath.Join(dir, "one.md")
	if err := os.WriteFile(faqFile, []byte("# T\n\n## Is it one?\n\nYes.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "config.toml"), []byte("data = \"one.md\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := runEnv(t, 0, map[string]string{"FAQ_CONFIG": filepath.Join(dir, "config.toml")}, "", "list"); code != ExitOK || !strings.Contains(out, "is-it-one") {
		t.Errorf("data = \"one.md\": exit %d, %q %q", code, out, errOut)
	}
	code, out, _ := runEnv(t, 0, map[string]string{"FAQ_CONFIG": filepath.Join(dir, "config.toml")}, "", "config", "path")
	if code != ExitOK || out != filepath.Join(dir, "config.toml")+"\n" {
		t.Errorf("config path with a bad config: exit %d, %q", code, out)
	}
	// A file $FAQ_CONFIG names is wanted: missing, it is an error, but
	// config path still says where it would be. The default file may be
	// missing.
	missing := filepath.Join(dir, "nope.toml")
	if code, _, errOut := runEnv(t, 0, map[string]string{"FAQ_CONFIG": missing}, "", "si", "joint"); code != ExitUsage || errOut != "faq: config "+missing+" ($FAQ_CONFIG): no such file\n" {
		t.Errorf("FAQ_CONFIG missing: exit %d, stderr %q", code, errOut)
	}
	if code, out, _ := runEnv(t, 0, map[string]string{"FAQ_CONFIG": missing}, "", "config", "path"); code != ExitOK || out != missing+"\n" {
		t.Errorf("config path, FAQ_CONFIG missing: exit %d, %q", code, out)
	}
	if code, _, errOut := runEnv(t, 0, map[string]string{"XDG_CONFIG_HOME": filepath.Join(dir, "none")}, "", "si", "joint"); code != ExitOK {
		t.Errorf("no default config file: exit %d, stderr %q", code, errOut)
	}
}

// TestProgress: indexing that takes longer than progressAfter is shown
// on a terminal's stderr and cleared; quick indexing and a pipe show
// nothing.
func TestProgress(t *testing.T) {
	for _, tt := range []struct {
		tty   bool
		delay time.Duration
		want  bool
	}{{true, 300 * time.Millisecond, true}, {true, 0, false}, {false, 300 * time.Millisecond, false}} {
		io, _, _, errOut := iostreams.Test()
		io.SetStderrTTY(tt.tty)
		f := NewFactory(io, func(string) string { return "" })
		f.progressAfter = 50 * time.Millisecond
		f.openIndex = func(paths []string, cacheDir string) (*faq.Index, error) {
			time.Sleep(tt.delay)
			return builtin.Index()
		}
		d := DataFlags{Paths: []string{"big.md"}}
		if _, err := d.index(f, true)(); err != nil {
			t.Fatal(err)
		}
		got := errOut.String()
		shown := strings.Contains(got, "faq: indexing big.md")
		if shown != tt.want || shown && !strings.HasSuffix(got, "\r\x1b[K") {
			t.Errorf("tty %v, delay %v: stderr %q", tt.tty, tt.delay, got)
		}
	}
}

// TestHelpFits80: every command's help fits 80 columns.
func TestHelpFits80(t *testing.T) {
	root := NewCmdRoot(testFactory())
	var check func(c *cobra.Command)
	check = func(c *cobra.Command) {
		c.InitDefaultHelpFlag()
		text := c.Long + "\n" + usage(c)
		for _, line := range strings.Split(text, "\n") {
			if render.Width(line) > helpWidth {
				t.Errorf("%s: help line of %d columns: %q", c.CommandPath(), render.Width(line), line)
			}
		}
		for _, sub := range c.Commands() {
			check(sub)
		}
	}
	check(root)
}

// TestASCIIStyle: with --style ascii, what faq adds to the text is ASCII.
func TestASCIIStyle(t *testing.T) {
	file := filepath.Join(t.TempDir(), "FAQ.md")
	md := "---\ndisclaimer: Not advice.\n---\n\n## How do I list things?\n\n- one item\n- two items\n\n![a map](map.png)\n\n> quoted\n"
	if err := os.WriteFile(file, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"show", "how-do-i-list-things"}, {"list"}, {"--top", "2", "list", "things"}} {
		_, out, _ := runEnv(t, 40, nil, "", append([]string{"--data", file, "--style", "ascii"}, args...)...)
		for _, r := range stripANSI(out) {
			if r >= 0x80 {
				t.Errorf("%q: %q in the output:\n%s", args, r, out)
				break
			}
		}
	}
}

func TestVersion(t *testing.T) {
	defer func(v, c string) { buildVersion, buildCommit = v, c }(buildVersion, buildCommit)
	buildVersion, buildCommit = "v1.2.3", "0123456789abcdef0123"
	if got := version(); got != "v1.2.3, commit 0123456789ab" {
		t.Errorf("stamped: %q", got)
	}
	for v, want := range map[string]string{
		"v0.0.0-20261120101010-abcdef123456":              "abcdef123456",
		"v1.2.4-0.20261120101010-abcdef123456":            "abcdef123456",
		"v1.2.3":                                          "",
		"v2.0.0-20261120101010-abcdef123456+incompatible": "abcdef123456",
	} {
		if got := pseudoVersionCommit(v); got != want {
			t.Errorf("pseudoVersionCommit(%q) = %q, want %q", v, got, want)
		}
	}
}

// TestCompletionDescriptions: descriptions of flags and ids are plain
// text, without pflag's backquotes.
func TestCompletionDescriptions(t *testing.T) {
	for _, args := range [][]string{{"__complete", "--"}, {"__complete", "list", "--"}, {"__complete", "show", ""}, {"__complete", "help", ""}} {
		_, out, _ := run(t, false, "", args...)
		if strings.Contains(out, "`") || !strings.Contains(out, "\t") {
			t.Errorf("%q: %q", args, out)
		}
	}
}

// TestListWords: list's words match whole words of a question, id or
// topic, with or without a plural ending.
func TestListWords(t *testing.T) {
	for _, tt := range []struct {
		word, text string
		want       bool
	}{
		{"injections", "SI joint injection", true},
		{"injection", "Steroid injections", true},
		{"surgeries", "Do I need surgery?", true},
		{"causes", "What causes it?", true},
		{"cause", "What causes it?", true},
		{"boxes", "A box", true},
		{"classes", "One class", true},
		{"status", "What do the statuses mean?", true},
		{"statuses", "What is my status?", true},
		{"viruses", "Is it a virus?", true},
		{"analysis", "Two analyses", true},
		{"l5-s1", "How long does L5-S1 take?", true},
		{"SI", "Does SI joint pain show?", true},
		{"si", "How does physical therapy help?", false},
		{"si", "How should I sit?", false},
		{"uses", "Tell us", false},
		{"bus", "A bu", false},
	} {
		e := &faq.Entry{Question: tt.text}
		if got := holdsAll(e, []string{tt.word}); got != tt.want {
			t.Errorf("%q in %q: %v, want %v", tt.word, tt.text, got, tt.want)
		}
	}
}

// TestSuggestionsDisclaimers: a refusal carries the disclaimer of every
// FAQ its suggestions come from, each once, whichever comes first.
func TestSuggestionsDisclaimers(t *testing.T) {
	plain, medical := &faq.Entry{}, &faq.Entry{Disclaimer: "Call 999."}
	for _, tt := range []struct {
		ms   []faq.Match
		want []string
	}{
		{nil, nil},
		{[]faq.Match{{Entry: plain}}, nil},
		{[]faq.Match{{Entry: plain}, {Entry: medical}, {Entry: medical}}, []string{"Call 999."}},
		{[]faq.Match{{Entry: medical}, {Entry: &faq.Entry{Disclaimer: "Other."}}}, []string{"Call 999.", "Other."}},
	} {
		if got := suggestionsDisclaimers(tt.ms); !slices.Equal(got, tt.want) {
			t.Errorf("%v: %q, want %q", tt.ms, got, tt.want)
		}
	}
}
