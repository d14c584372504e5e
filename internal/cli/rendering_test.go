package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
	"github.com/faqtool/faq/internal/render"
)

// allEntries returns the built-in FAQ's entries and those of every
// golden FAQ.
func allEntries(t *testing.T) []entry {
	t.Helper()
	paths := []string{builtinPrefix}
	files, _ := filepath.Glob("testdata/faqs/*.md")
	paths = append(paths, files...)
	var out []entry
	for _, p := range paths {
		ix, err := openIndex([]string{p}, "")
		if err != nil {
			t.Fatal(err)
		}
		for i := range ix.FAQ().Entries {
			out = append(out, entryOf(&ix.FAQ().Entries[i]))
		}
	}
	return out
}

// TestRenderingIsDeterministic renders every built-in and golden answer
// twice in every mode and compares the bytes (chroma's colour choice once
// varied from run to run).
func TestRenderingIsDeterministic(t *testing.T) {
	p := &printer{render: render.Options{Style: "dark", Width: 80}}
	for _, e := range allEntries(t) {
		md := p.entryPage(e).markdown
		for _, colors := range []render.Colors{render.ANSI, render.ANSI256, render.TrueColor, render.NoColor} {
			o := render.Options{Style: "dark", Width: 80, Colors: colors}
			first, err := render.Markdown(md, o)
			if err != nil {
				t.Fatal(err)
			}
			for range 1 {
				if again, _ := render.Markdown(md, o); again != first {
					t.Fatalf("%s (colours %d): two renderings differ:\n%s", e.ID, colors, firstDifference(first, again))
				}
			}
		}
		if render.Text(md, 80) != render.Text(md, 80) {
			t.Fatalf("%s: text differs", e.ID)
		}
	}
}

// TestNoEarlyLineBreaks: at widths 60, 80 and 100, no line of a built-in
// answer ends where the next line's first word would still have fitted.
func TestNoEarlyLineBreaks(t *testing.T) {
	ix, err := builtin.Index()
	if err != nil {
		t.Fatal(err)
	}
	p := &printer{}
	for _, width := range []int{60, 80, 100} {
		for i := range ix.FAQ().Entries {
			e := entryOf(&ix.FAQ().Entries[i])
			out, err := render.Markdown(p.entryPage(e).markdown, render.Options{Style: "dark", Width: width, Colors: render.Plain})
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(out, "\n")
			for j := 0; j+1 < len(lines); j++ {
				cur, next := lines[j], lines[j+1]
				if !continues(cur, next) {
					continue
				}
				word := strings.Fields(strings.TrimPrefix(strings.TrimLeft(next, " "), "│ "))[0]
				// glamour keeps a right margin as wide as its left one (2).
				if render.Width(cur)+1+render.Width(word) <= width-2 {
					t.Errorf("%s at %d: %q could have taken %q", e.ID, width, cur, word)
				}
			}
		}
	}
}

// continues reports whether next is cur's paragraph wrapped: next starts
// no list item, and its text starts where cur's does, in the same block
// quote or none (under a list item's text when cur starts the item).
func continues(cur, next string) bool {
	if strings.TrimSpace(cur) == "" || strings.TrimSpace(next) == "" {
		return false
	}
	quoted := func(s string) bool { return strings.HasPrefix(strings.TrimLeft(s, " "), "│ ") }
	return quoted(cur) == quoted(next) && !startsItem(next) && textColumn(cur) == textColumn(next)
}

// textColumn is the column a rendered line's text starts at, after its
// indent, a block quote's bar and a list item's marker.
func textColumn(s string) int {
	rest := strings.TrimLeft(s, " ")
	rest = strings.TrimPrefix(rest, "│ ")
	rest = strings.TrimLeft(rest, " ")
	if startsItem(s) {
		_, text, _ := strings.Cut(rest, " ")
		rest = strings.TrimLeft(text, " ")
	}
	return render.Width(s) - render.Width(rest)
}

// startsItem reports whether a rendered line starts a list item.
func startsItem(s string) bool {
	s = strings.TrimPrefix(strings.TrimLeft(s, " "), "│ ")
	if strings.HasPrefix(s, "• ") {
		return true
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	return digits > 0 && strings.HasPrefix(s[digits:], ". ")
}

// TestExplainWraps: --explain on a terminal keeps each line's columns up
// to the width and hangs the rest under it; on a pipe (width 0) a line is
// never broken.
func TestExplainWraps(t *testing.T) {
	ix, err := builtin.Index()
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"sacroilliac injection", "sacroiliacjointinjectionsforbackpainandsciaticareliefnow injection"} {
		res := ix.Search(q, faq.Options{Limit: 3})
		for _, width := range []int{0, 40, 50, 80} {
			var b strings.Builder
			explain(&b, res, width)
			out := b.String()
			if q == "sacroilliac injection" && !strings.Contains(out, "  sacroilliac      → ~si") {
				t.Errorf("width %d: the columns are lost:\n%s", width, out)
			}
			for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
				if width > 0 && render.Width(line) > width && strings.Contains(strings.TrimSpace(line), " ") {
					t.Errorf("width %d: %q is wider", width, line)
				}
			}
			if got, want := strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(res.Explain()), " "); got != want {
				t.Errorf("width %d: words differ:\n got %s\nwant %s", width, got, want)
			}
		}
	}
}
