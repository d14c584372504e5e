package cli

import "testing"

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
