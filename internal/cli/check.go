package cli

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
)

// CheckOptions are the options of "faq check".
type CheckOptions struct {
	IO    *iostreams.IOStreams
	Paths []string
}

// NewCmdCheck returns the check command.
func NewCmdCheck(f *Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{IO: f.IOStreams}
	cmd := &cobra.Command{
		Use:   "check PATH...",
		Short: "Check FAQ files for problems",
		Long: `Check FAQ files (or folders of them) and print each problem as
"file:line: problem": no entries, an empty answer, a duplicate id,
unterminated front matter, a synonym search cannot use (a group of one, a
member of stop words only), a file that is unreadable, binary or not UTF-8.
Files are only read.`,
		Example: `  faq check FAQ.md
  faq check docs/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("check needs at least one FAQ file or folder")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	setExitCodes(cmd, exitCodesCheck)
	return cmd
}

func checkRun(opts *CheckOptions) error {
	problems, files, entries := 0, 0, 0
	report := func(format string, a ...any) {
		problems++
		fmt.Fprintln(opts.IO.Out, clean(fmt.Sprintf(format, a...)))
	}
	for _, p := range opts.Paths {
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
		return usageErrorf("%s in %s", plural(problems, "problem", "problems"), plural(files, "file", "files"))
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s, %s, no problems\n", plural(files, "file", "files"), plural(entries, "entry", "entries"))
	return nil
}
