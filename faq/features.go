package faq

// features are what the model knows of an entry retrieved for a query.
type features struct {
	// bm25 is the entry's BM25 score as a share of the best entry's.
	bm25 float64
	// cover is the share of the query's information the entry holds:
	// each term weighted by its rarity in the FAQ and in everyday
	// English, a word of the term's family counting relatedWeight of it.
	cover float64
	// phrasing is how closely the query matches the entry's question or
	// the best of its other wordings (see phrasingCover).
	phrasing float64
}

// A queryInfo holds what scoring needs of a query besides its terms.
type queryInfo struct {
	terms []queryTerm
	// set maps every term the query can match (its terms and their
	// related terms) to whether it names content (see queryTerm.content).
	set map[string]bool
	// information is the query's total weight in cover.
	information float64
	queryFeatures
}

// queryFeatures are what the model reads of the query as a whole: they
// move every entry's score alike.
type queryFeatures struct {
	// unknown is the share of the query's information that no entry
	// holds.
	unknown float64
	// size is how much the query says: its terms that count in its
	// information, an everyday word counting less (see everydayKnown).
	// The more a question says, the less of it even the entry that
	// answers it holds ("i opened a pull request two weeks ago and nobody
	// has answered, is that normal"), and the less a lead on one or two
	// words ("who started ossu") says.
	size float64
}

func (ix *Index) newQueryInfo(terms []queryTerm) *queryInfo {
	q := &queryInfo{terms: terms, set: map[string]bool{}}
	var unknown float64
	for i := range terms {
		t := &terms[i]
		for _, alt := range t.alternatives() {
			q.set[alt] = q.set[alt] || t.content()
		}
		if w, isUnknown, counts := ix.information(t); counts {
			q.information += w
			q.size += everyday(t.specific, everydayKnown)
			if isUnknown {
				unknown += w
			}
		}
	}
	if q.information > 0 {
		q.unknown = unknown / q.information
	}
	return q
}

// information is how much a term weighs in a query's cover, whether it
// is a word no entry holds, and whether it counts at all: an asking word
// ("why", "vs") says what kind of answer is wanted, not what it is about,
// so it counts in BM25 and the phrasing but not here.
func (ix *Index) information(t *queryTerm) (w float64, unknown, counts bool) {
	switch {
	case isAskingWord(t.words):
		return 0, false, false
	case t.how == readUnknown && len(t.related) == 0:
		if !ix.on(ruleUnknownPenalty) {
			return 0, true, false
		}
		return t.idf * unknownWeight * everyday(t.specific, everydayUnknown), true, true
	}
	return t.idf * everyday(t.specific, everydayKnown), false, true
}

// features returns what the model reads of candidate c, given the best
// BM25 score among the candidates.
func (ix *Index) features(q *queryInfo, c candidate, best float64) features {
	phrasings := ix.phrasings(c.doc, true)
	return features{
		bm25:     c.bm25 / best,
		cover:    ix.cover(q, c.doc),
		phrasing: ix.phrasingCover(q, phrasings),
	}
}

// cover is the share of the query's information that entry doc holds.
func (ix *Index) cover(q *queryInfo, doc int32) float64 {
	if q.information == 0 {
		return 0
	}
	var got float64
	for i := range q.terms {
		t := &q.terms[i]
		w, unknown, counts := ix.information(t)
		if !counts || unknown {
			continue
		}
		for k, term := range t.alternatives() {
			if _, ok := ix.posting(term, doc); ok {
				share := 1.0
				if k > 0 {
					share = relatedWeight
				}
				got += t.weight * w * share
				break
			}
		}
	}
	return got / q.information
}

// phrasingCover is how closely the query and the entry's question, or
// the best of its other wordings, match: the harmonic mean of the share
// of the phrasing the query covers and the share of the query the
// phrasing holds, each word weighted by its rarity in the FAQ and in
// everyday English. A phrasing that shares only an asking word
// ("why", "vs") with the query counts as none.
func (ix *Index) phrasingCover(q *queryInfo, phrasings []phrasing) float64 {
	best := 0.0
	for _, ph := range phrasings {
		stems := ph.stems
		covered := make([]bool, len(stems))
		holds := map[string]bool{}
		content := false
		for i := range stems {
			holds[stems[i]] = true
			if c, ok := q.set[stems[i]]; ok {
				covered[i], content = true, content || c
			}
			ix.syn.matches(stems, i, func(p phrase) {
				name := ix.syn.names[p.group]
				holds[name] = true
				if c, ok := q.set[name]; ok {
					for k := range p.stems {
						covered[i+k] = true
					}
					content = content || c
				}
			})
		}
		if !content {
			continue
		}
		var got, total float64
		for i, st := range stems {
			w := ix.idf(st) * ph.everyday[i]
			total += w
			if covered[i] {
				got += w
			}
		}
		if total == 0 {
			continue
		}
		pShare := got / total
		// The query's side: the share of its terms that the phrasing
		// holds.
		var qgot, qtotal float64
		for i := range q.terms {
			t := &q.terms[i]
			if isComparing(t.words) {
				continue
			}
			w := t.weight * t.idf * everyday(t.specific, everydayKnown)
			qtotal += w
			for _, alt := range t.alternatives() {
				if holds[alt] {
					qgot += w
					break
				}
			}
		}
		if qtotal == 0 || qgot == 0 {
			continue
		}
		qShare := qgot / qtotal
		best = max(best, 2*pShare*qShare/(pShare+qShare))
	}
	return best
}

// A phrasing is the question or another wording of an entry, as stems,
// with each word's weight for its everyday rarity (see specificity).
type phrasing struct {
	stems    []string
	everyday []float64
}

type phrasingWord struct {
	stem     string
	everyday float64
}

// phrasings returns the question and other wordings of entry doc, read
// on first use and, when keep is set, kept: a batch of questions scores
// the same entries, while encoding reads each entry's once.
func (ix *Index) phrasings(doc int32, keep bool) []phrasing {
	ix.phrMu.Lock()
	defer ix.phrMu.Unlock()
	p, ok := ix.phr[doc]
	if !ok {
		p = ix.loadPhrasings(doc)
		if keep {
			if ix.phr == nil {
				ix.phr = map[int32][]phrasing{}
			}
			ix.phr[doc] = p
		}
	}
	return p
}

// loadPhrasings reads the phrasings of entry doc: as stored, stemmed, in
// the cache an index was loaded from, else from the entry's text. The
// caller holds phrMu.
func (ix *Index) loadPhrasings(doc int32) []phrasing {
	if ix.phrOff != nil {
		return decodePhrasings(ix.phrData[ix.phrOff[doc]:])
	}
	if ix.phrWords == nil {
		ix.phrWords = map[string]phrasingWord{}
	}
	return ix.readPhrasings(ix.entry(doc))
}

// readPhrasings reads the question and other wordings of entry e from
// their text; the caller holds phrMu.
func (ix *Index) readPhrasings(e *Entry) []phrasing {
	out := make([]phrasing, 0, 1+len(e.Aliases))
	for _, text := range append([]string{e.Question}, e.Aliases...) {
		var ph phrasing
		adjacent := false // the last word was not a stop word
		splitWords(text, func(w string) {
			if isStopWord(w) {
				ix.syn.foldInto(ph.stems, adjacent, w)
				adjacent = false
				return
			}
			adjacent = true
			pw, ok := ix.phrWords[w]
			if !ok {
				pw = phrasingWord{stem(w), everyday(ix.specificity(w), everydayKnown)}
				ix.phrWords[w] = pw
			}
			ph.stems = append(ph.stems, pw.stem)
			ph.everyday = append(ph.everyday, pw.everyday)
		})
		out = append(out, ph)
	}
	return out
}
