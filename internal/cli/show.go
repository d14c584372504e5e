package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
)

func newShowCmd(f *factory, o *options) *cobra.Command {
	return &cobra.Command{
		ValidArgsFunction: f.completeIDs(o),
		Use:               "show ID...",
		Short:             "Show entries by id",
		Long:              `Show entries by id (see "faq list" for the ids). An unknown id exits 1 and suggests the closest ids.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("show needs an entry id (see 'faq list')")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return showRun(f, o, args)
		},
	}
}

func showRun(f *factory, o *options, ids []string) error {
	p, err := newPrinter(f, o)
	if err != nil {
		return err
	}
	x, err := f.load(o)
	if err != nil {
		return err
	}
	var entries []*faq.Entry
	for _, id := range ids {
		e, ok := x.Lookup(strings.TrimSpace(id))
		if !ok {
			msg := fmt.Sprintf("unknown id %q", id)
			if near := x.ClosestIDs(id, 3); len(near) > 0 {
				msg += "; closest: " + strings.Join(near, ", ")
			}
			return errUnknownID(msg)
		}
		entries = append(entries, e)
	}
	if p.mode == modeJSON && len(entries) > 1 {
		out := make([]entryJSON, 0, len(entries))
		for _, e := range entries {
			out = append(out, entryObject(e))
		}
		return p.json(out)
	}
	for i, e := range entries {
		if i > 0 && p.mode == modeMarkdown {
			fmt.Fprint(f.io.Out, "\n---\n\n")
		}
		if err := p.entry(e); err != nil {
			return err
		}
	}
	return nil
}
