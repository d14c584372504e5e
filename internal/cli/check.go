package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
	"github.com/faqtool/faq/internal/iostreams"
)

// CheckOptions are the options of "faq check".
type CheckOptions struct {
	IO    *iostreams.IOStreams
	Data  DataFlags
	Paths []string
	paths func() ([]string, error) // the data paths, when Paths is empty
}

// NewCmdCheck returns the check command.
func NewCmdCheck(f *Factory, runF func(*CheckOptions) error) *cobra.Command {
	opts := &CheckOptions{IO: f.IOStreams}
	opts.paths = func() ([]string, error) { return opts.Data.paths(f) }
	cmd := &cobra.Command{
		Use:   "check [PATH...]",
		Short: "Check FAQ files for problems",
		Long: `Check FAQ files or folders of them (default: --data, else $FAQ_PATH, else
the config file's data, else the built-in FAQ) and print each problem as
"file:line: problem": text that ends up in no entry, a question with no
answer, a code fence that is never closed, duplicate questions or ids, an
answer that is only a list of links, a heading that reads as part of the
answer above it, few entries in a large file (with the shape its
questions may be written in), unterminated front matter, a synonym search
cannot use, an urgent block that names no entry, a file that is
unreadable, binary or not UTF-8. Files are only read.`,
		Example: `  faq check FAQ.md
  faq check docs/
  faq check --data docs/FAQ.md`,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Paths = args
			if runF != nil {
				return runF(opts)
			}
			return checkRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	setExitCodes(cmd, exitCodesCheck)
	return cmd
}

func checkRun(opts *CheckOptions) error {
	paths := opts.Paths
	if len(paths) > 0 && len(opts.Data.Paths) > 0 {
		return usageErrorf("check reads the files it is given, or --data's: not both")
	}
	if len(paths) == 0 {
		var err error
		if paths, err = opts.paths(); err != nil {
			return err
		}
	}
	var files []string
	builtinToo := len(paths) == 0
	for _, p := range paths {
		switch isBuiltin, unknown := builtin.Names(p); {
		case unknown:
			return usageErrorf("%s: no such built-in FAQ file (it has %s)", p, builtin.Name)
		case isBuiltin:
			builtinToo = true
		default:
			files = append(files, p)
		}
	}
	r := faq.Check(files)
	if builtinToo {
		r.Add(builtin.Name, builtin.Source())
	}
	for _, p := range r.Problems {
		fmt.Fprintln(opts.IO.Out, clean(p.String()))
	}
	if len(r.Problems) > 0 {
		if r.Files == 0 { // no path named a file that could be read
			return usageErrorf("%s", plural(len(r.Problems), "problem", "problems"))
		}
		return usageErrorf("%s in %s", plural(len(r.Problems), "problem", "problems"), plural(r.Files, "file", "files"))
	}
	fmt.Fprintf(opts.IO.ErrOut, "%s, %s, no problems\n", plural(r.Files, "file", "files"), plural(r.Entries, "entry", "entries"))
	return nil
}
