// Package faqgen writes large synthetic FAQs for benchmarks: the same
// shape as real ones (sections, question headings, paragraphs, lists,
// code), deterministic for a given size, about 480 bytes an entry.
package faqgen

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

var (
	verbs    = []string{"install", "configure", "upgrade", "remove", "debug", "deploy", "monitor", "backup", "restore", "migrate", "secure", "tune", "scale", "test", "build"}
	nouns    = []string{"server", "cluster", "database", "cache", "proxy", "agent", "plugin", "volume", "network", "certificate", "token", "queue", "bucket", "index", "service", "pipeline", "module", "schema", "replica", "snapshot"}
	adjs     = []string{"remote", "local", "encrypted", "shared", "default", "custom", "legacy", "primary", "secondary", "temporary", "private", "public"}
	fillers  = []string{"the", "a", "your", "this", "each", "every", "an existing", "a new"}
	prose    = strings.Fields("when you run the command it reads the configuration file first and then applies the settings in order so that later values override earlier ones which makes it easy to keep defaults in one place and local changes in another without editing the shipped files directly if something fails the log explains what happened and how to recover")
	sections = []string{"Getting started", "Configuration", "Operations", "Troubleshooting", "Security", "Performance"}
)

// Write writes a FAQ of n entries to w.
func Write(w io.Writer, n int) error {
	r := rand.New(rand.NewPCG(uint64(n), 42))
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	var b strings.Builder
	b.WriteString("# Generated FAQ\n\n")
	perSection := max(n/len(sections), 1)
	for i := range n {
		if i%perSection == 0 {
			fmt.Fprintf(&b, "## %s %d\n\n", sections[(i/perSection)%len(sections)], i/perSection)
		}
		fmt.Fprintf(&b, "### How do I %s %s %s %s %d?\n\n", pick(verbs), pick(fillers), pick(adjs), pick(nouns), i)
		for p := 0; p < 2; p++ {
			start := r.IntN(len(prose) - 20)
			fmt.Fprintf(&b, "To %s the %s %s, %s.\n\n", pick(verbs), pick(adjs), pick(nouns), strings.Join(prose[start:start+12+r.IntN(8)], " "))
		}
		switch i % 3 {
		case 0:
			fmt.Fprintf(&b, "- %s the %s\n- %s the %s\n\n", pick(verbs), pick(nouns), pick(verbs), pick(nouns))
		case 1:
			fmt.Fprintf(&b, "```sh\n# %s\ntool %s --%s\n```\n\n", pick(prose), pick(verbs), pick(nouns))
		}
		if b.Len() > 1<<20 {
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
