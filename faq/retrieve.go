package faq

import (
	"math"
	"sort"
	"strings"
)

// A candidate is an entry retrieved for a query, with its BM25 score.
type candidate struct {
	doc  int32
	bm25 float64
}

// retrieve scores every entry holding a query term with BM25 and returns
// the poolSize best, best first (ties in document order). With topic set,
// only entries of that topic (compared without regard to case) count, and
// the FAQ's unanswered questions, which belong to every topic.
func (ix *Index) retrieve(terms []queryTerm, topic string) []candidate {
	// Dense accumulators: a search touches a large share of a big FAQ's
	// entries, and slices beat maps there.
	n := len(ix.lens)
	scores := make([]float64, n)
	best := make([]float64, n) // this term's best alternative, per entry
	var touched, hit []int32
	for _, t := range terms {
		hit = hit[:0]
		for k, term := range t.alternatives() {
			id, ok := ix.terms[term]
			if !ok {
				continue
			}
			w := t.weight
			if k > 0 {
				w *= relatedWeight
			}
			for _, p := range ix.postings[id] {
				if topic != "" && !ix.isUnanswered(p.doc) && !strings.EqualFold(ix.faq.Entries[p.doc].Topic, topic) {
					continue
				}
				if best[p.doc] == 0 {
					hit = append(hit, p.doc)
				}
				best[p.doc] = max(best[p.doc], w*ix.termScore(id, p))
			}
		}
		for _, d := range hit {
			if scores[d] == 0 {
				touched = append(touched, d)
			}
			scores[d] += best[d]
			best[d] = 0
		}
	}
	sort.Slice(touched, func(i, j int) bool {
		si, sj := scores[touched[i]], scores[touched[j]]
		if si != sj {
			return si > sj
		}
		return touched[i] < touched[j]
	})
	out := make([]candidate, 0, min(len(touched), poolSize))
	for _, d := range touched[:min(len(touched), poolSize)] {
		out = append(out, candidate{d, scores[d]})
	}
	return out
}

// termScore scores one posting as two BM25 parts, each with its own
// rarity: how the entry's phrasings (question and aliases) use the term,
// and how its answer (and topic) does. A word rare among questions but
// common in answers ("causes") then still singles out the one question
// that asks it.
func (ix *Index) termScore(id int32, p posting) float64 {
	var q, a float64
	for f := range numFields {
		if p.tf[f] == 0 {
			continue
		}
		norm := 1 - fieldB[f] + fieldB[f]*float64(ix.lens[p.doc][f])/ix.avgLen[f]
		v := fieldWeight[f] * float64(p.tf[f]) / norm
		if f == fieldQuestion || f == fieldAlias {
			q += v
		} else {
			a += v
		}
	}
	n := float64(len(ix.faq.Entries))
	dfq, dfa := float64(ix.dfPhrasing[id]), float64(ix.dfAnswer[id])
	if !ix.on(ruleSplitIDF) {
		dfq = float64(ix.entryDF(id))
		dfa = dfq
	}
	score := 0.0
	if q > 0 {
		score += bm25idf(n, dfq) * q * (k1 + 1) / (q + k1)
	}
	if a > 0 {
		score += answerShare * bm25idf(n, dfa) * a * (k1 + 1) / (a + k1)
	}
	return score
}

func bm25idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// idf is BM25's inverse document frequency among the entries; a term no
// entry holds gets the largest value, as the rarest possible word.
func (ix *Index) idf(term string) float64 {
	df := 0
	if id, ok := ix.terms[term]; ok {
		df = ix.entryDF(id)
	}
	return bm25idf(float64(len(ix.faq.Entries)), float64(df))
}

// postingsOf returns the postings of term, or none.
func (ix *Index) postingsOf(term string) []posting {
	if id, ok := ix.terms[term]; ok {
		return ix.postings[id]
	}
	return nil
}

// posting finds the posting of term for doc.
func (ix *Index) posting(term string, doc int32) (posting, bool) {
	ps := ix.postingsOf(term)
	i := sort.Search(len(ps), func(i int) bool { return ps[i].doc >= doc })
	if i < len(ps) && ps[i].doc == doc {
		return ps[i], true
	}
	return posting{}, false
}
