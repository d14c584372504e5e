package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/sanitize"
)

// checkExitCodes replaces the root's exit codes in check's help: check
// answers no question.
const checkExitCodes = `
Exit codes:
  0   no problems
  2   a problem was found, a file cannot be read, or bad usage
`

func newCheckCmd(f *factory, o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Check FAQ files for problems",
		Long: `Check FAQ files or folders of them (default: --data, else $FAQ_PATH, else
the built-in FAQ) and print each problem as "file:line: problem": text
that ends up in no entry, a question with no answer, a code fence that is
never closed, duplicate questions or ids, an answer that is only a list
of links, a heading that reads as part of the answer above it, few
entries in a large file (with the shape its questions may be written
in), unterminated front matter, a synonym search cannot use, a file that
is unreadable, binary or not UTF-8. Files are only read.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				args = f.dataPaths(o)
			}
			if len(args) == 0 {
				args = []string{faq.EmbeddedPrefix}
			}
			return checkRun(f, args)
		},
	}
	cmd.SetUsageTemplate(cmd.UsageTemplate() + checkExitCodes)
	return cmd
}

func checkRun(f *factory, paths []string) error {
	r := faq.Check(paths)
	for _, p := range r.Problems {
		fmt.Fprintln(f.io.Out, sanitize.Line(p.String()))
	}
	if len(r.Problems) > 0 {
		return &exitError{ExitUsage, fmt.Errorf("%d problem(s) in %d file(s)", len(r.Problems), r.Files)}
	}
	fmt.Fprintf(f.io.ErrOut, "%d file(s), %d entries, no problems\n", r.Files, r.Entries)
	return nil
}
