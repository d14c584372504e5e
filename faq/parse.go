package faq

import (
	"bytes"
	"fmt"
	"html"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/faqtool/faq/internal/sanitize"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// A Document is one FAQ file after parsing.
type Document struct {
	// Name is the path or name the document was read from.
	Name string
	// Title is the document's title heading or front matter title.
	Title string
	// Entries in document order. Ids are unique within the document.
	Entries []Entry
	// Synonyms from the front matter.
	Synonyms [][]string
	// Urgent is the front matter's urgent note and signs, or nil.
	Urgent *Urgent
	// Problems are things a FAQ author would want to fix; none of them
	// stops the document from loading. See Check.
	Problems []Problem
}

// A Problem is something wrong at a line of a FAQ document.
type Problem struct {
	Line    int
	Message string
}

// A ParseError means a file cannot be read as a Markdown FAQ at all.
type ParseError struct {
	Name string
	Line int // 0 when the problem is the whole file
	Msg  string
}

func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.Name, e.Line, e.Msg)
	}
	return e.Name + ": " + e.Msg
}

// blockParser finds block structure exactly as glamour's goldmark does
// (CommonMark plus GFM tables and definition lists) but parses no inline
// content, which is most of the cost: answers are only parsed inline when
// they are rendered.
var blockParser = parser.NewParser(
	parser.WithBlockParsers(append(parser.DefaultBlockParsers(),
		util.Prioritized(extension.NewDefinitionListParser(), 101),
		util.Prioritized(extension.NewDefinitionDescriptionParser(), 102))...),
	parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(),
		util.Prioritized(extension.NewTableParagraphTransformer(), 200))...),
)

// inlineParser reads a heading's inline Markdown (code spans, links,
// emphasis, HTML) to find its plain text.
var inlineParser = parser.NewParser(
	parser.WithBlockParsers(util.Prioritized(parser.NewParagraphParser(), 1000)),
	parser.WithInlineParsers(append(parser.DefaultInlineParsers(),
		util.Prioritized(extension.NewStrikethroughParser(), 500))...),
)

// Parse reads one FAQ written in Markdown. See the package documentation
// for how entries, topics and ids are found. A file that is binary or not
// UTF-8 gives a *ParseError.
func Parse(name string, src []byte) (*Document, error) {
	if err := checkText(name, src); err != nil {
		return nil, err
	}
	d := &docParser{name: name, src: src, text: string(src)}
	d.frontMatter()
	pc := parser.NewContext()
	root := blockParser.Parse(text.NewReader(flattenDeepNesting(src[d.base:])), parser.WithContext(pc))
	refs := pc.References()
	d.headingText = func(_ *ast.Heading, raw string) string { return plainInline(raw, refs) }
	d.collect(root)
	return d.assemble(), nil
}

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

// checkText rejects input that is not text: NUL bytes or invalid UTF-8.
func checkText(name string, src []byte) error {
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &ParseError{name, lineAt(src, i), "binary file (NUL byte), not Markdown"}
	}
	if !utf8.Valid(src) {
		i := 0
		for i < len(src) {
			r, size := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && size <= 1 {
				break
			}
			i += size
		}
		return &ParseError{name, lineAt(src, i), "not valid UTF-8 text"}
	}
	return nil
}

func lineAt(src []byte, off int) int { return bytes.Count(src[:off], []byte("\n")) + 1 }

type docParser struct {
	name string
	src  []byte
	text string // src as a string: answers are substrings of it, not copies
	base int    // offset of the Markdown after front matter
	fm   frontMatter

	// headingText gives a heading's plain text from its node or its raw
	// inline Markdown (id attribute removed).
	headingText func(n *ast.Heading, raw string) string

	heads    []heading
	cuts     []span // top-level blocks cut from answers
	problems []Problem
}

type span struct{ start, end int }

// A heading is a top-level heading with what the parser learnt about the
// blocks below it, up to the next heading.
type heading struct {
	level      int
	start, end int // the heading's own lines
	text, id   string
	hasContent bool     // a block other than a comment or alias note follows
	aliases    []string // from "Also asked as" notes below it
}

func (d *docParser) frontMatter() {
	fm, body, problem := splitFrontMatter(d.src)
	d.fm, d.base = fm, body
	if problem != "" {
		d.problems = append(d.problems, Problem{1, problem})
	}
	if t := d.fm.Threshold; t < 0 || t >= 1 {
		d.problems = append(d.problems, Problem{frontMatterLine(d.src, "threshold:"), fmt.Sprintf("threshold %g is not between 0 and 1; the default is used", t)})
		d.fm.Threshold = 0
	}
}

// collect walks the top-level blocks: headings, and below each heading
// whether it has content, its alias notes and the comments to cut.
func (d *docParser) collect(root ast.Node) {
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *ast.Heading:
			d.addHeading(n)
		case *ast.HTMLBlock:
			if n.HTMLBlockType == ast.HTMLBlockType6 && d.addHTMLHeading(n) {
				continue
			}
			if n.HTMLBlockType != ast.HTMLBlockType2 {
				d.markContent()
				continue
			}
			// A comment is not content: it is cut from the answer, and an
			// alias note in it gives the question other wordings.
			start, end := d.blockSpan(n)
			if n.HasClosure() {
				end = max(end, d.lineEnd(d.base+n.ClosureLine.Stop-1))
			}
			d.cuts = append(d.cuts, span{start, end})
			if aliases, ok := aliasNote(commentText(d.src[start:end])); ok {
				d.addAliases(aliases)
			}
		case *ast.Paragraph:
			start, end := d.blockSpan(n)
			if aliases, ok := aliasNote(string(d.src[start:end])); ok {
				d.cuts = append(d.cuts, span{start, end})
				d.addAliases(aliases)
				continue
			}
			d.markContent()
		default:
			d.markContent()
		}
	}
}

func (d *docParser) addHeading(n *ast.Heading) {
	lines := n.Lines()
	var raw []string
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		raw = append(raw, string(seg.Value(d.src[d.base:])))
	}
	start := d.lineStart(d.base + n.Pos())
	end := d.lineEnd(start)
	// goldmark places a setext heading at its first text segment and an
	// ATX heading at its opening #s, before the text.
	if lines.Len() > 0 && lines.At(0).Start <= n.Pos() {
		// A setext heading: its text lines, then the underline.
		last := d.base + lines.At(lines.Len()-1).Stop
		end = d.lineEnd(d.lineEnd(last - 1))
	}
	// The segments of a multi-line (setext) heading keep their own line
	// endings: joined as they are, they read as the parser read them.
	rawText, id := splitHeadingID(strings.TrimRight(strings.Join(raw, ""), "\r\n"))
	d.heads = append(d.heads, heading{
		level: n.Level,
		start: start,
		end:   end,
		text:  d.headingText(n, rawText),
		id:    id,
	})
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

// htmlTag matches one HTML tag, to strip from a heading's text.
var htmlTag = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`<[^>]*>`) })

// addHTMLHeading adds the heading element that starts an HTML block as a
// heading of its level: its text is what a browser shows, its id the
// element's id or name; lines after it in the block are answer. It
// reports whether the block started with one.
func (d *docParser) addHTMLHeading(n *ast.HTMLBlock) bool {
	start, end := d.blockSpan(n)
	m := htmlHeading().FindSubmatch(d.src[start:end])
	if m == nil || m[1][0] != m[4][0] {
		return false
	}
	h := heading{level: int(m[1][0] - '0'), start: start, end: start + len(m[0])}
	if h.end < end && strings.TrimSpace(string(d.src[h.end:end])) != "" {
		h.hasContent = true
	}
	inner := htmlTag().ReplaceAllString(string(m[3]), " ")
	h.text = strings.Join(strings.Fields(html.UnescapeString(inner)), " ")
	if a := htmlIDAttr().FindSubmatch(m[2]); a != nil {
		h.id = strings.TrimSpace(string(bytes.Join(a[1:], nil)))
	}
	d.heads = append(d.heads, h)
	return true
}

func (d *docParser) markContent() {
	if len(d.heads) > 0 {
		d.heads[len(d.heads)-1].hasContent = true
	}
}

func (d *docParser) addAliases(aliases []string) {
	if len(d.heads) > 0 {
		h := &d.heads[len(d.heads)-1]
		h.aliases = append(h.aliases, aliases...)
	}
}

// blockSpan returns the byte range of a block's lines, from the start of
// its first line to the end of its last.
func (d *docParser) blockSpan(n ast.Node) (start, end int) {
	start = d.lineStart(d.base + max(n.Pos(), 0))
	end = d.lineEnd(start)
	if lines := n.Lines(); lines.Len() > 0 {
		end = d.lineEnd(d.base + max(lines.At(lines.Len()-1).Stop-1, 0))
	}
	return start, max(end, start)
}

// lineStart returns the offset of the start of the line holding off.
func (d *docParser) lineStart(off int) int {
	off = min(off, len(d.src))
	return bytes.LastIndexByte(d.src[:off], '\n') + 1
}

// lineEnd returns the offset just past the newline ending the line that
// holds off (or the end of the source).
func (d *docParser) lineEnd(off int) int {
	if off >= len(d.src) {
		return len(d.src)
	}
	if i := bytes.IndexByte(d.src[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(d.src)
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

// plainInline returns the text a reader sees in inline Markdown: code
// spans, link and emphasis text, without HTML tags, entities resolved,
// whitespace collapsed.
func plainInline(raw string, refs []parser.Reference) string {
	if !strings.ContainsAny(raw, "\\`*_[]<>&!~") {
		return strings.Join(strings.Fields(raw), " ")
	}
	src := []byte(raw)
	pc := parser.NewContext()
	for _, r := range refs {
		pc.AddReference(r)
	}
	root := inlineParser.Parse(text.NewReader(src), parser.WithContext(pc))
	return plainText(root, src)
}

// plainText concatenates the text of a node's inline descendants.
func plainText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeSpan:
			// Code is literal: no escapes or entities.
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				if t, ok := c.(*ast.Text); ok {
					b.Write(t.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			v := util.UnescapePunctuations(n.Segment.Value(src))
			b.Write(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(n.Value)
		case *ast.AutoLink:
			b.Write(n.Label(src))
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

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

func isQuestion(s string) bool { return strings.HasSuffix(strings.TrimSpace(s), "?") }

// role says what a heading is in the document's outline.
type role int

const (
	roleSection role = iota // groups entries: gives them their topic
	roleEntry               // a question with its answer below
	roleInside              // a sub-heading inside the answer above it
	roleTitle               // the document's title
)

// roles decides which headings are entries. The title is a first heading
// that is alone at the shallowest level. The entry level is the level
// whose headings most often have content of their own, questions counting
// twice (ties go to the shallower level). Shallower headings are sections,
// unless they are questions with an answer and no entries below them.
// Deeper headings belong to the answer above them, except a follow-up
// question: a question with content whose wording no other heading
// repeats (a repeated "How do I fix the issue?" is the answer's own
// structure). With no entry above, deeper headings are entries too.
func roles(heads []heading) []role {
	out := make([]role, len(heads))
	first := 0
	if len(heads) > 1 {
		top := heads[0].level
		alone := true
		for _, h := range heads[1:] {
			if h.level <= top {
				alone = false
				break
			}
		}
		if alone {
			out[0] = roleTitle
			first = 1
		}
	}
	var score [7]int
	for _, h := range heads[first:] {
		if h.hasContent {
			score[h.level]++
			if isQuestion(h.text) {
				score[h.level]++
			}
		}
	}
	level := 0
	for l := 1; l <= 6; l++ {
		if score[l] > score[level] {
			level = l
		}
	}
	if level == 0 {
		if first == 1 && heads[0].hasContent {
			out[0] = roleEntry // a one-question file
		}
		return out
	}
	seen := map[string]int{}
	for _, h := range heads {
		seen[strings.ToLower(h.text)]++
	}
	inEntry := false
	for i := first; i < len(heads); i++ {
		h := heads[i]
		switch {
		case h.level == level:
			out[i], inEntry = roleEntry, true
		case h.level > level && inEntry && h.hasContent && isQuestion(h.text) && seen[strings.ToLower(h.text)] == 1:
			out[i] = roleEntry
		case h.level > level && inEntry:
			out[i] = roleInside
		case h.level > level:
			out[i] = roleEntry
		case h.hasContent && isQuestion(h.text) && !hasChildAt(heads[i+1:], h.level, level):
			out[i], inEntry = roleEntry, true
		default:
			out[i], inEntry = roleSection, false
		}
	}
	return out
}

// hasChildAt reports whether a heading at level parent has a heading at
// level child below it before the next heading at parent level or above.
func hasChildAt(rest []heading, parent, child int) bool {
	for _, h := range rest {
		if h.level <= parent {
			return false
		}
		if h.level == child {
			return true
		}
	}
	return false
}

// synonymProblems reports front-matter synonyms search cannot use: a
// group of one, or a member made only of stop words ("how to").
func (d *docParser) synonymProblems() []Problem {
	var out []Problem
	for _, line := range d.fm.Synonyms {
		at := 1 + bytes.Count(d.src[:max(bytes.Index(d.src, []byte(line)), 0)], []byte("\n"))
		g := synonymGroups([]string{line})
		if len(g) == 0 {
			out = append(out, Problem{at, fmt.Sprintf("synonym group %q needs two or more members, separated by commas", strings.TrimSpace(line))})
			continue
		}
		for _, m := range g[0] {
			if len(stemsOf(m)) == 0 {
				out = append(out, Problem{at, fmt.Sprintf("synonym %q has only stop words, which search ignores", m)})
			}
		}
	}
	return out
}

// assemble turns the outline into entries.
func (d *docParser) assemble() *Document {
	doc := &Document{
		Name:     d.name,
		Title:    d.fm.Title,
		Synonyms: synonymGroups(d.fm.Synonyms),
		Problems: append(d.problems, d.synonymProblems()...),
	}
	rs := roles(d.heads)
	if len(rs) > 0 && rs[0] == roleTitle {
		doc.Title = d.heads[0].text
	}
	topicDefault := doc.Title
	if topicDefault == "" {
		topicDefault = strings.TrimSuffix(filepath.Base(d.name), filepath.Ext(d.name))
	}
	lines := newLineCounter(d.src)
	var sections [7]string
	explicit := map[string]int{}
	for i, h := range d.heads {
		switch rs[i] {
		case roleSection:
			sections[h.level] = h.text
			for l := h.level + 1; l < len(sections); l++ {
				sections[l] = ""
			}
			continue
		case roleTitle, roleInside:
			continue
		}
		line := lines.line(h.start)
		if h.text == "" {
			doc.Problems = append(doc.Problems, Problem{line, "heading has no text"})
			continue
		}
		e := Entry{
			ID:         h.id,
			Question:   h.text,
			Topic:      topicDefault,
			Aliases:    h.aliases,
			File:       d.name,
			Line:       line,
			disclaimer: d.fm.Disclaimer,
			minScore:   d.fm.Threshold,
		}
		for l := h.level - 1; l >= 1; l-- {
			if sections[l] != "" {
				e.Topic = sections[l]
				break
			}
		}
		end := len(d.src)
		for j := i + 1; j < len(d.heads); j++ {
			if rs[j] != roleInside {
				end = d.heads[j].start
				break
			}
			if t := d.heads[j].text; t != "" {
				e.Aliases = append(e.Aliases, t)
			}
			e.Aliases = append(e.Aliases, d.heads[j].aliases...)
		}
		e.body = d.body(h.end, end)
		if strings.TrimSpace(e.body) == "" {
			doc.Problems = append(doc.Problems, Problem{line, fmt.Sprintf("%q has an empty answer", e.Question)})
			continue
		}
		if e.ID != "" {
			if prev, ok := explicit[e.ID]; ok {
				doc.Problems = append(doc.Problems, Problem{line, fmt.Sprintf("duplicate id %q (first at line %d)", e.ID, prev)})
			} else {
				explicit[e.ID] = line
			}
		} else {
			e.ID = Slug(sanitize.Text(e.Question))
		}
		doc.Entries = append(doc.Entries, e)
	}
	if len(doc.Entries) == 0 {
		doc.Problems = append(doc.Problems, Problem{0, "no FAQ entries found (expected headings with answers below them)"})
	}
	uniqueIDs(doc.Entries)
	var problems []Problem
	doc.Urgent, problems = d.fm.urgent(d.src, doc.Entries)
	doc.Problems = append(doc.Problems, problems...)
	return doc
}

// body returns the source between start and end without the cut blocks:
// a substring of the source when nothing is cut.
func (d *docParser) body(start, end int) string {
	var b strings.Builder
	pos := start
	// Cuts are in order: skip those before start.
	i := sort.Search(len(d.cuts), func(i int) bool { return d.cuts[i].end > start })
	for ; i < len(d.cuts) && d.cuts[i].start < end; i++ {
		c := d.cuts[i]
		b.WriteString(d.text[pos:max(c.start, pos)])
		pos = min(c.end, end)
	}
	if b.Len() == 0 && pos == start {
		return strings.TrimSpace(d.text[start:end])
	}
	if pos < end {
		b.WriteString(d.text[pos:end])
	}
	return strings.TrimSpace(b.String())
}

// uniqueIDs gives repeated ids a numeric suffix, as GitHub does for
// repeated headings: x, x-1, x-2.
func uniqueIDs(entries []Entry) {
	seen := make(map[string]bool, len(entries))
	for i := range entries {
		id := entries[i].ID
		for n := 1; seen[id]; n++ {
			id = fmt.Sprintf("%s-%d", entries[i].ID, n)
		}
		seen[id] = true
		entries[i].ID = id
	}
}

// Slug makes a GitHub-style anchor from a heading's text: lower case,
// punctuation dropped, spaces turned into hyphens.
func Slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == '_' || r == '-':
			b.WriteRune(r)
		case r == ' ':
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "entry"
	}
	return b.String()
}

// lineCounter turns increasing byte offsets into line numbers in one pass.
type lineCounter struct {
	src []byte
	off int
	n   int
}

func newLineCounter(src []byte) *lineCounter { return &lineCounter{src: src, n: 1} }

func (c *lineCounter) line(off int) int {
	if off < c.off {
		c.off, c.n = 0, 1
	}
	c.n += bytes.Count(c.src[c.off:off], []byte("\n"))
	c.off = off
	return c.n
}
