package faq

import (
	"path"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// This file reads the shapes questions are written in besides headings
// (bold paragraphs, Q:/A: pairs, <details> blocks, list items led by a
// bold question, definition lists) and the blocks that hold no answer
// (tables of contents, wrappers, templating, separators).

// paragraph reads a top-level paragraph: an alias note, a table of
// contents or templating (cut from answers), a question, or content.
func (d *docParser) paragraph(n *ast.Paragraph) {
	start, end := d.blockSpan(n)
	raw := d.text[start:end]
	if aliases, ok := aliasNote(raw); ok {
		d.cut(start, end)
		d.addAliases(aliases)
		return
	}
	if m := anchorsAt(raw); m != "" && strings.TrimSpace(raw[len(m):]) == "" {
		// Only an empty anchor (<a name="old-link"></a>): it marks the
		// question after it and shows nothing.
		if a := htmlIDAttr().FindStringSubmatch(m); a != nil {
			d.anchor = strings.TrimSpace(strings.Join(a[1:], ""))
		}
		d.cut(start, end)
		return
	}
	if isTOCMarker(raw) || len(raw) < maxTOCParagraph && d.onlySameFileLinks(raw) {
		d.cut(start, end)
		d.tocHere()
		return
	}
	if strings.TrimSpace(removeTemplating(raw)) == "" {
		// Templating only ({% assign %}, {{< toc >}}): nothing to read.
		d.cut(start, end)
		if len(d.heads) > 0 {
			d.heads[len(d.heads)-1].templated = true
		}
		return
	}
	if title, body, typed, ok := admonitionQuestion(raw); ok && (typed || !d.answerOpen()) {
		d.addQuestion(heading{
			shape: shapeAdmonition,
			start: start,
			body:  start + body,
			text:  plainInline(title, d.refs),
			own:   strings.TrimSpace(raw[body:]) != "",
		})
		return
	}
	if q, ok := d.questionIn(raw, false); ok {
		d.addQuestion(heading{
			shape:    shapeBold,
			start:    start,
			body:     start + q.end,
			text:     q.text,
			id:       q.id,
			marker:   q.marker,
			unclosed: q.unclosed,
			own:      strings.TrimSpace(raw[q.end:]) != "",
		})
		return
	}
	first, _, _ := strings.Cut(strings.TrimSpace(raw), "\n")
	switch {
	case isBoldLine(first):
		d.suspect(start, "bold lines not worded as questions", false)
	case strings.HasPrefix(first, "???"):
		d.suspect(start, `admonitions not read as questions (??? note "…")`, true)
	case strings.HasPrefix(first, ":::") && strings.TrimLeft(first, ": ") != "":
		// A line of colons alone closes a container.
		d.suspect(start, "::: containers", true)
	case isQuestion(first) && len(first) < 200:
		d.suspect(start, "plain paragraphs ending in ?", false)
	}
	d.content()
}

// admonitionLine matches the first line of an MkDocs admonition: ???
// (collapsible; ???+ starts open) or !!!, its type, any modifiers
// ("inline end") and its quoted title. Its body is indented four spaces.
var admonitionLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\?\?\?\+?|!!!)[ \t]+([A-Za-z][\w-]*)(?:[ \t]+[A-Za-z][\w-]*)*[ \t]+"([^"]*)"[ \t]*$`)
})

// admonitionQuestion reads a paragraph that opens an admonition of the
// question type (Material for MkDocs names it question, help or faq), or
// one titled with a question: its title, where its body starts in raw,
// and whether it is of the question type. Others (notes, warnings) are
// part of an answer.
func admonitionQuestion(raw string) (title string, body int, typed, ok bool) {
	if raw == "" || raw[0] != '?' && raw[0] != '!' {
		return "", 0, false, false
	}
	first, _, _ := strings.Cut(raw, "\n")
	m := admonitionLine().FindStringSubmatch(strings.TrimRight(first, "\r"))
	if m == nil || strings.TrimSpace(m[2]) == "" {
		return "", 0, false, false
	}
	kind := strings.ToLower(m[1])
	typed = kind == "question" || kind == "help" || kind == "faq"
	return m[2], len(first), typed, typed || isQuestion(m[2])
}

// answerOpen reports whether the last question has an answer under way
// that a note titled with a question ("!!! tip "Using Windows?"") belongs
// to; a question admonition's answer ends with its indented body.
func (d *docParser) answerOpen() bool {
	k := len(d.heads) - 1
	return k >= 0 && d.heads[k].own && d.heads[k].shape != shapeAdmonition
}

// admonitionBody returns an admonition's answer: its body, the lines
// indented four columns (or a tab) below its title, dedented; what
// follows the body is kept as it is.
func admonitionBody(body string) string {
	lines := strings.Split(body, "\n")
	n := 0
	for n < len(lines) && (strings.TrimSpace(lines[n]) == "" || strings.HasPrefix(lines[n], "    ") || strings.HasPrefix(lines[n], "\t")) {
		n++
	}
	for i := range lines[:n] {
		if strings.HasPrefix(lines[i], "\t") {
			lines[i] = lines[i][1:]
		} else {
			lines[i] = strings.TrimPrefix(lines[i], "    ")
		}
	}
	return strings.Join(lines, "\n")
}

// maxTOCParagraph bounds the paragraphs read as a table of contents: one
// line of links, not a page of them.
const maxTOCParagraph = 4 << 10

// tocHere marks the last heading as holding a table of contents.
func (d *docParser) tocHere() {
	if len(d.heads) > 0 && !d.heads[len(d.heads)-1].own {
		d.heads[len(d.heads)-1].toc = true
	}
}

// tocMarker matches the paragraphs site generators replace with a table
// of contents or read as attributes: [TOC], [[_TOC_]], and kramdown
// attribute lines ({: .class}, {:toc}), which show nothing.
var tocMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\s*(?:\{:[^}\n]*\}|\[TOC\]|\[\[_TOC_\]\])\s*$`)
})

func isTOCMarker(raw string) bool {
	t := strings.TrimSpace(raw)
	if len(t) > 200 || !strings.HasPrefix(t, "{:") && !strings.HasPrefix(t, "[") {
		return false
	}
	return tocMarker().MatchString(t)
}

// A questionMatch is a question found at the start of a paragraph.
type questionMatch struct {
	text     string // as a reader sees it
	id       string // from an anchor before it
	end      int    // where its answer starts, in the paragraph
	marker   bool   // marked Q:
	unclosed bool   // its bold is never closed
}

// leadingAnchor matches empty anchors before a question: <a name="q1"></a>.
var leadingAnchor = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^\s*(?:<a\s[^>]*>\s*</a\s*>\s*)+`)
})

// questionMarker matches the Q: that opens a question in its usual
// spellings (Q:, Q., Q1), Question:; Russian В: and Вопрос:, Chinese 问：
// or 问:), alone or inside emphasis. Cyrillic markers take a colon only:
// "В." is an initial or a list letter.
var questionMarker = sync.OnceValue(func() *regexp.Regexp {
	const emph = `(?:\*\*|__|\*|_)?`
	return regexp.MustCompile(`^` + emph + `(?:` +
		`(?:Q|Question)\d*` + emph + `[ \t]*(?:[:.)]` + emph + `(?:[ \t]+|$)|：` + emph + `[ \t]*)` +
		`|(?:В|Вопрос)\d*` + emph + `[ \t]*(?::` + emph + `(?:[ \t]+|$)|：` + emph + `[ \t]*)` +
		`|(?:问|問)\d*` + emph + `[ \t]*[:：]` + emph + `[ \t]*)`)
})

// cyrillicMarker matches the Russian one-letter question marker, which
// is also Ukrainian's answer marker (В: for Відповідь): a question it
// marks must be worded as one.
var cyrillicMarker = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:\*\*|__|\*|_)?В\d*(?:\*\*|__|\*|_)?[ \t]*[:：]`)
})

// answerWord is the A: that opens an answer, in the spellings of
// questionMarker's languages.
const answerWord = `(?:(?:A(?:nswer)?|答|回答)\d*(?:\*\*|__|\*|_)?[ \t]*(?:[:.)]|：)|(?:О|Ответ)\d*(?:\*\*|__|\*|_)?[ \t]*[:：])`

// answerLine matches a line of a paragraph that starts the answer to a
// Q: question written in the same paragraph.
var answerLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?m)^[ \t]*(?:\*\*|__|\*|_)?` + answerWord)
})

// mayOpenMarker reports whether s can start with a Q: marker: emphasis, a
// Q, or a letter outside ASCII (В, 问).
func mayOpenMarker(s string) bool {
	return s != "" && (strings.IndexByte("*_Q", s[0]) >= 0 || s[0] >= utf8.RuneSelf)
}

// anchorsAt returns the empty anchors that open raw, or "".
func anchorsAt(raw string) string {
	if t := strings.TrimLeft(raw, " \t"); len(t) < 2 || t[0] != '<' || t[1] != 'a' && t[1] != 'A' {
		return ""
	}
	return leadingAnchor().FindString(raw)
}

func hasQuestionMarker(s string) bool {
	return mayOpenMarker(s) && questionMarker().MatchString(s)
}

// questionIn finds a question at the start of a paragraph:
//
//	**Q: How do I …?**      a bold question marked Q:
//	**Q**. How do I …?      a Q: marker, then the question
//	Q: How do I …?          the same, plain
//	**How do I …?**         a bold question, its answer after it
//
// A question marked Q: runs to the line that starts "A:", or to the end
// of the paragraph; a bold one ends with its bold. With anyBold, bold
// text that opens the paragraph is a question even when it is not
// worded as one (a list of bold questions may hold a statement).
func (d *docParser) questionIn(raw string, anyBold bool) (questionMatch, bool) {
	var q questionMatch
	skip := 0
	if m := anchorsAt(raw); m != "" {
		if a := htmlIDAttr().FindStringSubmatch(m); a != nil {
			q.id = strings.TrimSpace(strings.Join(a[1:], ""))
		}
		skip = len(m)
	}
	s := raw[skip:]
	if !mayOpenMarker(s) {
		return q, false
	}
	if strings.HasPrefix(s, "**") || strings.HasPrefix(s, "__") {
		close := closingDelimiter(s, s[:2])
		switch {
		case close < 0:
			// An unclosed bold question marked Q: is still one: its
			// first line.
			line, _, _ := strings.Cut(s, "\n")
			if !hasQuestionMarker(s[2:]) {
				return q, false
			}
			q.text = plainInline(line[2:], d.refs)
			q.end = skip + len(line)
			q.marker, q.unclosed = true, true
			return q, hasQuestionText(q.text)
		case !isMarkerOnly(s[2:close]):
			inner := s[2:close]
			end := close + 2
			if strings.HasPrefix(s[end:], "?") {
				end++
			}
			q.marker = hasQuestionMarker(inner)
			if !q.marker && !anyBold && !isQuestion(s[:end]) && !isQuestion(inner) {
				return q, false
			}
			q.text = plainInline(s[:end], d.refs)
			q.end = skip + end
			return q, markedQuestion(inner, q.text)
		}
	}
	if !hasQuestionMarker(s) {
		return q, false
	}
	// Q: then the question, to the answer's line or the paragraph's end.
	end := len(s)
	if loc := answerLine().FindStringIndex(s); loc != nil && loc[0] > 0 {
		end = loc[0]
	}
	q.text = plainInline(s[:end], d.refs)
	q.end = skip + end
	q.marker = true
	return q, markedQuestion(s, q.text)
}

// markedQuestion reports whether text, found after marked's start, is a
// question: more than its marker, and worded as a question if the marker
// is the Cyrillic В (see cyrillicMarker).
func markedQuestion(marked, text string) bool {
	return hasQuestionText(text) && (isQuestion(text) || !cyrillicMarker().MatchString(marked))
}

// hasQuestionText reports whether a question holds more than a Q: marker.
func hasQuestionText(s string) bool {
	return strings.TrimSpace(questionMarker().ReplaceAllString(s, "")) != ""
}

// isMarkerOnly reports whether bold text is a bare Q: marker (**Q**.).
func isMarkerOnly(inner string) bool {
	t := strings.TrimRight(strings.TrimSpace(inner), ":.)：")
	t = strings.TrimRight(t, "0123456789")
	switch t {
	case "Q", "Question", "В", "Вопрос", "问", "問":
		return true
	}
	return false
}

// closingDelimiter returns the offset of the delimiter that closes the
// emphasis opening s, outside code spans, or -1.
func closingDelimiter(s, delim string) int {
	for i := len(delim); i < len(s); {
		switch {
		case s[i] == '`':
			n := runLength(s, i, '`')
			if j := strings.Index(s[i+n:], s[i:i+n]); j >= 0 {
				i += n + j + n
				continue
			}
			i += n
		case s[i] == '\\':
			i += 2
		case strings.HasPrefix(s[i:], delim) && i > len(delim) && s[i-1] != ' ':
			return i
		default:
			i++
		}
	}
	return -1
}

// list reads a top-level list: a table of contents (cut from answers),
// questions (items led by a bold question, or one lone item holding a
// question whose answer follows the list), or content.
func (d *docParser) list(n *ast.List) {
	start, end := d.blockSpan(n)
	if d.isTOCList(n) {
		d.cut(start, end)
		d.tocHere()
		return
	}
	type item struct {
		node       ast.Node
		start, end int
		first      ast.Node // the item's first paragraph
		q          questionMatch
		ok         bool
	}
	var items []item
	questions := 0
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		it := item{node: c}
		it.start, it.end = d.blockSpan(c)
		if p := c.FirstChild(); p != nil && (p.Kind() == ast.KindParagraph || p.Kind() == ast.KindTextBlock) && p.Lines().Len() > 0 {
			it.first = p
			it.q, it.ok = d.questionIn(d.linesText(p), false)
			if it.ok {
				questions++
			}
		}
		items = append(items, it)
	}
	// A list whose items all open with a line in bold alone is a list of
	// questions, unless it is the answer of the question above it (steps,
	// options: "1. **Open the config file**").
	boldLines := len(d.heads) == 0 || !d.heads[len(d.heads)-1].question
	for _, it := range items {
		boldLines = boldLines && it.first != nil && isBoldLine(firstLine(d.linesText(it.first)))
	}
	if questions >= 2 && (2*questions > len(items) || boldLines) {
		// A list of bold questions: its bold statements are questions too.
		for i := range items {
			if !items[i].ok && items[i].first != nil {
				items[i].q, items[i].ok = d.questionIn(d.linesText(items[i].first), true)
			}
		}
	}
	if questions == 0 && len(items) == 1 && items[0].first != nil && items[0].first == items[0].node.LastChild() {
		// "- How can I …?" alone, its answer in the paragraphs after it.
		raw := d.linesText(items[0].first)
		if line := strings.TrimSpace(raw); isQuestion(line) && !strings.Contains(line, "\n") && !strings.HasPrefix(line, "[") && answerFollows(n) {
			items[0].q = questionMatch{text: plainInline(line, d.refs), end: len(raw)}
			items[0].ok = items[0].q.text != ""
		}
	}
	for _, it := range items {
		if !it.ok {
			if it.first != nil && isQuestion(strings.TrimSpace(firstLine(d.linesText(it.first)))) {
				d.suspect(it.start, "list items ending in ?", false)
			}
			d.content()
			continue
		}
		textStart := d.base + it.first.Lines().At(0).Start
		body := textStart + it.q.end
		d.addQuestion(heading{
			shape:    shapeListItem,
			start:    it.start,
			body:     body,
			text:     it.q.text,
			id:       it.q.id,
			marker:   it.q.marker,
			unclosed: it.q.unclosed,
			question: it.q.marker || isQuestion(it.q.text),
			dedent:   textStart - d.lineStart(textStart),
			own:      strings.TrimSpace(d.text[body:it.end]) != "",
		})
	}
}

// isBoldLine reports whether a line is bold text alone ("* **Screen OLED
// inverted**", its answer below).
func isBoldLine(line string) bool {
	line = strings.TrimSpace(line)
	return len(line) > 4 && (strings.HasPrefix(line, "**") || strings.HasPrefix(line, "__")) && closingDelimiter(line, line[:2]) == len(line)-2
}

// answerFollows reports whether a block is followed by one that can be
// an answer: not a heading, not another list.
func answerFollows(n ast.Node) bool {
	next := n.NextSibling()
	return next != nil && next.Kind() != ast.KindHeading && next.Kind() != ast.KindList
}

// linesText returns the source of a block's lines, from its first line's
// start to its last line's end (continuation lines keep their indent).
func (d *docParser) linesText(n ast.Node) string {
	lines := n.Lines()
	first, last := lines.At(0), lines.At(lines.Len()-1)
	return strings.TrimRight(d.text[d.base+first.Start:d.base+last.Stop], "\r\n")
}

// isTOCList reports whether a list is a table of contents: items of
// nothing but links into this file (with nested lists of the same), or
// kramdown's "* TOC" with {:toc}.
func (d *docParser) isTOCList(n *ast.List) bool {
	start, end := d.blockSpan(n)
	raw := d.text[start:end]
	if !strings.Contains(raw, "](") && !strings.Contains(raw, "{:") {
		return false
	}
	if n.ChildCount() == 1 && strings.Contains(raw, "{:") {
		if p := n.FirstChild().FirstChild(); p != nil && p.Lines().Len() > 1 {
			last := p.Lines().At(p.Lines().Len() - 1)
			if l := strings.TrimSpace(d.text[d.base+last.Start : d.base+last.Stop]); strings.HasPrefix(strings.ReplaceAll(l, " ", ""), "{:toc") {
				return true
			}
		}
	}
	return d.linkList(n)
}

// linkList reports whether every item of a list (and of the lists in
// it) holds nothing but links, most of them into this file.
func (d *docParser) linkList(n ast.Node) bool {
	links, same := 0, 0
	var walk func(n ast.Node) bool
	walk = func(n ast.Node) bool {
		for item := n.FirstChild(); item != nil; item = item.NextSibling() {
			if item.ChildCount() == 0 {
				return false
			}
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				switch c.Kind() {
				case ast.KindParagraph, ast.KindTextBlock:
					if c.Lines().Len() == 0 {
						return false
					}
					l, s, ok := d.linkCounts(d.linesText(c))
					if !ok {
						return false
					}
					links, same = links+l, same+s
				case ast.KindList:
					if !walk(c) {
						return false
					}
				default:
					return false
				}
			}
		}
		return true
	}
	return walk(n) && 2*same >= links
}

// onlySameFileLinks reports whether inline Markdown is nothing but links
// (and separators), most of them into this file: an entry of a table of
// contents, not an answer.
func (d *docParser) onlySameFileLinks(raw string) bool {
	links, same, ok := d.linkCounts(raw)
	return ok && 2*same >= links
}

// linkCounts counts the links in inline Markdown and those into this
// file; ok reports whether it holds links and nothing else but
// separators.
func (d *docParser) linkCounts(raw string) (links, same int, ok bool) {
	if !strings.Contains(raw, "](") && !strings.Contains(raw, "][") {
		return 0, 0, false
	}
	src := []byte(raw)
	root := inlineParser().Parse(text.NewReader(src), parser.WithContext(newInlineContext(d.refs)))
	other := false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || other {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			links++
			if d.sameFile(string(n.Destination)) {
				same++
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if strings.Trim(string(n.Segment.Value(src)), " \t|·•,;:-–—") != "" {
				other = true
			}
		case *ast.CodeSpan, *ast.AutoLink, *ast.Image, *ast.RawHTML:
			other = true
		}
		return ast.WalkContinue, nil
	})
	return links, same, !other && links > 0
}

// sameFile reports whether a link points into this document: an anchor,
// or this file's name with an anchor.
func (d *docParser) sameFile(dest string) bool {
	file, frag, ok := strings.Cut(dest, "#")
	if !ok {
		return false
	}
	if file == "" {
		return frag != ""
	}
	base := path.Base(strings.ReplaceAll(d.name, "\\", "/"))
	file = path.Base(file)
	return file == base || file == strings.TrimSuffix(base, path.Ext(base))
}

// definitionList reads a definition list: each term is a question, its
// descriptions the answer.
func (d *docParser) definitionList(n *extast.DefinitionList) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		start, end := d.blockSpan(c)
		if term, ok := c.(*extast.DefinitionTerm); ok && term.Lines().Len() > 0 {
			raw := d.linesText(term)
			d.addQuestion(heading{
				shape:  shapeDefinition,
				start:  start,
				body:   end,
				text:   plainInline(raw, d.refs),
				marker: hasQuestionMarker(raw),
			})
			continue
		}
		d.content()
	}
}

// htmlBlock reads a top-level HTML block: a comment, a script or style
// (cut), a heading element, a <details> question, wrappers (cut or
// rewritten as Markdown), or content.
func (d *docParser) htmlBlock(n *ast.HTMLBlock) {
	start, end := d.blockSpan(n)
	if n.HasClosure() {
		end = max(end, d.lineEnd(d.base+n.ClosureLine.Stop-1))
	}
	raw := d.text[start:end]
	switch n.HTMLBlockType {
	case ast.HTMLBlockType2:
		// A comment is not content: it is cut from the answer, and an
		// alias note in it gives the question other wordings.
		d.cut(start, end)
		if aliases, ok := aliasNote(commentText(d.src[start:end])); ok {
			d.addAliases(aliases)
		}
		return
	case ast.HTMLBlockType1:
		if tag := htmlTagName([]byte(strings.TrimLeft(raw, " \t"))); tag == "script" || tag == "style" {
			d.cut(start, end)
			return
		}
	case ast.HTMLBlockType6:
		if d.htmlHeading(start, end, raw) {
			return
		}
	}
	if d.detailsBlock(start, end, raw) {
		return
	}
	cleaned, changed := cleanHTML(raw)
	if changed && cleaned == "" {
		// Only wrappers or an empty anchor: an anchor names the question
		// after it.
		if a := htmlIDAttr().FindStringSubmatch(raw); a != nil {
			d.anchor = strings.TrimSpace(strings.Join(a[1:], ""))
		}
		d.cut(start, end)
		return
	}
	if changed {
		d.edit(start, end, cleaned+"\n")
	}
	if strings.Contains(strings.ToLower(raw), "<dt") {
		d.suspect(start, "HTML definition lists (<dt>/<dd>)", true)
	}
	if t := strings.TrimLeft(raw, " \t"); len(t) > 1 && t[1] >= 'A' && t[1] <= 'Z' {
		d.suspect(start, "components such as <Question> or <Accordion>", true)
	}
	d.content()
}

// htmlHeading matches an HTML heading element that starts an HTML block
// and ends a line, the way some FAQs write their questions:
// <h3 name="config">Does it…?</h3>.
var htmlHeading = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)^\s*<h([1-6])(\s[^>]*)?>(.*?)</h([1-6])\s*>[ \t]*(?:\r?\n|$)`)
})

// htmlIDAttr finds an element's id, or its name as old HTML anchors have it.
var htmlIDAttr = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\s(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))`)
})

// htmlHeading adds the heading element that starts an HTML block as a
// heading of its level: its text is what a browser shows, its id the
// element's id or name; what follows it in the block is answer. It
// reports whether the block started with one.
func (d *docParser) htmlHeading(start, end int, raw string) bool {
	m := htmlHeading().FindStringSubmatch(raw)
	if m == nil || m[1][0] != m[4][0] {
		return false
	}
	h := heading{level: int(m[1][0] - '0'), start: start, body: start + len(m[0])}
	h.text = plainInline(m[3], d.refs)
	h.question = isQuestion(h.text) || hasQuestionMarker(h.text)
	h.marker = hasQuestionMarker(h.text)
	if a := htmlIDAttr().FindStringSubmatch(m[2]); a != nil {
		h.id = strings.TrimSpace(strings.Join(a[1:], ""))
	}
	h.own = d.answerTail(h.body, end)
	d.anchor = ""
	d.heads = append(d.heads, h)
	return true
}

// answerTail cleans what follows a question inside its HTML block and
// reports whether anything is left.
func (d *docParser) answerTail(start, end int) bool {
	tail := d.text[start:end]
	if strings.TrimSpace(strayEmphasis().ReplaceAllString(tail, "")) == "" && strings.TrimSpace(tail) != "" {
		// Only emphasis opened for an answer in the blocks below
		// (<summary>Q</summary>\n<b>): it shows nothing.
		d.edit(start, end, "")
		return false
	}
	if cleaned, changed := cleanHTML(tail); changed {
		if cleaned != "" {
			cleaned = "\n" + cleaned + "\n"
		}
		d.edit(start, end, cleaned)
		return cleaned != ""
	}
	return strings.TrimSpace(tail) != ""
}

// detailsState follows <details> elements across HTML blocks.
type detailsState struct {
	depth    int  // open <details> elements
	awaiting bool // the innermost has no summary yet
}

// closeDetails finds the </details> that ends an open element inside a
// Markdown block ("- the last item.</details>") and cuts the tag.
func (d *docParser) closeDetails(n ast.Node) {
	start, end := d.blockSpan(n)
	for off := start; off < end; {
		i := strings.Index(lowerASCII(d.text[off:end]), "</details>")
		if i < 0 {
			return
		}
		// The end of an emphasis that wrapped the whole answer goes too
		// ("…</b></details>"), when nothing before it in the block opened it.
		from := off + i
		tags := strayEmphasis().FindAllStringIndex(d.text[start:from], -1)
		opens := 0
		for _, t := range tags {
			if d.text[start+t[0]+1] != '/' {
				opens++
			}
		}
		for k := len(tags) - 1; k >= 0 && start+tags[k][1] == from && d.text[start+tags[k][0]+1] == '/' && len(tags)-opens > opens; k-- {
			from = start + tags[k][0]
			tags = tags[:k]
		}
		d.edit(from, off+i+len("</details>"), "")
		off += i + len("</details>")
		if d.details.depth--; d.details.depth == 0 {
			d.details.awaiting = false
			return
		}
	}
}

// detailsBlock reads an HTML block that holds the summary of a top-level
// <details> element as a question: the summary is the question, the
// rest of the element its answer. Nested <details> are part of answers.
func (d *docParser) detailsBlock(start, end int, raw string) bool {
	lower := lowerASCII(raw)
	if !strings.Contains(lower, "details") && !strings.Contains(lower, "summary") {
		return false
	}
	opens, closes := strings.Count(lower, "<details"), strings.Count(lower, "</details")
	m := summaryTag().FindStringSubmatchIndex(raw)
	st := d.details
	question := false
	if m != nil {
		before := strings.Count(lower[:m[0]], "<details")
		question = st.depth == 0 && before == 1 || st.depth == 1 && st.awaiting && before == 0
	}
	d.details.depth = max(0, st.depth+opens-closes)
	switch {
	case m != nil:
		d.details.awaiting = false
	case opens > closes:
		d.details.awaiting = true
	}
	if d.details.depth == 0 {
		d.details.awaiting = false
	}
	if !question {
		return false
	}
	h := heading{
		shape: shapeDetails,
		start: start,
		body:  start + m[1],
		text:  plainInline(raw[m[4]:m[5]], d.refs),
	}
	if a := htmlIDAttr().FindStringSubmatch(raw[m[2]:m[3]]); a != nil {
		h.id = strings.TrimSpace(strings.Join(a[1:], ""))
	}
	h.own = d.answerTail(h.body, end)
	d.addQuestion(h)
	return true
}
