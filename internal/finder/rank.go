package finder

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/sahilm/fuzzy"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// Ranking constants; the package comment explains them.
const (
	// engineLimit is how many of the search engine's matches are merged.
	engineLimit = 100
	// minQuality is the least fuzzy match quality that counts: below it
	// the letters are scattered over the word.
	minQuality = 0.6
	// maxCached bounds the per-word fuzzy results kept between keystrokes.
	maxCached = 64
)

// A row is one entry in the list, with what its rank is made of.
type row struct {
	entry  *faq.Entry
	index  int     // position in the FAQ, the final tie-break
	engine float64 // the search engine's confidence, 0 when it missed
	fuzzy  float64 // mean fuzzy quality of the query's words, 0 when one missed
}

func (r row) score() float64 { return r.engine + r.fuzzy }

// ranker merges the search engine's ranking with fuzzy matching of each
// query word against the words of the entries' phrasings.
type ranker struct {
	ix      *faq.Index
	entries []*faq.Entry
	byPtr   map[*faq.Entry]int
	topics  []string // in order of first appearance
	// topicWidth is the widest topic's, in columns.
	topicWidth int
	// words are the distinct lower-case words of every entry's question,
	// aliases and id; holders[i] are the entries holding words[i].
	words   []string
	holders [][]int32
	cache   map[string][]hit
	// Per entry, for rank: the engine's confidence; the sum of the best
	// qualities of the query words so far, the current word's best, and
	// how many words matched.
	engine  []float64
	sum     []float32
	last    []float32
	matched []int32
}

// A hit is a word holding a query word's letters in order.
type hit struct {
	word    int32
	quality float32
}

func newRanker(x *faq.FAQ, ix *faq.Index) *ranker {
	r := &ranker{ix: ix, byPtr: make(map[*faq.Entry]int, len(x.Entries)), topics: x.Topics(), cache: map[string][]hit{}}
	for _, t := range r.topics {
		r.topicWidth = max(r.topicWidth, ansi.StringWidth(sanitize.Line(t)))
	}
	pos := map[string]int32{}
	for i := range x.Entries {
		e := &x.Entries[i]
		r.entries = append(r.entries, e)
		r.byPtr[e] = i
		for _, s := range append([]string{e.Question, e.ID}, e.Aliases...) {
			for _, w := range splitWords(strings.ToLower(s)) {
				k, ok := pos[w.text]
				if !ok {
					k = int32(len(r.words))
					pos[w.text] = k
					r.words = append(r.words, w.text)
					r.holders = append(r.holders, nil)
				}
				if h := r.holders[k]; len(h) == 0 || h[len(h)-1] != int32(i) {
					r.holders[k] = append(h, int32(i))
				}
			}
		}
	}
	return r
}

// A word is a run of letters and digits and where it starts.
type word struct {
	text  string
	start int // byte offset
}

// splitWords returns the letter-and-digit runs of s: "L5-S1 pain?" is
// L5, S1 and pain.
func splitWords(s string) []word {
	var out []word
	start := -1
	for i, c := range s + " " {
		in := unicode.IsLetter(c) || unicode.IsDigit(c)
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			out = append(out, word{s[start:i], start})
			start = -1
		}
	}
	return out
}

// queryWords returns the query's words, in lower case.
func queryWords(query string) []string {
	var out []string
	for _, w := range splitWords(strings.ToLower(query)) {
		out = append(out, w.text)
	}
	return out
}

// rank returns the entries matching query within topic ("" for all),
// best first. An empty query lists every entry, grouped by topic in order
// of first appearance, in FAQ order within a topic.
func (r *ranker) rank(query, topic string) []row {
	words := queryWords(query)
	if len(words) == 0 {
		return r.all(topic)
	}
	// Dense slices, kept between keystrokes, not maps: a short word
	// touches most entries of a large FAQ.
	n := len(r.entries)
	if len(r.engine) != n {
		r.engine, r.sum, r.last, r.matched = make([]float64, n), make([]float32, n), make([]float32, n), make([]int32, n)
	}
	engine, sum, last, matched := r.engine, r.sum, r.last, r.matched
	clear(engine)
	clear(sum)
	clear(matched)
	res := r.ix.Search(query, faq.Options{Limit: engineLimit, Topic: topic})
	for _, m := range res.Matches {
		if i, ok := r.byPtr[m.Entry]; ok {
			engine[i] = m.Score
		}
	}
	// Fuzzy: every query word must match a word of the entry's phrasings;
	// the entry scores the mean of each query word's best quality.
	for k, w := range words {
		for _, h := range r.hits(w) {
			for _, i := range r.holders[h.word] {
				switch {
				case matched[i] == int32(k):
					matched[i]++
					sum[i] += h.quality
					last[i] = h.quality
				case matched[i] == int32(k+1) && h.quality > last[i]:
					sum[i] += h.quality - last[i]
					last[i] = h.quality
				}
			}
		}
	}
	var out []row
	for i, e := range r.entries {
		fz := 0.0
		if int(matched[i]) == len(words) && (topic == "" || strings.EqualFold(e.Topic, topic)) {
			fz = float64(sum[i]) / float64(len(words))
		}
		if engine[i] > 0 || fz > 0 {
			out = append(out, row{entry: e, index: i, engine: engine[i], fuzzy: fz})
		}
	}
	slices.SortFunc(out, func(a, b row) int {
		if c := cmp.Compare(b.score(), a.score()); c != 0 {
			return c
		}
		return a.index - b.index
	})
	return out
}

// all lists the entries of topic grouped by topic.
func (r *ranker) all(topic string) []row {
	order := map[string]int{}
	for i, t := range r.topics {
		order[t] = i
	}
	var out []row
	for i, e := range r.entries {
		if topic == "" || strings.EqualFold(e.Topic, topic) {
			out = append(out, row{entry: e, index: i})
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return order[out[a].entry.Topic] < order[out[b].entry.Topic] })
	return out
}

// hits returns the words holding w's letters in order with a quality of
// at least minQuality. Results are kept per query word: typing extends
// the last word, and a longer word's hits are among its prefix's, so
// only those are searched again.
func (r *ranker) hits(w string) []hit {
	if hs, ok := r.cache[w]; ok {
		return hs
	}
	var from []hit // the hits of the longest cached prefix of w
	prefix := -1
	for p, hs := range r.cache {
		if len(p) > prefix && strings.HasPrefix(w, p) {
			from, prefix = hs, len(p)
		}
	}
	var ms fuzzy.Matches
	if prefix >= 0 {
		ms = fuzzy.FindFromNoSort(w, hitSource{r, from})
		for k := range ms {
			ms[k].Index = int(from[ms[k].Index].word)
		}
	} else {
		ms = fuzzy.FindNoSort(w, r.words)
	}
	var hs []hit
	for _, m := range ms {
		if q := quality(m); q >= minQuality {
			hs = append(hs, hit{int32(m.Index), q})
		}
	}
	if len(r.cache) >= maxCached {
		clear(r.cache)
	}
	r.cache[w] = hs
	return hs
}

// hitSource is the words of earlier hits, for fuzzy.FindFrom.
type hitSource struct {
	r    *ranker
	hits []hit
}

func (s hitSource) String(i int) string { return s.r.words[s.hits[i].word] }
func (s hitSource) Len() int            { return len(s.hits) }

// quality rates a fuzzy match of a query word inside one word from 0 to
// 1: the share of its letters that follow the letter before them, the
// first counting whole at the start of the word and half elsewhere. "inj"
// in "injection" is 1, "ject" in it 0.88, "ijn" 0.33.
func quality(m fuzzy.Match) float32 {
	idx := m.MatchedIndexes
	sum := float32(0.5)
	// Text written without spaces (Chinese, Japanese) has a word start at
	// any of its characters.
	if r, _ := utf8.DecodeRuneInString(m.Str[idx[0]:]); idx[0] == 0 || render.Wide(r) {
		sum = 1
	}
	for k := 1; k < len(idx); k++ {
		_, size := utf8.DecodeRuneInString(m.Str[idx[k-1]:])
		if idx[k] == idx[k-1]+size {
			sum++
		}
	}
	return sum / float32(len(idx))
}

// highlights returns the byte offsets of the letters of s (a question) to
// highlight for query: where a query word matches a word of s well
// enough, its letters; for a query word that matches none, the words of
// s that share its first four letters (the engine matched them as a
// whole word, perhaps a variant such as "injections").
func highlights(s, query string) map[int]bool {
	words := queryWords(query)
	if len(words) == 0 {
		return nil
	}
	marks := map[int]bool{}
	sw := splitWords(s)
	for _, w := range words {
		found := false
		for _, x := range sw {
			ms := fuzzy.Find(w, []string{x.text})
			if len(ms) == 0 || quality(ms[0]) < minQuality {
				continue
			}
			found = true
			for _, i := range ms[0].MatchedIndexes {
				marks[x.start+i] = true
			}
		}
		if found || utf8.RuneCountInString(w) < 4 {
			continue
		}
		stem := string([]rune(w)[:4])
		for _, x := range sw {
			if strings.HasPrefix(strings.ToLower(x.text), stem) {
				for i := range len(x.text) {
					marks[x.start+i] = true
				}
			}
		}
	}
	return marks
}
