package faq

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/faqtool/faq/internal/faqgen"
)

// fullMarkdown is goldmark as glamour configures it, inline parsing and
// all: the reference the cheap block-only parse must agree with.
var fullMarkdown = goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))

// parseFull is Parse with the full goldmark parse, reading each heading's
// text from its own inline nodes.
func parseFull(name string, src []byte) (*Document, error) {
	if err := checkText(name, src); err != nil {
		return nil, err
	}
	src = windowsText(src)
	d := newDocParser(name, src)
	if d.bad != nil {
		return nil, d.bad
	}
	body := src[d.base:]
	pc := parser.NewContext()
	root := fullMarkdown.Parser().Parse(text.NewReader(body), parser.WithContext(pc))
	d.refs = pc.References()
	d.headingText = func(n *ast.Heading, raw string) string {
		plain := plainText(n, body)
		stripped, _ := splitHeadingID(plain)
		return cleanPlain(strings.Join(strings.Fields(stripped), " "))
	}
	d.collect(root)
	return d.assemble(), nil
}

// TestLeanParseMatchesFullParse: finding entries without parsing answers
// gives exactly what the full parse gives.
func TestLeanParseMatchesFullParse(t *testing.T) {
	docs := map[string][]byte{}
	src, _ := os.ReadFile(builtinFAQ)
	docs["embedded"] = src
	var gen bytes.Buffer
	faqgen.Write(&gen, 300)
	docs["generated"] = gen.Bytes()
	// The real FAQs the project tests with, when they are beside the repo.
	files, _ := filepath.Glob("../../shared/realfaq/*.md")
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			docs[filepath.Base(f)] = b
		}
	}
	for name, src := range docs {
		lean, err := Parse(name, src)
		if err != nil {
			t.Fatal(err)
		}
		full, _ := parseFull(name, src)
		if !reflect.DeepEqual(lean, full) {
			t.Errorf("%s: lean and full parses differ", name)
			for i := range min(len(lean.Entries), len(full.Entries)) {
				if !reflect.DeepEqual(lean.Entries[i], full.Entries[i]) {
					t.Errorf("  first difference: %+v vs %+v", lean.Entries[i].Question, full.Entries[i].Question)
					break
				}
			}
		}
	}
}

// FuzzLeanParse: the two parses agree on any input, answers and problems
// included.
func FuzzLeanParse(f *testing.F) {
	for _, s := range append([]string{"# T\n\n## Q `x` [l](u) *e*?\n\nA.\n", "## [ref]\n\nA\n\n[ref]: http://x\n", "Q\n===\n\nA {#x}\n", "<h3 id=q>Q?</h3>\nA\n"}, shapeSeeds...) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		lean, err := Parse("f.md", []byte(s))
		if err != nil {
			return
		}
		full, _ := parseFull("f.md", []byte(s))
		if !reflect.DeepEqual(briefs(lean), briefs(full)) {
			t.Fatalf("lean %+v\nfull %+v", briefs(lean), briefs(full))
		}
		if !reflect.DeepEqual(lean, full) {
			t.Fatalf("same entries, but answers or problems differ:\nlean %+v\nfull %+v", lean, full)
		}
	})
}
