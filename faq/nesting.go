package faq

import "bytes"

// maxNesting bounds how deeply block quotes and lists may nest for the
// parser: its work per line grows with the depth, so a hostile file with
// thousands of levels would take minutes.
const maxNesting = 32

// flattenDeepNesting returns src with block quote markers beyond
// maxNesting levels and list markers indented beyond maxNesting*4 columns
// turned into spaces, and leading whitespace beyond maxIndent columns
// into dots (the parser rescans a line's indentation for every open
// container). The length and every line stay the same, so offsets into
// the parsed copy are offsets into src; answers are cut from src,
// unchanged.
func flattenDeepNesting(src []byte) []byte {
	var out []byte
	for start := 0; start < len(src); {
		end := bytes.IndexByte(src[start:], '\n')
		if end < 0 {
			end = len(src)
		} else {
			end += start
		}
		line := src[start:end]
		if needsFlattening(line) {
			if out == nil {
				out = append([]byte(nil), src...)
			}
			flattenLine(out[start:end])
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
func needsFlattening(line []byte) bool {
	n := 0
	for n < len(line) && (line[n] == ' ' || line[n] == '\t' || line[n] == '>') {
		n++
	}
	// A line of nothing but whitespace must stay blank.
	return n > maxNesting && len(bytes.TrimSpace(line)) > 0
}

// flattenLine neutralises, in place, the parts of a line's container
// prefix that are too deep.
func flattenLine(line []byte) {
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
			if depth > maxNesting {
				line[i] = ' '
			}
		case (c == '-' || c == '*' || c == '+') && col > maxNesting*4:
			line[i] = ' '
			return
		default:
			return
		}
	}
}
