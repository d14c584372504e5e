package faq

import (
	"html"
	"regexp"
	"strings"
	"sync"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// The parsers are built on first use, not at start-up: answering from a
// prebuilt index parses nothing.

// fullParser parses blocks and inlines as glamour does, for the checks
// that need to know what an answer's text is.
var fullParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList)).Parser()
})

// inlineParser reads a question's inline Markdown (code spans, links,
// emphasis, HTML) to find the text a reader sees.
var inlineParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 1000)),
		parser.WithInlineParsers(append(parser.DefaultInlineParsers(),
			util.Prioritized(extension.NewStrikethroughParser(), 500))...),
	)
})

// plainInline returns the text a reader sees in inline Markdown: link and
// emphasis text, code spans (which keep their backticks, as do HTML code
// elements), entities resolved, templating removed, whitespace collapsed.
func plainInline(raw string, refs []parser.Reference) string {
	if !strings.ContainsAny(raw, "\\`*_[]<>&!~") {
		return cleanPlain(strings.Join(strings.Fields(raw), " "))
	}
	src := []byte(raw)
	root := inlineParser().Parse(text.NewReader(src), parser.WithContext(newInlineContext(refs)))
	return cleanPlain(plainText(root, src))
}

// newInlineContext returns a parser context that knows a document's link
// reference definitions, for parsing a piece of it.
func newInlineContext(refs []parser.Reference) parser.Context {
	pc := parser.NewContext()
	for _, r := range refs {
		pc.AddReference(r)
	}
	return pc
}

// cleanPlain removes templating from a question's plain text, whose
// whitespace is collapsed.
func cleanPlain(s string) string {
	if !hasTemplating(s) {
		return s
	}
	return strings.Join(strings.Fields(removeTemplating(s)), " ")
}

// plainText concatenates the text of a node's inline descendants. Code
// spans and HTML code elements keep their backticks: "<code>rg</code>,"
// reads "`rg`,", as a reader sees it.
func plainText(n ast.Node, src []byte) string {
	var b, code strings.Builder
	inCode := false // inside an HTML code element
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		out := &b
		if inCode {
			out = &code
		}
		switch n := n.(type) {
		case *ast.CodeSpan:
			// Code is literal: no escapes or entities.
			var c strings.Builder
			for t := n.FirstChild(); t != nil; t = t.NextSibling() {
				if t, ok := t.(*ast.Text); ok {
					c.Write(t.Segment.Value(src))
				}
			}
			out.WriteString(codeSpan(c.String()))
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			v := util.UnescapePunctuations(n.Segment.Value(src))
			out.Write(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				out.WriteByte(' ')
			}
		case *ast.String:
			out.Write(n.Value)
		case *ast.AutoLink:
			out.Write(n.Label(src))
		case *ast.RawHTML:
			switch tag := htmlTagName(n.Segments.Value(src)); tag {
			case "code", "kbd", "tt", "samp":
				inCode = true
			case "/code", "/kbd", "/tt", "/samp":
				if inCode {
					b.WriteString(codeSpan(code.String()))
					code.Reset()
					inCode = false
				}
			case "br":
				out.WriteByte(' ')
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	if inCode { // an unclosed <code>: its text is still text
		b.WriteString(code.String())
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// htmlTagName returns the lower-case name of the HTML tag that starts s,
// with a leading "/" for a closing tag: "code", "/code", "br".
func htmlTagName(s []byte) string {
	if len(s) < 2 || s[0] != '<' {
		return ""
	}
	i := 1
	if s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return strings.ToLower(string(s[1:j]))
}

// codeSpan writes code as a Markdown code span, with enough backticks to
// hold the ones it contains.
func codeSpan(code string) string {
	code = strings.Join(strings.Fields(code), " ")
	if code == "" {
		return ""
	}
	fence := "`"
	for strings.Contains(code, fence) {
		fence += "`"
	}
	if strings.HasPrefix(code, "`") || strings.HasSuffix(code, "`") {
		return fence + " " + code + " " + fence
	}
	return fence + code + fence
}

// headingIDAttr matches a trailing {#id} (Pandoc, VitePress, goldmark) or
// {: #id } (kramdown) heading attribute.
var headingIDAttr = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\s*\{:?\s*#([^\s}]+)[^}]*\}\s*$`) })

func splitHeadingID(raw string) (rest, id string) {
	if !strings.HasSuffix(strings.TrimRight(raw, " \t"), "}") {
		return raw, ""
	}
	m := headingIDAttr().FindStringSubmatchIndex(raw)
	if m == nil {
		return raw, ""
	}
	return raw[:m[0]], raw[m[2]:m[3]]
}

// htmlInlineTag matches a tag of an inline HTML element that has a
// Markdown equivalent (code, bold, italics): opening or closing (group
// 1 is "/"), its name in group 2; or a line break.
var htmlInlineTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)<(/?)(code|kbd|tt|b|strong|i|em)(?:\s[^>]*)?>|<br\s*/?>`)
})

// maxInlineSpan bounds how far an element's closing tag is looked for: an
// inline element spans lines, not pages, and a block of many unclosed
// tags is then read in linear time.
const maxInlineSpan = 8 << 10

// inlineHTMLToMarkdown rewrites the inline HTML elements people put in
// HTML blocks as the Markdown a reader would see them as: <code>x</code>
// is `x`, <b>x</b> is **x**, <i>x</i> is *x*. An element ends at the
// closing tag of its own name, nesting counted (<b>The <code>x</code>
// y</b> is **The `x` y**). Emphasis whose other tag is not in the block
// (<summary>Q</summary><b>, the </b> after the answer) only wraps, and
// goes; so does emphasis of nothing.
func inlineHTMLToMarkdown(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		m := htmlInlineTag().FindStringSubmatchIndex(s)
		if m == nil {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:m[0]])
		rest := s[m[1]:]
		name := ""
		if m[4] >= 0 {
			name = lowerASCII(s[m[4]:m[5]])
		}
		code := name == "code" || name == "kbd" || name == "tt"
		switch {
		case name == "": // <br>
			b.WriteByte(' ')
		case m[3] > m[2]: // a closing tag nothing here opened
			if code {
				b.WriteString(s[m[0]:m[1]])
			}
		default:
			innerEnd, after := closingTag(rest[:min(len(rest), maxInlineSpan)], name)
			if innerEnd < 0 {
				if code {
					b.WriteString(s[m[0]:m[1]])
				}
				break
			}
			inner := rest[:innerEnd]
			switch {
			case code:
				b.WriteString(codeSpan(html.UnescapeString(htmlTag().ReplaceAllString(inner, ""))))
			case name == "b" || name == "strong":
				b.WriteString(emphasis("**", inlineHTMLToMarkdown(inner)))
			default:
				b.WriteString(emphasis("*", inlineHTMLToMarkdown(inner)))
			}
			rest = rest[after:]
		}
		s = rest
	}
}

// closingTag finds the </name> that closes an element opened just before
// s (any case, spaces before the >; elements of the same name nest):
// where it starts and where it ends, or -1.
func closingTag(s, name string) (start, end int) {
	depth := 1
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '<')
		if i < 0 {
			return -1, -1
		}
		at := off + i
		off = at + 1
		j := off
		closing := j < len(s) && s[j] == '/'
		if closing {
			j++
		}
		if len(s)-j < len(name) || !strings.EqualFold(s[j:j+len(name)], name) {
			continue
		}
		k := j + len(name)
		for k < len(s) && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n') {
			k++
		}
		if k >= len(s) {
			return -1, -1
		}
		switch {
		case closing && s[k] == '>':
			if depth--; depth == 0 {
				return at, k + 1
			}
		case !closing && (s[k] == '>' || k > j+len(name)):
			depth++
		}
	}
}

// lowerASCII lowers ASCII letters only, so that offsets found in the
// result hold in s: strings.ToLower changes the length of some letters
// ("ẞ" becomes "ß", a byte shorter).
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// emphasis writes text between Markdown emphasis markers; emphasis of
// nothing is nothing ("<b>\n</b>", not "****").
func emphasis(marker, text string) string {
	if text = strings.TrimSpace(text); text == "" {
		return ""
	}
	return marker + text + marker
}

// strayEmphasis matches an emphasis tag, as found without its pair:
// <details><summary>Q</summary><b> opens an answer whose </b> closes it
// in a later block. It only wraps, as <div> does.
var strayEmphasis = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)</?(?:b|strong|i|em)\s*>`) })

// htmlTag matches one HTML tag.
var htmlTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^>]*>`) })

// aliasNote reads an "Also asked as:" note: a paragraph or HTML comment
// listing other wordings of the question, one per line (as a list) or
// separated by semicolons.
func aliasNote(s string) ([]string, bool) {
	t := strings.TrimLeft(strings.TrimSpace(s), "*_")
	for _, label := range []string{"also asked as:", "also asked:", "aliases:"} {
		if len(t) < len(label) || !strings.EqualFold(t[:len(label)], label) {
			continue
		}
		var aliases []string
		for _, line := range strings.Split(t[len(label):], "\n") {
			for _, a := range strings.Split(line, ";") {
				a = strings.TrimLeft(strings.TrimSpace(a), "*_-+ ")
				if a = strings.Join(strings.Fields(a), " "); a != "" {
					aliases = append(aliases, a)
				}
			}
		}
		return aliases, true
	}
	return nil, false
}

// commentText returns what is inside <!-- and -->.
func commentText(b []byte) string {
	s := strings.TrimSpace(string(b))
	s = strings.TrimPrefix(s, "<!--")
	if i := strings.LastIndex(s, "-->"); i >= 0 {
		s = s[:i]
	}
	return s
}

// EscapeMarkdown escapes the characters of plain text that Markdown would
// read as markup, leaving its code spans as they are: it makes an entry's
// Question or Topic (plain text but for `code`) safe to print as Markdown.
func EscapeMarkdown(s string) string {
	var b strings.Builder
	for _, part := range splitCodeSpans(s) {
		if part.code {
			b.WriteString(part.text)
			continue
		}
		for _, r := range part.text {
			if strings.ContainsRune("\\`*_[]<>#&|~", r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return b.String()
}
