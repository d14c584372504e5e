package faq

import (
	"sort"
	"strings"
	"sync"

	"github.com/faqtool/faq/internal/wordfreq"
)

// maxTypos is how many edits (insertions, deletions, substitutions or
// swaps of neighbours) a misspelt query word may be from a corpus word:
// none for words of three letters or fewer, one up to seven, two beyond.
func maxTypos(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}

// editDistance returns the optimal-string-alignment distance between a and
// b (Levenshtein plus transposition of neighbours), or limit+1 as soon as
// it must exceed limit. Words are compared byte by byte: corpus words are
// already folded to lower-case ASCII where possible.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	// Three rows: two back (for transpositions), previous, current.
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// likelySlip reports whether the typed word a is one common typing slip
// away from b, a word at edit distance one: a letter dropped, two
// neighbouring letters swapped, a key hit in place of one next to it, or
// a key hit twice or with its neighbour ("proxxy", "helkm"). Any other
// added letter more likely makes another word: "vuex" is not "vue".
func likelySlip(a, b string) bool {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) < len(b):
		return true
	case len(a) > len(b):
		extra := a[i]
		return i > 0 && (extra == a[i-1] || nearKeys(extra, a[i-1])) ||
			i+1 < len(a) && (extra == a[i+1] || nearKeys(extra, a[i+1]))
	case i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i]:
		return true // swap
	}
	return i < len(a) && nearKeys(a[i], b[i])
}

// keyboardRows is the QWERTY layout, each row set off from the one above
// by its stagger in key widths.
var keyboardRows = [...]struct {
	keys   string
	offset float64
}{{"qwertyuiop", 0}, {"asdfghjkl", 0.25}, {"zxcvbnm", 0.75}}

// nearKeys reports whether two letters are neighbouring keys on a QWERTY
// keyboard, in one row or diagonally across two.
func nearKeys(a, b byte) bool {
	ra, xa, okA := keyAt(a)
	rb, xb, okB := keyAt(b)
	if !okA || !okB || a == b {
		return false
	}
	dx := xa - xb
	return (ra == rb && (dx == 1 || dx == -1)) || ((ra-rb == 1 || rb-ra == 1) && dx <= 1 && dx >= -1)
}

func keyAt(c byte) (row int, x float64, ok bool) {
	for r, kr := range keyboardRows {
		if i := strings.IndexByte(kr.keys, c); i >= 0 {
			return r, float64(i) + kr.offset, true
		}
	}
	return 0, 0, false
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
	if !ix.on(ruleTypos) || limit == 0 || isNumber(w) || wordfreq.Zipf(w) > 0 {
		return "", false
	}
	ix.byLenOnce.Do(ix.fillByLen)
	best := typoCandidate{dist: limit + 1}
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
			if cand := (typoCandidate{c, d, slip, ix.vocab[c]}); cand.better(best) {
				best = cand
			}
		}
	}
	return best.word, best.word != ""
}

// everydaySlip returns the word, among the most used in English, that an
// unknown word is a likely slip of (see likelySlip): "shoud" is "should",
// "untill" is "until". No FAQ need hold such words, which say nothing of
// what is asked; left unknown, the slip would count as a rare word that
// no entry holds. The most used of several wins.
func (ix *Index) everydaySlip(w string) (string, bool) {
	if !ix.on(ruleTypos) || maxTypos(len(w)) == 0 || isNumber(w) || wordfreq.Zipf(w) > 0 {
		return "", false
	}
	for _, c := range everydayWords() {
		if c[0] == w[0] && editDistance(w, c, 1) == 1 && likelySlip(w, c) {
			return c, true
		}
	}
	return "", false
}

// everydayWords are the words as common as "show" or more (see
// commonZipf), most used first.
var everydayWords = sync.OnceValue(func() []string { return wordfreq.Common(commonZipf) })

// typoCandidate is a corpus word that a misspelt word may stand for.
type typoCandidate struct {
	word  string
	dist  int   // edits from the misspelt word
	slip  bool  // one likely slip away (see likelySlip)
	count int32 // entries that use the word
}

func (c typoCandidate) better(than typoCandidate) bool {
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

// fillByLen lists the corpus and synonym words by length, for correct.
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
