package render

import (
	"strings"
	"testing"

	"github.com/muesli/termenv"
)

func TestResolveStyle(t *testing.T) {
	tests := []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"light", map[string]string{"GLAMOUR_STYLE": "dracula"}, "light"},
		{"", map[string]string{"GLAMOUR_STYLE": "dracula"}, "dracula"},
		{"auto", map[string]string{"GLAMOUR_STYLE": "auto"}, "dark"},
		{"", map[string]string{"COLORFGBG": "0;15"}, "light"},
		{"", map[string]string{"COLORFGBG": "15;default;0"}, "dark"},
		{"", nil, "dark"},
	}
	for _, tt := range tests {
		got := ResolveStyle(tt.flag, func(k string) string { return tt.env[k] })
		if got != tt.want {
			t.Errorf("ResolveStyle(%q, %v) = %q, want %q", tt.flag, tt.env, got, tt.want)
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
	out, err := Markdown(md, Options{Style: "dark", Width: 40, Profile: termenv.ANSI256})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "\x1b[") {
		t.Error("no styling")
	}
	plain, err := Markdown(md, Options{Style: "dark", Width: 40, Profile: termenv.Ascii})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(plain, "\x1b") {
		t.Error("escape codes without colour")
	}
	for _, line := range strings.Split(plain, "\n") {
		if len(line) > 40 || strings.HasSuffix(line, " ") {
			t.Errorf("line %q wider than 40 or padded", line)
		}
	}
}

func TestReadable(t *testing.T) {
	in := "Intro\n\n!!! note\n    Attend.\n\n=== \"pyproject.toml\"\n\n    ```toml\n    # not a heading\n    ```\n\n> [!WARNING]\n> Careful.\n\n```\n!!! note\n```\n"
	want := "Intro\n\n> **Note**\n>\n> Attend.\n\n\n**pyproject.toml**\n\n\n```toml\n# not a heading\n```\n\n> **Warning**\n>\n> Careful.\n\n```\n!!! note\n```\n"
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

// benchAnswer is a 2 KB answer with a list, emphasis and a code span.
var benchAnswer = "# Does SI joint pain show on an MRI?\n\n" + strings.Repeat("Pain itself does not show on an **MRI**; some of its `causes` do.\n\n- active inflammation of the joint\n- structural change\n\n", 12)

func BenchmarkMarkdown(b *testing.B) {
	for b.Loop() {
		if _, err := Markdown(benchAnswer, Options{Style: "dark", Width: 80, Profile: termenv.ANSI256}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) {
	for b.Loop() {
		Text(benchAnswer, 80)
	}
}
