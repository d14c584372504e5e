package faq

import (
	"bytes"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// This file cleans what a FAQ's source holds for a site generator rather
// than for a reader: templating ({% … %}, {{ … }}, Hugo's {{< … >}}),
// wrapper HTML (<div markdown="1">, </details>, <p>), and the markers of
// Q:/A: pairs. Code is never touched.

// templating matches a Liquid tag or output, or a Hugo shortcode, on one
// line.
var templating = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\{\{[<%].*?[>%]\}\}|\{%.*?%\}|\{\{.*?\}\}`)
})

// templatedLink matches a Markdown link whose destination is made by
// templating ([text]({% link a.md %}), [text]({{ site.url }}/a)): only
// its text means something without the site generator.
var templatedLink = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\[([^\]]*)\]\(\s*\{[{%][^)]*\)`)
})

// linkAttributes matches an attribute list right after a link or an
// image ([guide](a.md){target=_blank}, ![x](a.png){: .wide }), which
// MkDocs and kramdown read and a reader of the text never sees: group 1
// is the link.
var linkAttributes = sync.OnceValue(func() *regexp.Regexp {
	attr := `(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s}"']+))`
	return regexp.MustCompile(`(\]\([^)\s]*(?:\s+"[^"]*")?\))\{:?[ \t]*` + attr + `(?:[ \t]+` + attr + `)*[ \t]*\}`)
})

// hasTemplating reports whether s may hold templating, or an attribute
// list after a link.
func hasTemplating(s string) bool {
	return strings.Contains(s, "{{") || strings.Contains(s, "{%") || strings.Contains(s, "){")
}

// removeTemplating removes templating, and attribute lists after links,
// from one or more lines of Markdown text, outside code spans. A link whose destination is templated keeps
// its text. A line that held only templating is removed.
func removeTemplating(s string) string {
	if !hasTemplating(s) {
		return s
	}
	lines := strings.SplitAfter(s, "\n")
	var b strings.Builder
	for _, line := range lines {
		body := strings.TrimRight(line, "\r\n")
		cleaned := removeLineTemplating(body)
		if cleaned != body && strings.TrimSpace(cleaned) == "" {
			continue // the line held only templating
		}
		b.WriteString(cleaned)
		b.WriteString(line[len(body):])
	}
	return b.String()
}

// removeLineTemplating cleans one line, leaving code spans alone.
func removeLineTemplating(line string) string {
	if !hasTemplating(line) {
		return line
	}
	var b strings.Builder
	for _, part := range splitCodeSpans(line) {
		if part.code || !hasTemplating(part.text) {
			b.WriteString(part.text)
			continue
		}
		t := templatedLink().ReplaceAllString(part.text, "$1")
		t = linkAttributes().ReplaceAllString(t, "$1")
		last := 0
		for _, m := range templating().FindAllStringIndex(t, -1) {
			out := t[last:m[0]]
			// "on {{ site.name }}." reads "on.", not "on .".
			if next := t[m[1]:]; strings.HasSuffix(out, " ") && (next == "" || strings.ContainsRune(" .,;:!?)", rune(next[0]))) {
				out = strings.TrimRight(out, " ")
			}
			b.WriteString(out)
			last = m[1]
		}
		b.WriteString(t[last:])
	}
	return b.String()
}

// A textPart is a run of a line's text: a code span or what lies between.
type textPart struct {
	text string
	code bool
}

// splitCodeSpans cuts a line into code spans and the text between them,
// pairing backtick runs of equal length as CommonMark does.
func splitCodeSpans(line string) []textPart {
	var parts []textPart
	start := 0
	for i := 0; i < len(line); {
		if line[i] != '`' {
			i++
			continue
		}
		n := runLength(line, i, '`')
		closing := -1
		for j := i + n; j < len(line); {
			if line[j] != '`' {
				j++
				continue
			}
			m := runLength(line, j, '`')
			if m == n {
				closing = j
				break
			}
			j += m
		}
		if closing < 0 {
			i += n
			continue
		}
		if i > start {
			parts = append(parts, textPart{line[start:i], false})
		}
		parts = append(parts, textPart{line[i : closing+n], true})
		i = closing + n
		start = i
	}
	if start < len(line) {
		parts = append(parts, textPart{line[start:], false})
	}
	return parts
}

func runLength(s string, i int, c byte) int {
	n := 0
	for i+n < len(s) && s[i+n] == c {
		n++
	}
	return n
}

// cleanTemplating removes templating from an answer, outside code blocks
// and code spans.
func cleanTemplating(md string) string {
	if !hasTemplating(md) {
		return md
	}
	src := []byte(md)
	root := blockParser().Parse(text.NewReader(src))
	var code []span // byte ranges of code blocks, fences included
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.FencedCodeBlock, *ast.CodeBlock:
			start := lineStartIn(src, max(n.Pos(), 0))
			end := lineEndIn(src, start)
			if lines := n.Lines(); lines.Len() > 0 {
				end = lineEndIn(src, max(lines.At(lines.Len()-1).Stop-1, start))
			}
			if _, fenced := n.(*ast.FencedCodeBlock); fenced {
				end = lineEndIn(src, end) // the closing fence
			}
			code = append(code, span{start, end})
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	var b strings.Builder
	pos := 0
	for _, c := range code {
		if c.start < pos {
			continue
		}
		b.WriteString(removeTemplating(md[pos:c.start]))
		b.WriteString(md[c.start:c.end])
		pos = c.end
	}
	b.WriteString(removeTemplating(md[pos:]))
	return b.String()
}

// lineStartIn returns the offset of the start of the line holding off.
func lineStartIn(src []byte, off int) int {
	off = min(off, len(src))
	return bytes.LastIndexByte(src[:off], '\n') + 1
}

// lineEndIn returns the offset just past the newline ending the line
// that holds off, or the end of src.
func lineEndIn(src []byte, off int) int {
	if off >= len(src) {
		return len(src)
	}
	if i := bytes.IndexByte(src[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(src)
}

// wrapperTag matches an HTML tag that only wraps or spaces content for a
// site: a reader sees nothing of it.
var wrapperTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)</?(?:div|span|section|article|aside|main|header|footer|nav|details|p|br|hr|center|font|small|big)\b[^>]*>`)
})

// anchorTag matches an empty named anchor (<a name="x"></a>), which marks
// a place for links and shows nothing.
var anchorTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<a\s[^>]*>\s*</a\s*>`)
})

// summaryTag matches a <details> element's summary.
var summaryTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)<summary\b([^>]*)>(.*?)</summary\s*>`)
})

// linkTag matches an HTML link with its text.
var linkTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)<a\s[^>]*\bhref\s*=\s*["']([^"']*)["'][^>]*>(.*?)</a\s*>`)
})

// cleanHTML rewrites an HTML block as the Markdown a reader sees in it:
// wrapper tags and empty anchors removed, a summary as a bold line,
// <code>, <b>, <i> and links as their Markdown, paragraphs as paragraphs.
// It reports whether there was anything to rewrite; the result is ""
// when the block held nothing a reader sees.
func cleanHTML(block string) (string, bool) {
	if !wrapperTag().MatchString(block) && !summaryTag().MatchString(block) && !isEmptyAnchor(block) {
		return block, false
	}
	block = dedentHTML(block)
	s := summaryTag().ReplaceAllStringFunc(block, func(m string) string {
		inner := summaryTag().FindStringSubmatch(m)[2]
		if t := plainInline(inner, nil); t != "" {
			return "\n\n**" + t + "**\n\n"
		}
		return ""
	})
	s = anchorTag().ReplaceAllStringFunc(s, func(m string) string {
		if strings.Contains(strings.ToLower(m), "href") {
			return m
		}
		return ""
	})
	s = wrapperTag().ReplaceAllStringFunc(s, func(m string) string {
		switch strings.ToLower(htmlTagName([]byte(m))) {
		case "/p", "/div", "hr", "/details", "/section", "/article":
			return "\n\n"
		case "br":
			return "\n"
		}
		return ""
	})
	s = linkTag().ReplaceAllString(s, "[$2]($1)")
	s = inlineHTMLToMarkdown(s)
	return tidyLines(s), true
}

// dedentHTML removes the indentation shared by the lines of text after
// the first (lines of tags alone do not count): HTML indents freely, and
// text indented under an opening tag would read as code in Markdown.
func dedentHTML(block string) string {
	lines := strings.Split(block, "\n")
	n := -1
	for _, l := range lines[1:] {
		if strings.TrimSpace(htmlTag().ReplaceAllString(l, "")) == "" {
			continue
		}
		if k := len(l) - len(strings.TrimLeft(l, " ")); n < 0 || k < n {
			n = k
		}
	}
	return dedent(block, n)
}

func isEmptyAnchor(s string) bool {
	return anchorTag().MatchString(s) && !strings.Contains(strings.ToLower(s), "href")
}

// tidyLines removes the indentation the lines share (HTML indents freely;
// Markdown would read four spaces as code), trailing spaces, and runs of
// blank lines.
func tidyLines(s string) string {
	lines := strings.Split(s, "\n")
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	var out []string
	blank := true // no blank line at the start
	for _, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" { // blank, as the indent was measured
			l = ""
		}
		if l == "" {
			if !blank {
				out = append(out, "")
			}
			blank = true
			continue
		}
		out = append(out, l[min(indent, len(l)):])
		blank = false
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

// answerMarker matches the "A:" that opens an answer written as a Q:/A:
// pair, in its usual spellings: A:, A., **A**., **A:**, A1., Answer:,
// after a quote or list marker.
var answerMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^([ \t]*(?:[-*+][ \t]+|>[ \t]?)?)(?:\*\*|__|\*|_)?` + answerWord + `(?:\*\*|__|\*|_)?[ \t]*`)
})

// stripAnswerMarkers removes the A: marker at the start of the answer's
// paragraphs, and unquotes an answer written wholly as a quote ("> A: …").
func stripAnswerMarkers(body string) string {
	lines := strings.Split(body, "\n")
	if quoted(lines) {
		for i, l := range lines {
			l = strings.TrimLeft(l, " ")
			l = strings.TrimPrefix(l, ">")
			lines[i] = strings.TrimPrefix(l, " ")
		}
	}
	paraStart := true
	for i, l := range lines {
		if strings.TrimSpace(l) == "" {
			paraStart = true
			continue
		}
		if paraStart {
			if m := answerMarker().FindStringSubmatchIndex(l); m != nil && m[1] < len(l) {
				lines[i] = l[m[2]:m[3]] + l[m[1]:]
			}
		}
		paraStart = false
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// quoted reports whether every line that is not blank is a quote line.
func quoted(lines []string) bool {
	any := false
	for _, l := range lines {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, ">") || len(l)-len(t) > 3 {
			return false
		}
		any = true
	}
	return any
}

// dedent removes up to n spaces of indentation from every line but the
// first (which starts mid-line, after the question): the indentation of
// a list item's or a definition's content.
func dedent(body string, n int) string {
	if n <= 0 || !strings.Contains(body, "\n") {
		return body
	}
	lines := strings.Split(body, "\n")
	for i := 1; i < len(lines); i++ {
		l := lines[i]
		k := 0
		for k < n && k < len(l) && l[k] == ' ' {
			k++
		}
		lines[i] = l[k:]
	}
	return strings.Join(lines, "\n")
}

// definitionMarker matches the ": " that opens a definition list's
// description.
var definitionMarker = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?m)^ {0,3}:[ \t]+`) })

// dedentCommon removes the indentation shared by the lines after the
// first, up to limit spaces (more would turn an indented code block into
// text).
func dedentCommon(body string, limit int) string {
	lines := strings.Split(body, "\n")
	n := limit
	for _, l := range lines[1:] {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n = min(n, len(l)-len(strings.TrimLeft(l, " ")))
	}
	return dedent(body, n)
}
