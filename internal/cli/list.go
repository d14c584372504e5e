package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

func newListCmd(f *factory, o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List every question, grouped by topic",
		Long: `List every question, grouped by topic. On a terminal the list is formatted;
on a pipe each line is "id<TAB>topic<TAB>question"; --json gives an array.`,
		Args: noArgs("list"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return listRun(f, o)
		},
	}
}

// noArgs rejects arguments, pointing a question that starts with a
// command name at "faq ask".
func noArgs(name string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		return usageErrorf("%s takes no arguments; to ask a question starting with %q, run: faq ask %s %s",
			name, name, name, strings.Join(args, " "))
	}
}

// listJSON is one entry in list --json.
type listJSON struct {
	ID       string `json:"id"`
	Topic    string `json:"topic"`
	Question string `json:"question"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

func listRun(f *factory, o *options) error {
	p, err := newPrinter(f, o)
	if err != nil {
		return err
	}
	x, err := f.load(o)
	if err != nil {
		return err
	}
	var entries []*faq.Entry
	for i := range x.Entries {
		if e := &x.Entries[i]; o.topic == "" || strings.EqualFold(e.Topic, o.topic) {
			entries = append(entries, e)
		}
	}
	switch p.mode {
	case modeJSON:
		out := make([]listJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, listJSON{e.ID, e.Topic, e.Question, e.File, e.Line})
		}
		return p.json(out)
	case modeMarkdown:
		var b strings.Builder
		for _, e := range entries {
			fmt.Fprintf(&b, "%s\t%s\t%s\n", sanitize.Line(e.ID), sanitize.Line(e.Topic), sanitize.Line(e.Question))
		}
		_, err := fmt.Fprint(f.io.Out, b.String())
		return err
	}
	md := listMarkdown(entries)
	if p.mode == modeText {
		_, err := fmt.Fprint(f.io.Out, render.Text(md, p.render.Width))
		return err
	}
	out, err := render.Markdown(md, p.render)
	if err != nil {
		return err
	}
	return p.write(out)
}

// listMarkdown groups entries by topic, in order of first appearance.
func listMarkdown(entries []*faq.Entry) string {
	var topics []string
	byTopic := map[string][]*faq.Entry{}
	for _, e := range entries {
		if _, ok := byTopic[e.Topic]; !ok {
			topics = append(topics, e.Topic)
		}
		byTopic[e.Topic] = append(byTopic[e.Topic], e)
	}
	var b strings.Builder
	for _, t := range topics {
		fmt.Fprintf(&b, "## %s\n\n", escapeMarkdown(sanitize.Line(t)))
		for _, e := range byTopic[t] {
			fmt.Fprintf(&b, "- %s `%s`\n", escapeMarkdown(sanitize.Line(e.Question)), sanitize.Line(e.ID))
		}
		b.WriteString("\n")
	}
	return b.String()
}
