package faq

import (
	"strings"
)

// An Entry is one question of a FAQ with its answer. Parse fills every
// field; a program that builds entries itself needs only Question and
// Answer (see NewIndex).
type Entry struct {
	// ID is stable and unique within a FAQ: the heading's {#id} (or an
	// HTML id), else a GitHub-style slug of the question (single hyphens,
	// at most 64 bytes), with -1, -2 ... added to repeats.
	ID string
	// Question is the question as a reader sees it: plain text without
	// markup or id, but for code spans, which keep their backticks
	// ("Why does `brew upgrade` …?"); see EscapeMarkdown.
	Question string
	// Topic is the heading the entry is grouped under, or the document's
	// title when there is none.
	Topic string
	// Aliases are other wordings of the question given by the author
	// ("Also asked as:") and the sub-headings inside the answer.
	Aliases []string
	// Answer is the answer's Markdown: the source between this question
	// and the next, cleaned (see Parse), without its "Sources:" paragraph.
	Answer string
	// Sources are the references listed in the answer's last paragraph
	// when it starts "Sources:" (separated by semicolons), or none.
	Sources []string
	// Disclaimer is the note the entry's document asks to show with every
	// answer (front matter "disclaimer"), or "".
	Disclaimer string
	// File is the path the entry was read from and Line the 1-based line
	// of its question.
	File string
	Line int

	// minScore is the document's threshold (front matter), 0 for the
	// default.
	minScore float64
}

// splitSources separates a trailing "Sources:" paragraph from an answer.
// Items are separated by semicolons.
func splitSources(body string) (answer string, sources []string) {
	body = trimAnswer(body)
	start := strings.LastIndex(body, "\n\n") + 1
	if start > 0 {
		start++
	}
	last := body[start:]
	label := strings.TrimLeft(last, "*_")
	for _, prefix := range []string{"Sources:", "Source:"} {
		if len(label) >= len(prefix) && strings.EqualFold(label[:len(prefix)], prefix) {
			rest := strings.TrimLeft(label[len(prefix):], "*_ ")
			for _, s := range strings.Split(rest, ";") {
				if s = strings.Join(strings.Fields(s), " "); s != "" {
					sources = append(sources, s)
				}
			}
			return trimAnswer(body[:start]), sources
		}
	}
	return body, sources
}

// A FAQ is a set of entries loaded from one or more Markdown documents.
type FAQ struct {
	// Entries in document order.
	Entries []Entry
	// Synonyms are groups of words and phrases that mean the same thing
	// for search, from the documents' front matter.
	Synonyms [][]string
	// Urgent holds the documents' urgent notes and their signs, in
	// document order (see Index.Warnings).
	Urgent []Urgent
	// Unanswered are the documents' examples of questions they do not
	// answer ("How much does an MRI cost?"). Search reads them as the
	// wordings of one more entry that is never shown: a question closer
	// to them than to any entry gets a low score, and so no answer.
	Unanswered []string

	byID map[string]int
}

// Lookup returns the entry with the given id. It is safe for concurrent
// use, and finds entries a program added or changed by hand too.
func (f *FAQ) Lookup(id string) (*Entry, bool) {
	if i, ok := f.byID[id]; ok && i < len(f.Entries) && f.Entries[i].ID == id {
		return &f.Entries[i], true
	}
	// A FAQ built or changed by hand: no table, or a stale one. It is
	// searched rather than indexed here, which would race.
	for i := range f.Entries {
		if f.Entries[i].ID == id {
			return &f.Entries[i], true
		}
	}
	return nil, false
}

// Topics returns the entries' topics in order of first appearance.
func (f *FAQ) Topics() []string {
	seen := map[string]bool{}
	var topics []string
	for _, e := range f.Entries {
		if !seen[e.Topic] {
			seen[e.Topic] = true
			topics = append(topics, e.Topic)
		}
	}
	return topics
}

// New joins documents into one FAQ. Ids stay unique across documents: a
// repeated id gets a numeric suffix, as within a document.
func New(docs ...*Document) *FAQ {
	f := &FAQ{}
	bases := make([]int, len(docs))
	for i, d := range docs {
		bases[i] = len(f.Entries)
		f.Entries = append(f.Entries, d.Entries...)
		f.Synonyms = append(f.Synonyms, d.Synonyms...)
		f.Unanswered = append(f.Unanswered, d.Unanswered...)
	}
	uniqueIDs(f.Entries, nil)
	joinUrgent(f, docs, bases)
	f.index()
	return f
}

// index builds the id lookup table.
func (f *FAQ) index() {
	f.byID = make(map[string]int, len(f.Entries))
	for i := range f.Entries {
		f.byID[f.Entries[i].ID] = i
	}
}
