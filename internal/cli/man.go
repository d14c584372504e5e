package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

func newManCmd(f *Factory) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "man",
		Short: "Print the manual page (roff) to stdout",
		Long: `Print faq's manual page in roff to stdout, for example:

  faq man > ~/.local/share/man/man1/faq.1    # then: man faq
  faq man | man -l -`,
		Args: noArgs("man"),
		RunE: func(cmd *cobra.Command, args []string) error {
			return writeMan(f.IOStreams.Out, cmd.Root())
		},
	}
	setExitCodes(cmd, exitCodesPlain)
	return cmd
}

// writeMan writes a manual page for root and its commands, generated from
// the same text as --help. (Written here rather than with cobra's doc
// package, whose Markdown dependencies would cost every run start-up time.)
func writeMan(w io.Writer, root *cobra.Command) error {
	var b strings.Builder
	fmt.Fprintf(&b, ".TH FAQ 1 \"\" \"faq %s\" \"faq manual\"\n", roff(version()))
	b.WriteString(".SH NAME\nfaq \\- " + roff(strings.ToLower(root.Short[:1])+root.Short[1:]) + "\n")
	b.WriteString(".SH SYNOPSIS\n.B faq\n[\\fIflags\\fR] \\fIQUESTION\\fR...\n.br\n.B faq\n\\fICOMMAND\\fR [\\fIflags\\fR]\n")
	b.WriteString(".SH DESCRIPTION\n" + roffText(root.Long) + "\n")
	b.WriteString(".SH COMMANDS\n")
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			fmt.Fprintf(&b, ".TP\n.B faq %s\n%s\n", roff(c.Use), roff(c.Short))
		}
	}
	b.WriteString(".SH OPTIONS\n")
	flags := pflag.NewFlagSet("faq", pflag.ContinueOnError)
	flags.AddFlagSet(root.PersistentFlags())
	flags.AddFlagSet(root.LocalNonPersistentFlags())
	flags.VisitAll(func(fl *pflag.Flag) {
		if fl.Hidden {
			return
		}
		value, usage := describeFlag(fl)
		b.WriteString(".TP\n")
		if fl.Shorthand != "" {
			fmt.Fprintf(&b, "\\fB\\-%s\\fR, ", roff(fl.Shorthand))
		}
		fmt.Fprintf(&b, "\\fB\\-\\-%s\\fR", roff(fl.Name))
		if value != "" {
			fmt.Fprintf(&b, " \\fI%s\\fR", roff(value))
		}
		fmt.Fprintf(&b, "\n%s\n", roff(usage))
	})
	b.WriteString(".SH EXIT STATUS\n" + roffText(exitCodesAsk) + "\n")
	b.WriteString(".SH EXAMPLES\n" + roffText(root.Example) + "\n")
	b.WriteString(".SH ENVIRONMENT\n" + roffText(environmentHelp) + "\n")
	b.WriteString(".SH FILES\n" + roffText("$XDG_CONFIG_HOME/faq/config.toml (or the platform's config folder):\nsettings; see faq config --help") + "\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// environmentHelp lists the environment variables faq reads.
const environmentHelp = `FAQ_PATH        FAQ files or folders, separated like PATH (as --data)
FAQ_PAGER       pager for long output (else the config's, else PAGER)
FAQ_CACHE_DIR   where large FAQs' indexes are cached
FAQ_CONFIG      the config file to read (it must exist)
GLAMOUR_STYLE   style (as --style)
NO_COLOR        no colour when set (bold and the like stay)
CLICOLOR_FORCE  colour even on a pipe when set and not 0 (as --color always)
FAQ_FORCE_TTY   treat stdout as a terminal of this width (for tests)
FAQ_DEBUG       print a stack trace with an internal error`

// roff escapes text for roff: backslashes, and dashes as minus signs.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	return strings.ReplaceAll(s, "-", `\-`)
}

// roffText escapes a block, keeping its lines as they are (no filling)
// and protecting lines that start with a control character.
func roffText(s string) string {
	var b strings.Builder
	b.WriteString(".nf\n")
	for _, line := range strings.Split(strings.Trim(s, "\n"), "\n") {
		line = roff(line)
		if strings.HasPrefix(line, ".") || strings.HasPrefix(line, "'") {
			line = `\&` + line
		}
		b.WriteString(line + "\n")
	}
	b.WriteString(".fi")
	return b.String()
}
