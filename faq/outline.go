package faq

import (
	"regexp"
	"sort"
	"strings"
	"sync"
)

// A heading is a question in the document's outline: a Markdown or HTML
// heading, or a question written in another shape (shapes.go), with what
// the parser learnt about the blocks below it, up to the next one.
type heading struct {
	level     int   // 1 to 6 for headings; shapeLevel for the other shapes
	shape     shape // how the question is written
	start     int   // where the question's block starts
	body      int   // where its answer starts: after the question's lines, or inside its block
	text, id  string
	question  bool     // worded as a question, or marked Q:
	marker    bool     // marked Q:, so its answer may start A:
	unclosed  bool     // a bold question whose ** is never closed
	own       bool     // content follows it before the next question
	wrapped   bool     // a wrapper faq does not read follows it (see suspect)
	prose     bool     // content follows it before any such wrapper
	toc       bool     // it holds a table of contents, and nothing else
	templated bool     // templating follows it, which faq cannot expand
	dedent    int      // indentation of its answer's lines (list items)
	aliases   []string // from "Also asked as" notes below it
}

// shapeLevel is the outline level of questions that are not headings:
// below every heading, so headings above them are their sections.
const shapeLevel = 7

// A shape is how a question is written.
type shape int

const (
	shapeHeading    shape = iota // a Markdown or HTML heading
	shapeBold                    // a bold paragraph, or one marked Q:
	shapeDetails                 // the summary of a <details> element
	shapeListItem                // a list item led by a bold question
	shapeDefinition              // the term of a definition list
	shapeAdmonition              // the title of an MkDocs admonition (??? question "…")
)

func isQuestion(s string) bool {
	s = strings.TrimSpace(s)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？")
}

// role says what a heading is in the document's outline.
type role int

const (
	roleNone    role = iota // nothing below it: no entry
	roleSection             // groups entries: gives them their topic
	roleEntry               // a question with its answer below
	roleInside              // part of the answer above it
	roleTitle               // the document's title
)

// An outline is the tree of a document's headings and questions: each
// one's parent is the nearest one above it at a shallower level.
type outline struct {
	heads    []heading
	parent   []int   // -1 at the top
	children [][]int // in document order
	roots    []int
	content  []bool         // content follows it or a heading below it
	count    map[string]int // how many headings have each wording
	title    string         // the front matter's title

	// misplaced lists headings read as part of the answer above them.
	misplaced []misplacement
}

// A misplacement is a heading at an entry's level whose wording is
// elsewhere a sub-heading inside answers (a stray "### Solution" among
// "#### Solution"s): it is read as part of the entry before it.
type misplacement struct {
	head, entry int
	usual       int // the level its wording usually has
}

func newOutline(heads []heading, title string) *outline {
	o := &outline{
		heads:    heads,
		title:    title,
		parent:   make([]int, len(heads)),
		children: make([][]int, len(heads)),
		content:  make([]bool, len(heads)),
		count:    make(map[string]int, len(heads)),
	}
	var stack []int
	for i, h := range heads {
		for len(stack) > 0 && heads[stack[len(stack)-1]].level >= h.level {
			stack = stack[:len(stack)-1]
		}
		o.parent[i] = -1
		if len(stack) > 0 {
			p := stack[len(stack)-1]
			o.parent[i] = p
			o.children[p] = append(o.children[p], i)
		} else {
			o.roots = append(o.roots, i)
		}
		stack = append(stack, i)
		if h.level < shapeLevel {
			o.count[h.text]++
		}
	}
	for i := len(heads) - 1; i >= 0; i-- {
		o.content[i] = o.content[i] || heads[i].own
		if p := o.parent[i]; p >= 0 && o.content[i] {
			o.content[p] = true
		}
	}
	return o
}

// roles decides what each heading is.
//
//   - The title is a first heading that is alone at the shallowest level,
//     or that repeats the front matter's title; what follows it before
//     the next heading is the introduction.
//   - Below an entry, headings and questions are part of its answer (a
//     heading's text is searched as another wording of the question),
//     but for a follow-up: a question heading with an answer of its own
//     whose wording no other heading repeats and that names what it asks
//     about (see pointsBack).
//   - Elsewhere, a heading with nothing below it is no entry; one with
//     content and nothing deeper is an entry, whether it is worded as a
//     question or not.
//   - A heading with headings or questions below it is a section (they
//     are entries, and its own prose an entry named by it) or an entry
//     (they are its answer's structure): see isSection.
func (o *outline) roles() []role {
	rs := make([]role, len(o.heads))
	if len(o.heads) > 1 && o.heads[0].level < shapeLevel {
		alone := true
		for _, h := range o.heads[1:] {
			if h.level <= o.heads[0].level {
				alone = false
				break
			}
		}
		if alone || o.title != "" && strings.EqualFold(o.heads[0].text, o.title) {
			rs[0] = roleTitle
		}
	}
	for i, h := range o.heads {
		switch {
		case rs[i] == roleTitle:
		case o.underEntry(i, rs):
			rs[i] = roleInside
			if h.level < shapeLevel && h.question && h.own && o.count[h.text] == 1 && !pointsBack(h.text) {
				rs[i] = roleEntry
			}
		case !o.content[i]:
			rs[i] = roleNone
		case len(o.children[i]) == 0 || !o.isSection(i):
			rs[i] = roleEntry
		default:
			rs[i] = roleSection
		}
	}
	o.findMisplaced(rs)
	return rs
}

// pointsBack reports whether a question names what it asks about only by
// pointing at the problem above it ("How do I work around the issue?",
// "Why does this happen?", "Can I avoid it?"): alone, it answers nothing
// a reader could ask. "How do I uninstall it?" below "How do I install
// Foo?" asks something of its own, and stays an entry.
func pointsBack(question string) bool {
	return pointer().MatchString(question)
}

var pointer = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)\b(?:(?:the|this|that|these|those)\s+(?:issues?|problems?|errors?)|(?:it|this|that)\s+(?:happens?|occurs?)|(?:fix|avoid|solve|resolve|prevent|handle|work around|get around)\s+(?:it|this|that|them))\s*[?？]\s*$`)
})

func (o *outline) underEntry(i int, rs []role) bool {
	for p := o.parent[i]; p >= 0; p = o.parent[p] {
		if rs[p] == roleEntry {
			return true
		}
	}
	return false
}

// isSection decides whether a heading with headings or questions below it
// groups entries. A question heading is an entry unless it has no answer
// of its own and questions below it. Otherwise it is a section when a
// question with an answer is below it, or a deeper outline, or two or
// more questions in one of the other shapes; it is an entry when the
// headings below it are worded as other answers' sub-headings are
// ("Symptom", "Solution") or when most headings beside it are entries
// ("Docker socket location" among questions); else a section. Wording
// repeated three times or more is structure, not a question.
func (o *outline) isSection(i int) bool {
	h := o.heads[i]
	questionBelow, deeper, repeated := false, false, false
	shapes := map[shape]int{}
	for _, c := range o.children[i] {
		ch := o.heads[c]
		if ch.question && o.content[c] {
			questionBelow = true
		}
		if len(o.children[c]) > 0 {
			deeper = true
		}
		if ch.level == shapeLevel {
			shapes[ch.shape]++
		} else if o.count[ch.text] >= 3 {
			repeated = true
		}
	}
	if h.question {
		return !h.own && questionBelow
	}
	if questionBelow || deeper {
		return true
	}
	for _, n := range shapes {
		if n >= 2 {
			return true
		}
	}
	if repeated {
		return false
	}
	return !o.besideEntries(i)
}

// besideEntries reports whether most of a heading's siblings read as
// entries: questions, or headings with content and nothing deeper.
func (o *outline) besideEntries(i int) bool {
	siblings := o.roots
	if p := o.parent[i]; p >= 0 {
		siblings = o.children[p]
	}
	n, entries := 0, 0
	for _, s := range siblings {
		if s == i {
			continue
		}
		n++
		if o.content[s] && (len(o.children[s]) == 0 || o.heads[s].question) {
			entries++
		}
	}
	return n > 0 && 2*entries > n
}

// findMisplaced reads as part of the entry before it a heading without
// children whose wording appears twice or more at deeper levels, below
// other entries.
func (o *outline) findMisplaced(rs []role) {
	var levels map[string][]int
	for i, h := range o.heads {
		if rs[i] != roleEntry || h.level == shapeLevel || h.question || len(o.children[i]) > 0 || o.count[h.text] < 3 {
			continue
		}
		if levels == nil {
			levels = map[string][]int{}
			for _, h := range o.heads {
				if h.level < shapeLevel {
					levels[h.text] = append(levels[h.text], h.level)
				}
			}
		}
		deeper := 0
		usual := 0
		for _, l := range levels[h.text] {
			if l > h.level {
				deeper++
				usual = l
			}
		}
		prev := o.previousSibling(i)
		if deeper < 2 || prev < 0 || rs[prev] != roleEntry {
			continue
		}
		rs[i] = roleInside
		o.misplaced = append(o.misplaced, misplacement{i, prev, usual})
	}
}

func (o *outline) previousSibling(i int) int {
	siblings := o.roots
	if p := o.parent[i]; p >= 0 {
		siblings = o.children[p]
	}
	k := sort.SearchInts(siblings, i)
	if k > 0 {
		return siblings[k-1]
	}
	return -1
}

// topic returns the section an entry is grouped under: its nearest
// section ancestor (a section's own prose: the section above it), or -1.
func (o *outline) topic(i int, rs []role) int {
	for p := o.parent[i]; p >= 0; p = o.parent[p] {
		if rs[p] == roleSection {
			return p
		}
	}
	return -1
}
