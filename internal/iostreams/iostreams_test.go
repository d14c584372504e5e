package iostreams

import (
	"strings"
	"testing"
)

func TestWritePaged(t *testing.T) {
	long := strings.Repeat("line\n", 10)
	tests := []struct {
		name   string
		tty    bool
		height int
		pager  string
		want   string
	}{
		{"taller than the terminal: paged", true, 5, "tr a-z A-Z", strings.ToUpper(long)},
		{"fits on screen: direct", true, 20, "tr a-z A-Z", long},
		{"not a terminal: direct", false, 5, "tr a-z A-Z", long},
		{"cat means no pager", true, 5, "cat", long},
		{"missing pager: direct", true, 5, "no-such-pager-here", long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, _, out, _ := Test()
			s.SetStdoutTTY(tt.tty)
			s.SetTerminalSize(80, tt.height)
			if err := s.WritePaged(long, tt.pager); err != nil {
				t.Fatal(err)
			}
			if out.String() != tt.want {
				t.Errorf("wrote %q, want %q", out.String(), tt.want)
			}
		})
	}
}

// TestWritePagedFailingPager: a pager that fails is named in the error.
func TestWritePagedFailingPager(t *testing.T) {
	s, _, _, _ := Test()
	s.SetStdoutTTY(true)
	s.SetTerminalSize(80, 5)
	err := s.WritePaged(strings.Repeat("line\n", 10), "false")
	if err == nil || err.Error() != `pager "false": exit status 1` {
		t.Errorf("error %v, want one naming the pager", err)
	}
}
