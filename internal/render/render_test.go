package render

import (
	"fmt"
	"strings"
	"testing"
)

func TestResolveStyle(t *testing.T) {
	tests := []struct {
		colorfgbg string
		choices   []string
		want      string
	}{
		{"", []string{"light", "dracula"}, "light"},
		{"", []string{"", "dracula"}, "dracula"},
		{"", []string{"auto", "auto"}, "dark"},
		{"0;15", []string{"", ""}, "light"},
		{"15;default;0", nil, "dark"},
		{"0;15", []string{"", "", "pink"}, "pink"},
		{"", nil, "dark"},
	}
	for _, tt := range tests {
		if got := ResolveStyle(tt.colorfgbg, tt.choices...); got != tt.want {
			t.Errorf("ResolveStyle(%q, %q) = %q, want %q", tt.colorfgbg, tt.choices, got, tt.want)
		}
	}
}

func TestCheckStyle(t *testing.T) {
	if err := CheckStyle("dark"); err != nil {
		t.Error(err)
	}
	if err := CheckStyle("plaid"); err == nil || !strings.Contains(err.Error(), "dark") {
		t.Errorf("unknown style error %v does not list the styles", err)
	}
}

func TestMarkdownWidthAndColour(t *testing.T) {
	md := "# Title\n\n" + strings.Repeat("word ", 60) + "\n"
	out, err := Markdown(md, Options{Style: "dark", Width: 40, Colors: ANSI256})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\x1b[") {
		t.Error("no styling")
	}
	plain := darkPlain(t, md, 40)
	if strings.Contains(plain, "\x1b") {
		t.Error("escape codes without colour")
	}
	for _, line := range strings.Split(plain, "\n") {
		if len(line) > 40 || strings.HasSuffix(line, " ") {
			t.Errorf("line %q wider than 40 or padded", line)
		}
	}
}

// TestQuoteKeepsItsBar: every line of a block quote, nested or not,
// starts with the quote's bar and fits the width, in every style that
// draws one (glamour counts the two-column "│ " as one).
func TestQuoteKeepsItsBar(t *testing.T) {
	md := "> **Go to an emergency department now** if back pain comes with numbness between the legs, new trouble passing urine, or weakness in both legs.\n>\n> > A nested quote long enough to wrap, again and again, at every width tried here.\n"
	for _, style := range []string{"dark", "light", "ascii"} {
		bar := "│ "
		if style == "ascii" {
			bar = "| "
		}
		for width := 30; width <= 100; width += 7 {
			out, err := Markdown(md, Options{Style: style, Width: width, Colors: Plain})
			if err != nil {
				t.Fatal(err)
			}
			for _, line := range strings.Split(strings.Trim(out, "\n"), "\n") {
				if Width(line) > width || !strings.HasPrefix(strings.TrimLeft(line, " "), strings.TrimRight(bar, " ")) {
					t.Errorf("%s at %d columns: line %q runs past the width or lost the bar", style, width, line)
				}
			}
		}
	}
}

// TestNoEarlyBreakAfterHyphens: hyphens in code and link targets do not
// make a line end early. Glamour's wrapper breaks after a hyphen without
// counting it, so each one made a line a column too long, and wrapping it
// again left a word on a line of its own.
func TestNoEarlyBreakAfterHyphens(t *testing.T) {
	md := "Run `acme add --all --force-update` first. If you use a proxy, see the [authentication guide](https://docs.example.com/guide/authentication#netrc-files-and-tokens) for details on how credentials are picked up, and the long section on corporate networks with intercepting proxies and their many well-known failure-prone set-ups, listed at <https://docs.example.com/known-failure-prone-set-ups> and elsewhere.\n"
	for width := 72; width <= 120; width += 4 { // the link target (66 columns) fits
		out, err := Markdown(md, Options{Style: "dark", Width: width, Colors: Plain})
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.Trim(out, "\n"), "\n")
		for i := 0; i+1 < len(lines); i++ {
			next := strings.Fields(lines[i+1])[0]
			if Width(lines[i])+1+Width(next) <= width-2 {
				t.Errorf("at %d columns: %q could have taken %q", width, lines[i], next)
			}
		}
	}
}

// TestDeepNestingIsFlattened: block quotes and lists nested hundreds
// deep (a file of a few hundred bytes) are drawn flat past maxNesting,
// every word kept: glamour took minutes to draw them nested.
func TestDeepNestingIsFlattened(t *testing.T) {
	var list strings.Builder
	for i := range 200 {
		fmt.Fprintf(&list, "%s- level %d\n", strings.Repeat("  ", i), i)
	}
	for _, md := range []string{strings.Repeat(">", 400) + " deep\n", list.String()} {
		out := darkPlain(t, md, 60)
		text := strings.Join(strings.Fields(out), " ")
		if !strings.Contains(text, "deep") && !strings.Contains(text, "level 199") || strings.Contains(out, "....") {
			t.Errorf("words lost or dots shown:\n%s", out)
		}
		for _, line := range strings.Split(out, "\n") {
			if Width(line) > 60 {
				t.Errorf("line wider than 60: %q", line)
			}
		}
	}
}

func TestReadable(t *testing.T) {
	in := "Intro\n\n::::info Outer\n:::tip\nInner.\n:::\n::::\n\n:::tip\nUse it.\n\n```\n:::\n```\n:::\n\n::: warning Data loss\nBack up.\n:::\n\n:::danger[Stop]\nNo.\n:::\n\n::: info never closed\n\n!!! note\n    Attend.\n\n!!! info inline end \"Side\"\n    Aside.\n\n=== \"pyproject.toml\"\n\n    ```toml\n    # not a heading\n    ```\n\n> [!WARNING]\n> Careful.\n\n```\n!!! note\n```\n"
	want := "Intro\n\n> **Outer**\n>\n> > **Tip**\n> >\n> > Inner.\n>\n\n\n> **Tip**\n>\n> Use it.\n>\n> ```\n> :::\n> ```\n\n\n> **Data loss**\n>\n> Back up.\n\n\n> **Stop**\n>\n> No.\n\n\n::: info never closed\n\n> **Note**\n>\n> Attend.\n\n\n> **Side**\n>\n> Aside.\n\n\n**pyproject.toml**\n\n\n```toml\n# not a heading\n```\n\n> **Warning**\n>\n> Careful.\n\n```\n!!! note\n```\n"
	if got := Readable(in); got != want {
		t.Errorf("Readable:\n%q\nwant\n%q", got, want)
	}
}

func TestText(t *testing.T) {
	md := "# Title\n\nSome *emphasis* and `code` with a [link](https://example.com).\n\n- one\n- two\n\n```\ncode block\n```\n"
	want := "Title\n\nSome emphasis and code with a link (https://example.com).\n\n- one\n- two\n\n    code block\n"
	if got := Text(md, 80); got != want {
		t.Errorf("Text:\n%q\nwant\n%q", got, want)
	}
}

// TestTextTable: a table is laid out in aligned columns when it fits the
// width, else a row per paragraph, each cell after its column's heading.
func TestTextTable(t *testing.T) {
	md := "| Platform | Status | Notes |\n| --- | --- | --- |\n| Linux | supported | x86_64 and arm64 builds, glibc 2.28 or newer |\n| macOS | supported | 12+ |\n"
	wide := "Platform  Status     Notes\nLinux     supported  x86_64 and arm64 builds, glibc 2.28 or newer\nmacOS     supported  12+\n"
	if got := Text(md, 80); got != wide {
		t.Errorf("at 80 columns:\n%s\nwant\n%s", got, wide)
	}
	narrow := "Platform: Linux\nStatus: supported\nNotes: x86_64 and arm64 builds, glibc\n  2.28 or newer\n\nPlatform: macOS\nStatus: supported\nNotes: 12+\n"
	if got := Text(md, 40); got != narrow {
		t.Errorf("at 40 columns:\n%s\nwant\n%s", got, narrow)
	}
}

// benchAnswer is a 2 KB answer with a list, emphasis and a code span.
var benchAnswer = "# Does SI joint pain show on an MRI?\n\n" + strings.Repeat("Pain itself does not show on an **MRI**; some of its `causes` do.\n\n- active inflammation of the joint\n- structural change\n\n", 12)

func BenchmarkMarkdown(b *testing.B) {
	for b.Loop() {
		if _, err := Markdown(benchAnswer, Options{Style: "dark", Width: 80, Colors: ANSI256}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) {
	for b.Loop() {
		Text(benchAnswer, 80)
	}
}

func TestMarkdownLayout(t *testing.T) {
	md := "1. First item that is long enough\n   to wrap in the source.\n\n   A second paragraph.\n2. Next, see [the guide](GUIDE.md), [usage](#usage) and [https://x.example](https://x.example).\n"
	out := darkPlain(t, md, 80)
	for _, want := range []string{
		"1. First item that is long enough to wrap in the source.\n\n     A second paragraph.\n",
		"the guide (GUIDE.md), usage and https://x.example.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "/GUIDE.md") || strings.Contains(out, "#usage") {
		t.Errorf("link targets resolved or anchors shown:\n%s", out)
	}
	ascii, err := Markdown("- one\n- two\n\n![a map](map.png)\n", Options{Style: "ascii", Width: 40, Colors: Plain})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range ascii {
		if r >= 0x80 {
			t.Errorf("ascii style wrote %q:\n%s", r, ascii)
		}
	}
}

func TestWrapByColumns(t *testing.T) {
	// Each of these CJK characters takes two columns.
	lines := Wrap("日本語 日本語 日本語", 13)
	if len(lines) != 2 || Width(lines[0]) != 13 {
		t.Errorf("Wrap = %q", lines)
	}
	if got := Text("漢字漢字漢字 漢字漢字漢字 漢字漢字漢字", 26); strings.Count(got, "\n") != 2 {
		t.Errorf("Text wraps by runes, not columns: %q", got)
	}
	// Text without spaces breaks between characters, not before
	// punctuation.
	for _, tt := range []struct {
		in    string
		width int
		want  []string
	}{
		{"首先下载安装包，然后双击运行。", 10, []string{"首先下载安", "装包，然后", "双击运行。"}},
		{"支持 Windows、macOS 和 Linux。", 12, []string{"支持", "Windows、", "macOS 和", "Linux。"}},
	} {
		if got := Wrap(tt.in, tt.width); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Wrap(%q, %d) = %q, want %q", tt.in, tt.width, got, tt.want)
		}
	}
}

func TestLastSGR(t *testing.T) {
	for s, want := range map[string]int{"ab\x1b[0m": 2, "ab\x1b[38;5;1m": 2, "abm": -1, "\x1b[xm": -1, "": -1, "a[0m": -1} {
		if got := lastSGR(s); got != want {
			t.Errorf("lastSGR(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestLongTargetsAreCut: a link target of tens of kilobytes (a data: URI)
// shows its start and "…", not all of it (glamour took seconds to wrap
// it).
func TestLongTargetsAreCut(t *testing.T) {
	md := "![logo](data:image/png;base64," + strings.Repeat("QUJD", 15000) + ")\n"
	out := darkPlain(t, md, 80)
	if len(out) > 2000 || !strings.Contains(out, "data:image/png;base64,") || !strings.Contains(out, "…") {
		t.Errorf("a %d-byte rendering:\n%.300s", len(out), out)
	}
}

// TestHTMLImagesShowTheirAlt: an HTML image (a FAQ's way to size one)
// shows its alt text, on a terminal and in text, as a block and inline.
func TestHTMLImagesShowTheirAlt(t *testing.T) {
	md := "Apps update themselves:\n\n<img src=\"a.png\" width=\"600\" alt=\"Sparkle update window\">\n\nPress <img alt='the gear icon' src=\"g.png\"> to open.\n"
	out := darkPlain(t, md, 80)
	for _, got := range []string{out, Text(md, 80)} {
		if !strings.Contains(got, "Image: Sparkle update window") || !strings.Contains(got, "Press the gear icon to open.") {
			t.Errorf("alt text lost:\n%s", got)
		}
	}
}

// TestTextKeepsTermsAndTasks: text output keeps definition terms and
// whether a task is done.
func TestTextKeepsTermsAndTasks(t *testing.T) {
	md := "verbose\n: Prints more output.\n\n- [x] backed up\n- [ ] upgraded\n"
	got := Text(md, 80)
	for _, want := range []string{"verbose\n    Prints more output.", "- [x] backed up", "- [ ] upgraded"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in:\n%s", want, got)
		}
	}
}

// TestBreakTagKeepsWordsApart: "one<br>two" is two words, not "onetwo".
func TestBreakTagKeepsWordsApart(t *testing.T) {
	md := "line one<br>line two<br/>three\n"
	out := darkPlain(t, md, 60)
	for _, got := range []string{out, Text(md, 60)} {
		if !strings.Contains(strings.Join(strings.Fields(got), " "), "line one line two three") {
			t.Errorf("words joined: %q", got)
		}
	}
}

// darkPlain renders md as on a terminal of the given width, in the dark
// style without escape codes.
func darkPlain(t *testing.T, md string, width int) string {
	t.Helper()
	out, err := Markdown(md, Options{Style: "dark", Width: width, Colors: Plain})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestListingWraps: a listing's topic titles and texts wrap at the width;
// only an id, kept whole for copying, may run past it.
func TestListingWraps(t *testing.T) {
	groups := []Group{{
		Title: "A list of common issues and solutions for the tool",
		Rows:  []Row{{ID: "short-id", Text: "A question long enough to wrap at forty columns?"}},
	}}
	for _, width := range []int{30, 40, 80} {
		out := ListText(groups, width)
		for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if Width(line) > width {
				t.Errorf("width %d: %q is wider", width, line)
			}
		}
		if got := strings.Join(strings.Fields(out), " "); got != "A list of common issues and solutions for the tool short-id A question long enough to wrap at forty columns?" {
			t.Errorf("width %d: words lost or changed: %q", width, got)
		}
	}
}
