package faq

import (
	_ "embed"
	"slices"
	"sort"
	"strings"
	"sync"
)

//go:embed data/synonyms.txt
var commonSynonymsText string

// commonSynonyms are the everyday synonym groups search applies to every
// FAQ (data/synonyms.txt), with the stems of their members.
var commonSynonyms = sync.OnceValues(func() ([][]string, [][][]string) {
	var lines []string
	for _, line := range strings.Split(commonSynonymsText, "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			lines = append(lines, line)
		}
	}
	groups := synonymGroups(lines)
	return groups, groupStems(groups)
})

// groupStems returns the stems of every member of every group.
func groupStems(groups [][]string) [][][]string {
	out := make([][][]string, len(groups))
	for i, g := range groups {
		out[i] = make([][]string, len(g))
		for k, m := range g {
			out[i][k] = stemsOf(m)
		}
	}
	return out
}

// synonymTable maps phrases (sequences of stems) to synonym groups. A
// group is searched as one term, named after its first member ("~pt" for
// "pt, physical therapy, physio").
type synonymTable struct {
	byFirst map[string][]phrase // keyed by the phrase's first stem, longest first
	groups  [][]string          // the members as written, by group
	stems   [][][]string        // the members' stems, by group
	names   []string            // the term standing for each group
	words   map[string]bool     // every member word, as a known word for typo correction
	// Phrasal verbs the groups name ("turn+off"): text reads them as one
	// stem, which a stop word such as "off" could not otherwise be part of.
	particles map[string]bool
}

type phrase struct {
	stems []string
	group int
}

// newSynonymTable builds the table of a FAQ's own synonym groups followed,
// with everyday set, by the common ones. A phrase the FAQ's groups already
// hold is left out of the common groups, so that the FAQ's author decides
// what it means.
func newSynonymTable(own [][]string, everyday bool) *synonymTable {
	groups, stems := slices.Clone(own), groupStems(own) // own is the FAQ's: append to a copy
	taken := map[string]bool{}
	for _, g := range stems {
		for _, m := range g {
			taken[strings.Join(m, " ")] = true
		}
	}
	common, commonStems := commonSynonyms()
	if !everyday {
		common = nil
	}
	for i, g := range common {
		var kept []string
		var keptStems [][]string
		for k, m := range g {
			if st := commonStems[i][k]; len(st) > 0 && !taken[strings.Join(st, " ")] {
				kept = append(kept, m)
				keptStems = append(keptStems, st)
			}
		}
		if len(kept) > 1 {
			groups = append(groups, kept)
			stems = append(stems, keptStems)
		}
	}
	return buildSynonymTable(groups, stems)
}

// buildSynonymTable builds a table from groups and the stems of their
// members.
func buildSynonymTable(groups [][]string, stems [][][]string) *synonymTable {
	t := &synonymTable{byFirst: map[string][]phrase{}, groups: groups, stems: stems, words: map[string]bool{}, particles: map[string]bool{}}
	for gi, g := range groups {
		t.names = append(t.names, groupTerm(stems[gi]))
		for k, m := range g {
			st := stems[gi][k]
			if len(st) == 0 {
				continue
			}
			for _, w := range words(m) {
				t.words[w.text] = true
			}
			for _, x := range st {
				if strings.Contains(x, "+") {
					t.particles[x] = true
				}
			}
			t.byFirst[st[0]] = append(t.byFirst[st[0]], phrase{st, gi})
		}
	}
	for _, ps := range t.byFirst {
		sort.SliceStable(ps, func(i, j int) bool { return len(ps[i].stems) > len(ps[j].stems) })
	}
	return t
}

// groupTerm is the index term that stands for a synonym group: its first
// member's stems.
func groupTerm(stems [][]string) string {
	if len(stems) == 0 {
		return "~"
	}
	return "~" + strings.Join(stems[0], "_")
}

// stemsOf returns the stems of the non-stop words of s, a word and the
// particle right after it ("turn off") as one stem ("turn+off").
func stemsOf(s string) []string {
	var out []string
	adjacent := false
	for _, w := range words(s) {
		switch {
		case !w.stop:
			out = append(out, stem(w.text))
			adjacent = true
		case adjacent && isParticle(w.text):
			out[len(out)-1] += "+" + w.text
			adjacent = false
		default:
			adjacent = false
		}
	}
	return out
}

// foldInto folds the stop word w into the last of stems when w closes a
// phrasal verb a synonym group names and adjacent says the last word read
// was that stem. It returns the verb stem it replaced.
func (t *synonymTable) foldInto(stems []string, adjacent bool, w string) (verb string, ok bool) {
	if !adjacent || len(stems) == 0 {
		return "", false
	}
	f, ok := t.fold(stems[len(stems)-1], w)
	if !ok {
		return "", false
	}
	verb, stems[len(stems)-1] = stems[len(stems)-1], f
	return verb, true
}

// fold reads a stem and the particle right after it as the one stem of a
// phrasal verb, when a synonym group names it ("turn" "off": "turn+off").
func (t *synonymTable) fold(stem, particle string) (string, bool) {
	if !isParticle(particle) {
		return stem, false
	}
	f := stem + "+" + particle
	return f, t.particles[f]
}

// matches calls fn for every phrase that starts at stems[i].
func (t *synonymTable) matches(stems []string, i int, fn func(p phrase)) {
	for _, p := range t.byFirst[stems[i]] {
		if i+len(p.stems) > len(stems) {
			continue
		}
		ok := true
		for k, s := range p.stems {
			if stems[i+k] != s {
				ok = false
				break
			}
		}
		if ok {
			fn(p)
		}
	}
}

// expandDoc returns the group terms of every phrase occurring in a
// document's stems. The stems themselves stay indexed too.
func (t *synonymTable) expandDoc(stems []string) []string {
	if len(t.groups) == 0 {
		return nil
	}
	var out []string
	for i := range stems {
		t.matches(stems, i, func(p phrase) {
			out = append(out, t.names[p.group])
		})
	}
	return out
}

// rewriteQuery replaces each phrase in a query, longest first, by its group
// term. It returns for each output term the span of input stems it covers.
func (t *synonymTable) rewriteQuery(stems []string) (terms []string, spans [][2]int) {
	for i := 0; i < len(stems); {
		n := 0
		var group int
		t.matches(stems, i, func(p phrase) {
			if len(p.stems) > n {
				n, group = len(p.stems), p.group
			}
		})
		if n == 0 {
			terms = append(terms, stems[i])
			spans = append(spans, [2]int{i, i + 1})
			i++
			continue
		}
		terms = append(terms, t.names[group])
		spans = append(spans, [2]int{i, i + n})
		i += n
	}
	return terms, spans
}
