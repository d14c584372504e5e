package render

import (
	"strings"

	"github.com/mattn/go-runewidth"
)

// Width returns how many terminal columns s takes: a wide character (CJK,
// most emoji) takes two, a combining mark none.
func Width(s string) int { return runewidth.StringWidth(s) }

// Wrap breaks s into lines of at most width columns at spaces; a word
// wider than width gets a line of its own, unbroken.
func Wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineWidth := 0
	for _, word := range strings.Fields(s) {
		w := Width(word)
		if lineWidth > 0 && lineWidth+1+w > width {
			lines = append(lines, line.String())
			line.Reset()
			lineWidth = 0
		}
		if lineWidth > 0 {
			line.WriteByte(' ')
			lineWidth++
		}
		line.WriteString(word)
		lineWidth += w
	}
	if lineWidth > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// indentLines wraps s at width and prefixes the first line with first
// and the others with rest; the prefixes count towards the width.
func indentLines(s string, width int, first, rest string) string {
	var b strings.Builder
	for i, line := range Wrap(s, max(width-Width(rest), 10)) {
		if i == 0 {
			b.WriteString(first)
		} else {
			b.WriteString(rest)
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}
