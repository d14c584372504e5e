package render

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// Text renders Markdown as plain prose wrapped at width columns: no
// Markdown syntax and no escape codes, for notifications, mail and other
// places that show text as it is. Headings become lines of their own,
// list items keep a bullet or number, code is indented, links show their
// target in parentheses (see linkTarget). The input must already be
// sanitised.
func Text(md string, width int) string {
	src, doc := parse(md)
	src = htmlImages(doc, src)
	w := &textWriter{src: src, width: max(width, MinWidth)}
	w.blocks(doc, "", "")
	return strings.TrimRight(w.b.String(), "\n") + "\n"
}

type textWriter struct {
	src   []byte
	width int
	b     strings.Builder
}

// blocks writes the block children of n. first prefixes the first line of
// the first block, rest every other line (list bullets and indentation).
func (w *textWriter) blocks(n ast.Node, first, rest string) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.block(c, first, rest)
		first = rest
	}
}

func (w *textWriter) block(n ast.Node, first, rest string) {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		w.para(w.inline(n), first, rest)
	case *ast.List:
		i := n.Start
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			bullet := "- "
			if n.IsOrdered() {
				bullet = fmt.Sprintf("%d. ", i)
				i++
			}
			w.blocks(item, first+bullet, rest+strings.Repeat(" ", len(bullet)))
			if n.IsTight {
				w.trimBlank()
			}
			first = rest
		}
		if n.IsTight {
			w.b.WriteString("\n")
		}
	case *ast.Blockquote:
		w.blocks(n, first+"  ", rest+"  ")
	case *extast.DefinitionTerm:
		w.para(w.inline(n), first, rest)
		w.trimBlank()
	case *extast.DefinitionDescription:
		w.blocks(n, first+"    ", rest+"    ")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			w.b.WriteString(rest + "    " + strings.TrimRight(string(seg.Value(w.src)), "\n") + "\n")
		}
		w.b.WriteString("\n")
	case *ast.ThematicBreak, *ast.HTMLBlock:
	case *extast.Table:
		w.table(n, rest)
	default:
		w.blocks(n, first, rest)
	}
}

// table writes a table in aligned columns when it fits the width, else
// each row as "heading: cell" lines, one paragraph a row.
func (w *textWriter) table(n *extast.Table, rest string) {
	var rows [][]string
	for row := n.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			cells = append(cells, w.inline(cell))
		}
		rows = append(rows, cells)
	}
	if len(rows) == 0 {
		return
	}
	widths := make([]int, len(rows[0]))
	for _, cells := range rows {
		for i, c := range cells[:min(len(cells), len(widths))] {
			widths[i] = max(widths[i], Width(c))
		}
	}
	total := Width(rest) + 2*(len(widths)-1)
	for _, cw := range widths {
		total += cw
	}
	if total <= w.width {
		for _, cells := range rows {
			var padded []string
			for i, c := range cells[:min(len(cells), len(widths))] {
				padded = append(padded, pad(c, widths[i]))
			}
			w.b.WriteString(rest + strings.TrimRight(strings.Join(padded, "  "), " ") + "\n")
		}
		w.b.WriteString("\n")
		return
	}
	head := rows[0]
	for _, cells := range rows[1:] {
		for i, c := range cells {
			label := ""
			if i < len(head) && head[i] != "" {
				label = head[i] + ": "
			}
			w.b.WriteString(indentLines(label+c, w.width, rest, rest+"  "))
		}
		w.b.WriteString("\n")
	}
}

// para writes wrapped text with the given prefixes, then a blank line.
func (w *textWriter) para(s, first, rest string) {
	if s == "" {
		return
	}
	w.b.WriteString(indentLines(s, w.width, first, rest) + "\n")
}

func (w *textWriter) trimBlank() {
	s := w.b.String()
	if strings.HasSuffix(s, "\n\n") {
		w.b.Reset()
		w.b.WriteString(s[:len(s)-1])
	}
}

// inline returns n's inline content as a reader sees it, on one line.
func (w *textWriter) inline(n ast.Node) string { return inlineText(n, w.src) }
