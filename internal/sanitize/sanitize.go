// Package sanitize makes text from FAQ files and from users safe to write
// to a terminal. A FAQ file is untrusted input: without this, an escape
// sequence in it could retitle the window, clear the screen, or plant a
// misleading hyperlink, and glamour passes such sequences through.
package sanitize

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// Text removes everything that can control a terminal: C0 control
// characters other than tab and newline (carriage return included), DEL,
// C1 controls (U+0080 to U+009F), and whole escape sequences introduced by
// ESC or by the C1 CSI, OSC, DCS, SOS, PM and APC characters, parameters
// and strings included. Invalid UTF-8 bytes become U+FFFD.
func Text(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x1b:
			i += escapeLen(s[i+1:]) + 1
		case r == 0x9b: // CSI
			i += size + csiLen(s[i+size:])
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS SOS OSC PM APC
			i += size + stringLen(s[i+size:])
		case isControl(r):
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// isClean reports whether s needs no change, the common case.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			return utf8.ValidString(s[i:]) && !hasC1(s[i:])
		}
	}
	return true
}

func hasC1(s string) bool {
	for _, r := range s {
		if isControl(r) {
			return true
		}
	}
	return false
}

// isControl reports whether r is a control character other than tab and
// newline.
func isControl(r rune) bool {
	return r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f
}

// escapeLen returns the length of the escape sequence after an ESC.
func escapeLen(s string) int {
	if s == "" {
		return 0
	}
	switch s[0] {
	case '[':
		return 1 + csiLen(s[1:])
	case ']', 'P', 'X', '^', '_':
		return 1 + stringLen(s[1:])
	}
	// ESC followed by intermediates (0x20–0x2F) and one final byte.
	n := 0
	for n < len(s) && s[n] >= 0x20 && s[n] <= 0x2f {
		n++
	}
	if n < len(s) && s[n] >= 0x30 && s[n] <= 0x7e {
		n++
	}
	return n
}

// csiLen returns the length of a control sequence's parameters,
// intermediates and final byte.
func csiLen(s string) int {
	for n := 0; n < len(s); n++ {
		c := s[n]
		switch {
		case c >= 0x40 && c <= 0x7e:
			return n + 1
		case c < 0x20 || c >= 0x7f:
			return n // malformed: stop before it
		}
	}
	return len(s)
}

// stringLen returns the length of a control string up to and including
// its terminator: BEL, ESC \ or the C1 ST (U+009C). An unterminated
// string runs to the end of the text, as it would in a terminal.
func stringLen(s string) int {
	for n := 0; n < len(s); n++ {
		switch {
		case s[n] == 0x07:
			return n + 1
		case s[n] == 0x1b && n+1 < len(s) && s[n+1] == '\\':
			return n + 2
		case s[n] == 0x1b:
			return n
		case strings.HasPrefix(s[n:], "\u009c"):
			return n + len("\u009c")
		}
	}
	return len(s)
}

var numericRef = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?`) })

// Markdown is Text for Markdown source: it also removes numeric character
// references that a Markdown renderer would decode into control
// characters, such as &#27; or &#x9b;.
func Markdown(s string) string {
	s = Text(s)
	if !strings.Contains(s, "&#") {
		return s
	}
	return numericRef().ReplaceAllStringFunc(s, func(ref string) string {
		m := numericRef().FindStringSubmatch(ref)
		var v uint64
		var err error
		if m[1] != "" {
			v, err = strconv.ParseUint(m[1], 16, 32)
		} else {
			v, err = strconv.ParseUint(m[2], 10, 32)
		}
		if err == nil && v <= utf8.MaxRune && isControl(rune(v)) {
			return ""
		}
		return ref
	})
}

// Line is Text folded onto one line: newlines and tabs become spaces. For
// echoing a query or a question in a one-line message or a TSV field.
func Line(s string) string {
	return strings.Join(strings.Fields(Text(s)), " ")
}
