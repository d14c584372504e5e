package sanitize

import "testing"

func TestText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"clean", "plain\ttext\n", "plain\ttext\n"},
		{"SGR colour", "a\x1b[31mred\x1b[0mb", "aredb"},
		{"window title (OSC, BEL)", "a\x1b]0;pwned\x07b", "ab"},
		{"hyperlink (OSC 8, ST)", "\x1b]8;;http://evil\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"clear screen", "\x1b[2J\x1b[Hx", "x"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC", "a\u009d0;t\u009cb", "ab"},
		{"carriage return and DEL", "ab\rc\x7fd", "abcd"},
		{"bell and backspace", "a\x07\x08b", "ab"},
		{"invalid UTF-8", "a\xffb", "a\ufffdb"},
		{"unterminated OSC", "a\x1b]0;title", "a"},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("%s: Text(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestMarkdownEntities(t *testing.T) {
	tests := map[string]string{
		"&#27;[31mred":       "[31mred",
		"&#x1b;]0;t&#7;":     "]0;t",
		"&#X9B;2J":           "2J",
		"&#155;2J":           "2J",
		"&amp; &#169; &#10;": "&amp; &#169; &#10;",
	}
	for in, want := range tests {
		if got := Markdown(in); got != want {
			t.Errorf("Markdown(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzText(f *testing.F) {
	for _, s := range []string{"a\x1b[31mb", "\u009b1m", "&#27;", "\x1b]8;;x\x07"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Markdown(s)
		for _, r := range out {
			if isControl(r) || r == 0x1b {
				t.Fatalf("control %U left in %q", r, out)
			}
		}
	})
}
