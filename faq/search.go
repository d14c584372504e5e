package faq

import (
	"math"
	"sort"
	"strings"

	"github.com/faqtool/faq/internal/wordfreq"
)

// Threshold is the confidence a best match needs to be given as the
// answer. Below it, search reports no confident match and offers the
// matches as suggestions.
const Threshold = 0.25

// Scoring parameters: BM25's term-frequency saturation, and per field
// its weight and length normalisation.
const k1 = 1.2

var (
	fieldWeight = [numFields]float64{fieldQuestion: 3, fieldAlias: 2, fieldTopic: 0.5, fieldAnswer: 1}
	fieldB      = [numFields]float64{fieldQuestion: 0.5, fieldAlias: 0.5, fieldTopic: 0, fieldAnswer: 0.75}
	// fieldCover is how much an occurrence in each field counts towards
	// confidence: a query word the question itself uses counts fully.
	fieldCover = [numFields]float64{fieldQuestion: 1, fieldAlias: 1, fieldTopic: 0.5, fieldAnswer: 0.7}
)

// unknownWeight scales the rarity of a query word no entry holds, as
// evidence that the query is about something the FAQ does not cover.
const unknownWeight = 0.75

// How much of its weight in confidence a word as common in everyday
// English as "another" or "show" keeps (see specificity): an unknown one
// is mostly phrasing ("is it just another name for ..."), not a subject
// the FAQ lacks; a known one says less about what is asked than a rare
// word does.
const (
	everydayUnknown = 0.1
	everydayKnown   = 0.5
)

// Everyday English frequencies (Zipf scale: log10 of uses per billion
// words) between which a word goes from rare to common.
const (
	rareZipf   = 3.5 // "whiplash" 3.2, "database" 3.8, "knee" 4.2
	commonZipf = 5.5 // "pain" 5.0, "another" 5.7, "show" 5.7
	// Below inflectedZipf an inflected form reads at its base word's
	// frequency: "mails" (2.6) is as everyday as "mail" (4.6).
	inflectedZipf = 3.0
)

// everyday scales a weight by everyday rarity: a word as common as "show"
// (specificity 0) keeps the share keep of it, a rare one all of it.
func everyday(specific, keep float64) float64 { return keep + (1-keep)*specific }

// specificity says how rare w is in everyday English, from 0 (common) to
// 1 (rare, or unknown to the word list).
func specificity(w string) float64 {
	z := wordfreq.Zipf(w)
	// An inflected form seldom seen on its own ("setups", "mails") is as
	// common as its base word.
	if z < inflectedZipf && strings.HasSuffix(w, "s") {
		z = max(z, wordfreq.Zipf(w[:len(w)-1]))
	}
	if z < inflectedZipf {
		z = max(z, wordfreq.Zipf(stem(w)))
	}
	switch {
	case z <= rareZipf:
		return 1
	case z >= commonZipf:
		return 0
	}
	return (commonZipf - z) / (commonZipf - rareZipf)
}

// relatedWeight is how much a related term (same word family, another
// stem) counts against the term itself.
const relatedWeight = 0.7

// pairWeight is the bonus, in the final order, for a query whose
// neighbouring words are neighbours in one of the entry's phrasings too.
const pairWeight = 0.2

// partWeight is how much a word inside a synonym phrase counts as itself.
const partWeight = 0.5

// Weights of query words that were not found as typed.
const (
	weightTypo   = 0.8
	weightJoined = 0.9
)

// Options adjust a search.
type Options struct {
	// Limit is the number of matches to return; 0 means 3.
	Limit int
	// Topic, when set, restricts the search to entries of that topic
	// (compared without regard to case).
	Topic string
}

// A Match is an entry found by a search.
type Match struct {
	Entry *Entry
	// Score is the confidence that the entry answers the query, from 0 to
	// 1; see Threshold.
	Score float64
	// Rank is the BM25 score (see termScore).
	Rank float64

	blend float64 // what matches are ordered by
	doc   int32   // the entry's position in the index
}

// A Result is the outcome of a search.
type Result struct {
	Query string
	// Matches are the best entries, best first.
	Matches []Match
	// Confident is true when Matches[0] answers the query.
	Confident bool
	// Terms tell how each query word was understood.
	Terms []Term
}

// A Term is one query word, or several joined, as search understood it.
type Term struct {
	// Words are the query words as typed.
	Words string
	// Term is what was looked up: a stem, or a synonym group ("~pt").
	Term string
	// How is "", "typo" (corrected to Corrected), "joined" (two words
	// read as one), "split" (one word read as two), "synonym" (the words
	// matched a synonym group), "part" (a word of a synonym phrase,
	// searched as itself too) or "unknown" (no entry holds it).
	How       string
	Corrected string
	// Synonyms are the members of the group when How is "synonym".
	Synonyms []string
	// Weight is how much the term counts (less for corrected words), IDF
	// its rarity in the corpus.
	Weight, IDF float64
	// Specific is how rare the words are in everyday English, from 0
	// (as common as "another") to 1 (as rare as "whiplash").
	Specific float64
	// Related are corpus terms of the same word family that also match,
	// at relatedWeight ("treatment" for "treat", "sciatica" for
	// "sciatic").
	Related []string
	// Fields of the best match that hold the term.
	Fields []string
}

// Search finds the entries that best answer query.
func (ix *Index) Search(query string, opt Options) Result {
	if opt.Limit <= 0 {
		opt.Limit = 3
	}
	res := Result{Query: query}
	terms, stems := ix.analyze(query)
	res.Terms = terms
	if len(terms) == 0 {
		return res
	}
	// Dense accumulators: a search touches a large share of a big FAQ's
	// entries, and slices beat maps there.
	n := len(ix.lens)
	ranks := make([]float64, n)
	best := make([]float64, n)
	var touched []int32
	for _, t := range terms {
		var hit []int32
		for k, term := range t.alternatives() {
			id, ok := ix.terms[term]
			if !ok {
				continue
			}
			w := t.Weight
			if k > 0 {
				w *= relatedWeight
			}
			for _, p := range ix.postings[id] {
				if opt.Topic != "" && !strings.EqualFold(ix.faq.Entries[p.doc].Topic, opt.Topic) {
					continue
				}
				v := w * ix.termScore(id, p)
				if best[p.doc] == 0 {
					hit = append(hit, p.doc)
				}
				best[p.doc] = max(best[p.doc], v)
			}
		}
		for _, d := range hit {
			if ranks[d] == 0 {
				touched = append(touched, d)
			}
			ranks[d] += best[d]
			best[d] = 0
		}
	}
	docs := touched
	sort.Slice(docs, func(i, j int) bool {
		ri, rj := ranks[docs[i]], ranks[docs[j]]
		if ri != rj {
			return ri > rj
		}
		return docs[i] < docs[j]
	})
	// Re-rank the best candidates by BM25 blended with confidence, which
	// adds how closely the query matches one of the entry's phrasings.
	if len(docs) > rerankDepth {
		docs = docs[:rerankDepth]
	}
	qset := querySet(terms)
	top := 0.0
	if len(docs) > 0 {
		top = ranks[docs[0]]
	}
	for _, d := range docs {
		phr := ix.phrasings(d)
		m := Match{Entry: &ix.faq.Entries[d], Score: ix.confidence(query, terms, qset, d, phr), Rank: ranks[d], doc: d}
		m.blend = math.Pow(m.Rank/top, rankMix) * math.Pow(m.Score, 1-rankMix) * (1 + pairWeight*pairShare(stems, phr))
		res.Matches = append(res.Matches, m)
	}
	sort.SliceStable(res.Matches, func(i, j int) bool { return res.Matches[i].blend > res.Matches[j].blend })
	if len(res.Matches) > opt.Limit {
		res.Matches = res.Matches[:opt.Limit]
	}
	if len(res.Matches) > 0 {
		res.Confident = res.Matches[0].Score >= Threshold
		top := res.Matches[0].doc
		for i := range res.Terms {
			res.Terms[i].Fields = ix.fieldsOf(&res.Terms[i], top)
		}
	}
	return res
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
	n := float64(len(ix.lens))
	score := 0.0
	if q > 0 {
		score += bm25idf(n, float64(ix.dfPhrasing[id])) * q * (k1 + 1) / (q + k1)
	}
	if a > 0 {
		score += answerShare * bm25idf(n, float64(ix.dfAnswer[id])) * a * (k1 + 1) / (a + k1)
	}
	return score
}

// answerShare weighs the answer part of a term's score against the
// phrasing part.
const answerShare = 0.5

func bm25idf(n, df float64) float64 { return math.Log(1 + (n-df+0.5)/(df+0.5)) }

// idf is BM25's inverse document frequency; a term no entry holds gets
// the largest value, as the rarest possible word.
func (ix *Index) idf(term string) float64 {
	return bm25idf(float64(len(ix.lens)), float64(len(ix.postingsOf(term))))
}

// confidence says how surely the entry answers the query, from 0 to 1:
// the share of the query's information the entry holds (queryCover),
// raised by how much of one of its phrasings the query covers
// (phrasingCover), halved when the query names identifiers the entry's
// question does not (codeMismatch).
func (ix *Index) confidence(query string, terms []Term, qset map[string]bool, doc int32, phrasings []phrasing) float64 {
	qc := ix.queryCover(terms, doc)
	dc := ix.phrasingCover(qset, phrasings)
	c := qc * (1 - phrasingMix + phrasingMix*dc)
	if codeMismatch(query, &ix.faq.Entries[doc]) {
		c *= 0.5
	}
	return c
}

// Confidence and ranking blend: phrasingMix is how much matching one of
// the entry's phrasings adds to confidence (a query covered only by the
// answer keeps 1-phrasingMix of its query cover); rankMix is the share of
// BM25 in the order of the best rerankDepth candidates, the rest being
// confidence.
const (
	phrasingMix = 0.25
	rankMix     = 0.5
	rerankDepth = 10
)

// querySet holds every term a query can match (its terms and their
// related terms), each mapped to whether it names content: an asking word
// such as "why" or "vs" only says what kind of answer is wanted.
func querySet(terms []Term) map[string]bool {
	set := map[string]bool{}
	for i := range terms {
		content := !isAskingWord(terms[i].Words)
		for _, t := range terms[i].alternatives() {
			set[t] = set[t] || content
		}
	}
	return set
}

// phrasingCover is the share of the entry's question, or of the best of
// its other wordings, that the query touches, each word weighted by its
// rarity in the FAQ and in everyday English.
func (ix *Index) phrasingCover(qset map[string]bool, phrasings []phrasing) float64 {
	best := 0.0
	for _, ph := range phrasings {
		stems := ph.stems
		covered := make([]bool, len(stems))
		content := false
		for i := range stems {
			if c, ok := qset[stems[i]]; ok {
				covered[i], content = true, content || c
			}
			ix.syn.matches(stems, i, func(ph phrase) {
				if c, ok := qset[ix.syn.names[ph.group]]; ok {
					for k := range ph.stems {
						covered[i+k] = true
					}
					content = content || c
				}
			})
		}
		if !content {
			continue // "why" or "vs" alone is no likeness
		}
		var got, total float64
		for i, st := range stems {
			w := ix.idf(st) * ph.everyday[i]
			total += w
			if covered[i] {
				got += w
			}
		}
		if total > 0 {
			best = max(best, got/total)
		}
	}
	return best
}

// codeMismatch reports whether the query names identifiers (words mixing
// letters and digits: "L4", "x509") and the entry's question names others
// but none of the query's: asking about L4 is not asking about S1.
func codeMismatch(query string, e *Entry) bool {
	var q []string
	for _, w := range words(query) {
		if isCode(w.text) {
			q = append(q, w.text)
		}
	}
	if len(q) == 0 {
		return false
	}
	found := false
	for _, w := range words(e.Question + "\n" + strings.Join(e.Aliases, "\n")) {
		if !isCode(w.text) {
			continue
		}
		found = true
		for _, c := range q {
			if c == w.text {
				return false
			}
		}
	}
	return found
}

func isCode(w string) bool { return hasDigit(w) && !isNumber(w) }

// queryCover is the share of the query's information (its terms weighted
// by rarity) that the entry holds, each term counted by the best field
// holding it (fieldCover) and by how surely it was understood (Weight).
// Words no entry holds count against every entry, so a query about
// something the FAQ never mentions scores low however well its common
// words match. "vs" counts neither way (see isComparing).
func (ix *Index) queryCover(terms []Term, doc int32) float64 {
	var got, total float64
	for _, t := range terms {
		if t.How == "part" || isComparing(t.Words) {
			continue
		}
		if t.How == "unknown" && len(t.Related) == 0 {
			total += t.IDF * unknownWeight * everyday(t.Specific, everydayUnknown)
			continue
		}
		w := t.IDF * everyday(t.Specific, everydayKnown)
		total += w
		cover := 0.0
		for k, term := range t.alternatives() {
			p, ok := ix.posting(term, doc)
			if !ok {
				continue
			}
			rel := 1.0
			if k > 0 {
				rel = relatedWeight
			}
			for f := range numFields {
				if p.tf[f] > 0 {
					cover = max(cover, rel*fieldCover[f])
				}
			}
		}
		got += t.Weight * w * cover
	}
	if total == 0 {
		return 0
	}
	return got / total
}

// holds reports whether an entry holds word w, or a synonym group it
// belongs to.
func (ix *Index) holds(w string) bool {
	st := stem(w)
	if len(ix.postingsOf(st)) > 0 {
		return true
	}
	for _, p := range ix.syn.byFirst[st] {
		if len(p.stems) == 1 && len(ix.postingsOf(ix.syn.names[p.group])) > 0 {
			return true
		}
	}
	return false
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

// alternatives returns the term followed by its related terms.
func (t *Term) alternatives() []string { return append([]string{t.Term}, t.Related...) }

// fieldsOf names the fields of doc holding t or a related term.
func (ix *Index) fieldsOf(t *Term, doc int32) []string {
	var in [numFields]bool
	for _, term := range t.alternatives() {
		if p, ok := ix.posting(term, doc); ok {
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
	return out
}

// analyze turns a query into terms: words are normalised and stop words
// dropped; unknown words are joined with a neighbour, split in two or
// corrected to a near corpus word where that finds a known word; stems
// are taken and synonym phrases replaced by their group.
func (ix *Index) analyze(query string) ([]Term, []string) {
	ws := words(query)
	type qword struct {
		text, typed, how, corrected string
		weight                      float64
	}
	var qs []qword
	particle := map[int]string{} // by position in qs: the particle right after it
	var parts []string           // words searched as themselves besides a joined form
	lastEnd := -1                // position in ws of the last word read into qs
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if w.stop {
			if lastEnd == i-1 && len(qs) > 0 && isParticle(w.text) {
				particle[len(qs)-1] = w.text
			}
			continue
		}
		lastEnd = i
		if i+1 < len(ws) && (!ws[i+1].stop || isParticle(ws[i+1].text)) {
			if joined := w.text + ws[i+1].text; ix.known(joined) {
				qs = append(qs, qword{joined, w.text + " " + ws[i+1].text, "joined", joined, weightJoined})
				if ix.known(w.text) && ix.known(ws[i+1].text) {
					// Both words exist on their own too: keep them as
					// parts, for ranking only.
					parts = append(parts, w.text, ws[i+1].text)
				}
				i++
				lastEnd = i
				continue
			}
		}
		if isAskingWord(w.text) && !ix.holds(w.text) {
			lastEnd = -1
			continue // the FAQ never asks it this way
		}
		if ix.known(w.text) {
			qs = append(qs, qword{w.text, w.text, "", "", 1})
			continue
		}
		if a, b, ok := ix.split(w.text); ok {
			qs = append(qs, qword{a, w.text, "split", a + " " + b, weightJoined}, qword{b, w.text, "split", a + " " + b, weightJoined})
			continue
		}
		if c, ok := ix.correct(w.text); ok {
			qs = append(qs, qword{c, w.text, "typo", c, weightTypo})
			continue
		}
		qs = append(qs, qword{w.text, w.text, "unknown", "", 1})
	}
	stems := make([]string, len(qs))
	for i, q := range qs {
		stems[i] = stem(q.text)
		if f, ok := ix.syn.fold(stems[i], particle[i]); ok {
			stems[i] = f
			qs[i].typed += " " + particle[i]
		}
	}
	rewritten, spans := ix.syn.rewriteQuery(stems)
	var terms []Term
	seen := map[string]int{}
	for k, term := range rewritten {
		sp := spans[k]
		var typed []string
		t := Term{Term: term, Weight: 1}
		for _, q := range qs[sp[0]:sp[1]] {
			typed = append(typed, q.typed)
			t.Weight = min(t.Weight, q.weight)
			if q.how != "" && t.How == "" {
				t.How, t.Corrected = q.how, q.corrected
			}
		}
		t.Words = strings.Join(typed, " ")
		for _, q := range qs[sp[0]:sp[1]] {
			t.Specific = max(t.Specific, specificity(q.text))
		}
		if strings.HasPrefix(term, "~") {
			// A group no entry holds is as unknown as its words.
			_, held := ix.terms[term]
			switch {
			case !held:
				t.How = "unknown"
			case t.How == "" || t.How == "unknown":
				t.How = "synonym"
			}
			if g, ok := ix.syn.group(term); ok {
				t.Synonyms = g
			}
		}
		if !strings.HasPrefix(term, "~") {
			t.Related = ix.related(term)
		}
		t.IDF = ix.idf(term)
		if _, ok := ix.terms[term]; !ok && len(t.Related) > 0 {
			t.IDF = ix.idf(t.Related[0])
		}
		if i, ok := seen[term]; ok {
			terms[i].Weight = max(terms[i].Weight, t.Weight)
			continue
		}
		seen[term] = len(terms)
		terms = append(terms, t)
	}
	for _, w := range parts {
		st := stem(w)
		if _, dup := seen[st]; !dup {
			seen[st] = len(terms)
			terms = append(terms, Term{Words: w, Term: st, How: "part", Weight: partWeight, IDF: ix.idf(st), Specific: specificity(w)})
		}
	}
	// The words a synonym group replaced still count for ranking, at half
	// weight, so that the entry using the very words wins over one using
	// a synonym. They add nothing to confidence: the group already did.
	for k, term := range rewritten {
		if !strings.HasPrefix(term, "~") {
			continue
		}
		for i := spans[k][0]; i < spans[k][1]; i++ {
			st, _, _ := strings.Cut(stems[i], "+") // a phrasal verb's verb
			if _, dup := seen[st]; dup {
				continue
			}
			seen[st] = len(terms)
			terms = append(terms, Term{Words: qs[i].typed, Term: st, How: "part", Weight: qs[i].weight * partWeight, IDF: ix.idf(st), Specific: specificity(qs[i].text)})
		}
	}
	return terms, stems
}

// split reads an unknown word as two known ones that the FAQ writes side
// by side ("sacroiliac" as "sacro iliac", "sacro-iliac"), preferring the
// most even split. Two known words the FAQ never writes together are
// not the same thing: "brewfile" is not "brew file".
func (ix *Index) split(w string) (a, b string, ok bool) {
	best := 0
	for k := 2; k <= len(w)-2; k++ {
		l, r := w[:k], w[k:]
		if isStopWord(l) || isStopWord(r) || !ix.known(l) || !ix.known(r) {
			continue
		}
		if m := min(len(l), len(r)); m > best && ix.writesTogether(l, r) {
			best, a, b, ok = m, l, r, true
		}
	}
	return a, b, ok
}

// maxSplitScan is how many entries holding both halves of a split
// writesTogether reads.
const maxSplitScan = 50

// writesTogether reports whether an entry holding both words has them as
// neighbours ("sacro iliac", "sacro-iliac").
func (ix *Index) writesTogether(l, r string) bool {
	pl, pr := ix.postingsOf(stem(l)), ix.postingsOf(stem(r))
	scanned := 0
	for i, j := 0, 0; i < len(pl) && j < len(pr) && scanned < maxSplitScan; {
		switch {
		case pl[i].doc < pr[j].doc:
			i++
		case pl[i].doc > pr[j].doc:
			j++
		default:
			scanned++
			if neighbours(&ix.faq.Entries[pl[i].doc], l, r) {
				return true
			}
			i++
			j++
		}
	}
	return false
}

// neighbours reports whether the entry's text has word l right before r.
func neighbours(e *Entry, l, r string) bool {
	for _, text := range append([]string{e.Question, e.Topic, e.Answer()}, e.Aliases...) {
		prev, found := "", false
		splitWords(text, func(w string) {
			found = found || prev == l && w == r
			prev = w
		})
		if found {
			return true
		}
	}
	return false
}

// correct finds the corpus word nearest to an unknown word. A word of
// everyday English (package wordfreq) is no typo: "brother" is not
// "bother", "threat" not "thread". A correction must keep the first
// letter (people rarely mistype it) and stay within maxTypos edits. In
// words of five letters or fewer only a likely slip (see likelySlip)
// counts: "stsnd" is "stand", "vuex" is not "vue", since another edit of
// a short word mostly makes another word. Among words as near, the one a
// likely slip away wins ("plint" is "pylint" with a letter dropped sooner
// than "print" with a distant key), then the word more entries use, then
// alphabetical order.
func (ix *Index) correct(w string) (string, bool) {
	limit := maxTypos(len(w))
	if limit == 0 || isNumber(w) || wordfreq.Zipf(w) > 0 {
		return "", false
	}
	ix.buildByLen()
	best := candidate{dist: limit + 1}
	for l := max(len(w)-limit, 1); l <= len(w)+limit && l < len(ix.byLen); l++ {
		for _, c := range ix.byLen[l] {
			if c[0] != w[0] {
				continue
			}
			d := editDistance(w, c, min(limit, best.dist))
			if d > limit || d > best.dist {
				continue
			}
			slip := d == 1 && likelySlip(w, c)
			if len(w) <= 5 && !slip {
				continue
			}
			if cand := (candidate{c, d, slip, ix.vocab[c]}); cand.better(best) {
				best = cand
			}
		}
	}
	return best.word, best.word != ""
}

// candidate is a corpus word that a misspelt word may stand for.
type candidate struct {
	word  string
	dist  int   // edits from the misspelt word
	slip  bool  // one likely slip away (see likelySlip)
	count int32 // entries that use the word
}

func (c candidate) better(than candidate) bool {
	switch {
	case than.word == "" || c.dist != than.dist:
		return c.dist < than.dist
	case c.slip != than.slip:
		return c.slip
	case c.count != than.count:
		return c.count > than.count
	}
	return c.word < than.word
}

func (ix *Index) buildByLen() {
	ix.byLenOnce.Do(ix.fillByLen)
}

func (ix *Index) fillByLen() {
	add := func(w string) {
		for len(ix.byLen) <= len(w) {
			ix.byLen = append(ix.byLen, nil)
		}
		ix.byLen[len(w)] = append(ix.byLen[len(w)], w)
	}
	for w := range ix.vocab {
		add(w)
	}
	for w := range ix.syn.words {
		if _, ok := ix.vocab[w]; !ok && !isStopWord(w) {
			add(w)
		}
	}
	for _, ws := range ix.byLen {
		sort.Strings(ws)
	}
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

// Word families: a stem and a corpus stem that extends it by a short
// suffix ("treat" and "treatment", "sciatic" and "sciatica") are
// probably the same word. Porter2 only strips inflections, so derivations
// like these stay apart.
const (
	minFamilyPrefix = 5 // letters the two stems share at least
	maxFamilySuffix = 4 // letters the longer one adds at most
)

// Versions: a name and the name with a one-digit version ("sdl" and
// "sdl2", "python3" and "python") are one word family too, where the name
// has minVersionedName letters or more ("s1" and "s" are not). Longer
// numbers are mostly part of a name ("base64", "win32").
const minVersionedName = 3

// related returns the corpus terms of term's word family, nearest first.
func (ix *Index) related(term string) []string {
	if isNumber(term) {
		return nil
	}
	out := ix.versions(term)
	if len(term) < minFamilyPrefix {
		return out
	}
	sorted := ix.sortedTerms()
	// Longer stems: term is their prefix.
	i := sort.SearchStrings(sorted, term)
	for ; i < len(sorted) && strings.HasPrefix(sorted[i], term); i++ {
		if c := sorted[i]; c != term && len(c)-len(term) <= maxFamilySuffix {
			out = append(out, c)
		}
	}
	// Shorter stems: prefixes of term.
	for l := len(term) - 1; l >= minFamilyPrefix && len(term)-l <= maxFamilySuffix; l-- {
		if _, ok := ix.terms[term[:l]]; ok {
			out = append(out, term[:l])
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return absDiff(len(out[a]), len(term)) < absDiff(len(out[b]), len(term)) })
	return out
}

// versions returns the corpus terms that are term with a one-digit
// version added or taken away.
func (ix *Index) versions(term string) []string {
	name := strings.TrimRight(term, "0123456789")
	if len(name) < minVersionedName || len(term)-len(name) > 1 {
		return nil
	}
	if name != term {
		if _, ok := ix.terms[name]; ok {
			return []string{name}
		}
		return nil
	}
	var out []string
	for v := '0'; v <= '9'; v++ {
		if _, ok := ix.terms[term+string(v)]; ok {
			out = append(out, term+string(v))
		}
	}
	return out
}

func absDiff(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// sortedTerms returns the index's terms in order, built on first use.
func (ix *Index) sortedTerms() []string {
	ix.sortOnce.Do(func() {
		ix.sorted = make([]string, 0, len(ix.terms))
		for t := range ix.terms {
			if !strings.HasPrefix(t, "~") {
				ix.sorted = append(ix.sorted, t)
			}
		}
		sort.Strings(ix.sorted)
	})
	return ix.sorted
}

// pairShare is the share of the query's pairs of neighbouring words
// (stems, stop words left out) that are neighbours in the entry's
// question or in one of its other wordings, the best of them.
func pairShare(stems []string, phrasings []phrasing) float64 {
	if len(stems) < 2 {
		return 0
	}
	best := 0
	for _, ph := range phrasings {
		ps := ph.stems
		pairs := make(map[[2]string]bool, len(ps))
		for i := 0; i+1 < len(ps); i++ {
			pairs[[2]string{ps[i], ps[i+1]}] = true
		}
		n := 0
		for i := 0; i+1 < len(stems); i++ {
			if pairs[[2]string{stems[i], stems[i+1]}] {
				n++
			}
		}
		best = max(best, n)
	}
	return float64(best) / float64(len(stems)-1)
}

// A phrasing is the question or another wording of an entry, as stems,
// with each word's weight for its everyday rarity (see specificity).
type phrasing struct {
	stems    []string
	everyday []float64
}

// phrasings returns the question and other wordings of entry doc, read
// on first use and kept: a batch of questions re-ranks the same entries.
func (ix *Index) phrasings(doc int32) []phrasing {
	ix.phrMu.Lock()
	defer ix.phrMu.Unlock()
	if p, ok := ix.phr[doc]; ok {
		return p
	}
	if ix.phr == nil {
		ix.phr = map[int32][]phrasing{}
		ix.phrWords = map[string]phrasingWord{}
	}
	p := phrasingsOf(&ix.faq.Entries[doc], ix.syn, ix.phrWords)
	ix.phr[doc] = p
	return p
}

// phrasingsOf returns the entry's question and other wordings, reading
// each word once (memo) and a phrasal verb a synonym group names as one
// stem.
func phrasingsOf(e *Entry, syn *synonymTable, memo map[string]phrasingWord) []phrasing {
	out := make([]phrasing, 0, 1+len(e.Aliases))
	for _, p := range append([]string{e.Question}, e.Aliases...) {
		var ph phrasing
		adjacent := false // the last word was not a stop word
		splitWords(p, func(w string) {
			if isStopWord(w) {
				syn.foldInto(ph.stems, adjacent, w)
				adjacent = false
				return
			}
			adjacent = true
			pw, ok := memo[w]
			if !ok {
				pw = phrasingWord{stem(w), everyday(specificity(w), everydayKnown)}
				memo[w] = pw
			}
			ph.stems = append(ph.stems, pw.stem)
			ph.everyday = append(ph.everyday, pw.everyday)
		})
		out = append(out, ph)
	}
	return out
}

type phrasingWord struct {
	stem     string
	everyday float64
}
