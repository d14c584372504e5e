package render

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xansi "github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

func TestHangStyled(t *testing.T) {
	const bold, reset, code = "\x1b[1m", "\x1b[0m", "\x1b[38;5;203;48;5;236m"
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "one two", 7, "one two"},
		{"wraps at spaces", "one two three four", 9, "one two\n  three\n  four"},
		{"word wider than the width cut", "a verylongword b", 5, "a\n  veryl\n  ongwo\n  rd b"},
		{"address cut after a slash or hyphen", "see https://example.org/a-long/path", 22, "see\n  https://example.org/a-\n  long/path"},
		{"cut between wide characters", "0日本0", 5, "0日本\n  0"},
		{"styled word cut", "see " + bold + "abcdefgh" + reset, 4, "see\n  " + bold + "abcd" + reset + "\n  " + bold + "efgh" + reset},
		{"hard line break kept", "one\ntwo three", 20, "one\n  two three"},
		{"columns, not bytes", "日本 日本 日本", 9, "日本 日本\n  日本"},
		{
			"a style across a break is closed and opened again after the pad",
			bold + "one two three" + reset + " four", 8,
			bold + "one two" + reset + "\n  " + bold + "three" + reset + "\n  four",
		},
		{
			"a background never shows in the pad",
			"see " + code + " a b " + reset, 6,
			"see " + code + " a" + reset + "\n  " + code + "b " + reset,
		},
		{"escape codes take no columns", bold + "abc" + reset + " " + bold + "def" + reset, 7, bold + "abc" + reset + " " + bold + "def" + reset},
		{"a style opened at the end of a line moves on", "one " + reset + bold + " two", 4, "one " + reset + bold + reset + "\n  " + bold + "two"},
		{"no space starts a line", "one  two", 3, "one\n  two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hangStyled(tt.in, tt.width, "  "); got != tt.want {
				t.Errorf("hangStyled(%q, %d)\n got %q\nwant %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func FuzzHangStyled(f *testing.F) {
	f.Add("one two three four five", 9)
	f.Add("\x01bold words\x02 and \x03code spans\x02", 6)
	f.Add("日本語 日本語\nhard  break", 5)
	f.Add("\u06dd\u06dd0", 2) // one grapheme three columns wide
	// Input is sanitised text with glamour's escape codes: valid UTF-8
	// with no controls but line breaks; \x01 to \x03 stand for escape
	// codes.
	sgr := strings.NewReplacer("\x01", "\x1b[1m", "\x02", "\x1b[0m", "\x03", "\x1b[38;5;203;48;5;236m")
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 200 || !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && (r < 1 || r > 3) }) {
			t.Skip()
		}
		s = sgr.Replace(s)
		got := hangStyled(s, width, "  ")
		// The same text, however it was wrapped.
		if a, b := strings.Fields(xansi.Strip(s)), strings.Fields(xansi.Strip(got)); strings.Join(a, "") != strings.Join(b, "") {
			t.Fatalf("text changed: %q -> %q", s, got)
		}
		for i, line := range strings.Split(got, "\n") {
			text := line
			if i > 0 {
				if !strings.HasPrefix(line, "  ") {
					t.Fatalf("line %d of %q lacks the pad", i, got)
				}
				text = line[2:]
			}
			// Only a grapheme wider than the width, alone but for marks
			// that take no columns, may make a line wider: it cannot be
			// cut.
			if w := xansi.StringWidth(text); w > width && visibleGraphemes(xansi.Strip(text)) > 1 {
				t.Fatalf("line %q is %d columns wide, more than %d", text, w, width)
			}
		}
	})
}

// visibleGraphemes counts the graphemes of s that take columns.
func visibleGraphemes(s string) int {
	n := 0
	for g := uniseg.NewGraphemes(s); g.Next(); {
		if g.Width() > 0 {
			n++
		}
	}
	return n
}

func TestBreakWide(t *testing.T) {
	const style, reset = "\x1b[38;5;252m", "\x1b[0m"
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"fits", "  日本語です", 12, "  日本語です"},
		{"broken between wide characters, indent kept", "  日本語の文章です", 10, "  日本語の\n  文章です"},
		{"punctuation stays with the word before", "  安装完成。然后运行", 10, "  安装完\n  成。然后\n  运行"},
		{"no line starts with a length mark or ends with an opening bracket", "  あいうエーア「かぎ」です", 12, "  あいうエー\n  ア「かぎ」\n  です"},
		{"an opening bracket goes to the next line", "  あいうエ「ーかぎ」です", 12, "  あいうエ\n  「ーかぎ」\n  です"},
		{"at a space between other words", "  支持 Windows 和 Linux", 14, "  支持 Windows\n  和 Linux"},
		{"a style is closed and opened again", "  " + style + "日本語の文章です" + reset, 10, "  " + style + "日本語の" + reset + "\n  " + style + "文章です" + reset},
		{"a line with no wide character is left", "  a verylongwordthatrunspast", 10, "  a verylongwordthatrunspast"},
		{"other lines are left", "short\n  日本語の文章です", 10, "short\n  日本語の\n  文章です"},
		{"a block quote keeps its bar", "  " + style + "│ " + reset + style + "日本語の文章です" + reset, 12, "  " + style + "│ " + reset + style + "日本語の" + reset + "\n  " + style + "│ " + reset + style + "文章です" + reset},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := breakWide(tt.in, tt.width); got != tt.want {
				t.Errorf("breakWide(%q, %d)\n got %q\nwant %q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

func FuzzBreakWide(f *testing.F) {
	f.Add("  日本語の文章です。次の文", 10)
	f.Add("  \x01支持 Windows、macOS 和 Linux。\x02", 12)
	f.Add("plain\n    한국어 문장입니다 그리고", 9)
	f.Add("다\ua8b8", 2) // one grapheme three columns wide
	sgr := strings.NewReplacer("\x01", "\x1b[1m", "\x02", "\x1b[0m")
	f.Fuzz(func(t *testing.T, s string, width int) {
		if width < 1 || width > 200 || !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && (r < 1 || r > 2) }) {
			t.Skip()
		}
		s = sgr.Replace(s)
		got := breakWide(s, width)
		// The same text, however it was broken.
		if a, b := strings.Join(strings.Fields(xansi.Strip(s)), ""), strings.Join(strings.Fields(xansi.Strip(got)), ""); a != b {
			t.Fatalf("text changed: %q -> %q", s, got)
		}
		in := strings.Split(s, "\n")
		out := strings.Split(got, "\n")
		if len(out) < len(in) {
			t.Fatalf("lines lost: %q -> %q", s, got)
		}
		for _, line := range out {
			// A line is no wider than the width, unless it had no wide
			// character or holds one grapheme past its indent.
			if w := xansi.StringWidth(line); w > width && hasWide(line) {
				if visibleGraphemes(strings.TrimLeft(xansi.Strip(line), " "+quoteBar)) > 1 {
					t.Fatalf("line %q is %d columns wide, more than %d", line, w, width)
				}
			}
		}
	})
}

// TestKeep: a kept id is never broken and takes only its own columns;
// an id without wide characters comes back as it was.
func TestKeep(t *testing.T) {
	id := "パスワードを忘れました"
	lines := Wrap("常见问题 · "+Keep(id), 20)
	if len(lines) != 2 || strings.ReplaceAll(lines[1], string(WordJoiner), "") != id {
		t.Errorf("Wrap broke the kept id: %q", lines)
	}
	if Width(Keep(id)) != Width(id) {
		t.Errorf("a kept id is %d columns, want %d", Width(Keep(id)), Width(id))
	}
	if Keep("si-joint-mri") != "si-joint-mri" {
		t.Error("an ASCII id was changed")
	}
}
