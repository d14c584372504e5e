package render

import (
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

var textMarkdown = goldmark.New(goldmark.WithExtensions(extension.GFM))

// Text renders Markdown as plain prose wrapped at width: no Markdown
// syntax and no escape codes, for notifications, mail and other places
// that show text as it is. Headings become lines of their own, list items
// keep a bullet or number, code is indented, links keep their address in
// parentheses. The input must already be sanitised.
func Text(md string, width int) string {
	src := []byte(Readable(md))
	root := textMarkdown.Parser().Parse(text.NewReader(src))
	w := &textWriter{src: src, width: max(width, 20)}
	w.blocks(root, "", "")
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
	case *ast.Heading:
		w.para(w.inline(n), first, rest)
	case *ast.Paragraph, *ast.TextBlock:
		w.para(w.inline(n), first, rest)
	case *ast.List:
		i := n.Start
		tight := n.IsTight
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			bullet := "- "
			if n.IsOrdered() {
				bullet = fmt.Sprintf("%d. ", i)
				i++
			}
			w.blocks(item, first+bullet, rest+strings.Repeat(" ", len(bullet)))
			if tight {
				w.trimBlank()
			}
			first = rest
		}
		if tight {
			w.b.WriteString("\n")
		}
	case *ast.Blockquote:
		w.blocks(n, first+"  ", rest+"  ")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			w.b.WriteString(rest + "    " + strings.TrimRight(string(seg.Value(w.src)), "\n") + "\n")
		}
		w.b.WriteString("\n")
	case *ast.ThematicBreak, *ast.HTMLBlock:
	case *extast.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			var cells []string
			for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
				cells = append(cells, w.inline(cell))
			}
			w.b.WriteString(rest + strings.Join(cells, "  ") + "\n")
		}
		w.b.WriteString("\n")
	default:
		w.blocks(n, first, rest)
	}
}

// para writes wrapped text with the given prefixes, then a blank line.
func (w *textWriter) para(s, first, rest string) {
	if s == "" {
		return
	}
	for i, line := range wrap(s, max(w.width-len(rest), 10)) {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		w.b.WriteString(prefix + strings.TrimRight(line, " ") + "\n")
	}
	w.b.WriteString("\n")
}

func (w *textWriter) trimBlank() {
	s := w.b.String()
	if strings.HasSuffix(s, "\n\n") {
		w.b.Reset()
		w.b.WriteString(s[:len(s)-1])
	}
}

// inline returns the text of n's inline content on one line.
func (w *textWriter) inline(n ast.Node) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c := c.(type) {
		case *ast.Text:
			if entering {
				b.Write(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(c.Segment.Value(w.src)))))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(c.Value)
			}
		case *ast.CodeSpan:
			if entering {
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						b.Write(t.Segment.Value(w.src))
					}
				}
				return ast.WalkSkipChildren, nil
			}
		case *ast.Link:
			if !entering && isAbsoluteURL(string(c.Destination)) {
				fmt.Fprintf(&b, " (%s)", c.Destination)
			}
		case *ast.AutoLink:
			if entering {
				b.Write(c.Label(w.src))
			}
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func isAbsoluteURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "mailto:")
}

// wrap breaks s into lines of at most width runes at spaces; a word
// longer than width gets a line of its own.
func wrap(s string, width int) []string {
	var lines []string
	var line []rune
	for _, word := range strings.Fields(s) {
		r := []rune(word)
		if len(line) > 0 && len(line)+1+len(r) > width {
			lines = append(lines, string(line))
			line = line[:0]
		}
		if len(line) > 0 {
			line = append(line, ' ')
		}
		line = append(line, r...)
	}
	if len(line) > 0 {
		lines = append(lines, string(line))
	}
	return lines
}
