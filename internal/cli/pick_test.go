package cli

import (
	"strings"
	"testing"
)

// TestPickHint: a question that gets no confident answer on a terminal
// is offered the finder with the same words; on a pipe it is not.
func TestPickHint(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		args []string
		want string // in stderr; "" for no hint
	}{
		{"terminal", true, []string{"how", "do", "i", "bake", "bread"}, "Browse the FAQ with: faq pick how do i bake bread\n"},
		{"words a shell would change are quoted", true, []string{"bake", "bread?", "it's", "$HOME"}, "faq pick bake 'bread?' 'it'\\''s' '$HOME'\n"},
		{"pipe", false, []string{"how", "do", "i", "bake", "bread"}, ""},
		{"answered", true, []string{"si", "joint", "mri"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, stderr := run(t, tt.tty, "", tt.args...)
			if tt.want == "" {
				if strings.Contains(stderr, "faq pick") {
					t.Errorf("unexpected hint: %q", stderr)
				}
				return
			}
			if !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q lacks %q", stderr, tt.want)
			}
		})
	}
}
