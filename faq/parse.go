package faq

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/faqtool/faq/internal/nesting"
	"github.com/faqtool/faq/internal/sanitize"
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
	// Unanswered are the front matter's examples of questions the
	// document does not answer (see FAQ.Unanswered).
	Unanswered []string
	// Problems are things a FAQ author would want to fix, in line order;
	// none of them stops the document from loading. Check finds a few
	// more that cost more time to look for.
	Problems []Problem
}

// A Problem is something wrong in a FAQ file.
type Problem struct {
	// File is the file's name and Line the 1-based line of the problem
	// (0 when it concerns the whole file).
	File string
	Line int
	// Message says what is wrong, in one line.
	Message string
}

// String formats a problem as "file:line: message", the form editors
// jump to, or "file: message" for a problem of the whole file.
func (p Problem) String() string {
	if p.Line <= 0 {
		return p.File + ": " + p.Message
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Message)
}

// A ParseError means a file cannot be read as a Markdown FAQ at all.
type ParseError struct {
	Name string // the file's name, as given to Parse
	Line int    // 0 when the problem is the whole file
	Msg  string // what is wrong
}

// Error returns "NAME:LINE: MSG", or "NAME: MSG" for the whole file.
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
var blockParser = sync.OnceValue(func() parser.Parser {
	return parser.NewParser(
		parser.WithBlockParsers(append(parser.DefaultBlockParsers(),
			util.Prioritized(extension.NewDefinitionListParser(), 101),
			util.Prioritized(extension.NewDefinitionDescriptionParser(), 102))...),
		parser.WithParagraphTransformers(append(parser.DefaultParagraphTransformers(),
			util.Prioritized(extension.NewTableParagraphTransformer(), 200))...),
	)
})

// maxNesting bounds how deeply block quotes and lists may nest for the
// parser: its work per line grows with the depth.
const maxNesting = 32

// Parse reads one FAQ written in Markdown. See the package documentation
// for how entries, topics and ids are found. A file that is binary or not
// UTF-8, or whose front matter is not valid YAML, gives a *ParseError.
func Parse(name string, src []byte) (*Document, error) {
	if err := checkText(name, src); err != nil {
		return nil, err
	}
	src = windowsText(src)
	d := newDocParser(name, src)
	if d.bad != nil {
		d.bad.Name = name
		return nil, d.bad
	}
	pc := parser.NewContext()
	root := blockParser().Parse(text.NewReader(nesting.Flatten(src[d.base:], maxNesting)), parser.WithContext(pc))
	d.refs = pc.References()
	d.headingText = func(_ *ast.Heading, raw string) string { return plainInline(raw, d.refs) }
	d.collect(root)
	return d.assemble(), nil
}

// windowsText returns src as a Unix editor writes it. Windows editors
// start UTF-8 files with a byte order mark, which would hide the first
// heading or the front matter, and end lines with CRLF, which answers
// would carry and a last "Sources:" line would hide behind.
func windowsText(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\uFEFF"))
	if bytes.Contains(src, []byte("\r\n")) {
		src = bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))
	}
	return src
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

// A docParser reads a document's top-level blocks into an outline of
// questions (see outline.go) and the edits that clean their answers.
type docParser struct {
	name string
	src  []byte
	text string // src as a string: answers are substrings of it, not copies
	base int    // offset of the Markdown after front matter
	fm   frontMatter
	refs []parser.Reference // link reference definitions, for questions' text
	bad  *ParseError        // front matter that does not parse

	refIndex map[string]parser.Reference // refs by normalised label

	// headingText gives a heading's plain text from its node or its raw
	// inline Markdown (id attribute removed).
	headingText func(n *ast.Heading, raw string) string

	heads    []heading
	edits    []edit // in source order, never overlapping
	problems []Problem
	lines    *lineCounter

	details  detailsState
	anchor   string // the id of an empty anchor, for the question after it
	suspects map[string]*suspect
}

type span struct{ start, end int }

// An edit replaces a stretch of the source in answers: a block cut out
// (repl "") or rewritten.
type edit struct {
	start, end int
	repl       string
}

func newDocParser(name string, src []byte) *docParser {
	d := &docParser{name: name, src: src, text: string(src), lines: newLineCounter(src)}
	fm, body, problem, bad := splitFrontMatter(src)
	d.fm, d.base, d.bad = fm, body, bad
	if problem != "" {
		d.problem(1, "%s", problem)
	}
	if t := d.fm.Threshold; t < 0 || t >= 1 {
		d.problem(frontMatterLine(src, "threshold:"), "threshold %g is not between 0 and 1; the default is used", t)
		d.fm.Threshold = 0
	}
	return d
}

func (d *docParser) problem(line int, format string, a ...any) {
	d.problems = append(d.problems, Problem{d.name, line, fmt.Sprintf(format, a...)})
}

// collect walks the top-level blocks: headings and questions in other
// shapes, the content below each, and what to cut from answers.
func (d *docParser) collect(root ast.Node) {
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if d.details.depth > 0 && n.Kind() != ast.KindHTMLBlock {
			d.closeDetails(n)
		}
		switch n := n.(type) {
		case *ast.Heading:
			d.addHeading(n)
		case *ast.HTMLBlock:
			d.htmlBlock(n)
		case *ast.Paragraph:
			d.paragraph(n)
		case *ast.List:
			d.list(n)
		case *extast.DefinitionList:
			d.definitionList(n)
		case *ast.ThematicBreak:
			// A rule separates entries; it says nothing.
			d.cut(d.blockSpan(n))
		case *ast.FencedCodeBlock:
			d.fence(n)
			d.content()
		case *extast.Table:
			if start, end := d.blockSpan(n); strings.Contains(d.text[start:end], "?") {
				d.suspect(start, "questions in a table", false)
			}
			d.content()
		default:
			d.content()
		}
	}
}

// content records a block of answer text below the last question.
func (d *docParser) content() {
	d.anchor = ""
	if len(d.heads) == 0 {
		return // the introduction
	}
	h := &d.heads[len(d.heads)-1]
	h.own = true
	h.prose = h.prose || !h.wrapped
}

// cut removes a block from answers, with the blank lines after it.
func (d *docParser) cut(start, end int) {
	for end < len(d.src) {
		next := d.lineEnd(end)
		if len(bytes.TrimSpace(d.src[end:next])) > 0 {
			break
		}
		end = next
	}
	d.edit(start, end, "")
}

func (d *docParser) edit(start, end int, repl string) {
	if end > start || repl != "" {
		d.edits = append(d.edits, edit{start, end, repl})
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
	h := heading{
		level: n.Level,
		start: start,
		body:  end,
		text:  d.headingText(n, rawText),
		id:    id,
		toc:   d.onlySameFileLinks(rawText),
	}
	h.marker = hasQuestionMarker(h.text)
	h.question = h.marker || isQuestion(h.text)
	d.anchor = ""
	d.heads = append(d.heads, h)
}

// addQuestion adds a question written in a shape other than a heading.
// An empty anchor just before it gives it its id.
func (d *docParser) addQuestion(h heading) {
	h.level = shapeLevel
	if h.id == "" {
		h.id = d.anchor
	}
	d.anchor = ""
	if !h.question {
		h.question = isQuestion(h.text) || h.marker
	}
	d.heads = append(d.heads, h)
}

func (d *docParser) addAliases(aliases []string) {
	if len(d.heads) > 0 {
		h := &d.heads[len(d.heads)-1]
		h.aliases = append(h.aliases, aliases...)
	}
}

// blockSpan returns the byte range of a block's lines, from the start of
// its first line to the end of its last (its last descendant's, for a
// container such as a list).
func (d *docParser) blockSpan(n ast.Node) (start, end int) {
	start = d.lineStart(d.base + firstStart(n))
	end = d.lineEnd(start)
	if stop := lastStop(n); stop > 0 {
		end = max(end, d.lineEnd(d.base+stop-1))
	}
	return start, end
}

// firstStart returns the offset where a block starts: its position, or
// its first line's (a definition term has no position of its own).
func firstStart(n ast.Node) int {
	if p := n.Pos(); p >= 0 {
		return p
	}
	for c := n; c != nil && c.Type() == ast.TypeBlock; c = c.FirstChild() {
		if lines := c.Lines(); lines != nil && lines.Len() > 0 {
			return lines.At(0).Start
		}
	}
	return 0
}

// lastStop returns the end offset of the last line a block or its
// descendants hold, or 0.
func lastStop(n ast.Node) int {
	stop := 0
	for ; n != nil && n.Type() == ast.TypeBlock; n = n.LastChild() {
		if lines := n.Lines(); lines != nil && lines.Len() > 0 {
			stop = max(stop, lines.At(lines.Len()-1).Stop)
		}
	}
	return stop
}

// lineStart returns the offset of the start of the line holding off.
func (d *docParser) lineStart(off int) int { return lineStartIn(d.src, off) }

// lineEnd returns the offset just past the newline ending the line that
// holds off (or the end of the source).
func (d *docParser) lineEnd(off int) int { return lineEndIn(d.src, off) }

// fence reports a code fence that is never closed: it runs to the end of
// the file, and every question after it reads as code.
func (d *docParser) fence(n *ast.FencedCodeBlock) {
	start, end := d.blockSpan(n)
	if end < len(d.src) {
		return // the closing fence follows
	}
	swallowed := bytes.Count(d.src[start:end], []byte("\n"))
	heads := 0
	for _, l := range bytes.Split(d.src[d.lineEnd(start):end], []byte("\n")) {
		if t := bytes.TrimLeft(l, " "); bytes.HasPrefix(t, []byte("#")) && len(bytes.TrimLeft(t, "#")) < len(t) && (len(bytes.TrimLeft(t, "#")) == 0 || bytes.TrimLeft(t, "#")[0] == ' ') {
			heads++
		}
	}
	msg := fmt.Sprintf("code fence is never closed: the rest of the file (%d lines) reads as code", swallowed)
	switch {
	case heads == 1:
		msg += ", hiding 1 heading"
	case heads > 1:
		msg += fmt.Sprintf(", hiding %d headings", heads)
	}
	d.problem(d.lines.line(start), "%s", msg)
}

// A suspect is a shape questions may be written in that faq does not
// read, seen in the document: named when too few entries are found. A
// wrapper (an admonition, a component) is made to hold a block, as a
// question with its answer; the other shapes (bold lines, paragraphs
// ending in ?) are common inside answers too.
type suspect struct {
	count, line int
	wrappers    int // the blocks that are wrappers outside answers
}

func (d *docParser) suspect(off int, shape string, wrapper bool) {
	if k := len(d.heads) - 1; wrapper && k >= 0 {
		// Below a question heading, or after text of an answer: most
		// likely part of that answer (a note, an example).
		h := &d.heads[k]
		if h.prose || h.question && (h.own || h.level < shapeLevel) {
			wrapper = false
		}
		h.wrapped = true
	}
	if d.suspects == nil {
		d.suspects = map[string]*suspect{}
	}
	s := d.suspects[shape]
	if s == nil {
		s = &suspect{line: lineAt(d.src, off)}
		d.suspects[shape] = s
	}
	s.count++
	if wrapper {
		s.wrappers++
	}
}

// synonymProblems reports front-matter synonyms search cannot use: a
// group of one, or a member made only of stop words ("how to").
func (d *docParser) synonymProblems() {
	for _, line := range d.fm.Synonyms {
		at := 1 + bytes.Count(d.src[:max(bytes.Index(d.src, []byte(line)), 0)], []byte("\n"))
		g := synonymGroups([]string{line})
		if len(g) == 0 {
			d.problem(at, "synonym group %q needs two or more members, separated by commas", strings.TrimSpace(line))
			continue
		}
		for _, m := range g[0] {
			if len(stemsOf(m)) == 0 {
				d.problem(at, "synonym %q has only stop words, which search ignores", m)
			}
		}
	}
}

// assemble turns the outline into entries.
func (d *docParser) assemble() *Document {
	doc := &Document{
		Name:     d.name,
		Title:    d.fm.Title,
		Synonyms: synonymGroups(d.fm.Synonyms),
		Entries:  make([]Entry, 0, len(d.heads)),
	}
	for _, q := range d.fm.Unanswered {
		if q = strings.Join(strings.Fields(q), " "); q != "" {
			doc.Unanswered = append(doc.Unanswered, q)
		}
	}
	d.synonymProblems()
	// Edits come in source order but for a tag cut inside a block that is
	// then cut whole.
	sort.SliceStable(d.edits, func(i, j int) bool { return d.edits[i].start < d.edits[j].start })
	o := newOutline(d.heads, d.fm.Title)
	rs := o.roles()
	for _, m := range o.misplaced {
		h, prev := d.heads[m.head], d.heads[m.entry]
		d.problem(d.lines.line(h.start), "%q (level %d) reads as part of the answer above (%q): elsewhere it is a level-%d sub-heading",
			h.text, h.level, prev.text, m.usual)
	}
	if len(rs) > 0 && rs[0] == roleTitle {
		doc.Title = d.heads[0].text
	}
	topicDefault := doc.Title
	if topicDefault == "" {
		topicDefault = strings.TrimSuffix(filepath.Base(d.name), filepath.Ext(d.name))
	}
	explicit := map[string]int{}
	var writtenIDs []bool // per entry: its id is the author's {#id}
	questions := make(map[string]int, len(d.heads))
	for i, h := range d.heads {
		end := len(d.src)
		switch rs[i] {
		case roleNone:
			switch {
			case len(o.children[i]) > 0 || h.toc || h.text == "":
			case h.templated:
				d.problem(d.lines.line(h.start), "%q has no answer: only templating follows it, which faq cannot expand", h.text)
			default:
				d.problem(d.lines.line(h.start), "%q has no answer: nothing follows it", h.text)
			}
			continue
		case roleTitle, roleInside:
			continue
		case roleSection:
			if !h.own {
				continue
			}
			// A section's own prose is an entry: nothing is dropped.
			end = d.heads[i+1].start
		case roleEntry:
			for j := i + 1; j < len(d.heads); j++ {
				if rs[j] != roleInside {
					end = d.heads[j].start
					break
				}
			}
		}
		line := d.lines.line(h.start)
		if h.text == "" {
			// Nothing could name an entry for its text.
			d.problem(line, "heading has no text: the text below it is in no entry")
			continue
		}
		if h.unclosed {
			d.problem(line, "bold question is not closed with **")
		}
		question := h.text
		if h.marker {
			// "Q: How …?" reads "How …?", as its answer loses its "A:";
			// a question that is nothing but a marker stays as written.
			if q := strings.TrimSpace(questionMarker().ReplaceAllString(question, "")); q != "" {
				question = q
			}
		}
		e := Entry{
			ID:         h.id,
			Question:   question,
			Topic:      topicDefault,
			Aliases:    h.aliases,
			File:       d.name,
			Line:       line,
			Disclaimer: d.fm.Disclaimer,
			minScore:   d.fm.Threshold,
		}
		if t := o.topic(i, rs); t >= 0 {
			e.Topic = d.heads[t].text
		}
		if rs[i] == roleEntry {
			for j := i + 1; j < len(d.heads) && d.heads[j].start < end; j++ {
				if d.heads[j].level == shapeLevel {
					continue
				}
				if t := d.heads[j].text; t != "" {
					e.Aliases = append(e.Aliases, t)
				}
				e.Aliases = append(e.Aliases, d.heads[j].aliases...)
			}
		}
		e.Answer, e.Sources = splitSources(d.answer(h, end))
		if e.Answer == "" && len(e.Sources) == 0 {
			d.problem(line, "%q has no answer", e.Question)
			continue
		}
		written := e.ID != ""
		if written {
			if prev, ok := explicit[e.ID]; ok {
				d.problem(line, "duplicate id %q (first at line %d)", e.ID, prev)
			} else {
				explicit[e.ID] = line
			}
		} else {
			e.ID = Slug(sanitize.Text(e.Question))
		}
		if prev, ok := questions[e.Question]; ok {
			d.problem(line, "duplicate question %q (first at line %d)", e.Question, prev)
		} else {
			questions[e.Question] = line
		}
		doc.Entries = append(doc.Entries, e)
		writtenIDs = append(writtenIDs, written)
	}
	d.fewEntries(len(doc.Entries))
	uniqueIDs(doc.Entries, writtenIDs)
	var problems []Problem
	doc.Urgent, problems = d.fm.urgent(d.src, doc.Entries)
	for _, p := range problems {
		d.problem(p.Line, "%s", p.Message)
	}
	sort.SliceStable(d.problems, func(i, j int) bool { return d.problems[i].Line < d.problems[j].Line })
	doc.Problems = d.problems
	return doc
}

// answer returns an entry's answer: the source from the end of its
// question to end, cleaned (cut blocks, wrappers, templating, Q:/A:
// markers) and trimmed.
func (d *docParser) answer(h heading, end int) string {
	body := d.body(h.body, end)
	switch h.shape {
	case shapeListItem:
		body = dedent(body, h.dedent)
	case shapeAdmonition:
		body = admonitionBody(body)
	case shapeDefinition:
		body = dedentCommon(definitionMarker().ReplaceAllString(body, ""), 4)
	case shapeDetails:
		// Answers inside <details> are often indented with the HTML.
		body = dedentCommon(body, 3)
	}
	if h.marker {
		body = stripAnswerMarkers(body)
	}
	body = d.withReferences(body)
	return trimAnswer(leadingBreak().ReplaceAllString(cleanTemplating(body), ""))
}

// leadingBreak matches a line break that separates a question from an
// answer on its line ("- **Can I …?**<br> Yes"): it shows nothing at the
// start of the answer.
var leadingBreak = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^(?i)\s*<br\s*/?>`) })

// trimAnswer trims the blank lines and spaces around an answer, but for
// the indentation of an indented code block it starts with, which is what
// makes it code.
func trimAnswer(s string) string {
	for {
		line, rest, ok := strings.Cut(s, "\n")
		if !ok || strings.TrimSpace(line) != "" {
			break
		}
		s = rest
	}
	if strings.HasPrefix(s, "    ") || strings.HasPrefix(s, "\t") {
		return strings.TrimRightFunc(s, unicode.IsSpace)
	}
	return strings.TrimSpace(s)
}

// referenceUse matches what may be a reference link: [text][label],
// [label][] or [label].
var referenceUse = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\[([^\[\]]+)\](?:\[([^\[\]]*)\])?`)
})

// withReferences appends to an answer the definitions of the reference
// links it uses but does not define: shown alone, its links still work.
func (d *docParser) withReferences(body string) string {
	if len(d.refs) == 0 || !strings.Contains(body, "]") {
		return body
	}
	if d.refIndex == nil {
		d.refIndex = make(map[string]parser.Reference, len(d.refs))
		for _, r := range d.refs {
			d.refIndex[string(util.ToLinkReference(r.Label()))] = r
		}
	}
	var defs strings.Builder
	seen := map[string]bool{}
	for _, m := range referenceUse().FindAllStringSubmatch(body, -1) {
		label := m[2]
		if label == "" {
			label = m[1]
		}
		key := string(util.ToLinkReference([]byte(label)))
		r, ok := d.refIndex[key]
		if !ok || seen[key] {
			continue
		}
		seen[key] = true
		if strings.Contains(body, "["+label+"]:") {
			continue // defined in the answer
		}
		fmt.Fprintf(&defs, "\n[%s]: <%s>", r.Label(), r.Destination())
		if t := r.Title(); len(t) > 0 {
			fmt.Fprintf(&defs, " %q", t)
		}
	}
	if defs.Len() == 0 {
		return body
	}
	return body + "\n" + defs.String()
}

// body returns the source between start and end with the edits applied:
// a substring of the source when there are none.
func (d *docParser) body(start, end int) string {
	// Edits are in order: skip those before start. One that begins before
	// the answer is not the answer's to make.
	i := sort.Search(len(d.edits), func(i int) bool { return d.edits[i].start >= start })
	if i == len(d.edits) || d.edits[i].start >= end {
		return trimAnswer(d.text[start:end])
	}
	var b strings.Builder
	pos := start
	for ; i < len(d.edits) && d.edits[i].start < end; i++ {
		e := d.edits[i]
		if e.start < pos {
			continue // inside an edit already made
		}
		b.WriteString(d.text[pos:e.start])
		b.WriteString(e.repl)
		pos = min(e.end, end)
	}
	if pos < end {
		b.WriteString(d.text[pos:end])
	}
	return trimAnswer(b.String())
}

// noEntries starts the problem of a document without entries.
const noEntries = "no FAQ entries found"

// noEntriesProblem returns what the document's problems say about it
// having no entries, with the shape its questions may be in.
func (d *Document) noEntriesProblem() string {
	for _, p := range d.Problems {
		if p.Line == 0 && strings.HasPrefix(p.Message, noEntries) {
			return p.Message
		}
	}
	return noEntries
}

// fewFile is the size from which a FAQ should hold more than a couple of
// entries; fewer suggests its questions are in a shape faq misses.
const fewFile = 8 << 10

// fewEntries reports a document with no entries, a large one with fewer
// than three, or one where wrappers faq does not read outnumber the
// entries, naming the shape its questions may be written in.
func (d *docParser) fewEntries(n int) {
	// The shape to name: the commonest, wrappers seen twice or more
	// before any other.
	strong := func(s *suspect) bool { return s.wrappers >= 2 }
	var best string
	for shape, s := range d.suspects {
		b := d.suspects[best]
		if b == nil || strong(s) && !strong(b) || strong(s) == strong(b) && (s.count > b.count || s.count == b.count && shape < best) {
			best = shape
		}
	}
	b := d.suspects[best]
	hidden := b != nil && strong(b) && b.wrappers > n
	if !hidden && (n >= 3 || n > 0 && len(d.src) < fewFile) {
		return
	}
	msg := noEntries + " (faq reads headings, bold or Q: questions, <details> blocks, numbered bold questions, definition lists and question admonitions)"
	if n > 0 {
		entries := "entries"
		if n == 1 {
			entries = "entry"
		}
		msg = fmt.Sprintf("only %d %s: questions may be written in a shape faq does not read", n, entries)
	}
	if s := d.suspects[best]; s != nil && s.count >= 2 {
		if n == 0 {
			msg += "; questions may be written as"
		} else {
			msg += ":"
		}
		msg += fmt.Sprintf(" %s (%d, the first at line %d)", best, s.count, s.line)
	}
	d.problem(0, "%s", msg)
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
