package faq

// A rule is one of search's ways of reading text beyond plain BM25 over
// stems. Each is kept because it pays on the whole set of public query
// sets; an index can switch rules off to measure that (TestRefit's
// -ablate), which no exported API offers.
type rule uint16

const (
	// ruleEverydaySynonyms applies data/synonyms.txt besides the FAQ's own
	// groups ("remove", "delete", "uninstall").
	ruleEverydaySynonyms rule = 1 << iota
	// ruleTypos corrects a query word no entry holds to a near corpus word.
	ruleTypos
	// ruleWordFamilies lets a term match corpus stems that extend it by a
	// short suffix ("treat", "treatment").
	ruleWordFamilies
	// rulePhrasalVerbs reads a phrasal verb a synonym group names as one
	// word ("turn off").
	rulePhrasalVerbs
	// ruleAskingWords keeps "why", "where", "when", "who" and "which" as query
	// words in FAQs whose text uses them.
	ruleAskingWords
	// ruleEverydayWeights scales word weights by their rarity in everyday
	// English (package wordfreq).
	ruleEverydayWeights
	// ruleUnknownPenalty counts query words no entry holds against every
	// entry's cover.
	ruleUnknownPenalty
	// ruleSplitIDF gives the phrasing and answer parts of BM25 their own
	// document frequencies.
	ruleSplitIDF

	numRules = iota
)

// ruleNames name the rules for -ablate and error messages, in bit order.
var ruleNames = [numRules]string{
	"everyday-synonyms", "typos", "word-families", "phrasal-verbs",
	"asking-words", "everyday-weights", "unknown-penalty", "split-idf",
}

// on reports whether the index applies rule r.
func (ix *Index) on(r rule) bool { return ix.off&r == 0 }
