package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	xansi "github.com/charmbracelet/x/ansi"
	"github.com/mattn/go-runewidth"
	"github.com/rivo/uniseg"
)

// Width returns how many terminal columns s takes: a wide character (CJK,
// most emoji) takes two, a combining mark or a word joiner none.
func Width(s string) int {
	if strings.ContainsRune(s, WordJoiner) {
		s = strings.ReplaceAll(s, string(WordJoiner), "") // go-runewidth gives it one
	}
	return runewidth.StringWidth(s)
}

// Wrap breaks s into lines of at most width columns at spaces, and
// between the characters of text written without spaces (Chinese,
// Japanese) where canBreak allows; a word wider than width gets a line of
// its own, unbroken.
func Wrap(s string, width int) []string {
	var lines []string
	var line strings.Builder
	lineWidth := 0
	for _, field := range strings.Fields(s) {
		for k, word := range splitWide(field) {
			w := Width(word)
			space := 1
			if k > 0 {
				space = 0 // a piece of the same word
			}
			if lineWidth > 0 && lineWidth+space+w > width {
				lines = append(lines, line.String())
				line.Reset()
				lineWidth = 0
			}
			if lineWidth > 0 && space > 0 {
				line.WriteByte(' ')
				lineWidth++
			}
			line.WriteString(word)
			lineWidth += w
		}
	}
	if lineWidth > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

// canBreak reports whether a line may break between two characters of
// a word, the first ending with prev and the second starting with r:
// where one of them is wide (text written without spaces), but never
// before closing punctuation, a Japanese length mark or small kana, nor
// after opening punctuation (the rules of Japanese and Chinese
// typesetting), nor next to a word joiner.
func canBreak(prev rune, prevWide bool, r rune, wide bool) bool {
	switch {
	case !wide && !prevWide, prev == WordJoiner, r == WordJoiner:
		return false
	case unicode.In(prev, unicode.Ps, unicode.Pi):
		return false
	case unicode.IsPunct(r) && !unicode.In(r, unicode.Ps, unicode.Pi):
		return false
	}
	return !strings.ContainsRune("ーｰぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ々", r)
}

// WordJoiner (U+2060) forbids a line break where it stands and takes no
// column: Keep puts it between the characters of an id, which wrapping
// must not break, and Notes takes it out again.
const WordJoiner = '\u2060'

// Keep returns s with a word joiner between its characters, so that no
// wrapping here breaks it (an id written in Chinese or Japanese).
func Keep(s string) string {
	if !hasWide(s) {
		return s // never broken anyway
	}
	return strings.Join(strings.Split(s, ""), string(WordJoiner))
}

// splitWide splits a word at the places a line may break inside it (see
// canBreak: "安装，" stays whole at its comma). A word with no wide
// character is one piece.
func splitWide(word string) []string {
	if !hasWide(word) {
		return []string{word}
	}
	var pieces []string
	start, prev, prevWide := 0, rune(0), false
	for i := 0; i < len(word); {
		if n := sgrLen(word[i:]); n > 0 {
			i += n // styles stay with the piece they are in
			continue
		}
		cluster, _, w, _ := uniseg.FirstGraphemeClusterInString(word[i:], -1)
		r, _ := utf8.DecodeRuneInString(cluster)
		wide := w == 2
		if i > start && canBreak(prev, prevWide, r, wide) {
			pieces = append(pieces, word[start:i])
			start = i
		}
		i += len(cluster)
		prev, _ = utf8.DecodeLastRuneInString(cluster)
		prevWide = wide
	}
	return append(pieces, word[start:])
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
// at spaces, keeping its line breaks, and starts every line after the
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
		for j, field := range strings.Split(line, " ") {
			// Text without spaces comes in pieces that join without one.
			for k, word := range splitWide(field) {
				w := xansi.StringWidth(word)
				space := 1
				if k > 0 {
					space = 0
				}
				switch {
				case j == 0 && k == 0 || col == 0:
					// No space before the first word of a line.
				case col+space+w > width:
					newLine()
				case space > 0:
					b.WriteByte(' ')
					col++
				}
				if w <= width {
					b.WriteString(word)
					col += w
					open = sgrState(open, word)
					continue
				}
				// A word wider than a line (a long address) is cut:
				// glamour would cut it at its own margin.
				for k, piece := range cutWord(word, width) {
					if k > 0 {
						newLine()
					}
					b.WriteString(piece)
					col += xansi.StringWidth(piece)
					open = sgrState(open, piece)
				}
			}
		}
	}
	return b.String()
}

// cutWord cuts word, styled text wider than width, into pieces no wider,
// each after the last slash or hyphen it holds or where text without
// spaces may break (see canBreak), else at the width. A grapheme wider
// than width gets a piece of its own.
func cutWord(word string, width int) []string {
	var pieces []string
	start, col := 0, 0  // the piece being filled: where it starts, its columns
	brk, brkCol := 0, 0 // its last place to break, if any
	prev, prevWide := rune(0), false
	for i := 0; i < len(word); {
		if n := sgrLen(word[i:]); n > 0 {
			i += n
			continue
		}
		cluster, _, w, _ := uniseg.FirstGraphemeClusterInString(word[i:], -1)
		r, _ := utf8.DecodeRuneInString(cluster)
		if i > start && canBreak(prev, prevWide, r, w == 2) {
			brk, brkCol = i, col
		}
		prev, _ = utf8.DecodeLastRuneInString(cluster)
		prevWide = w == 2
		for col > 0 && col+w > width {
			cut, cutCol := i, col
			if brk > start {
				cut, cutCol = brk, brkCol
			}
			pieces = append(pieces, word[start:cut])
			start, col = cut, col-cutCol
		}
		i += len(cluster)
		col += w
		if cluster == "/" || cluster == "-" {
			brk, brkCol = i, col
		}
	}
	return append(pieces, word[start:])
}

// sgrState returns the SGR sequences in effect after s, given those in
// effect before it: a reset clears them, any other adds to them.
func sgrState(open, s string) string {
	for i := 0; i < len(s); i++ {
		n := sgrLen(s[i:])
		if n == 0 {
			continue
		}
		if params := s[i+2 : i+n-1]; params == "" || params == "0" {
			open = ""
		} else {
			open += s[i : i+n]
		}
		i += n - 1
	}
	return open
}

// sgrLen returns the length of the SGR sequence (ESC [ digits and
// semicolons m) s starts with, or 0.
func sgrLen(s string) int {
	if !strings.HasPrefix(s, "\x1b[") {
		return 0
	}
	j := 2
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
		j++
	}
	if j < len(s) && s[j] == 'm' {
		return j + 1
	}
	return 0
}

// breakWide breaks the lines of s, glamour's output, that run past width
// columns because they hold text in a script written without spaces
// (Chinese, Japanese): glamour's wrapper breaks only at spaces and
// hyphens, so a sentence of it stayed one line for the terminal to fold
// at its edge, past the margin. Such a line is broken between two
// characters where canBreak allows, or at a space, and its continuation
// lines start with the line's own indent.
func breakWide(s string, width int) string {
	if width <= 0 || !hasWide(s) {
		return s
	}
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		if xansi.StringWidth(line) > width && hasWide(line) {
			lines[i] = breakLine(line, width)
		}
	}
	return strings.Join(lines, "\n")
}

// hasWide reports whether s holds a character two columns wide.
func hasWide(s string) bool {
	for _, r := range s {
		if Wide(r) {
			return true
		}
	}
	return false
}

// Wide reports whether r takes two columns, as Chinese and Japanese
// characters do, counted as wrapping counts them (uniseg's widths),
// whatever the locale says of ambiguous characters such as "’".
func Wide(r rune) bool { return r >= 0x1100 && uniseg.StringWidth(string(r)) == 2 }

// quoteBar is the bar the styles draw a block quote's lines with, always
// followed by a space: a "│" that is not is text.
const quoteBar = "│"

// breakLine breaks one line as breakWide does.
func breakLine(line string, width int) string {
	// The indent: leading spaces, a block quote's bar, and the styles
	// around them, repeated on every line.
	end, bar := 0, false // end: after the indent's last space or bar
	for i := 0; i < len(line); {
		if n := sgrLen(line[i:]); n > 0 {
			i += n
		} else if line[i] == ' ' {
			i++
			end = i
		} else if !bar && strings.HasPrefix(line[i:], quoteBar+" ") {
			i += len(quoteBar)
			end, bar = i, true
		} else {
			break
		}
	}
	indent, body := line[:end], line[end:]
	pad := indent
	if sgrState("", pad) != "" {
		pad += "\x1b[0m" // the text's own style follows
	}
	// The body carries on the styles the indent left open, unless it
	// starts by resetting them.
	if carry := sgrState("", indent); carry != "" && !strings.HasPrefix(body, "\x1b[0m") {
		body = carry + body
	}
	return indent + hangStyled(body, max(width-xansi.StringWidth(pad), 1), pad)
}
