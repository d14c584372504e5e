package render

import (
	"bytes"
	"io"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
)

// Glamour v1 wraps the text of a list item together with the rest of the
// list, so the lines of a long item start under its bullet rather than
// under its text (glamour issues #56 and #314). hangItems lays the text of
// each item out before glamour sees it: glamour's own element renderers
// style the paragraph's inline content as it would inside the list,
// hangStyled wraps the result at the width the list leaves after the
// item's bullet, indenting every later line as wide as the bullet, and
// the lines go back into the tree as one text. Every line then fits the
// list, so glamour has nothing left to wrap and the indent stays.

// hangItems gives every paragraph in a list item a hanging indent (see
// above); a paragraph after the item's first block also starts on a line
// of its own, after one blank line (glamour would run it on after the
// item's text). New text is appended to src, which is returned.
func hangItems(doc ast.Node, src []byte, o ansi.Options) ([]byte, error) {
	var paras []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.Parent().(*ast.ListItem); ok && entering && (n.Kind() == ast.KindParagraph || n.Kind() == ast.KindTextBlock) {
			paras = append(paras, n)
		}
		return ast.WalkContinue, nil
	})
	stylers := map[ansi.StylePrimitive]*inlineStyler{}
	for _, p := range paras {
		item := p.Parent().(*ast.ListItem)
		width, inherited := listBlock(item.Parent().(*ast.List), o.Styles, o.WordWrap)
		st := stylers[inherited]
		if st == nil {
			st = newInlineStyler(o, inherited)
			stylers[inherited] = st
		}
		pad := strings.Repeat(" ", st.markerWidth(item))
		lead := ""
		if prev := p.PreviousSibling(); prev != nil {
			lead = "\n\n" + pad
			if k := prev.Kind(); k == ast.KindList || k == ast.KindFencedCodeBlock || k == ast.KindCodeBlock {
				lead = "\n" + pad // glamour ends these with a line break or a blank line
			}
		}
		if !verbatim(inherited, o.Styles.Text) {
			// Glamour would change the laid-out text again: leave the
			// wrapping to it.
			if lead != "" {
				p.InsertBefore(p, p.FirstChild(), newText(&src, lead))
			}
			continue
		}
		styled, err := st.render(p, src)
		if err != nil {
			return nil, err
		}
		for c := p.FirstChild(); c != nil; {
			next := c.NextSibling()
			if c.Kind() != extast.KindTaskCheckBox { // glamour draws it with the bullet
				p.RemoveChild(p, c)
			}
			c = next
		}
		p.AppendChild(p, newText(&src, escapeText(lead+hangStyled(styled, width-len(pad), pad))))
	}
	return src, nil
}

// An inlineStyler renders inline content with glamour's element
// renderers, styled as inside a block whose text inherits a style.
type inlineStyler struct {
	elements *ansi.ANSIRenderer // makes the elements
	ctx      ansi.RenderContext // draws them
}

// newInlineStyler returns an inlineStyler drawing with o inside a block
// whose text inherits inherited.
func newInlineStyler(o ansi.Options, inherited ansi.StylePrimitive) *inlineStyler {
	// A code span takes its style from the block it is in when its element
	// is made, from a block stack this renderer keeps to itself: give it
	// that style up front.
	made := o
	made.Styles.Code.StylePrimitive = inherit(inherited, o.Styles.Code.StylePrimitive)
	ctx := ansi.NewRenderContext(o)
	block := &ansi.BlockElement{Block: &bytes.Buffer{}, Style: ansi.StyleBlock{StylePrimitive: inherited}}
	_ = block.Render(io.Discard, ctx) // pushes the block onto ctx's stack
	return &inlineStyler{elements: ansi.NewRenderer(made), ctx: ctx}
}

// render returns p's inline content styled, on one line but for hard line
// breaks.
func (st *inlineStyler) render(p ast.Node, src []byte) (string, error) {
	var b strings.Builder
	for c := p.FirstChild(); c != nil; c = c.NextSibling() {
		// Each element draws its own children, as in glamour's renderer.
		if r := st.elements.NewElement(c, src).Renderer; r != nil {
			if err := r.Render(&b, st.ctx); err != nil {
				return "", err
			}
		}
	}
	return b.String(), nil
}

// markerWidth is how many columns glamour's marker of item takes: its
// bullet, number or check box, measured as glamour draws it.
func (st *inlineStyler) markerWidth(item *ast.ListItem) int {
	var r ansi.ElementRenderer
	if box, ok := taskBox(item); ok {
		r = &ansi.TaskElement{Checked: box.IsChecked}
	} else {
		list := item.Parent().(*ast.List)
		n := list.Start
		for c := item.PreviousSibling(); c != nil; c = c.PreviousSibling() {
			n++
		}
		r = &ansi.ItemElement{IsOrdered: list.IsOrdered(), Enumeration: uint(max(n, 0))}
	}
	var b bytes.Buffer
	if err := r.Render(&b, st.ctx); err != nil {
		return 0 // a bad format in the style: drawing the item reports it
	}
	return xansi.StringWidth(b.String())
}

// listBlock returns the columns the text of list's items has, as glamour's
// block stack counts them (it keeps the stack to itself), and the style
// that text inherits from the blocks around it: the document, block
// quotes, definition lists and lists. An indent token wider than a column
// (a block quote's "│ ") takes its whole width, which glamour does not
// count, so that no line runs past the width.
func listBlock(list *ast.List, cfg ansi.StyleConfig, width int) (int, ansi.StylePrimitive) {
	var blocks []ast.Node
	for n := ast.Node(list); n != nil && n.Kind() != ast.KindDocument; n = n.Parent() {
		blocks = append(blocks, n)
	}
	width -= columns(cfg.Document)
	inherited := cfg.Document.StylePrimitive
	for i := len(blocks) - 1; i >= 0; i-- {
		var b ansi.StyleBlock
		switch n := blocks[i].(type) {
		case *ast.Blockquote:
			b = cfg.BlockQuote
		case *extast.DefinitionList:
			b = cfg.DefinitionList
		case *ast.List:
			// As glamour's NewElement: a list inside another is indented
			// by the level indent.
			b = cfg.List.StyleBlock
			var indent uint
			if b.Indent != nil {
				indent = *b.Indent
			}
			for up := n.Parent(); up != nil; up = up.Parent() {
				if up.Kind() == ast.KindList {
					indent = cfg.List.LevelIndent
					break
				}
			}
			b.Indent = &indent
		default:
			continue
		}
		width -= columns(b)
		inherited = inherit(inherited, b.StylePrimitive)
	}
	return width, inherited
}

// columns is how many columns a block takes from the width of what it
// holds: as glamour counts them, its indent, and its margin on both
// sides; or, when more, as many as its indent token takes, drawn once per
// unit of indent and margin.
func columns(b ansi.StyleBlock) int {
	var indent, margin uint
	if b.Indent != nil {
		indent = *b.Indent
	}
	if b.Margin != nil {
		margin = *b.Margin
	}
	token := 1
	if b.IndentToken != nil {
		token = max(Width(*b.IndentToken), 1)
	}
	return max(int(indent+2*margin), int(indent+margin)*token)
}

// inherit returns child's style inside a block styled parent, as glamour
// cascades them: child's attributes (colours, bold and the like), and
// parent's where child has none; prefixes and formats stay child's.
func inherit(parent, child ansi.StylePrimitive) ansi.StylePrimitive {
	s := child
	if s.Color == nil {
		s.Color = parent.Color
	}
	if s.BackgroundColor == nil {
		s.BackgroundColor = parent.BackgroundColor
	}
	for _, f := range []struct{ s, parent **bool }{
		{&s.Underline, &parent.Underline}, {&s.Bold, &parent.Bold}, {&s.Upper, &parent.Upper},
		{&s.Lower, &parent.Lower}, {&s.Title, &parent.Title}, {&s.Italic, &parent.Italic},
		{&s.CrossedOut, &parent.CrossedOut}, {&s.Faint, &parent.Faint}, {&s.Conceal, &parent.Conceal},
		{&s.Overlined, &parent.Overlined}, {&s.Inverse, &parent.Inverse}, {&s.Blink, &parent.Blink},
	} {
		if *f.s == nil {
			*f.s = *f.parent
		}
	}
	return s
}

// verbatim reports whether glamour draws the text of a text node as it
// is, escape codes and all, inside a block whose text inherits inherited:
// a format template, upper case or title case in the text's style would
// rewrite it (lower case leaves escape codes as they are).
func verbatim(inherited, text ansi.StylePrimitive) bool {
	s := inherit(inherited, text)
	on := func(b *bool) bool { return b != nil && *b }
	return text.Format == "" && !on(s.Upper) && !on(s.Title)
}

// taskBox returns item's task check box, which glamour looks for as the
// first inline of its first block.
func taskBox(item *ast.ListItem) (*extast.TaskCheckBox, bool) {
	if item.FirstChild() == nil {
		return nil, false
	}
	box, ok := item.FirstChild().FirstChild().(*extast.TaskCheckBox)
	return box, ok
}

// escapeText protects laid-out text from what glamour does to the text of
// a text node: it resolves HTML entities, then Markdown's backslash
// escapes.
func escapeText(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "&", "&amp;")
}

// newText appends s to src and returns a text node that holds it.
func newText(src *[]byte, s string) *ast.Text {
	start := len(*src)
	*src = append(*src, s...)
	return ast.NewTextSegment(text.NewSegment(start, len(*src)))
}
