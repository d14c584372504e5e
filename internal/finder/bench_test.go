package finder

import (
	"bytes"
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/faqgen"
	"github.com/faqtool/faq/internal/render"
)

// BenchmarkKeystroke times keystrokes as the finder handles them: Update
// (re-rank, and render the new selection's preview) and View, at 120x40
// in colour. One op types a query letter by letter and erases it, from
// empty caches as in a new session. Metrics per key: ms/key is the mean;
// worst-key-ms is the slowest key at its fastest over the ops, the cost
// of the key itself; max-ms is the slowest seen, which on a busy machine
// is mostly other processes. The goal is under 16 ms (one frame at
// 60 Hz) for 10,000 entries.
func BenchmarkKeystroke(b *testing.B) {
	queries := map[int]string{0: "how long does sacro inj last", 10000: "how do i configure a remote proxy"}
	for _, n := range []int{0, 10000} {
		var ix *faq.Index
		if n == 0 {
			ix = embedded(b)
		} else {
			var buf bytes.Buffer
			if err := faqgen.Write(&buf, n); err != nil {
				b.Fatal(err)
			}
			d, err := faq.Parse("gen.md", buf.Bytes())
			if err != nil {
				b.Fatal(err)
			}
			ix = faq.NewIndex(faq.New(d))
		}
		q := queries[n]
		keys := press(b, q)
		for range len(q) {
			keys = append(keys, press(b, "<backspace>")...)
		}
		name := fmt.Sprintf("entries-%d", n)
		if n == 0 {
			name = "embedded"
		}
		b.Run(name, func(b *testing.B) {
			m := newModel(Options{FAQ: ix.FAQ(), Index: ix, Markdown: testMarkdown,
				Render: render.Options{Style: "dark", Colors: render.TrueColor}})
			m.resize(120, 40)
			fastest := make([]time.Duration, len(keys))
			var total, worst time.Duration
			ops := 0
			for b.Loop() {
				m.cache, m.rk.cache = previewCache{}, map[string][]hit{}
				for k, key := range keys {
					start := time.Now()
					m.update(key)
					_ = m.View()
					d := time.Since(start)
					if ops == 0 || d < fastest[k] {
						fastest[k] = d
					}
					total += d
					worst = max(worst, d)
				}
				ops++
			}
			ms := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / 1e6 }
			b.ReportMetric(ms(total)/float64(ops*len(keys)), "ms/key")
			b.ReportMetric(ms(slices.Max(fastest)), "worst-key-ms")
			b.ReportMetric(ms(worst), "max-ms")
		})
	}
}
