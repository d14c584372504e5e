package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// explain writes how the query was understood and why the best match won
// (--explain). Lines are wrapped at width, when not 0, with the rest of a
// line indented under its start.
func explain(w io.Writer, res faq.Result, width int) {
	var lines []string
	add := func(format string, a ...any) { lines = append(lines, fmt.Sprintf(format, a...)) }
	add("explain: %q", clean(res.Query))
	if len(res.Terms) == 0 {
		add("  no searchable words (only stop words such as \"how\" or \"the\")")
	}
	for _, t := range res.Terms {
		how := ""
		switch t.How {
		case "typo":
			how = fmt.Sprintf(" (typo for %q)", clean(t.Corrected))
		case "joined", "split":
			how = fmt.Sprintf(" (read as %q)", clean(t.Corrected))
		case "unknown":
			how = " (in no entry)"
			if len(t.Related) > 0 { // only its word family is
				how = " (as " + clean(strings.Join(t.Related, ", ")) + ")"
			}
		}
		if len(t.Synonyms) > 0 {
			how += " (synonyms: " + clean(strings.Join(t.Synonyms, ", ")) + ")"
		}
		where := "not in the best match"
		if len(t.Fields) > 0 {
			where = "in " + strings.Join(t.Fields, ", ")
		}
		add("  %-14s → %-14s weight %.1f  idf %.2f  rare %.2f  %s%s",
			clean(t.Words), clean(t.Term), t.Weight, t.IDF, t.Specific, where, how)
	}
	for i, m := range res.Matches {
		label := "runner-up"
		if i == 0 {
			label = "best"
		}
		add("  %-9s %.3f  %s  [%s, %s:%d]", label, m.Score, clean(m.Entry.Question), clean(m.Entry.ID), clean(m.Entry.File), m.Entry.Line)
	}
	verdict := "no match"
	if len(res.Matches) > 0 {
		cmp, outcome := "<", "not confident"
		if res.Confident {
			cmp, outcome = "≥", "answered"
		}
		verdict = fmt.Sprintf("confidence %.3f %s threshold %.2f: %s", res.Matches[0].Score, cmp, faq.Threshold, outcome)
	}
	add("  %s", verdict)
	for _, line := range lines {
		if width <= 0 || render.Width(line) <= width {
			fmt.Fprintln(w, line)
			continue
		}
		wrapped := render.Wrap(line, width-6)
		fmt.Fprintln(w, "  "+strings.Join(wrapped, "\n      "))
	}
}
