// Package builtin holds faq's built-in FAQ: plain-language answers about
// the S1 nerve root, sciatica, the L5-S1 level and the sacroiliac joints,
// with its index built ahead of time. It is the command line's default
// FAQ, not part of the library.
package builtin

import (
	"bytes"
	_ "embed"
	"strings"

	"github.com/faqtool/faq/faq"
)

// Prefix starts a data path that names the built-in FAQ ("embedded:", or
// "embedded:faq.md"), and the File of its entries.
const Prefix = "embedded:"

// Name is the built-in FAQ's file name, as its entries' File gives it.
const Name = Prefix + "faq.md"

//go:embed faq.md
var source []byte

// prebuilt is the built-in FAQ's index in faq's index format, kept equal
// to a fresh build by TestIndex (go test ./internal/builtin -update).
//
//go:embed index.bin
var prebuilt []byte

// Index returns the built-in FAQ's index: the prebuilt one, which costs
// no parsing or indexing, or, when faq's index format has changed since
// it was built, one built now.
func Index() (*faq.Index, error) {
	if ix, err := faq.ReadIndex(prebuilt); err == nil {
		return ix, nil
	}
	doc, err := Document()
	if err != nil {
		return nil, err
	}
	return faq.NewIndex(faq.New(doc)), nil
}

// Document parses the built-in FAQ.
func Document() (*faq.Document, error) { return faq.Parse(Name, source) }

// Names reports whether a data path names the built-in FAQ, and whether
// it names a file it does not have ("embedded:other.md").
func Names(path string) (builtin, unknown bool) {
	if !strings.HasPrefix(path, Prefix) {
		return false, false
	}
	rest := strings.TrimPrefix(path, Prefix)
	return true, rest != "" && rest != "faq.md" && rest != "*.md"
}

// Source returns the built-in FAQ's Markdown, for faq check.
func Source() []byte { return bytes.Clone(source) }
