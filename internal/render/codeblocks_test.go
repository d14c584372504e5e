package render

import (
	"strings"
	"testing"
)

// TestCodeLinesStayWhole: a code line wider than the terminal is drawn
// whole, after its indent, wherever the block is (a list item, a block
// quote, an indented block); the terminal folds it, so what a reader
// copies runs. Text around the block still wraps, and a block that fits
// is drawn as glamour draws it.
func TestCodeLinesStayWhole(t *testing.T) {
	long := "kubectl patch app NAME -p '{\"metadata\": {\"finalizers\": null}}' --type merge"
	tests := []struct {
		name, md, want string
	}{
		{"fenced", "Run:\n\n```sh\n" + long + "\n```\n", "    " + long},
		{"indented", "Run:\n\n    " + long + "\n", "    " + long},
		{"in a list item", "1. Run:\n\n   ```\n   " + long + "\n   ```\n", "    " + long},
		{"in a block quote", "> Run:\n>\n> ```\n> " + long + "\n> ```\n", "  │   " + long},
		{"a stand-in's word in the text", "Not faqcodeblocka.\n\n```\n" + long + "\n```\n", "    " + long},
		{"wide characters", "```\n# " + strings.Repeat("安装软件", 12) + "\n```\n", "    # " + strings.Repeat("安装软件", 12)},
		{"its own indent kept", "```\nif x {\n        " + long + "\n}\n```\n", "            " + long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := darkPlain(t, tt.md+"\nA paragraph after the code, long enough to wrap at forty columns.\n", 40)
			lines := strings.Split(out, "\n")
			found := false
			for _, line := range lines {
				if strings.TrimRight(line, " ") == tt.want {
					found = true
				} else if Width(line) > 40 {
					t.Errorf("a line that is not code is wider than 40: %q", line)
				}
			}
			if !found {
				t.Errorf("no line %q in:\n%s", tt.want, out)
			}
			if strings.Count(out, "faqcodeblock") != strings.Count(tt.md, "faqcodeblock") {
				t.Errorf("a stand-in is left:\n%s", out)
			}
		})
	}
}
