package render

import (
	"strings"
	"testing"
)

// TestHeadingsHang: a heading too long for one line has every line start
// where the first line's text does (after the title's padding, or after
// "### "), and breaks where glamour would.
func TestHeadingsHang(t *testing.T) {
	tests := []struct {
		md    string
		first string // the first line, trimmed of trailing spaces
		col   int    // where every line's text starts
	}{
		{"# When is back or leg pain an emergency, and when should I see a doctor?\n", "   When is back or leg pain an", 3},
		{"### When is back or leg pain an emergency, and when should I see a doctor?\n", "  ### When is back or leg pain an", 6},
	}
	for _, tt := range tests {
		out := darkPlain(t, tt.md, 40)
		var lines []string
		for _, l := range strings.Split(out, "\n") {
			if strings.TrimSpace(l) != "" {
				lines = append(lines, strings.TrimRight(l, " "))
			}
		}
		if len(lines) < 2 || lines[0] != tt.first {
			t.Errorf("%q: lines %q", tt.md, lines)
			continue
		}
		for _, l := range lines[1:] {
			if n := len(l) - len(strings.TrimLeft(l, " ")); n != tt.col {
				t.Errorf("%q: %q starts at column %d, want %d", tt.md, l, n, tt.col)
			}
		}
		if got := strings.Join(strings.Fields(out), " "); !strings.HasSuffix(got, "should I see a doctor?") {
			t.Errorf("%q: words lost: %q", tt.md, got)
		}
	}
}

// TestHeadingsReadAsShown: a wrapped heading shows its text as it reads,
// escapes and entities resolved ("HTTP\_PROXY" reads "HTTP_PROXY").
func TestHeadingsReadAsShown(t *testing.T) {
	out := darkPlain(t, "# How do I set HTTP\\_PROXY &amp; NO\\_PROXY for the installer behind a corporate firewall?\n", 40)
	got := strings.Join(strings.Fields(out), " ")
	if want := "How do I set HTTP_PROXY & NO_PROXY for the installer behind a corporate firewall?"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
