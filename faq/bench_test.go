package faq

import (
	"bytes"
	"fmt"
	"sync"
	"testing"

	"github.com/faqtool/faq/internal/faqgen"
)

var benchSizes = []int{1000, 10000, 100000}

var (
	genMu    sync.Mutex
	genCache = map[int][]byte{}
)

// generated returns a deterministic FAQ of n entries.
func generated(b *testing.B, n int) []byte {
	genMu.Lock()
	defer genMu.Unlock()
	if src, ok := genCache[n]; ok {
		return src
	}
	var buf bytes.Buffer
	if err := faqgen.Write(&buf, n); err != nil {
		b.Fatal(err)
	}
	genCache[n] = buf.Bytes()
	return buf.Bytes()
}

func benchFAQ(b *testing.B, n int) *FAQ {
	if n == 0 {
		return loadDefault(b)
	}
	d, err := Parse("gen.md", generated(b, n))
	if err != nil {
		b.Fatal(err)
	}
	return New(d)
}

func sizeName(n int) string {
	if n == 0 {
		return "embedded-18"
	}
	return fmt.Sprintf("entries-%d", n)
}

func BenchmarkParse(b *testing.B) {
	for _, n := range benchSizes {
		src := generated(b, n)
		b.Run(sizeName(n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			for b.Loop() {
				if _, err := Parse("gen.md", src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkIndex(b *testing.B) {
	for _, n := range append([]int{0}, benchSizes...) {
		f := benchFAQ(b, n)
		b.Run(sizeName(n), func(b *testing.B) {
			for b.Loop() {
				NewIndex(f)
			}
		})
	}
}

func BenchmarkSearch(b *testing.B) {
	queries := map[bool][]string{
		true:  {"si joint mri", "how long does l5 s1 take to heal", "sacroilliac injection for sciatca", "how do i bake bread"},
		false: {"how do i configure a remote proxy", "backup the encrypted database snapshot", "upgarde the certifcate", "how do i bake bread"},
	}
	for _, n := range append([]int{0}, benchSizes...) {
		ix := NewIndex(benchFAQ(b, n))
		qs := queries[n == 0]
		b.Run(sizeName(n), func(b *testing.B) {
			i := 0
			for b.Loop() {
				ix.Search(qs[i%len(qs)], Options{})
				i++
			}
		})
	}
}

// BenchmarkAnswerEmbedded is the library's share of answering one
// question from the built-in FAQ when nothing is prebuilt: parse, index,
// search. (internal/builtin benchmarks the prebuilt index.)
func BenchmarkAnswerEmbedded(b *testing.B) {
	src := builtinSource(b)
	for b.Loop() {
		doc, err := Parse("faq.md", src)
		if err != nil {
			b.Fatal(err)
		}
		NewIndex(New(doc)).Search("how long does l5 s1 take to heal", Options{})
	}
}
