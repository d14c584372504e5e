package cli

import (
	"slices"
	"strings"
	"unicode"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
)

// ListOptions are the options of "faq list".
type ListOptions struct {
	IO      *iostreams.IOStreams
	Index   func() (*faq.Index, error)
	Printer func() (*printer, error)

	Data   DataFlags
	Output OutputFlags
	Topic  string
	// Words keep only the questions that hold every one of them.
	Words []string
}

// NewCmdList returns the list command.
func NewCmdList(f *Factory, runF func(*ListOptions) error) *cobra.Command {
	opts := &ListOptions{IO: f.IOStreams}
	opts.Index = opts.Data.index(f, false)
	opts.Printer = opts.Output.printer(f)
	cmd := &cobra.Command{
		Use:   "list [WORDS...]",
		Short: "List the questions, grouped by topic, or those holding WORDS",
		Long: `List every question with its id, grouped by topic; with WORDS, only the
questions whose text, id or topic holds every word as a whole word
(ignoring case and a plural ending).

On a terminal the list is formatted; on a pipe each line is
"id<TAB>topic<TAB>question"; --format markdown gives a Markdown list,
--format text plain text and --json an array.`,
		Example: `  faq list
  faq list sciatica
  faq list --topic "SI joint"
  faq list | cut -f1`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Words = args
			if runF != nil {
				return runF(opts)
			}
			return listRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	addTopicFlag(cmd, &opts.Topic, opts.Index)
	addOutputFlags(cmd, &opts.Output, "tsv", "markdown", "text", "json")
	setExitCodes(cmd, exitCodesList)
	return cmd
}

func listRun(opts *ListOptions) error {
	p, err := opts.Printer()
	if err != nil {
		return err
	}
	ix, err := opts.Index()
	if err != nil {
		return err
	}
	x := ix.FAQ()
	if err := checkTopic(x, opts.Topic); err != nil {
		return err
	}
	for _, w := range opts.Words {
		if len(lowerWords(w)) == 0 {
			return usageErrorf("list: %q has no letters or digits to look for", clean(w))
		}
	}
	var entries []*faq.Entry
	for i := range x.Entries {
		if e := &x.Entries[i]; (opts.Topic == "" || strings.EqualFold(e.Topic, opts.Topic)) && holdsAll(e, opts.Words) {
			entries = append(entries, e)
		}
	}
	var none error
	if len(entries) == 0 && len(opts.Words) > 0 {
		words := strings.Join(opts.Words, " ")
		none = noMatchErrorf("no question holds %q; %s", clean(words), askHint("list", opts.Words))
	}
	if p.mode == modeJSON {
		// A script reads an empty list, and the exit code says why.
		out := make([]listJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, listJSON{e.ID, e.Topic, e.Question, e.File, e.Line})
		}
		if err := p.printJSON(out); err != nil {
			return err
		}
		return none
	}
	if none != nil {
		return none
	}
	return p.print(listPage(entries, len(x.Entries)))
}

// holdsAll reports whether an entry's question, id or topic holds every
// word as a whole word, ignoring case and a plural ending ("injections"
// finds "injection", "status" finds "statuses"; "si" finds "SI joint", not
// "physical").
func holdsAll(e *faq.Entry, words []string) bool {
	held := map[string]bool{}
	for _, w := range lowerWords(e.Question + " " + e.ID + " " + e.Topic) {
		for _, f := range forms(w) {
			held[f] = true
		}
	}
	for _, arg := range words {
		for _, w := range lowerWords(arg) {
			if !slices.ContainsFunc(forms(w), func(f string) bool { return held[f] }) {
				return false
			}
		}
	}
	return true
}

// lowerWords returns the words of s in lower case: runs of letters and
// digits ("l5-s1" is "l5" and "s1").
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// forms returns w and the words it may be a plural of: without "s"
// ("injections"), without "es" ("boxes", "statuses"), with "ies" as "y"
// ("surgeries") and "es" as "is" ("analyses"). Two words are the same
// when their forms meet. A word of three letters or less, or ending in
// "ss", has no other form.
func forms(w string) []string {
	out := []string{w}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return out
	}
	add := func(f string) {
		if len(f) >= 3 {
			out = append(out, f)
		}
	}
	add(w[:len(w)-1])
	if base, ok := strings.CutSuffix(w, "es"); ok {
		add(base)
		add(base + "is")
	}
	if base, ok := strings.CutSuffix(w, "ies"); ok {
		add(base + "y")
	}
	return out
}
