package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
)

// PickOptions are the options of "faq pick", and of faq itself when it
// opens the finder.
type PickOptions struct {
	IO      *iostreams.IOStreams
	Index   func() (*faq.Index, error)
	Printer func() (*printer, error)
	// Find runs the finder.
	Find func(context.Context, finder.Options) (finder.Pick, error)

	Data   DataFlags
	Output OutputFlags
	Topic  string
	// Words start the query.
	Words []string
}

const pickLong = `Browse the FAQ in a full-screen finder: type to narrow the questions (whole
words as in "faq QUESTION", or parts of words), move with the arrow keys and
read the answer in the preview. Enter prints the entry as "faq show" would
(formatted on a terminal, Markdown on a pipe, JSON with --json); Esc or
Ctrl-C leaves with exit code 130 and prints nothing. Tab cycles a topic
filter; ? in an empty query, or F1, shows every key.

The finder draws on the terminal itself, so its output can be piped:
"faq pick | pbcopy", "faq pick --json | jq -r .id". WORDS start the query.
Bare "faq" on a terminal opens it too, and "faq -i QUESTION" with the
question as the query.`

// NewCmdPick returns the pick command.
func NewCmdPick(f *Factory, runF func(*PickOptions) error) *cobra.Command {
	opts := &PickOptions{IO: f.IOStreams, Find: f.runFinder}
	opts.Index = opts.Data.index(f, true)
	opts.Printer = opts.Output.printer(f)
	cmd := &cobra.Command{
		Use:   "pick [WORDS...]",
		Short: "Browse the FAQ and pick an entry, with a live preview",
		Long:  pickLong,
		Example: `  faq pick
  faq pick si joint
  faq pick --json | jq -r .id`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Words = args
			if runF != nil {
				return runF(opts)
			}
			return pickRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	addTopicFlag(cmd, &opts.Topic, opts.Index)
	addOutputFlags(cmd, &opts.Output, "markdown", "text", "json")
	setExitCodes(cmd, exitCodesPick)
	return cmd
}

// pickOptionsOf are the options of faq itself (faq -i, bare faq on a
// terminal) as the finder's: the same FAQ, output and topic, the
// question as the query.
func pickOptionsOf(ask *AskOptions) *PickOptions {
	return &PickOptions{IO: ask.IO, Index: ask.Index, Printer: ask.Printer, Find: ask.Find,
		Data: ask.Data, Output: ask.Output, Topic: ask.Topic, Words: ask.Words}
}

// pickRun runs the finder and prints the entry picked as "faq show"
// does, after the urgent notes its question or the query called.
func pickRun(opts *PickOptions) error {
	p, err := opts.Printer()
	if err != nil {
		return err
	}
	if !p.canDrawFinder() {
		return usageErrorf("the finder needs a terminal that takes escape codes (TERM is dumb)")
	}
	query := strings.Join(opts.Words, " ")
	if strings.TrimSpace(query) != "" {
		if query, err = checkQuestion(query); err != nil {
			return err
		}
	}
	ix, err := opts.Index()
	if err != nil {
		return err
	}
	if err := checkTopic(ix.FAQ(), opts.Topic); err != nil {
		return err
	}
	faqCmd := faqCommand(opts.Data.Paths)
	// The preview is what Enter prints: the urgent notes the entry's
	// question or the query calls stay in view whatever entry is selected.
	preview := func(e *faq.Entry, query string) string {
		md := p.entryPage(entryOf(e)).markdown
		if w := warningMarkdown(pickWarnings(ix, finder.Pick{Entry: e, Query: query}), e.ID, faqCmd); w != "" {
			md = w + "\n" + md
		}
		return md
	}
	pick, err := opts.Find(context.Background(), finder.Options{
		FAQ: ix.FAQ(), Index: ix, Topic: opts.Topic, Query: query, Render: p.render, Markdown: preview,
	})
	switch {
	case errors.Is(err, finder.ErrCanceled):
		return &exitError{code: ExitInterrupted}
	case err != nil:
		return usageErrorf("%v", err)
	}
	e := entryOf(pick.Entry)
	ws := pickWarnings(ix, pick)
	if p.mode == modeJSON {
		return p.printJSON(pickObject(e, ws))
	}
	pg := p.entryPage(e)
	pg.warning = warningMarkdown(ws, e.ID, faqCmd)
	return p.print(pg)
}

// canDrawFinder reports whether the terminal takes the escape codes the
// finder draws with: not under TERM=dumb, the one case of Plain output
// on a terminal.
func (p *printer) canDrawFinder() bool { return p.render.Colors != render.Plain }

// pickWarnings are the urgent notes that the picked entry's question or
// the query typed called, each urgent block once: someone who typed
// "numb groin" sees the note whatever entry they pick.
func pickWarnings(ix *faq.Index, pick finder.Pick) []faq.Warning {
	ws := ix.Warnings(pick.Entry.Question)
	for _, w := range ix.Warnings(pick.Query) {
		seen := false
		for _, v := range ws {
			seen = seen || v.Note == w.Note && v.Entry == w.Entry
		}
		if !seen {
			ws = append(ws, w)
		}
	}
	return ws
}

// pickHint offers the finder with the words of a question that found no
// confident answer, reading the same FAQ.
func pickHint(w io.Writer, query string, data []string, width int) {
	words := strings.Fields(clean(truncate(query, 200)))
	sep := " "
	for i, word := range words {
		if strings.HasPrefix(word, "-") {
			sep = " -- " // a word that reads as a flag is still a word
		}
		words[i] = shellQuote(word)
	}
	cmd := faqCommand(data) + " pick" + sep + strings.Join(words, " ")
	if width > 0 && render.Width("Browse the FAQ with: "+cmd) > width {
		fmt.Fprintf(w, "Browse the FAQ with:\n  %s\n", cmd) // the command whole, to copy
		return
	}
	fmt.Fprintf(w, "Browse the FAQ with: %s\n", cmd)
}
