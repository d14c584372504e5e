package render

import (
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/yuin/goldmark/ast"
)

// Glamour wraps a heading after its prefix (the title's padding, or
// "## "), so the lines after the first start that much further left and
// a title's coloured box is ragged. hangHeadings lays out a heading of
// plain text that will not fit on one line itself, its later lines
// indented as wide as the prefix, so that every line starts under the
// first one's text. New text is appended to src, which is returned.
func hangHeadings(doc ast.Node, src []byte, o ansi.Options) []byte {
	margin := marginOf(o.Styles.Document)
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		if h.Parent() != doc {
			return ast.WalkSkipChildren, nil // nested in a list or quote: glamour's own margins
		}
		for c := h.FirstChild(); c != nil; c = c.NextSibling() {
			if _, ok := c.(*ast.Text); !ok {
				return ast.WalkSkipChildren, nil // styled inlines: left to glamour
			}
		}
		// As glamour wraps a heading: its prefix and text within the
		// document's margins (the suffix comes after).
		prefix := headingPrefix(o.Styles, h.Level)
		width := o.WordWrap - 2*margin - Width(prefix)
		text := strings.Join(strings.Fields(inlineText(h, src)), " ") // as it reads: escapes and entities resolved
		if width < minTextWidth || Width(text) <= width {
			return ast.WalkSkipChildren, nil
		}
		for c := h.FirstChild(); c != nil; {
			next := c.NextSibling()
			h.RemoveChild(h, c)
			c = next
		}
		pad := strings.Repeat(" ", Width(prefix))
		h.AppendChild(h, newText(&src, escapeText(strings.Join(Wrap(text, width), "\n"+pad))))
		return ast.WalkSkipChildren, nil
	})
	return src
}

// headingPrefix returns the prefix a heading of level is drawn with.
func headingPrefix(s ansi.StyleConfig, level int) string {
	levels := []ansi.StyleBlock{s.H1, s.H2, s.H3, s.H4, s.H5, s.H6}
	if level >= 1 && level <= len(levels) && levels[level-1].Prefix != "" {
		return levels[level-1].Prefix
	}
	return s.Heading.Prefix
}
