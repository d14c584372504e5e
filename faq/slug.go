package faq

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSlug is the longest slug Slug makes, in bytes: long enough to tell
// questions apart, short enough to type (`faq show ID`).
const maxSlug = 64

// Slug makes a GitHub-style anchor from a heading's text: lower case,
// punctuation dropped, words joined by single hyphens, at most 64 bytes
// (cut at a word boundary when there is one). "entry" when nothing is
// left.
func Slug(s string) string {
	var b strings.Builder
	hyphen := false // a hyphen is due before the next letter
	inWord := false // the last rune read was written: a mark may follow
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_':
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(r)
			inWord = true
		case unicode.IsMark(r) && !unicode.Is(unicode.Variation_Selector, r):
			// A mark belongs to the letter before it (the virama and
			// vowel sign of "क्या");
			// one after punctuation or an emoji, dropped, would start an
			// id with an invisible character.
			if inWord {
				b.WriteRune(r)
			}
		case r == '-' || unicode.IsSpace(r):
			hyphen, inWord = true, false
		default:
			inWord = false
		}
	}
	slug := b.String()
	if len(slug) > maxSlug {
		cut := maxSlug
		for cut > 0 && !utf8.RuneStart(slug[cut]) {
			cut--
		}
		if i := strings.LastIndexByte(slug[:cut+1], '-'); i > maxSlug/2 {
			cut = i
		}
		slug = slug[:cut]
	}
	if slug == "" {
		return "entry"
	}
	return slug
}

// uniqueIDs gives repeated ids a numeric suffix, as GitHub does for
// repeated headings: x, x-1, x-2. The first entry keeps the plain id, so
// ids do not depend on what follows them, but for an id the author wrote
// (explicit[i], when explicit is not nil): that is kept before any other,
// and a slug made from a question never takes it.
func uniqueIDs(entries []Entry, explicit []bool) {
	seen := make(map[string]bool, len(entries))
	kept := make([]bool, len(entries))
	for i := range explicit {
		if explicit[i] && !seen[entries[i].ID] {
			seen[entries[i].ID], kept[i] = true, true
		}
	}
	next := map[string]int{} // the next suffix to try for a repeated id
	for i := range entries {
		if kept[i] {
			continue
		}
		base := entries[i].ID
		id := base
		if seen[id] {
			n := max(next[base], 1)
			for id = fmt.Sprintf("%s-%d", base, n); seen[id]; id = fmt.Sprintf("%s-%d", base, n) {
				n++
			}
			next[base] = n + 1
		}
		seen[id] = true
		entries[i].ID = id
	}
}
