// Package cli implements the faq command line: commands, flags, output
// formats and exit codes. It is the only package that knows about flags.
//
// Each command has its own options (its flags, its streams, and the
// dependencies it builds on first use from the Factory), made by
// NewCmdX(f, runF); tests pass a runF to see the options a command line
// parses into.
package cli

import (
	"errors"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/render"
)

const rootLong = `faq answers a question from a FAQ: type it after the command, no quotes
needed. The built-in FAQ covers the S1 nerve, sciatica, the L5-S1 level and
the sacroiliac (SI) joint; its answers are general information,
not medical advice. Point faq at any FAQ written in Markdown with --data,
$FAQ_PATH or the config file (see 'faq config').

On a terminal the answer is formatted; on a pipe it is Markdown. With no
question on a terminal, faq opens the finder (faq pick); with the question
"-", or no question and stdin not a terminal, every line of stdin is a
question. To ask a question whose first word is a command name (list,
show, help ...), use "faq ask ..." or "faq -- ...".`

const rootExample = `  faq is the s1 nerve the same as sciatica
  faq si joint mri --json | jq -r .answer
  printf 'si joint mri\nl5 s1 heal time\n' | faq --json
  faq --data ./FAQ.md how do i upgrade     # your own FAQ
  faq ask list of treatments for a pinched s1 nerve`

// shortHelp is what bare "faq" prints when stdin is a terminal and the
// finder cannot open (stdout is not a terminal, TERM is dumb, or the
// system is not Unix): enough to start.
const shortHelp = `faq answers questions from a FAQ. Ask in plain words:

  faq how long does l5-s1 take to heal

'faq list' shows every question, 'faq pick' browses them, 'faq --help'
everything else.
`

// NewCmdRoot returns the faq command: it answers a question, as "faq ask"
// does, and holds the other commands.
func NewCmdRoot(f *Factory) *cobra.Command {
	cmd := newAskCmd(f, "faq [flags] QUESTION...", func(opts *AskOptions) error {
		if len(opts.Words) == 0 && opts.IO.IsStdinTTY() && !opts.Interactive {
			p, err := opts.Printer()
			if err != nil {
				return err
			}
			if !opts.IO.IsStdoutTTY() || !p.canDrawFinder() || !finder.Supported {
				_, err := opts.IO.Out.Write([]byte(shortHelp))
				return err
			}
			opts.Interactive = true
		}
		return askRun(opts)
	})
	cmd.Short = "Answer questions from a FAQ"
	cmd.Long = rootLong
	cmd.Example = rootExample
	cmd.SilenceErrors = true
	cmd.SilenceUsage = true
	cmd.SetOut(quietPipe{f.IOStreams.Out})
	cmd.SetErr(f.IOStreams.ErrOut)
	cmd.SetFlagErrorFunc(flagError)
	cmd.SetUsageFunc(func(c *cobra.Command) error {
		_, err := c.OutOrStdout().Write([]byte(usage(c)))
		return err
	})
	cmd.SetHelpTemplate(`{{with (or .Long .Short)}}{{.}}

{{end}}{{.UsageString}}`)
	cmd.AddCommand(
		NewCmdAsk(f, nil),
		NewCmdList(f, nil),
		NewCmdShow(f, nil),
		NewCmdPick(f, nil),
		NewCmdCheck(f, nil),
		NewCmdTest(f, nil),
		NewCmdConfig(f, nil),
		newManCmd(f),
	)
	cmd.Version = version()
	cmd.SetVersionTemplate("faq {{.Version}}\n")
	cmd.SetHelpCommand(newHelpCmd())
	// Defined now rather than when cobra runs a command, so that finding
	// the command knows -h takes no value ("faq -h list" is list's help).
	cmd.InitDefaultHelpFlag()
	cmd.InitDefaultVersionFlag()
	initCompletion(cmd)
	return cmd
}

// initCompletion adds cobra's completion command, with exit codes in its
// help, and runnable, so that cobra reports an unknown shell as an
// unknown command (exit 2) rather than showing the help (exit 0).
func initCompletion(root *cobra.Command) {
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		setExitCodes(c, exitCodesPlain)
		for _, sub := range c.Commands() {
			setExitCodes(sub, exitCodesPlain)
			sub.Long = wrapLines(sub.Long, 80)
		}
		c.RunE = func(c *cobra.Command, _ []string) error { return c.Help() }
	}
}

// flagError words a flag error in one line: an unknown flag may be a
// question word ("-f"), and a bad value says what is wanted rather than
// which Go function refused it.
func flagError(c *cobra.Command, err error) error {
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "unknown") && (c == c.Root() || c.Name() == "ask"):
		// Most likely a word of the question, such as "-f".
		return usageErrorf("%s (see '%s --help', or put -- before a question that holds it)", msg, c.CommandPath())
	case strings.HasPrefix(msg, "invalid argument"):
		if fl, val, ok := invalidFlagValue(err); ok {
			return usageErrorf("invalid --%s %q (want %s; see '%s --help')", fl.Name, val, valueKind(fl), c.CommandPath())
		}
	}
	return usageErrorf("%s (see '%s --help')", msg, c.CommandPath())
}

// invalidFlagValue returns the flag and value of a bad flag value error.
func invalidFlagValue(err error) (*pflag.Flag, string, bool) {
	var ive *pflag.InvalidValueError
	if !errors.As(err, &ive) {
		return nil, "", false
	}
	return ive.GetFlag(), ive.GetValue(), true
}

// valueKind says what a flag's value must be.
func valueKind(fl *pflag.Flag) string {
	switch fl.Value.Type() {
	case "int", "int64", "uint":
		return "a whole number"
	case "float64", "float32":
		return "a number"
	case "bool":
		return "true or false"
	}
	return "a value"
}

// wrapLines wraps the lines of s wider than width, each wrapped line
// keeping the indentation of the line it came from (cobra's texts have a
// line or two wider than a terminal).
func wrapLines(s string, width int) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		// A line of no more bytes than columns fits: measuring every
		// line's width would cost each run a few million instructions.
		if len(line) <= width || render.Width(line) <= width {
			out = append(out, line)
			continue
		}
		text := strings.TrimLeft(line, " \t")
		out = append(out, strings.TrimSuffix(hangingAt(width, line[:len(line)-len(text)], text), "\n"))
	}
	return strings.Join(out, "\n")
}
