package faq

import (
	"sort"
	"strings"

	"github.com/faqtool/faq/internal/wordfreq"
)

// reading says how a query word was understood.
type reading uint8

const (
	readExact   reading = iota // a word the FAQ holds, as typed
	readTypo                   // corrected to a near corpus word
	readSynonym                // a phrase read as its synonym group
	readUnknown                // a word no entry holds
)

var readingNames = [...]string{"", "typo", "synonym", "unknown"}

func (r reading) String() string { return readingNames[r] }

// A queryTerm is one query word, or several read together, as search
// understood it.
type queryTerm struct {
	words     string   // as typed
	term      string   // what is looked up: a stem, or a synonym group ("~pt")
	how       reading  //
	corrected string   // the corpus word a typo was read as
	synonyms  []string // the group's members, for a synonym
	// weight is how surely the term was understood (less for a typo), idf
	// its rarity in the FAQ, specific its rarity in everyday English
	// (from 0, as common as "show", to 1, as rare as "whiplash").
	weight, idf, specific float64
	// related are corpus stems of the term's word family ("treatment" for
	// "treat"), matched at relatedWeight.
	related []string
}

// alternatives returns the term followed by its related terms.
func (t *queryTerm) alternatives() []string { return append([]string{t.term}, t.related...) }

// content reports whether the term names what the query is about: an
// asking word ("why") or a comparison ("vs") only says what kind of
// answer is wanted.
func (t *queryTerm) content() bool { return !isAskingWord(t.words) }

// A queryWord is a word of the query after joining and typo correction,
// before stemming.
type queryWord struct {
	text, typed, corrected string
	how                    reading
	weight                 float64
	particle               string // a particle right after it ("up" after "back")
}

// readQuery turns a query into terms: words are normalised and stop words
// dropped; a word the index does not know is corrected to a near corpus
// word where there is one; stems
// are taken and synonym phrases replaced by their group.
func (ix *Index) readQuery(query string) []queryTerm {
	qs := ix.queryWords(query)
	stems := make([]string, len(qs))
	for i := range qs {
		stems[i] = stem(qs[i].text)
		if f, ok := ix.syn.fold(stems[i], qs[i].particle); ok {
			stems[i] = f
			qs[i].typed += " " + qs[i].particle
		}
	}
	rewritten, spans := ix.syn.rewriteQuery(stems)
	var terms []queryTerm
	seen := map[string]int{} // a term asked twice counts once
	for k, term := range rewritten {
		t := queryTerm{term: term, weight: 1}
		var typed []string
		for _, q := range qs[spans[k][0]:spans[k][1]] {
			typed = append(typed, q.typed)
			t.weight = min(t.weight, q.weight)
			t.specific = max(t.specific, ix.specificity(q.text))
			if q.how != readExact && t.how == readExact {
				t.how, t.corrected = q.how, q.corrected
			}
		}
		t.words = strings.Join(typed, " ")
		held := ix.held(term)
		if isGroupTerm(term) {
			// A group no entry holds is as unknown as its words.
			switch {
			case !held:
				t.how = readUnknown
			case t.how == readExact || t.how == readUnknown:
				t.how = readSynonym
			}
			t.synonyms, _ = ix.syn.group(term)
		} else {
			t.related = ix.related(term)
		}
		t.idf = ix.idf(term)
		if !held && len(t.related) > 0 {
			t.idf = ix.idf(t.related[0])
		}
		if i, ok := seen[term]; ok {
			terms[i].weight = max(terms[i].weight, t.weight)
			continue
		}
		seen[term] = len(terms)
		terms = append(terms, t)
	}
	return terms
}

// queryWords reads the words of a query, correcting those the index does
// not know.
func (ix *Index) queryWords(query string) (qs []queryWord) {
	ws := words(query)
	lastEnd := -1 // position in ws of the last word read into qs
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.stop {
			if lastEnd == i-1 && len(qs) > 0 && isParticle(w.text) {
				qs[len(qs)-1].particle = w.text
			}
			continue
		}
		lastEnd = i
		if isAskingWord(w.text) && (!ix.on(ruleAskingWords) || !ix.holds(w.text)) {
			lastEnd = -1
			continue // the FAQ never asks it this way
		}
		if ix.known(w.text) {
			qs = append(qs, queryWord{text: w.text, typed: w.text, weight: 1})
		} else if isCJKWord(w.text) {
			// A pair of CJK characters no entry holds mostly spans two
			// words ("装软" in "安装软件"): it says nothing and is no typo.
			lastEnd = -1
			continue
		} else if c, ok := ix.correct(w.text); ok {
			qs = append(qs, queryWord{text: c, typed: w.text, corrected: c, how: readTypo, weight: weightTypo})
		} else if c, ok := ix.everydaySlip(w.text); ok {
			if isStopWord(c) {
				lastEnd = -1
				continue // "shoud", as "should", says nothing
			}
			qs = append(qs, queryWord{text: c, typed: w.text, corrected: c, how: readTypo, weight: weightTypo})
		} else {
			qs = append(qs, queryWord{text: w.text, typed: w.text, how: readUnknown, weight: 1})
		}
	}
	return qs
}

// known reports whether a query word occurs in an entry or the synonym
// lists (the FAQ's unanswered questions do not count).
func (ix *Index) known(w string) bool {
	return ix.held(stem(w)) || ix.syn.words[w]
}

// holds reports whether an entry holds word w, or a synonym group it
// belongs to.
func (ix *Index) holds(w string) bool {
	st := stem(w)
	if ix.held(st) {
		return true
	}
	for _, p := range ix.syn.byFirst[st] {
		if len(p.stems) == 1 && ix.held(ix.syn.names[p.group]) {
			return true
		}
	}
	return false
}

// held reports whether an entry holds term.
func (ix *Index) held(term string) bool {
	id, ok := ix.terms[term]
	return ok && ix.entryDF(id) > 0
}

// isGroupTerm reports whether an index term stands for a synonym group.
func isGroupTerm(term string) bool { return strings.HasPrefix(term, "~") }

// specificity says how rare w is in everyday English, from 0 (common) to
// 1 (rare, or unknown to the word list).
func (ix *Index) specificity(w string) float64 {
	if !ix.on(ruleEverydayWeights) {
		return 1
	}
	z := wordfreq.Zipf(w)
	// An inflected form seldom seen on its own ("setups", "upgrading",
	// "newer") is as common as its base word.
	if z < inflectedZipf {
		for _, base := range baseForms(w) {
			z = max(z, wordfreq.Zipf(base))
		}
	}
	switch {
	case z <= rareZipf:
		return 1
	case z >= commonZipf:
		return 0
	}
	return (commonZipf - z) / (commonZipf - rareZipf)
}

// baseForms returns the words w may be an inflection of: without an
// ending of plural, past, progressive, comparative or adverb ("mails",
// "upgrading", "stopped", "newer", "quickly"), with a dropped "e" or
// "y" put back and a doubled consonant undone, and its stem.
func baseForms(w string) []string {
	out := []string{stem(w)}
	for _, end := range []string{"s", "es", "ed", "ing", "er", "est", "ly"} {
		base, ok := strings.CutSuffix(w, end)
		if !ok || len(base) < 3 {
			continue
		}
		out = append(out, base, base+"e")
		if n := len(base); base[n-1] == base[n-2] {
			out = append(out, base[:n-1]) // "stopped", "bigger"
		}
		if b, ok := strings.CutSuffix(base, "i"); ok {
			out = append(out, b+"y") // "replies", "easier"
		}
	}
	return out
}

// everyday scales a weight by everyday rarity: a word as common as "show"
// (specificity 0) keeps the share keep of it, a rare one all of it.
func everyday(specific, keep float64) float64 { return keep + (1-keep)*specific }

// related returns the corpus terms of term's word family, nearest first:
// stems that extend it, or that it extends, by at most maxFamilySuffix
// letters, both at least minFamilyPrefix long.
func (ix *Index) related(term string) []string {
	if !ix.on(ruleWordFamilies) || len(term) < minFamilyPrefix || isNumber(term) {
		return nil
	}
	var out []string
	sorted := ix.sortedTerms()
	for i := sort.SearchStrings(sorted, term); i < len(sorted) && strings.HasPrefix(sorted[i], term); i++ {
		if c := sorted[i]; c != term && len(c)-len(term) <= maxFamilySuffix {
			out = append(out, c)
		}
	}
	for l := len(term) - 1; l >= minFamilyPrefix && len(term)-l <= maxFamilySuffix; l-- {
		if _, ok := ix.terms[term[:l]]; ok {
			out = append(out, term[:l])
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return absDiff(len(out[a]), len(term)) < absDiff(len(out[b]), len(term)) })
	return out
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// sortedTerms returns the index's terms in order, synonym groups left
// out, built on first use.
func (ix *Index) sortedTerms() []string {
	ix.sortOnce.Do(func() {
		ix.sorted = make([]string, 0, len(ix.terms))
		for t := range ix.terms {
			if !isGroupTerm(t) {
				ix.sorted = append(ix.sorted, t)
			}
		}
		sort.Strings(ix.sorted)
	})
	return ix.sorted
}

// group returns the members of a synonym group term.
func (t *synonymTable) group(term string) ([]string, bool) {
	for i, name := range t.names {
		if name == term {
			return t.groups[i], true
		}
	}
	return nil, false
}
