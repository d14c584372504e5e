package cli

import (
	"strings"
	"testing"

	"github.com/faqtool/faq/internal/render"
)

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"How do I fix `field not declared`?", "How do I fix `field not declared`?"},
		{"*bold* and `a*b` and _c_", `\*bold\* and ` + "`a*b`" + ` and \_c\_`},
		{"``a ` b`` then <x>", "``a ` b`` then \\<x\\>"},
		{"an unclosed ` tick *", "an unclosed \\` tick \\*"},
		{"``two`` and `one`", "``two`` and `one`"},
		{"`", "\\`"},
	}
	for _, tt := range tests {
		if got := escapeText(tt.in); got != tt.want {
			t.Errorf("escapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tom & Jerry, R&D", "Tom & Jerry, R&D"},
		{"a &amp; b &#126; c", `a &amp;amp; b &amp;\#126; c`},
		{"~/.config", "~/.config"},
		{"~/.config and ~5", "&#126;/.config and &#126;5"}, // two could strike through
		{"~a~ or ~~b~~", "&#126;a&#126; or &#126;&#126;b&#126;&#126;"},
		{"*x* _y_ [z] <w> #1 a|b `c` \\", `\*x\* \_y\_ \[z\] \<w\> \#1 a\|b ` + "\\`c\\`" + ` \\`},
	}
	for _, tt := range tests {
		if got := escapeMarkdown(tt.in); got != tt.want {
			t.Errorf("escapeMarkdown(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEscapedTextRendersAsTyped: text escaped for Markdown comes out of
// glamour as it went in, with no backslash or entity showing.
func TestEscapedTextRendersAsTyped(t *testing.T) {
	for _, s := range []string{"Tom & Jerry", "R&D &amp; Q&A", "~a~ and ~~b~~", "*x* _y_ [z] <w> #1 a|b", "cost ~5 & more"} {
		out, err := render.Markdown("# "+escapeMarkdown(s)+"\n\n"+escapeMarkdown(s)+"\n", render.Options{Style: "dark", Width: 80, Colors: render.Plain})
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(out, "\n") {
			if line = strings.TrimSpace(line); line != "" && line != s {
				t.Errorf("%q rendered as %q", s, line)
			}
		}
	}
}
