package faq

import (
	"fmt"
	"strings"
)

// explanation keeps what a search found out, for Result.Explain.
type explanation struct {
	ix       *Index
	terms    []queryTerm
	query    queryFeatures
	minScore float64
	matches  []scored
	// unanswered is the FAQ's unanswered questions as scored, when they
	// ranked above every entry.
	unanswered *scored
}

// Explain tells how the search read the query and why its matches scored
// as they did, in lines meant for a person diagnosing a FAQ: each query
// word as understood (typo corrections, synonym groups, words no entry
// holds) with its weight and rarity and the fields of the best match that
// hold it; then each match's score and the features it came from; then
// the verdict. The text holds FAQ data as it is: sanitise it before
// writing it to a terminal.
func (r Result) Explain() string {
	var b strings.Builder
	fmt.Fprintf(&b, "explain: %q\n", r.Query)
	x := r.why
	if x == nil || len(x.terms) == 0 {
		b.WriteString("  no searchable words (only stop words such as \"how\" or \"the\")\n")
		return b.String()
	}
	for i := range x.terms {
		t := &x.terms[i]
		fmt.Fprintf(&b, "  %-16s → %-16s weight %.2f  idf %.2f  rare %.2f  %s%s\n",
			t.words, t.term, t.weight, t.idf, t.specific, x.where(t), readingNote(t))
	}
	if u := x.unanswered; u != nil {
		fmt.Fprintf(&b, "  %-9s %.3f  (the questions the FAQ's front matter lists as unanswered)\n", "closer to", shown(u.score))
		fmt.Fprintf(&b, "            bm25 share %.2f  cover %.2f  phrasing %.2f  → rank %.2f, margin %+.2f\n",
			u.f.bm25, u.f.cover, u.f.phrasing, u.rank, u.margin)
	}
	for i, m := range x.matches {
		label := "runner-up"
		if i == 0 {
			label = "best"
		}
		e := &x.ix.faq.Entries[m.doc]
		fmt.Fprintf(&b, "  %-9s %.3f  %s [%s]\n", label, shown(m.score), e.Question, e.ID)
		fmt.Fprintf(&b, "            bm25 share %.2f  cover %.2f  phrasing %.2f  → rank %.2f, margin %+.2f\n",
			m.f.bm25, m.f.cover, m.f.phrasing, m.rank, m.margin)
	}
	fmt.Fprintf(&b, "  query size %.2f (everyday words count less)", x.query.size)
	if x.query.unknown > 0 {
		fmt.Fprintf(&b, "; %.0f%% of the query is in no entry", 100*x.query.unknown)
	}
	b.WriteString("\n")
	switch {
	case len(x.matches) == 0:
		b.WriteString("  no entry holds a query word: no match\n")
	case r.Confident:
		fmt.Fprintf(&b, "  score %.3f ≥ %.3f: answered\n", shown(x.matches[0].score), x.minScore)
	default:
		fmt.Fprintf(&b, "  score %.3f < %.3f: not confident\n", shown(x.matches[0].score), x.minScore)
	}
	return b.String()
}

// where names the fields of the best match holding the term or a word of
// its family.
func (x *explanation) where(t *queryTerm) string {
	if len(x.matches) == 0 {
		return ""
	}
	var in [numFields]bool
	for _, term := range t.alternatives() {
		if p, ok := x.ix.posting(term, x.matches[0].doc); ok {
			for f := range numFields {
				in[f] = in[f] || p.tf[f] > 0
			}
		}
	}
	var out []string
	for f := range numFields {
		if in[f] {
			out = append(out, field(f).String())
		}
	}
	if len(out) == 0 {
		return "not in the best match"
	}
	return "in " + strings.Join(out, ", ")
}

// readingNote words how a term was understood, when not as typed.
func readingNote(t *queryTerm) string {
	var s string
	switch t.how {
	case readTypo:
		s = fmt.Sprintf(" (typo for %q)", t.corrected)
	case readUnknown:
		s = " (in no entry)"
	}
	if len(t.related) > 0 {
		s += " (also as " + strings.Join(t.related, ", ") + ")"
	}
	if len(t.synonyms) > 0 {
		s += " (synonyms: " + strings.Join(t.synonyms, ", ") + ")"
	}
	return s
}
