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
		{"quote markers beyond the depth", deepQuote, strings.Repeat(">", 4) + strings.Repeat(" ", 8) + " deep\n", strings.Repeat(">", 4) + " deep\n"},
		{"a list marker beyond the depth, whitespace beyond the indent", deepList,
			strings.Repeat(" ", 60) + "  item\n" + strings.Repeat(" ", 256) + strings.Repeat(".", 44) + "text\n",
			strings.Repeat(" ", 16) + "item\n" + strings.Repeat(" ", 256) + "text\n"},
		{"deep code keeps its indent", "```\n" + strings.Repeat(" ", 40) + "deep = 1\n```\n", "```\n" + strings.Repeat(" ", 40) + "deep = 1\n```\n", "```\n" + strings.Repeat(" ", 40) + "deep = 1\n```\n"},
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

// FuzzNesting: Flatten keeps every line's length and Display never adds
// to a line, whatever the input.
func FuzzNesting(f *testing.F) {
	f.Add([]byte(strings.Repeat(">", 40)+" x\n"), 8)
	f.Add([]byte(strings.Repeat("  ", 100)+"- x\n\t\t> y\n"), 4)
	f.Add([]byte(""), 0)
	f.Fuzz(func(t *testing.T, src []byte, depth int) {
		depth = max(0, depth%64)
		flat := Flatten(src, depth)
		if len(flat) != len(src) || bytes.Count(flat, []byte("\n")) != bytes.Count(src, []byte("\n")) {
			t.Fatalf("Flatten changed the length or the lines: %q → %q", src, flat)
		}
		shown := Display(src, depth)
		if len(shown) > len(src) || bytes.Count(shown, []byte("\n")) != bytes.Count(src, []byte("\n")) {
			t.Fatalf("Display grew or changed the lines: %q → %q", src, shown)
		}
	})
}
