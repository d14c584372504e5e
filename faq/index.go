package faq

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// A field is a part of an entry that search weighs on its own.
type field uint8

const (
	fieldQuestion field = iota
	fieldAlias          // "Also asked as" wordings and sub-headings
	fieldTopic
	fieldAnswer
	numFields
)

var fieldNames = [numFields]string{"question", "alias", "topic", "answer"}

func (f field) String() string { return fieldNames[f] }

// posting records how often a term occurs in each field of one entry.
type posting struct {
	doc int32
	tf  [numFields]uint16
}

// An Index is a FAQ made searchable: an inverted index over its entries
// (for each term, a stem or a synonym group, the entries holding it and
// how often per field). Get one from Open, or NewIndex for entries a
// program built itself; it is safe for concurrent searches.
type Index struct {
	faq *FAQ
	// unanswered holds the FAQ's unanswered questions as the wordings of
	// one more entry, indexed after the FAQ's (see FAQ.Unanswered); nil
	// when it has none.
	unanswered *Entry
	// pending builds the index on first use (Open defers it); built runs
	// it once.
	pending func()
	built   sync.Once

	terms    map[string]int32 // term → position in postings
	postings [][]posting
	// Per term, how many entries hold it in a phrasing (question or
	// alias) and in the answer or topic.
	dfPhrasing, dfAnswer []int32
	lens                 [][numFields]uint32 // per entry, terms per field
	avgLen               [numFields]float64
	vocab                map[string]int32 // surface word → entries holding it
	syn                  *synonymTable
	off                  rule // rules switched off, for ablation

	// Built on first use by a search that needs them.
	byLenOnce sync.Once
	byLen     [][]string // vocab words by length, for typo correction
	sortOnce  sync.Once
	sorted    []string // terms in order, for word families
	phrMu     sync.Mutex
	phr       map[int32][]phrasing    // entries' phrasings, as re-ranked
	phrWords  map[string]phrasingWord // their words, read once
	// From a cache: the stored phrasings, and where each entry's begin.
	phrData []byte
	phrOff  []uint32
}

// NewIndex indexes the entries of f, a FAQ a program built itself (or
// joined with New); nil is a FAQ with no entries. An entry needs a
// Question; one without an ID gets a slug of its question, and repeated
// ids get -1, -2 ..., as Parse gives them: NewIndex writes them into f's
// entries.
func NewIndex(f *FAQ) *Index {
	if f == nil {
		f = &FAQ{} // an index of nothing, as of a FAQ with no entries
	}
	return newIndex(f, 0)
}

// newIndex indexes every entry of f with the rules off switched off.
func newIndex(f *FAQ, off rule) *Index {
	for i := range f.Entries {
		if f.Entries[i].ID == "" {
			f.Entries[i].ID = Slug(f.Entries[i].Question)
		}
	}
	uniqueIDs(f.Entries, nil)
	f.index()
	ix := &Index{faq: f}
	ix.build(off)
	return ix
}

// build indexes every entry of the index's FAQ.
func (ix *Index) build(off rule) {
	f := ix.faq
	ix.unanswered = unansweredEntry(f)
	ix.terms = map[string]int32{}
	ix.lens = make([][numFields]uint32, ix.docs())
	ix.vocab = map[string]int32{}
	ix.syn = newSynonymTable(f.Synonyms, off&ruleEverydaySynonyms == 0)
	ix.off = off
	if !ix.on(rulePhrasalVerbs) {
		clear(ix.syn.particles)
	}
	b := indexBuilder{ix: ix, stems: map[string]string{}, tf: map[string]*[numFields]uint16{}, seen: map[string]bool{}}
	for i := range f.Entries {
		b.add(int32(i), &f.Entries[i])
	}
	if ix.unanswered != nil {
		b.add(int32(len(f.Entries)), ix.unanswered)
	}
	ix.finish()
}

// unansweredEntry returns an entry whose wordings are f's unanswered
// questions, or nil when it has none.
func unansweredEntry(f *FAQ) *Entry {
	if len(f.Unanswered) == 0 {
		return nil
	}
	return &Entry{Aliases: f.Unanswered}
}

// docs returns how many documents the index holds: the FAQ's entries,
// and its unanswered questions where it has them.
func (ix *Index) docs() int {
	if ix.unanswered != nil {
		return len(ix.faq.Entries) + 1
	}
	return len(ix.faq.Entries)
}

// entry returns the entry of document doc.
func (ix *Index) entry(doc int32) *Entry {
	if ix.isUnanswered(doc) {
		return ix.unanswered
	}
	return &ix.faq.Entries[doc]
}

// isUnanswered reports whether document doc holds the FAQ's unanswered
// questions.
func (ix *Index) isUnanswered(doc int32) bool { return int(doc) >= len(ix.faq.Entries) }

// ready builds the index if Open deferred it.
func (ix *Index) ready() {
	ix.built.Do(func() {
		if ix.pending != nil {
			ix.pending()
			ix.pending = nil
		}
	})
}

// finish derives the statistics search needs from the postings: document
// frequencies per part and average field lengths. They are the entries'
// alone: the FAQ's unanswered questions compete with the entries but do
// not change how the entries score.
func (ix *Index) finish() {
	ix.dfPhrasing = make([]int32, len(ix.postings))
	ix.dfAnswer = make([]int32, len(ix.postings))
	for id, ps := range ix.postings {
		for _, p := range ps[:ix.entryDF(int32(id))] {
			if p.tf[fieldQuestion] > 0 || p.tf[fieldAlias] > 0 {
				ix.dfPhrasing[id]++
			}
			if p.tf[fieldAnswer] > 0 || p.tf[fieldTopic] > 0 {
				ix.dfAnswer[id]++
			}
		}
	}
	var total [numFields]float64
	entries := ix.lens[:len(ix.faq.Entries)]
	for _, l := range entries {
		for fl := range numFields {
			total[fl] += float64(l[fl])
		}
	}
	for fl := range numFields {
		ix.avgLen[fl] = max(total[fl]/float64(max(len(entries), 1)), 1)
	}
}

// entryDF returns how many entries hold term id: its postings but the
// unanswered questions', which come last.
func (ix *Index) entryDF(id int32) int {
	ps := ix.postings[id]
	if n := len(ps); n > 0 && ix.isUnanswered(ps[n-1].doc) {
		return n - 1
	}
	return len(ps)
}

type indexBuilder struct {
	ix    *Index
	stems map[string]string // memoised stem()
	tf    map[string]*[numFields]uint16
	seen  map[string]bool
}

func (b *indexBuilder) stem(w string) string {
	s, ok := b.stems[w]
	if !ok {
		s = stem(w)
		b.stems[w] = s
	}
	return s
}

func (b *indexBuilder) add(doc int32, e *Entry) {
	clear(b.tf)
	clear(b.seen)
	b.field(doc, fieldQuestion, e.Question)
	b.field(doc, fieldAlias, strings.Join(e.Aliases, "\n"))
	b.field(doc, fieldTopic, e.Topic)
	b.field(doc, fieldAnswer, indexableText(e.Answer))
	for term, tf := range b.tf {
		id, ok := b.ix.terms[term]
		if !ok {
			id = int32(len(b.ix.postings))
			b.ix.terms[term] = id
			b.ix.postings = append(b.ix.postings, nil)
		}
		b.ix.postings[id] = append(b.ix.postings[id], posting{doc: doc, tf: *tf})
	}
	if b.ix.isUnanswered(doc) {
		return // its words are no entry's: not a typo's target
	}
	for w := range b.seen {
		b.ix.vocab[w]++
	}
}

func (b *indexBuilder) field(doc int32, f field, text string) {
	var stems, verbs []string
	adjacent := false // the last word was not a stop word
	splitWords(text, func(w string) {
		if isStopWord(w) {
			// The verb of a phrasal verb still counts alone too: "logged
			// in" is about logging.
			if verb, ok := b.ix.syn.foldInto(stems, adjacent, w); ok {
				verbs = append(verbs, verb)
			}
			adjacent = false
			return
		}
		adjacent = true
		stems = append(stems, b.stem(w))
		if !b.seen[w] && !isNumber(w) {
			b.seen[w] = true
		}
	})
	b.ix.lens[doc][f] = uint32(len(stems))
	stems = append(stems, b.ix.syn.expandDoc(stems)...)
	stems = append(stems, verbs...)
	for _, s := range stems {
		tf := b.tf[s]
		if tf == nil {
			tf = new([numFields]uint16)
			b.tf[s] = tf
		}
		if tf[f] < 1<<16-1 {
			tf[f]++
		}
	}
}

func isNumber(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// indexableText drops the parts of Markdown that are not prose a reader
// would search for: link destinations, bare http(s) addresses and HTML
// tags.
// An address's words are not what its text is about
// ("dropbox.com/account#security" in an answer on unlinking a computer).
// Link text, code and everything else stays.
func indexableText(md string) string {
	var b strings.Builder
	b.Grow(len(md))
	for i := 0; i < len(md); i++ {
		c := md[i]
		switch {
		case c == ']' && i+1 < len(md) && md[i+1] == '(':
			if j := strings.IndexByte(md[i+1:], ')'); j >= 0 && !strings.ContainsAny(md[i+1:i+1+j], " \n") {
				i += j + 1
				b.WriteByte(' ')
				continue
			}
		case c == 'h' && (i == 0 || !isWordByte(md[i-1])) && (strings.HasPrefix(md[i:], "https://") || strings.HasPrefix(md[i:], "http://")):
			// An address ends where ASCII does, too: Chinese text runs on
			// after one without a space.
			for i+1 < len(md) && md[i+1] > ' ' && md[i+1] < utf8.RuneSelf && !strings.ContainsRune(")>\"'`", rune(md[i+1])) {
				i++
			}
			b.WriteByte(' ')
			continue
		case c == '<' && i+1 < len(md) && (isASCIILetter(md[i+1]) || md[i+1] == '/' || md[i+1] == '!'):
			if j := strings.IndexByte(md[i:], '>'); j >= 0 && !strings.Contains(md[i:i+j], "\n\n") {
				i += j
				b.WriteByte(' ')
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// Len returns the number of entries.
func (ix *Index) Len() int { return len(ix.faq.Entries) }

// FAQ returns the indexed FAQ.
func (ix *Index) FAQ() *FAQ { return ix.faq }
