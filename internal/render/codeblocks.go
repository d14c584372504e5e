package render

import (
	"bytes"
	"html"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Glamour wraps a code block's lines with the rest of the document: a
// long command is broken inside a word, its pieces lose their indent,
// and what a reader copies no longer runs (glamour issue #479). So each
// code block is drawn on its own, wide enough for its longest line, and
// put in the document where a one-word stand-in was drawn: its lines are
// never broken, and a terminal folds a long one without adding a line
// break to what is copied.

// codeToken is the stand-in for code block i: prefix and letters only,
// so that any lexer reads it as one word.
func codeToken(prefix string, i int) string {
	b := []byte(prefix)
	for {
		b = append(b, byte('a'+i%26))
		i /= 26
		if i == 0 {
			return string(b)
		}
	}
}

// A codeBlock is a code block drawn on its own: its lines, with the
// margins glamour draws a document and a code block with removed.
type codeBlock struct {
	token string
	lines []string
}

// standInCode draws every code block of doc on its own and replaces its
// text with a stand-in, returning the new source and the blocks drawn.
func standInCode(doc ast.Node, src []byte, o ansi.Options) ([]byte, []codeBlock, error) {
	var nodes []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && (n.Kind() == ast.KindFencedCodeBlock || n.Kind() == ast.KindCodeBlock) {
			nodes = append(nodes, n)
		}
		return ast.WalkContinue, nil
	})
	if len(nodes) == 0 {
		return src, nil, nil
	}
	src = bytes.Clone(src)
	if !bytes.HasSuffix(src, []byte("\n")) {
		src = append(src, '\n')
	}
	// The stand-ins must not occur in the text itself, nor in what it
	// reads as once entities are resolved.
	prefix := "faqcodeblock"
	shown := html.UnescapeString(string(src))
	for bytes.Contains(src, []byte(prefix)) || strings.Contains(shown, prefix) {
		prefix += "q"
	}
	// Every block is drawn before any stand-in goes in: a block's lines
	// are read from src as it was parsed.
	blocks := make([]codeBlock, 0, len(nodes))
	for _, n := range nodes {
		lines, err := drawCode(n, src, o)
		if err != nil {
			return nil, nil, err
		}
		blocks = append(blocks, codeBlock{lines: lines})
	}
	for i, n := range nodes {
		token := codeToken(prefix, i)
		start := len(src)
		src = append(src, token+"\n"...)
		segs := text.NewSegments()
		segs.Append(text.NewSegment(start, len(src)))
		// The stand-in is a code block with no language: a lexer could
		// colour it in pieces (sed's does), and putCode would not find it.
		stand := ast.NewCodeBlock()
		stand.SetLines(segs)
		n.Parent().ReplaceChild(n.Parent(), n, stand)
		blocks[i].token = token
	}
	return src, blocks, nil
}

// drawCode draws code block n alone, as wide as its longest line, and
// returns its lines without the margins.
func drawCode(n ast.Node, src []byte, o ansi.Options) ([]string, error) {
	var code strings.Builder
	width := 0
	for i := 0; i < n.Lines().Len(); i++ {
		seg := n.Lines().At(i)
		line := string(seg.Value(src))
		code.WriteString(line)
		width = max(width, Width(strings.ReplaceAll(line, "\t", "        ")))
	}
	own := []byte(code.String())
	segs := text.NewSegments()
	segs.Append(text.NewSegment(0, len(own)))
	var block ast.Node = ast.NewCodeBlock()
	if f, ok := n.(*ast.FencedCodeBlock); ok {
		if lang := f.Language(src); len(lang) > 0 {
			// A fenced block keeps its language, for highlighting: it
			// follows the code in the block's own source.
			block = ast.NewFencedCodeBlock(ast.NewTextSegment(text.NewSegment(len(own), len(own)+len(lang))))
			own = append(own, lang...)
		}
	}
	block.SetLines(segs)
	doc := ast.NewDocument()
	doc.AppendChild(doc, block)
	margin := marginOf(o.Styles.Document) + marginOf(o.Styles.CodeBlock.StyleBlock)
	o.WordWrap = width + 2*margin + 1
	out, err := glamourRender(doc, own, o)
	if err != nil {
		return nil, err
	}
	lines := strings.Split(trimPadding(out), "\n")
	for len(lines) > 0 && strings.TrimSpace(xansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(xansi.Strip(lines[len(lines)-1])) == "" {
		lines = lines[:len(lines)-1]
	}
	for i, line := range lines {
		lines[i] = cutMargin(line, margin)
	}
	return lines, nil
}

// cutMargin removes the first n columns of line, which are spaces, and
// the styles that open and close in them.
func cutMargin(line string, n int) string {
	for i := 0; i < len(line); {
		if k := sgrLen(line[i:]); k > 0 && (n > 0 || line[i:i+k] == "\x1b[0m") {
			i += k
			continue
		}
		if n > 0 && line[i] == ' ' {
			n--
			i++
			continue
		}
		return line[i:]
	}
	return ""
}

// putCode replaces each stand-in line of out with its block's lines,
// each after what came before the stand-in (the margins, a quote's bar,
// a list's indent).
func putCode(out string, blocks []codeBlock) string {
	if len(blocks) == 0 {
		return out
	}
	lines := strings.Split(out, "\n")
	var b strings.Builder
	next := 0
	for i, line := range lines {
		if i > 0 {
			b.WriteString("\n")
		}
		k := -1
		if next < len(blocks) {
			k = strings.Index(line, blocks[next].token)
		}
		if k < 0 {
			b.WriteString(line)
			continue
		}
		lead := line[:k]
		for {
			if j := lastSGR(lead); j >= 0 {
				lead = lead[:j]
				continue
			}
			break
		}
		if strings.Contains(lead, "\x1b[") && !strings.HasSuffix(lead, "\x1b[0m") {
			lead += "\x1b[0m"
		}
		for j, code := range blocks[next].lines {
			if j > 0 {
				b.WriteString("\n")
			}
			b.WriteString(lead + code)
		}
		next++
	}
	return b.String()
}
