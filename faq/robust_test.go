package faq

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/faqtool/faq/internal/nesting"
)

// Pathological documents parse, and in time linear in their size (see
// BenchmarkParsePathological for the figures).
func TestParsePathological(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		entries int
	}{
		{"10,000 nested block quotes", "# T\n\n## Q?\n\n" + strings.Repeat(">", 10000) + " deep\n", 1},
		{"quotes nesting deeper line by line", "# T\n\n## Q?\n\n" + nestedLines(">", 1, 2000), 1},
		{"lists nesting 2,000 deep", "# T\n\n## Q?\n\n" + nestedLines("  ", 0, 2000), 1},
		{"a 1 MB line", "# T\n\n## Q?\n\n" + strings.Repeat("word ", 200000) + "\n", 1},
		{"10,000 headings", headings(10000), 10000},
		{"20,000 identical bold questions", strings.Repeat("**Q: Why?**\n\n> A: So.\n\n", 20000), 20000},
		{"20,000 details blocks", strings.Repeat("<details><summary>Why?</summary>\nSo.\n</details>\n\n", 20000), 20000},
		{"20,000 numbered bold questions", strings.Repeat("1. **Why?** So.\n", 20000), 20000},
		{"20,000 definitions", strings.Repeat("Why?\n: So.\n\n", 20000), 20000},
		{"20,000 details never closed", "## Q?\n\n" + strings.Repeat("<details>\n\n", 20000), 0},
		{"a paragraph of 40,000 reference links", "## Q?\n\n" + strings.Repeat("[a] [b][c] ", 20000) + "\n\n[a]: /x\n[c]: /y\n", 1},
		{"a bold paragraph of 60,000 backtick runs", "**" + strings.Repeat("`a``b```c", 20000) + "**?\n\nA.\n", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("p.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Entries) != tt.entries {
				t.Errorf("%d entries, want %d", len(d.Entries), tt.entries)
			}
		})
	}
}

func nestedLines(unit string, from, to int) string {
	var b strings.Builder
	for i := from; i < to; i++ {
		if unit == ">" {
			b.WriteString(strings.Repeat(">", i) + " x\n")
		} else {
			b.WriteString(strings.Repeat(unit, i) + "- x\n")
		}
	}
	return b.String()
}

func headings(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "## Question %d?\n\nAnswer %d.\n\n", i, i)
	}
	return b.String()
}

// Ordinary files are parsed as they are: flattening only touches
// absurdly deep lines.
func TestFlattenLeavesOrdinaryFilesAlone(t *testing.T) {
	src, err := os.ReadFile(builtinFAQ)
	if err != nil {
		t.Fatal(err)
	}
	if got := nesting.Flatten(src, maxNesting); !bytes.Equal(got, src) {
		t.Error("the embedded FAQ was changed")
	}
	blank := []byte("# T\n\n## Q?\n\n- a\n" + strings.Repeat(" ", 400) + "\n- b\n")
	if got := nesting.Flatten(blank, maxNesting); !bytes.Equal(got, blank) {
		t.Error("a whitespace-only line was changed")
	}
}

func BenchmarkParsePathological(b *testing.B) {
	for _, c := range []struct{ name, src string }{
		{"nested-quotes-10000", "# T\n\n## Q?\n\n" + strings.Repeat(">", 10000) + " deep\n"},
		{"nested-lists-5000", "# T\n\n## Q?\n\n" + nestedLines("  ", 0, 5000)},
		{"line-10MB", "# T\n\n## Q?\n\n" + strings.Repeat("word ", 2000000) + "\n"},
		{"headings-100000", headings(100000)},
	} {
		b.Run(c.name, func(b *testing.B) {
			src := []byte(c.src)
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("p.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// FuzzWords: query normalisation and stemming never panic, and words are
// of letters and digits only.
func FuzzWords(f *testing.F) {
	for _, s := range []string{"L5-S1", "l5s1", "Don’t", "vis-à-vis", "ＦＵＬＬ", "\x00\xff", "\x1b[31m", "İstanbul", "ǅ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, w := range words(s) {
			if w.text == "" {
				t.Fatal("empty word")
			}
			for _, r := range w.text {
				if !isWordRune(r) {
					t.Fatalf("word %q of %q has %q", w.text, s, r)
				}
			}
			stem(w.text)
		}
	})
}
