package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/faqs")

// TestGoldenFAQs reads each FAQ in testdata/faqs, written to reproduce the
// shapes of real FAQ.md files (the quirks listed in the project's notes on
// them: front matter, TOCs, HTML and links in headings, sub-headings,
// admonitions, content tabs, shortcodes, fences that hold "#" lines, HTML
// headings; questions as bold paragraphs, Q:/A: lines, <details> blocks,
// numbered bold items, definition lists; a specification with an FAQ
// part; wrappers and templating), and compares what faq makes of it with
// NAME.golden: check (with its exit code when it finds problems), list,
// and every answer as a pipe and as a terminal of 40, 80 and 120 columns
// (without colour codes) show it, and the list on a terminal. To accept a
// change: go test ./internal/cli -run TestGoldenFAQs -update
func TestGoldenFAQs(t *testing.T) {
	files, err := filepath.Glob("testdata/faqs/*.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/faqs (%v)", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".md")
		t.Run(name, func(t *testing.T) {
			var b strings.Builder
			transcript := func(width int, args ...string) string {
				code, out, errOut := runEnv(t, width, nil, "", args...)
				if code != ExitOK && args[0] != "check" {
					t.Errorf("faq %s: exit %d: %s", strings.Join(args, " "), code, errOut)
				}
				mode := "pipe"
				if width > 0 {
					mode, out = fmt.Sprintf("terminal %d", width), stripANSI(out)
				}
				if code != ExitOK {
					mode += fmt.Sprintf(", exit %d", code)
				}
				b.WriteString("$ faq " + strings.Join(args, " ") + "  # " + mode + "\n" + out + errOut + "\n")
				return out
			}
			transcript(0, "check", file)
			list := transcript(0, "--data", file, "list")
			transcript(80, "--data", file, "list")
			for _, line := range strings.Split(strings.TrimSpace(list), "\n") {
				id, _, _ := strings.Cut(line, "\t")
				transcript(0, "--data", file, "show", id)
				for _, width := range []int{40, 80, 120} {
					transcript(width, "--data", file, "show", id)
				}
			}
			golden := strings.TrimSuffix(file, ".md") + ".golden"
			got := []byte(b.String())
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, firstDifference(string(want), string(got)))
			}
		})
	}
}

// firstDifference shows the first line where two texts differ.
func firstDifference(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, wl, gl)
		}
	}
	return "(only in length)"
}
