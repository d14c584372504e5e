package wordfreq

import (
	"slices"
	"strings"
	"testing"
)

func TestZipfFindsEveryListedWord(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(words, "\n"), "\n")
	if len(lines) < 10000 {
		t.Fatalf("words.txt has %d lines, want the full list", len(lines))
	}
	for i, line := range lines {
		w, z, ok := strings.Cut(line, " ")
		if !ok || w == "" {
			t.Fatalf("line %d %q: want word and frequency", i+1, line)
		}
		if i > 0 && lines[i-1] >= line {
			t.Fatalf("line %d %q: not sorted after %q", i+1, line, lines[i-1])
		}
		if got := Zipf(w); got != float64(atoi(z))/10 || got < 2.5 {
			t.Fatalf("Zipf(%q) = %v, want %s/10", w, got, z)
		}
	}
}

func TestZipf(t *testing.T) {
	for _, tc := range []struct {
		word     string
		min, max float64
	}{
		{"the", 7, 8},
		{"a", 7, 8},     // first line
		{"zoo", 3, 4.5}, // near the end
		{"show", 5, 6.5},
		{"knee", 3.5, 5},
		{"", 0, 0},
		{"zzzzqx", 0, 0},
		{"doable", 2.5, 3.5}, // rare, but a word
		{"ulnar", 0, 0},      // too rare to be listed
		{"Show", 0, 0},       // callers pass lower case
	} {
		if got := Zipf(tc.word); got < tc.min || got > tc.max {
			t.Errorf("Zipf(%q) = %v, want %v..%v", tc.word, got, tc.min, tc.max)
		}
	}
}

func TestCommon(t *testing.T) {
	common := Common(5.5)
	if len(common) < 100 || len(common) > 1000 {
		t.Fatalf("Common(5.5) holds %d words, want the few hundred most used", len(common))
	}
	if common[0] != "you" && common[0] != "the" && common[0] != "i" {
		t.Errorf("Common(5.5) starts with %q, want the most used word", common[0])
	}
	for i, w := range common {
		if Zipf(w) < 5.5 {
			t.Errorf("%q (Zipf %v) is in Common(5.5)", w, Zipf(w))
		}
		if i > 0 && Zipf(w) > Zipf(common[i-1]) {
			t.Errorf("%q follows the less used %q", w, common[i-1])
		}
	}
	if !slices.Contains(common, "should") || slices.Contains(common, "knee") {
		t.Errorf("Common(5.5) should hold \"should\" and not \"knee\"")
	}
}

func FuzzZipf(f *testing.F) {
	for _, s := range []string{"the", "show", "", "zz", "a b", "\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		z := Zipf(w)
		if z != 0 && (z < 2.5 || z > 8) {
			t.Fatalf("Zipf(%q) = %v", w, z)
		}
	})
}

func BenchmarkZipf(b *testing.B) {
	for b.Loop() {
		Zipf("replacement")
	}
}
