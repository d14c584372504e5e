package faq

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse: any input parses without panicking, and every entry it
// yields has an id, a question, an answer and a line inside the file.
func FuzzParse(f *testing.F) {
	src, err := os.ReadFile(builtinFAQ)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(src))
	for _, s := range []string{
		"# T\n\n## Q?\n\nA.\n",
		"---\ntitle: x\n---\n### Q\n\n```\n# not a heading\n```\n",
		"Q\n===\n\nA\n\n<!-- also asked as: x; y -->\n",
		"<h3 name=\"q\">\nQ <code>x</code>?\n</h3>\nA\n\n<h2>S</h2>\n",
		"## Q {#id}\n\n> [!NOTE]\n> n\n\n!!! note\n    x\n",
		"+++\ntitle = \"t\"\n+++\n## a\nb\n",
		"## &#27;[31mred\n\nx\n",
		"---\nurgent:\n  entry: q\n  note: now\n  signs: [\"can't pee\", A&E, \"\", the]\n---\n## Q? {#q}\n\nA.\n",
		"---\nurgent: [x]\n---\n## Q?\n\nA.\n",
	} {
		f.Add(s)
	}
	for _, s := range shapeSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Parse("fuzz.md", []byte(s))
		if err != nil {
			var pe *ParseError
			badYAML := errors.As(err, &pe) && strings.HasPrefix(pe.Msg, "front matter is not valid YAML") && pe.Line >= 1 && pe.Line <= strings.Count(s, "\n")+1
			if utf8.ValidString(s) && !strings.ContainsRune(s, 0) && !badYAML {
				t.Fatalf("valid text rejected: %v", err)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Fatalf("an error of more than one line: %q", err)
			}
			return
		}
		lines := strings.Count(s, "\n") + 1
		for _, e := range d.Entries {
			if e.ID == "" || e.Question == "" || strings.TrimSpace(e.Answer+strings.Join(e.Sources, "")) == "" {
				t.Fatalf("incomplete entry %+v", e)
			}
			if e.Line < 1 || e.Line > lines {
				t.Fatalf("line %d outside 1..%d", e.Line, lines)
			}
		}
	})
}

// shapeSeeds hold one example of each shape questions are written in,
// for both parser fuzz targets.
var shapeSeeds = []string{
	"# FAQ\n\n??? faq \"How?\"\n    So.\n\n    ```\n    # x\n    ```\n\n???+ note inline \"Why?\"\n\n    Because.\n\n!!! help \"\"\n    x\n\n- **Q?**<br> A.\n",
	"### General\n\n**Q: Why?**\n\n> A: Because.\n\n**Q: `unclosed`\n",
	"<style>p{}</style>\n\n**Q**. _How?_\n\n**A**. So.\n\n<hr>\n\n**Q.** Who?\n\n**A1.** Us.\n",
	"**How do I start?**\nRun it.\n\n**Is it free**? Yes.\n",
	"Q: Can it run?\nA: Yes.\n\n---\n\nQ: Why does it\nstop?\n\nA: Logout.\n",
	"## S\n\n<details>\n  <summary id=\"x\">What is <code>-x</code>?</summary><p>\n\n  Fast.\n</p></details>\n\n<details><summary>Nested</summary>\n<details><summary>Inner?</summary>in</details>\n</details>\n",
	"## FAQ\n\n1. **How do I unban?**\n\nRun unban.\n\n2. **Demote?**\n   Run demote.\n\n- **Short?** Yes.\n- **A statement.** Too.\n\n* Lone question?\n\nAnswer.\n",
	"### 1. How do I install?\n\nWith it.\n\n### 2) It crashes\n\n#### Symptom\n\nX.\n\n#### Solution\n\nY.\n\n### Solution\n\nZ.\n",
	"Is it free?\n: Yes.\n  Always.\n\n**Term**\n: Definition.\n",
	"<details><summary>No link</summary>\n  \n- Port.\n- Version.</details>\n\n* TOC\n{:toc}\n\n<details><summary>Cable?</summary>\n\nPlug.\n</details>\n",
	"Spec\n====\n\nSummary\n-------\n\nText.\n\nFAQ\n---\n\n### Why?\n\nBecause.\n",
	"## Contents\n\n### A\n\n- [Q?](#q)\n  - [R?](faq.md#r)\n\n* TOC\n{:toc}\n\n[[_TOC_]]\n",
	"## {{ site.x }} and {% link a.md %}\n\n<div markdown=\"1\">\n\nSee [x]({{ site.url }}/a) {{< param v >}}.\n\n</div>\n",
	"<h3>Why <code>rg</code>, not grep?</h3>\n\n<a name=\"a\"></a>**Q: Anchored?** Yes.\n\n```sh\nunclosed\n",
}

// FuzzSearch: any query searches the embedded FAQ without panicking and
// gives scores between 0 and 1, best first; reading it for urgent signs
// does not panic either, and a warning names the sign that called it.
func FuzzSearch(f *testing.F) {
	ix := NewIndex(loadDefault(f))
	for _, q := range []string{"si joint mri", "sacroilliac", "l5s1", "", "   ", "how do i", strings.Repeat("a", 5000), "\x1b[31m", "ＳＩ", "turn off", "why sign in up off", "back up", "can't pee", "a & e", "&&&", "numb\x00groin"} {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		res := ix.Search(q, Options{Limit: 5})
		for i, m := range res.Matches {
			if m.Score < 0 || m.Score > 1.0001 {
				t.Fatalf("score %v out of range", m.Score)
			}
			if i > 0 && m.Score > res.Matches[i-1].Score {
				t.Fatalf("scores out of order: %v", res.Matches)
			}
		}
		// One score: the answer is given exactly when the best score
		// reaches the threshold (the built-in FAQ sets its own).
		threshold := Threshold
		if len(res.Matches) > 0 && res.Matches[0].Entry.minScore > 0 {
			threshold = res.Matches[0].Entry.minScore
		}
		if res.Confident != (len(res.Matches) > 0 && res.Matches[0].Score >= threshold) {
			t.Fatalf("confident %v with matches %v", res.Confident, res.Matches)
		}
		for _, w := range ix.Warnings(q) {
			if w.Sign == "" || (w.Note == "" && w.Entry == nil) {
				t.Fatalf("warning %+v", w)
			}
		}
	})
}

// FuzzReadIndex: a cache is read from disk, where it can be damaged, cut
// short or written by another version: whatever its bytes, ReadIndex
// returns an error or an index that searches without panicking.
func FuzzReadIndex(f *testing.F) {
	d, err := Parse("t.md", []byte("---\nunanswered:\n  - How much does it cost?\nsynonyms:\n  - pc, computer\nurgent:\n  entry: help\n  note: Call now.\n  signs: [chest pain]\n---\n# T\n\n## How do I turn it off? {#off}\n\n<!-- also asked as:\n- How do I shut it down?\n-->\n\nPress the button.\n\n## When to get help? {#help}\n\nAt once.\n"))
	if err != nil {
		f.Fatal(err)
	}
	good, err := NewIndex(New(d)).MarshalBinary()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)-3])
	f.Fuzz(func(t *testing.T, b []byte) {
		ix, err := ReadIndex(b)
		if err != nil {
			return
		}
		for _, q := range []string{"turn off the pc", "chest pain", "help", "what does it cost"} {
			ix.Search(q, Options{Limit: 5})
		}
	})
}
