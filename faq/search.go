package faq

import (
	"math"
	"slices"
	"sort"
)

// DefaultLimit is how many matches a search returns when Options.Limit
// is 0.
const DefaultLimit = 3

// Options adjust a search.
type Options struct {
	// Limit is the number of matches to return, at most 20 (the entries
	// the model scores); 0 means DefaultLimit.
	Limit int
	// Topic, when set, restricts the search to entries of that topic
	// (compared without regard to case).
	Topic string
	// MinScore is the score the best match needs to answer the query; 0
	// means its document's threshold (front matter "threshold"), else
	// Threshold. A negative value accepts any best match.
	MinScore float64
}

// A Match is an entry found by a search.
type Match struct {
	// Entry is the entry found, in the index's FAQ.
	Entry *Entry
	// Score is the fitted probability, from 0 to 1, that the entry
	// answers the query. Matches are ordered by it.
	Score float64
	// MinScore is the score the entry needs to answer: the search's
	// Options.MinScore, else the threshold of its document, else
	// Threshold.
	MinScore float64
}

// A Result is the outcome of a search.
type Result struct {
	// Query is the question as asked.
	Query string
	// Matches are the best entries, best first: the answer when Confident,
	// else suggestions.
	Matches []Match
	// Confident is true when Matches[0] answers the query: its score
	// reaches its MinScore.
	Confident bool
	// Warnings are the urgent notes the query calls (see Index.Warnings),
	// to show before the answer, or in place of one: they hold whatever
	// entry the query lands on, and when none does.
	Warnings []Warning

	why *explanation
}

// Search finds the entries that best answer query. Every entry holding a
// query word is scored with BM25; the best 20 are scored by the
// model (see the package documentation) and returned in order of that
// score, ties in document order.
func (ix *Index) Search(query string, opt Options) Result {
	ix.ready()
	limit := opt.Limit
	if limit <= 0 {
		limit = DefaultLimit
	}
	terms := ix.readQuery(query)
	q := ix.newQueryInfo(terms)
	ranked := ix.score(q, ix.retrieve(terms, opt.Topic), &model)
	// The FAQ's unanswered questions are never a match, but they have
	// scored the entries: an entry's margin is its lead over them too.
	var unanswered *scored
	if i := slices.IndexFunc(ranked, func(s scored) bool { return ix.isUnanswered(s.doc) }); i >= 0 {
		if i == 0 {
			s := ranked[0]
			unanswered = &s
		}
		ranked = slices.Delete(ranked, i, i+1)
	}
	ranked = ranked[:min(len(ranked), limit)]
	res := Result{Query: query, Warnings: ix.Warnings(query)}
	for _, s := range ranked {
		e := &ix.faq.Entries[s.doc]
		minScore := opt.MinScore
		if minScore == 0 {
			minScore = Threshold
			if e.minScore > 0 {
				minScore = e.minScore
			}
		}
		res.Matches = append(res.Matches, Match{Entry: e, Score: shown(s.score), MinScore: minScore})
	}
	minScore := Threshold // what an answer would need, for the explanation
	if len(res.Matches) > 0 {
		minScore = res.Matches[0].MinScore
		res.Confident = res.Matches[0].Score >= minScore
	} else if opt.MinScore != 0 {
		minScore = opt.MinScore
	}
	res.why = &explanation{ix: ix, terms: terms, query: q.queryFeatures, minScore: minScore, matches: ranked, unanswered: unanswered}
	return res
}

// shown is a score as a search gives it: to three decimals, rounded
// down, so that the score shown is the score compared with a threshold
// (a refused 0.5497 reads 0.549, not 0.550). Thresholds have at most three
// decimals, so no comparison changes.
func shown(score float64) float64 { return math.Floor(score*1000) / 1000 }

// A scored entry is a candidate with its features and what the model
// made of them.
type scored struct {
	doc                 int32
	f                   features
	rank, margin, score float64
}

// score scores candidates with model m and returns them best first.
func (ix *Index) score(q *queryInfo, pool []candidate, m *coefficients) []scored {
	if len(pool) == 0 {
		return nil
	}
	out := make([]scored, len(pool))
	for i, c := range pool {
		out[i] = scored{doc: c.doc, f: ix.features(q, c, pool[0].bm25)}
	}
	m.order(out, q.queryFeatures)
	return out
}

// order scores entries whose features are set, with the query's own
// features, and sorts them best first (ties by doc).
func (m *coefficients) order(out []scored, q queryFeatures) {
	for i := range out {
		out[i].rank = m.rankScore(&out[i].f)
	}
	// The margin is the lead over the best other entry: the runner-up's
	// rank score for the best entry, the best's for the others.
	first, second := 0, -1
	for i := 1; i < len(out); i++ {
		switch {
		case out[i].rank > out[first].rank:
			first, second = i, first
		case second < 0 || out[i].rank > out[second].rank:
			second = i
		}
	}
	for i := range out {
		switch {
		case second < 0:
			out[i].margin = 0 // nothing to compare with
		case i == first:
			out[i].margin = out[i].rank - out[second].rank
		default:
			out[i].margin = out[i].rank - out[first].rank
		}
		out[i].score = m.confidence(out[i].rank, out[i].margin, q)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].doc < out[j].doc
	})
}
