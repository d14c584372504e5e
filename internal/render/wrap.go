package render

import (
	"strings"

	xansi "github.com/charmbracelet/x/ansi"
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

// hangStyled wraps s, text styled with SGR escape codes, at width columns
// as Wrap does, keeping its line breaks, and starts every line after the
// first with pad. Widths are counted as glamour counts them (escape codes
// take none). A style open at the end of a line is closed there and
// opened again after the next line's pad, so that the pad is never styled
// (an underline or a background would show) and each line stands on its
// own.
func hangStyled(s string, width int, pad string) string {
	var b strings.Builder
	open := "" // the SGR sequences in effect
	col := 0   // columns taken on the line, pad apart
	newLine := func() {
		if open != "" {
			b.WriteString("\x1b[0m")
		}
		b.WriteString("\n" + pad + open)
		col = 0
	}
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			newLine()
		}
		for j, word := range strings.Split(line, " ") {
			w := xansi.StringWidth(word)
			switch {
			case j == 0 || col == 0:
				// No space before the first word of a line.
			case col+1+w > width:
				newLine()
			default:
				b.WriteByte(' ')
				col++
			}
			b.WriteString(word)
			col += w
			open = sgrState(open, word)
		}
	}
	return b.String()
}

// sgrState returns the SGR sequences in effect after s, given those in
// effect before it: a reset clears them, any other adds to them.
func sgrState(open, s string) string {
	for {
		i := strings.Index(s, "\x1b[")
		if i < 0 {
			return open
		}
		j := i + 2
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
			j++
		}
		if j < len(s) && s[j] == 'm' {
			if params := s[i+2 : j]; params == "" || params == "0" {
				open = ""
			} else {
				open += s[i : j+1]
			}
		}
		s = s[j:]
	}
}
