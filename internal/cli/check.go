package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/sanitize"
)

func newCheckCmd(f *factory) *cobra.Command {
	return &cobra.Command{
		Use:   "check PATH...",
		Short: "Check FAQ files for problems",
		Long: `Check FAQ files (or folders of them) and print each problem as
"file:line: problem": no entries, an empty answer, a duplicate id,
unterminated front matter, a synonym search cannot use (a group of one, a
member of stop words only), a file that is unreadable, binary or not UTF-8.
Exits 0 when every file is clean, 2 otherwise. Files are only read.`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("check needs at least one FAQ file or folder")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			return checkRun(f, args)
		},
	}
}

func checkRun(f *factory, paths []string) error {
	problems, files, entries := 0, 0, 0
	report := func(format string, a ...any) {
		problems++
		fmt.Fprintln(f.io.Out, sanitize.Line(fmt.Sprintf(format, a...)))
	}
	for _, p := range paths {
		names, err := faq.Files(p)
		if err != nil {
			report("%v", err)
			continue
		}
		for _, name := range names {
			files++
			doc, err := faq.ReadFile(name)
			var pe *faq.ParseError
			switch {
			case errors.As(err, &pe):
				report("%s:%d: %s", pe.Name, max(pe.Line, 1), pe.Msg)
				continue
			case err != nil:
				report("%v", err)
				continue
			}
			entries += len(doc.Entries)
			for _, pr := range doc.Problems {
				report("%s:%d: %s", name, max(pr.Line, 1), pr.Message)
			}
		}
	}
	if problems > 0 {
		return &exitError{ExitUsage, fmt.Errorf("%d problem(s) in %d file(s)", problems, files)}
	}
	fmt.Fprintf(f.io.ErrOut, "%d file(s), %d entries, no problems\n", files, entries)
	return nil
}
