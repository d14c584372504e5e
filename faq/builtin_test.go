package faq

import (
	"os"
	"testing"
)

// builtinFAQ is the command line's built-in FAQ, which tests here use as
// a real FAQ to search (package faq cannot import it: it imports faq).
const builtinFAQ = "../internal/builtin/faq.md"

// builtinSource returns the built-in FAQ's Markdown.
func builtinSource(t testing.TB) []byte {
	t.Helper()
	src, err := os.ReadFile(builtinFAQ)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

// loadDefault parses the built-in FAQ.
func loadDefault(t testing.TB) *FAQ {
	t.Helper()
	doc, err := Parse("embedded:faq.md", builtinSource(t))
	if err != nil {
		t.Fatal(err)
	}
	return New(doc)
}
