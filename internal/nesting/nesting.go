// Package nesting keeps Markdown from nesting block quotes and lists
// deeper than a reader could follow, before it is parsed: goldmark's work
// per line, and glamour's when it draws the result, grow with the depth,
// so a hostile file of a few hundred bytes would take minutes.
package nesting

import "bytes"

// Flatten returns src with block quote markers beyond depth levels and
// list markers indented beyond depth*4 columns turned into spaces, and leading whitespace beyond maxIndent columns
// into dots (the parser rescans a line's indentation for every open
// container). The length and every line stay the same, so offsets into
// the parsed copy are offsets into src; answers are cut from src,
// unchanged.
func Flatten(src []byte, depth int) []byte {
	var out []byte
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		if needsFlattening(line, depth) {
			if out == nil {
				out = append([]byte(nil), src...)
			}
			flattenLine(out[start:end], depth)
		}
		start = end + 1
	}
	if out == nil {
		return src
	}
	return out
}

// maxIndent bounds the leading whitespace the parser sees.
const maxIndent = 256

// needsFlattening is a quick test for lines flattenLine would change.
func needsFlattening(line []byte, depth int) bool {
	n := 0
	for n < len(line) && (line[n] == ' ' || line[n] == '\t' || line[n] == '>') {
		n++
	}
	// A line of nothing but whitespace must stay blank.
	return n > depth && len(bytes.TrimSpace(line)) > 0
}

// flattenLine neutralises, in place, the parts of a line's container
// prefix that are too deep.
func flattenLine(line []byte, maxDepth int) {
	depth, col := 0, 0
	for i, c := range line {
		switch {
		case c == ' ' || c == '\t':
			if c == '\t' {
				col += 4 - col%4
			} else {
				col++
			}
			if col > maxIndent {
				line[i] = '.'
			}
		case c == '>':
			depth++
			col++
			if depth > maxDepth {
				line[i] = ' '
			}
		case (c == '-' || c == '*' || c == '+') && col > maxDepth*4:
			line[i] = ' '
			return
		default:
			return
		}
	}
}

// Display returns src flattened as Flatten does, for showing rather than
// for parsing: leading whitespace beyond what Flatten keeps is removed
// rather than turned into dots, and on a line where Flatten blanked a
// marker that was too deep, the marker goes too, with the whitespace
// beyond depth*4 columns, so that the deep text does not turn into an
// indented code block. Lines get shorter, and nothing shows that the
// author did not write.
func Display(src []byte, depth int) []byte {
	out := make([]byte, 0, len(src))
	for line := range bytes.Lines(src) {
		if !needsFlattening(line, depth) {
			out = append(out, line...)
			continue
		}
		flat := append([]byte(nil), line...)
		flattenLine(flat, depth)
		n := 0
		for n < len(flat) && (flat[n] == ' ' || flat[n] == '\t' || flat[n] == '>' || flat[n] == '.' && line[n] != '.') {
			n++
		}
		blanked := false // a marker too deep was blanked
		for i := range flat[:n] {
			if flat[i] == ' ' && line[i] != ' ' && line[i] != '\t' {
				blanked = true
			}
		}
		col := 0
		for i, c := range flat[:n] {
			switch {
			case c == '>':
				col++
			case c == '.' || line[i] != ' ' && line[i] != '\t':
				continue // a dot standing in for whitespace, or a blanked marker
			case c == '\t':
				col += 4 - col%4
			default:
				col++
			}
			if c == '>' || !blanked || col <= depth*4 {
				out = append(out, c)
			}
		}
		out = append(out, flat[n:]...)
	}
	return out
}
