package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/sanitize"
)

func newPickCmd(f *factory, o *options) *cobra.Command {
	return &cobra.Command{
		Use:   "pick [WORDS...]",
		Short: "Browse the FAQ and pick an entry, with a live preview",
		Long: `Browse the FAQ in a full-screen finder: type to narrow the questions (whole
words as in "faq QUESTION", or parts of words), move with the arrow keys and
read the answer in the preview. Enter prints the entry as "faq show" would
(formatted on a terminal, Markdown on a pipe, JSON with --json); Esc or
Ctrl-C leaves with exit code 130 and prints nothing. Tab cycles a topic
filter; ? shows every key.

The finder draws on the terminal itself, so its output can be piped:
"faq pick | pbcopy", "faq pick --json | jq -r .id". WORDS start the query.
Bare "faq" on a terminal opens it too.`,
		Example: `  faq pick
  faq pick si joint
  faq pick --json | jq -r .id`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return pickRun(f, o, strings.Join(args, " "))
		},
	}
}

// addPickFlag adds the root command's -i, which opens the finder with the
// question as its query instead of answering it.
func addPickFlag(cmd *cobra.Command) *bool {
	return cmd.Flags().BoolP("interactive", "i", false, "open the finder (faq pick) with the question as its query")
}

// pickRun runs the finder and prints the entry picked.
func pickRun(f *factory, o *options, query string) error {
	p, err := newPrinter(f, o)
	if err != nil {
		return err
	}
	ix, err := f.searchIndex(o)
	if err != nil {
		return err
	}
	x, err := f.load(o)
	if err != nil {
		return err
	}
	e, err := finder.Run(context.Background(), finder.Options{
		FAQ: x, Index: ix, Topic: o.topic, Query: query, Render: p.render, Markdown: entryMarkdown,
	})
	switch {
	case errors.Is(err, finder.ErrCanceled):
		return &exitError{code: ExitInterrupted}
	case err != nil:
		return usageErrorf("%v", err)
	}
	return p.entry(e)
}

// pickHint offers the finder with the words of a question that found no
// confident answer.
func pickHint(w io.Writer, query string) {
	fmt.Fprintf(w, "Browse the FAQ with: faq pick %s\n", shellWords(sanitize.Line(truncate(query, 200))))
}

const shellSafe = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,:/+=@%"

// shellWords writes words so that a shell reads them back as they are:
// plain words bare, others in single quotes.
func shellWords(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if strings.IndexFunc(w, func(r rune) bool { return !strings.ContainsRune(shellSafe, r) }) >= 0 {
			words[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
	}
	return strings.Join(words, " ")
}
