package faq

import (
	"strings"
)

// An Entry is one question of a FAQ with its answer.
type Entry struct {
	// ID is stable and unique within a FAQ: the heading's {#id}, else a
	// GitHub-style slug of the question, with -1, -2 ... added to repeats.
	ID string
	// Question is the heading as plain text, without markup or id.
	Question string
	// Topic is the heading the entry is grouped under, or the document's
	// title when there is none.
	Topic string
	// Aliases are other wordings of the question given by the author
	// ("Also asked as:") and the sub-headings inside the answer.
	Aliases []string
	// File is the path the entry was read from ("embedded:..." for the
	// built-in FAQ) and Line the 1-based line of its heading.
	File string
	Line int

	// body is the answer's raw Markdown: the source between this heading
	// and the next, with alias notes and HTML comments cut out.
	body string
	// disclaimer and minScore (the threshold; 0 for the default) come
	// from the document's front matter.
	disclaimer string
	minScore   float64
}

// Answer returns the answer as Markdown, without its "Sources:" line.
func (e *Entry) Answer() string {
	answer, _ := splitSources(e.body)
	return answer
}

// Sources returns the references listed on the answer's "Sources:" line,
// or an empty slice.
func (e *Entry) Sources() []string {
	_, sources := splitSources(e.body)
	return sources
}

// Disclaimer returns the note the entry's document asks to show with every
// answer (front matter "disclaimer"), or "".
func (e *Entry) Disclaimer() string { return e.disclaimer }

// splitSources separates a trailing "Sources:" paragraph from an answer.
// Items are separated by semicolons.
func splitSources(body string) (answer string, sources []string) {
	sources = []string{}
	body = strings.TrimSpace(body)
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
			return strings.TrimSpace(body[:start]), sources
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

	byID map[string]int
}

// Lookup returns the entry with the given id.
func (f *FAQ) Lookup(id string) (*Entry, bool) {
	if f.byID == nil { // a FAQ built by hand, not by New
		f.index()
	}
	i, ok := f.byID[id]
	if !ok {
		return nil, false
	}
	return &f.Entries[i], true
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
