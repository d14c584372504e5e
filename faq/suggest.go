package faq

import (
	"sort"
	"strings"

	"github.com/sahilm/fuzzy"
)

// maxFuzzyPattern bounds the patterns given to sahilm/fuzzy: its bonus for
// adjacent matched characters doubles with each one and overflows int64
// beyond about 60, so longer patterns are never passed to it.
const maxFuzzyPattern = 32

// ClosestIDs suggests up to n ids for a mistyped one: fuzzy subsequence
// matches first (sahilm/fuzzy, as an editor's file finder matches), then
// ids within a few edits.
func (f *FAQ) ClosestIDs(id string, n int) []string {
	ids := make([]string, len(f.Entries))
	for i, e := range f.Entries {
		ids[i] = e.ID
	}
	id = strings.ToLower(strings.TrimSpace(id))
	var out []string
	seen := map[string]bool{}
	if l := len([]rune(id)); l > 0 && l <= maxFuzzyPattern {
		for _, m := range fuzzy.Find(id, ids) {
			if len(out) == n {
				return out
			}
			out = append(out, m.Str)
			seen[m.Str] = true
		}
	}
	type near struct {
		id   string
		dist int
	}
	var nears []near
	limit := max(2, len(id)/3)
	for _, c := range ids {
		if d := editDistance(id, c, limit); d <= limit && !seen[c] {
			nears = append(nears, near{c, d})
		}
	}
	sort.SliceStable(nears, func(i, j int) bool { return nears[i].dist < nears[j].dist })
	for _, c := range nears {
		if len(out) == n {
			break
		}
		out = append(out, c.id)
	}
	return out
}
