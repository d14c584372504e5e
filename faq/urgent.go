package faq

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// An Urgent is a safety note a FAQ asks to show before any answer when a
// question mentions one of its warning signs, whatever entry the question
// lands on, and also when no entry answers it. A FAQ sets it in its front
// matter (see the package documentation):
//
//	urgent:
//	  entry: when-to-get-help
//	  note: "**Go to an emergency department now** if ..."
//	  signs:
//	    - numb groin
//	    - can't pee
//	    - both legs
type Urgent struct {
	// Note is short Markdown to show first, or "" when the entry alone
	// carries the advice.
	Note string
	// Entry is the id of the entry with the full advice, or "".
	Entry string
	// Signs are the words and phrases that call the note. A sign in
	// double quotes is an exact phrase (see Index.Warnings).
	Signs []string

	// signs holds each of Signs as matched: its terms in order; from, the
	// Signs they were compiled from.
	signs [][]string
	from  []string
}

// A Warning is an urgent note that a question called. A front end shows it
// before the answer, or in place of one when the question is refused.
type Warning struct {
	// Note is the FAQ's urgent note (Markdown), or "".
	Note string
	// Entry is the entry with the full advice, or nil.
	Entry *Entry
	// Sign is the warning sign the question mentions, as the FAQ writes
	// it.
	Sign string
}

// signSlack is how many words beyond its own a sign may spread over in a
// question: "lost control of my bladder" holds the sign "lost bladder
// control" (words that never matter, "of" and "my", not counted).
const signSlack = 2

// notTerm stands for every way of writing a negation: "can't pee",
// "cannot pee", "unable to pee" and "lost the feeling" read as negations
// alike.
const notTerm = "~not"

// Warnings returns the urgent notes query calls, one per urgent block of
// the FAQ's documents at most, in document order.
//
// A sign is in a question when all its words are, in any order, within a
// stretch of the question as long as the sign plus two words. Words
// compare by stem
// ("numbness" is "numb"); stop words are skipped unless they change what a
// sign means: negations, which all read alike ("can't", "cannot",
// "unable", "no", "not", "without", "lost"), and quantities ("both",
// "all", "only"), so "both legs" is not "legs". An initialism written
// with "&" is one word ("A&E", "a & e"). A question word the FAQ does not
// hold is corrected as search corrects typos ("bladdr" is "bladder").
//
// A sign written in double quotes is an exact phrase: its words, stop
// words included, must follow one another in the question, each compared
// by stem. It is for the signs whose meaning lies in their stop words:
// "\"wet myself\"" is not "wet", "\"numb down there\"" not "numb".
func (ix *Index) Warnings(query string) []Warning {
	ix.ready()
	urgent := ix.faq.Urgent
	if len(urgent) == 0 {
		return nil
	}
	signs := make([][][]string, len(urgent))
	for i := range urgent {
		signs[i] = urgent[i].compiled()
	}
	q := ix.signTerms(query, signs)
	var all []string // every word of the query, for phrase signs
	var out []Warning
	for i := range urgent {
		u := &urgent[i]
		for k, s := range signs[i] {
			if isPhrase(u.Signs[k]) {
				if all == nil {
					all = phraseTerms(query)
				}
				if !holdsPhrase(all, s) {
					continue
				}
			} else if !holdsSign(q, s) {
				continue
			}
			w := Warning{Note: u.Note, Sign: u.Signs[k]}
			if u.Entry != "" {
				if e, ok := ix.faq.Lookup(u.Entry); ok {
					w.Entry = e
				}
			}
			out = append(out, w)
			break
		}
	}
	return out
}

// signTerms reads a question as signs are read, correcting a word the
// FAQ does not hold when the correction is a word of a sign.
func (ix *Index) signTerms(query string, signs [][][]string) []string {
	inSign := func(t string) bool {
		for _, ss := range signs {
			for _, s := range ss {
				if contains(s, t) {
					return true
				}
			}
		}
		return false
	}
	var out []string
	for _, w := range words(joinInitialisms(query)) {
		t, ok := signTerm(w)
		if !ok {
			continue
		}
		if !w.stop && !inSign(t) && !ix.known(w.text) {
			if c, ok := ix.correct(w.text); ok {
				if ct, _ := signTerm(word{text: c}); inSign(ct) {
					t = ct
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// compileSign returns the terms of a sign, or nil when it has none.
func compileSign(s string) []string {
	if isPhrase(s) {
		return phraseTerms(s[1 : len(s)-1])
	}
	var out []string
	for _, w := range words(joinInitialisms(s)) {
		if t, ok := signTerm(w); ok {
			out = append(out, t)
		}
	}
	return out
}

// compiled returns the signs as matched. A hand-built Urgent, or one whose
// Signs a program changed, is compiled on each call rather than stored, so
// that a shared FAQ stays safe for concurrent use.
func (u *Urgent) compiled() [][]string {
	if slices.Equal(u.from, u.Signs) && len(u.signs) == len(u.Signs) {
		return u.signs
	}
	return compileSigns(u.Signs)
}

func compileSigns(signs []string) [][]string {
	out := make([][]string, len(signs))
	for i, s := range signs {
		out[i] = compileSign(s)
	}
	return out
}

// signTerm returns the term a word counts as in a sign or a question, and
// false for a stop word that does not change a sign's meaning.
func signTerm(w word) (string, bool) {
	switch {
	case isNegation(w.text):
		return notTerm, true
	case isQuantity(w.text):
		return w.text, true
	case w.stop || isStopWord(w.text):
		return "", false
	}
	return stem(w.text), true
}

// isPhrase reports whether sign is an exact phrase: in double quotes.
func isPhrase(sign string) bool {
	return len(sign) > 2 && sign[0] == '"' && sign[len(sign)-1] == '"'
}

// phraseTerms returns the stem of every word of s, stop words included.
func phraseTerms(s string) []string {
	var out []string
	for _, w := range words(joinInitialisms(s)) {
		out = append(out, stem(w.text))
	}
	return out
}

// holdsPhrase reports whether the question's words q hold the words of
// phrase one after another.
func holdsPhrase(q, phrase []string) bool {
	if len(phrase) == 0 {
		return false
	}
	for start := 0; start+len(phrase) <= len(q); start++ {
		if slices.Equal(q[start:start+len(phrase)], phrase) {
			return true
		}
	}
	return false
}

// holdsSign reports whether the question's terms q hold every term of
// sign within a window of len(sign)+signSlack terms that starts at one of
// them.
func holdsSign(q, sign []string) bool {
	if len(sign) == 0 {
		return false
	}
	for start, t := range q {
		if !contains(sign, t) {
			continue
		}
		window := q[start:min(len(q), start+len(sign)+signSlack)]
		all := true
		for _, st := range sign {
			if !contains(window, st) {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isNegation reports whether w says something cannot or does not happen.
func isNegation(w string) bool {
	switch w {
	case "no", "not", "nor", "never", "cannot", "cant", "dont", "doesnt",
		"didnt", "couldnt", "wont", "wouldnt", "isnt", "arent", "wasnt",
		"werent", "havent", "hasnt", "hadnt", "unable", "without",
		"lost", "lose", "losing", "loss":
		return true
	}
	return false
}

// isQuantity reports whether w is a stop word that says how many: "both
// legs" is not "legs".
func isQuantity(w string) bool {
	switch w {
	case "both", "all", "each", "every", "either", "neither", "few", "more", "most", "only", "same":
		return true
	}
	return false
}

// initialism matches letters joined by "&" ("A&E", "Q & A"), which
// splitWords would split into words of one letter, "a" a stop word.
var initialism = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\b(\pL)\s*&\s*(\pL)\b`) })

func joinInitialisms(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return initialism().ReplaceAllString(s, "$1$2")
}

// joinUrgent gathers the documents' urgent blocks for New, after the
// documents' entries have been appended from offset base on and given
// unique ids: an urgent entry keeps pointing at its own document's entry
// when a repeated id was renamed.
func joinUrgent(f *FAQ, docs []*Document, bases []int) {
	for i, d := range docs {
		if d.Urgent == nil {
			continue
		}
		u := *d.Urgent
		for k := range d.Entries {
			if d.Entries[k].ID == u.Entry {
				u.Entry = f.Entries[bases[i]+k].ID
				break
			}
		}
		f.Urgent = append(f.Urgent, u)
	}
}
