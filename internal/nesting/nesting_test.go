package nesting

import (
	"bytes"
	"strings"
	"testing"
)

func TestFlattenAndDisplay(t *testing.T) {
	deepQuote := strings.Repeat(">", 12) + " deep\n"
	deepList := strings.Repeat(" ", 60) + "- item\n" + strings.Repeat(" ", 300) + "text\n"
	tests := []struct {
		name, src, flat, display string
	}{
		{"ordinary lines stay", "- a\n  - b\n> quote\n...dots\n", "- a\n  - b\n> quote\n...dots\n", "- a\n  - b\n> quote\n...dots\n"},
		{"quote markers beyond the depth", deepQuote, strings.Repeat(">", 4) + strings.Repeat(" ", 8) + " deep\n", strings.Repeat(">", 4) + strings.Repeat(" ", 8) + " deep\n"},
		{"a list marker beyond the depth, whitespace beyond the indent", deepList,
			strings.Repeat(" ", 60) + "  item\n" + strings.Repeat(" ", 256) + strings.Repeat(".", 44) + "text\n",
			strings.Repeat(" ", 60) + "  item\n" + strings.Repeat(" ", 256) + "text\n"},
		{"a blank line of spaces stays blank", strings.Repeat(" ", 400) + "\n", strings.Repeat(" ", 400) + "\n", strings.Repeat(" ", 400) + "\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Flatten([]byte(tt.src), 4); string(got) != tt.flat {
				t.Errorf("Flatten = %q, want %q", got, tt.flat)
			}
			if got := Display([]byte(tt.src), 4); string(got) != tt.display {
				t.Errorf("Display = %q, want %q", got, tt.display)
			}
		})
	}
	src := []byte(deepQuote)
	Flatten(src, 4)
	if !bytes.Equal(src, []byte(deepQuote)) {
		t.Error("Flatten changed its input")
	}
}
