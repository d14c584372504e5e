package cli

import (
	"fmt"
	"strings"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// The pages commands show, built from entries and search results; the
// printer writes them in the chosen mode.

// entryPage is an entry: the question as a title, the answer, its
// sources, its topic and id as a label, and the FAQ's disclaimer.
func (p *printer) entryPage(e entry) page {
	var b strings.Builder
	b.WriteString("# " + escapeText(clean(e.Question)) + "\n\n")
	b.WriteString(e.Answer)
	b.WriteString("\n")
	if len(e.Sources) > 0 {
		b.WriteString("\nSources: " + strings.Join(e.Sources, "; ") + "\n")
	}
	pg := page{markdown: sanitize.Markdown(b.String()), label: clean(e.Topic) + p.dot() + render.Keep(clean(e.ID))}
	if e.Disclaimer != "" {
		pg.notes = []string{clean(e.Disclaimer)}
	}
	return pg
}

// rankedPage is a search result for --top: the answer, if there is a
// confident one, then the other matches with their scores.
func (p *printer) rankedPage(res faq.Result, top int) page {
	ms := res.Matches[:min(top, len(res.Matches))]
	if !res.Confident {
		pg := page{lists: []render.Group{{Title: "Best matches", Rows: rows(ms, true)}}}
		if len(ms) == 0 {
			pg.markdown = "No entry shares words with the question.\n"
		}
		pg.notes = cleanAll(suggestionsDisclaimers(ms))
		return pg
	}
	pg := p.entryPage(entryOf(ms[0].Entry))
	if len(ms) > 1 {
		pg.lists = []render.Group{{Title: fmt.Sprintf("Other matches (the answer scored %s)", score(ms[0].Score)), Rows: rows(ms[1:], true)}}
	}
	return pg
}

// noMatchPage is what a question read from stdin gets on stdout when
// nothing answers it, so that output lines up with input.
func noMatchPage(res faq.Result) page {
	pg := page{markdown: "# No confident match: " + escapeMarkdown(clean(res.Query)) + "\n"}
	ms := res.Matches[:min(len(res.Matches), maxSuggestion)]
	if len(ms) > 0 {
		pg.lists = []render.Group{{Title: "Closest questions", Rows: rows(ms, false)}}
	}
	pg.notes = cleanAll(suggestionsDisclaimers(ms))
	return pg
}

// cleanAll is clean of each of ss.
func cleanAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		out = append(out, clean(s))
	}
	return out
}

// rows are matches as listing rows, with their scores or without.
func rows(ms []faq.Match, scores bool) []render.Row {
	out := make([]render.Row, 0, len(ms))
	for _, m := range ms {
		r := render.Row{ID: clean(m.Entry.ID), Text: clean(m.Entry.Question)}
		if scores {
			r.Score = score(m.Score)
		}
		out = append(out, r)
	}
	return out
}

// listPage groups entries by topic, in order of first appearance, with a
// count as a note.
func listPage(entries []*faq.Entry, total int) page {
	var groups []render.Group
	index := map[string]int{}
	for _, e := range entries {
		i, ok := index[e.Topic]
		if !ok {
			i = len(groups)
			index[e.Topic] = i
			groups = append(groups, render.Group{Title: clean(e.Topic)})
		}
		groups[i].Rows = append(groups[i].Rows, render.Row{ID: clean(e.ID), Text: clean(e.Question)})
	}
	count := plural(len(entries), "question", "questions")
	if len(entries) < total {
		count = fmt.Sprintf("%d of %d questions", len(entries), total)
	}
	return page{lists: groups, label: count + " in " + plural(len(groups), "topic", "topics")}
}

// plural words a count: "1 miss", "2 misses".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// warningMarkdown is the urgent notes a question called, each with a
// pointer to its entry (a command of faqCmd's) unless that entry is the
// one shown (shownID).
func warningMarkdown(ws []faq.Warning, shownID, faqCmd string) string {
	var b strings.Builder
	for _, w := range ws {
		var parts []string
		if w.Note != "" {
			parts = append(parts, w.Note)
		}
		if w.Entry != nil && w.Entry.ID != shownID {
			parts = append(parts, fmt.Sprintf("See **%s** (`%s show %s`).", escapeText(clean(w.Entry.Question)), faqCmd, shellQuote(clean(w.Entry.ID))))
		}
		if len(parts) > 0 {
			b.WriteString("> " + strings.ReplaceAll(strings.Join(parts, "\n\n"), "\n", "\n> ") + "\n")
		}
	}
	return sanitize.Markdown(b.String())
}
