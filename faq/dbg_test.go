package faq

import (
	"fmt"
	"os"
	"testing"
)

func TestDbgParse(t *testing.T) {
	for _, p := range []string{"data/faq.md", "../../shared/realfaq/homebrew.md", "../../shared/realfaq/prometheus.md", "../../shared/realfaq/argocd.md", "../../shared/realfaq/grpc.md", "../../shared/realfaq/ruff.md", "../../shared/realfaq/rclone.md", "../../shared/realfaq/vue.md"} {
		d, err := ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Printf("== %s title=%q entries=%d problems=%v\n", p, d.Title, len(d.Entries), d.Problems)
		if os.Getenv("V") != "" {
			for _, e := range d.Entries {
				fmt.Printf("  %d %s | %s | %s | aliases=%q | %d bytes, sources=%d\n", e.Line, e.ID, e.Topic, e.Question, e.Aliases, len(e.Answer()), len(e.Sources()))
			}
		}
	}
}
