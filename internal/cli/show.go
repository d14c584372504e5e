package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
)

// ShowOptions are the options of "faq show".
type ShowOptions struct {
	IO      *iostreams.IOStreams
	Index   func() (*faq.Index, error)
	Printer func() (*printer, error)

	Data   DataFlags
	Output OutputFlags
	IDs    []string
}

// NewCmdShow returns the show command.
func NewCmdShow(f *Factory, runF func(*ShowOptions) error) *cobra.Command {
	opts := &ShowOptions{IO: f.IOStreams}
	opts.Index = opts.Data.index(f, false)
	opts.Printer = opts.Output.printer(f)
	cmd := &cobra.Command{
		Use:   "show ID...",
		Short: "Show entries by id",
		Long: `Show entries by id (see "faq list" for the ids; case does not matter). An
unknown id exits 1 and names the closest ids; the entries found are still
shown. When none of several words is an id, it says how to ask a question
that starts with "show" (faq ask show …).`,
		ValidArgsFunction: completeIDs(opts.Index),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("show needs an entry id (see 'faq list')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IDs = args
			if runF != nil {
				return runF(opts)
			}
			return showRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	addOutputFlags(cmd, &opts.Output, "markdown", "text", "json")
	setExitCodes(cmd, exitCodesShow)
	return cmd
}

func showRun(opts *ShowOptions) error {
	p, err := opts.Printer()
	if err != nil {
		return err
	}
	ix, err := opts.Index()
	if err != nil {
		return err
	}
	x := ix.FAQ()
	var entries []entry
	var unknown []string // what to say of each unknown id
	for _, id := range opts.IDs {
		e, ok := lookup(x, id)
		if !ok {
			msg := fmt.Sprintf("unknown id %q", clean(id))
			if near := x.ClosestIDs(id, 3); len(near) > 0 {
				msg += "; closest: " + clean(strings.Join(near, ", "))
			}
			unknown = append(unknown, msg)
			continue
		}
		entries = append(entries, entryOf(e))
	}
	if err := showEntries(p, entries, len(opts.IDs) > 1); err != nil {
		return err
	}
	// As cat does: the entries found are shown, then each id that was
	// not is named, and the exit code says some were missing.
	switch len(unknown) {
	case 0:
		return nil
	case 1:
		return noMatchErrorf("%s", unknown[0])
	}
	for _, msg := range unknown {
		fmt.Fprintln(opts.IO.ErrOut, "faq: "+msg)
	}
	if len(entries) == 0 {
		// "faq show me how to …" is a question, not ids.
		return noMatchErrorf("%s", askHint("show", opts.IDs))
	}
	return errNoMatch
}

// showEntries prints entries, in JSON as one object or, when several ids
// were asked for (many), an array.
func showEntries(p *printer, entries []entry, many bool) error {
	if len(entries) == 0 {
		return nil
	}
	if p.mode == modeJSON {
		if !many {
			return p.printJSON(entryObject(entries[0]))
		}
		out := make([]entryJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, entryObject(e))
		}
		return p.printJSON(out)
	}
	for i, e := range entries {
		if i > 0 {
			if err := p.separator(); err != nil {
				return err
			}
		}
		if err := p.print(p.entryPage(e)); err != nil {
			return err
		}
	}
	return nil
}
