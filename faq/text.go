package faq

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// A word is one normalised word of text: lower case, accents and
// apostrophes removed. Stop is set for words that carry no topic of their
// own ("how", "the", "does").
type word struct {
	text string
	stop bool
}

// splitWords calls fn for each word of s, in order.
//
// A word is a run of letters and digits. Apostrophes inside a word are
// dropped ("don't" → "dont", "Prometheus's" → "prometheus"), accents are
// removed ("vis-à-vis" → "vis", "a", "vis"), and a word is split where a
// digit is followed by a letter, so "L5-S1", "l5s1" and "l5 s1" all give
// the words "l5" and "s1", and "64bit" gives "64" and "bit".
//
// Chinese, Japanese and Korean text, written without spaces between
// words, gives each pair of neighbouring characters as a word ("安装软件"
// → "安装", "装软", "软件") and a lone character as itself: whatever the
// words are, a query shares its pairs with the text that holds them.
func splitWords(s string, fn func(w string)) {
	var b strings.Builder
	flush := func() {
		if b.Len() > 0 {
			fn(b.String())
			b.Reset()
		}
	}
	var cjk []rune // the run of CJK characters being read
	flushCJK := func() {
		if len(cjk) == 1 {
			fn(string(cjk))
		}
		for k := 0; k+1 < len(cjk); k++ {
			fn(string(cjk[k : k+2]))
		}
		cjk = cjk[:0]
	}
	prevDigit := false
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			if isCJK(r) {
				flush()
				prevDigit = false
				cjk = append(cjk, r)
				i += size
				continue
			}
		}
		if len(cjk) > 0 {
			flushCJK()
		}
		i += size
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || '0' <= r && r <= '9'):
		case r < utf8.RuneSelf && 'A' <= r && r <= 'Z':
			r += 'a' - 'A'
		case isApostrophe(r):
			// Inside a word an apostrophe joins ("dont"); a possessive 's
			// at the end of a word is dropped.
			if next, _ := utf8.DecodeRuneInString(s[i:]); b.Len() > 0 && unicode.IsLetter(next) {
				if (s[i] == 's' || s[i] == 'S') && (i+1 == len(s) || !isWordByte(s[i+1])) {
					i++
				}
				continue
			}
			flush()
			prevDigit = false
			continue
		case r >= utf8.RuneSelf && (isWordRune(r) || unicode.Is(unicode.Mn, r)):
			folded := foldRune(r)
			if folded == "" {
				continue
			}
			for _, fr := range folded {
				if !isWordRune(fr) {
					flush()
					prevDigit = false
					continue
				}
				isDigit := unicode.IsDigit(fr)
				if prevDigit && !isDigit {
					flush()
				}
				b.WriteRune(fr)
				prevDigit = isDigit
			}
			continue
		default:
			flush()
			prevDigit = false
			continue
		}
		isDigit := '0' <= r && r <= '9'
		if prevDigit && !isDigit {
			flush()
		}
		b.WriteByte(byte(r))
		prevDigit = isDigit
	}
	flush()
	flushCJK()
}

// isCJK reports whether r is a letter of a script written without
// spaces between words: Han, Hiragana, Katakana (with its sound-length
// mark) or Hangul. The scripts' symbols (radicals such as "⺺") are no
// letters.
func isCJK(r rune) bool {
	return (unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) || r == 'ー' || r == 'ｰ') && unicode.IsLetter(r)
}

// isKana reports whether w is written in hiragana alone.
func isKana(w string) bool {
	for _, r := range w {
		if !unicode.Is(unicode.Hiragana, r) {
			return false
		}
	}
	return w != ""
}

// isCJKWord reports whether w is a word splitWords made of CJK
// characters.
func isCJKWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= utf8.RuneSelf && isCJK(r)
}

func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c >= utf8.RuneSelf
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc' || r == '\u2018'
}

// foldRune lower-cases a non-ASCII letter or digit and strips its accents
// (and compatibility forms such as fullwidth letters) by NFKD
// decomposition. Combining marks fold to nothing.
func foldRune(r rune) string {
	if unicode.Is(unicode.Mn, r) {
		return ""
	}
	d := norm.NFKD.String(string(unicode.ToLower(r)))
	var b strings.Builder
	for _, c := range d {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}

// words returns the words of s.
func words(s string) []word {
	var out []word
	splitWords(s, func(w string) {
		out = append(out, word{text: w, stop: isStopWord(w)})
	})
	return out
}

// stem reduces a word to its Snowball (Porter2) English stem, so that
// "injections", "injected" and "injection" meet as "inject".
func stem(w string) string {
	if len(w) <= 2 || hasDigit(w) {
		return w
	}
	return english.Stem(w, true)
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// isStopWord reports whether w is too common to say what a question is
// about: Snowball's English stop list, contractions included as
// splitWords reads them ("dont"), but for the question words of
// isAskingWord, and Japanese written in hiragana alone. Other everyday
// words ("please", "best") are searched, at the low weight of their
// everyday frequency (see specificity).
func isStopWord(w string) bool {
	if isAskingWord(w) {
		return false
	}
	if isKana(w) {
		// Japanese written in hiragana alone is grammar, as stop words
		// are: endings and particles ("には", "です"); content words take
		// kanji or katakana.
		return true
	}
	if english.IsStopWord(w) {
		return true
	}
	switch w {
	// The rest of Snowball's list: kljensen/snowball leaves out modals
	// and contractions, which it splits at the apostrophe. Contractions
	// that read as other words ("shell", "well", "id") are left out.
	case "would", "could", "ought", "cannot",
		"im", "youre", "hes", "shes", "theyre",
		"ive", "youve", "weve", "theyve",
		"youd", "theyd", "youll", "theyll",
		"isnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt",
		"doesnt", "dont", "didnt", "wont", "wouldnt", "shant", "shouldnt",
		"cant", "couldnt", "mustnt", "lets", "thats", "whos", "whats",
		"heres", "theres", "whens", "wheres", "whys", "hows":
		return true
	}
	return false
}

// isWordRune reports whether r may appear in a word.
func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isAskingWord reports whether w is a question word that says what kind
// of answer is wanted: a reason, a place, a time, a person, a choice, a
// comparison.
// "Why does it fail?" and "When does it fail?" ask different things.
// Search skips them in a FAQ whose text never uses them (nor a synonym).
func isAskingWord(w string) bool {
	switch w {
	case "why", "where", "when", "who", "which":
		return true
	}
	return isComparing(w)
}

// isComparing reports whether w asks for a comparison ("vs", "versus").
// Unlike "why" or "who", it names nothing an answer must be about: the
// things compared are the subject, so it adds no confidence by itself.
func isComparing(w string) bool { return w == "vs" || w == "versus" }

// isParticle reports whether w is a stop word that can close a phrasal
// verb written as one word too: "back up" and "backup", "log in" and
// "login".
func isParticle(w string) bool {
	switch w {
	case "up", "down", "in", "out", "off", "on", "over":
		return true
	}
	return false
}
