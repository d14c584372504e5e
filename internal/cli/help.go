package cli

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/faqtool/faq/internal/render"
)

// Help and usage text, written to fit 80 columns: each command's flags
// with their values named, and the exit codes of the commands they apply
// to.

// helpWidth is the width help is wrapped at.
const helpWidth = 80

// Exit code tables, one per kind of command.
const (
	exitCodesAsk = `0    answered (every question, when they come from stdin)
1    no confident match
2    usage error, a bad question, or a FAQ that cannot be read
70   internal error (a bug)
130  interrupted`
	exitCodesShow = `0    shown
1    an unknown id
2    usage error, or a FAQ that cannot be read`
	exitCodesPick = `0    an entry was picked and printed
2    usage error, a FAQ that cannot be read, or no terminal to draw on
130  left without picking (Esc, Ctrl-C) or interrupted`
	exitCodesList = `0    listed
1    no question holds the words
2    usage error, or a FAQ that cannot be read`
	exitCodesCheck = `0    no problems
2    problems found, or a file that cannot be read`
	exitCodesTest = `0    nothing missed (with --min: every figure reaches it)
1    misses
2    usage error, a file that cannot be read, or an expected answer
     that is no id or question of the FAQ`
	exitCodesPlain = `0    done
2    usage error`
)

const (
	annotationExitCodes = "faq_exit_codes"
	annotationValueName = "faq_value_name"
)

// setExitCodes sets the exit code table help shows for cmd.
func setExitCodes(cmd *cobra.Command, table string) {
	if cmd.Annotations == nil {
		cmd.Annotations = map[string]string{}
	}
	cmd.Annotations[annotationExitCodes] = table
}

// setValueName sets the word help shows for a flag's value ("--data PATH").
func setValueName(cmd *cobra.Command, flag, name string) {
	_ = cmd.Flags().SetAnnotation(flag, annotationValueName, []string{name})
}

// noArgs rejects arguments, pointing a question that starts with a
// command name at "faq ask".
func noArgs(name string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return nil
		}
		return usageErrorf("%s takes no arguments; %s", name, askHint(name, args))
	}
}

// askHint tells how to ask a question that starts with a command's name,
// its words quoted where a shell would read them otherwise ("can't",
// "bad?"), so that the line can be pasted.
func askHint(name string, words []string) string {
	quoted := make([]string, len(words))
	for i, w := range words {
		w = clean(w)
		plain := w != "" && strings.IndexFunc(w, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-_./,:+@%=", r)
		}) < 0
		if plain {
			quoted[i] = w
		} else {
			quoted[i] = "'" + strings.ReplaceAll(w, "'", `'\''`) + "'"
		}
	}
	return fmt.Sprintf("to ask a question starting with %q, run: faq ask %s %s", name, name, strings.Join(quoted, " "))
}

// usage is the usage text of cmd: synopsis, examples, commands, flags and
// exit codes.
func usage(cmd *cobra.Command) string {
	var b strings.Builder
	b.WriteString("Usage:\n  " + cmd.UseLine() + "\n")
	if cmd.HasAvailableSubCommands() {
		b.WriteString("  " + cmd.CommandPath() + " COMMAND [flags]\n")
	}
	if cmd.Example != "" {
		b.WriteString("\nExamples:\n" + strings.TrimRight(cmd.Example, "\n") + "\n")
	}
	if cmd.HasAvailableSubCommands() {
		b.WriteString("\nCommands:\n")
		width := 0
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() || c.Name() == "help" {
				width = max(width, len(c.Name()))
			}
		}
		for _, c := range cmd.Commands() {
			if c.IsAvailableCommand() || c.Name() == "help" {
				b.WriteString(hanging("  "+pad(c.Name(), width)+"  ", c.Short))
			}
		}
	}
	if fl := cmd.NonInheritedFlags(); fl.HasAvailableFlags() {
		b.WriteString("\nFlags:\n" + flagUsages(fl))
	}
	if fl := cmd.InheritedFlags(); fl.HasAvailableFlags() {
		b.WriteString("\nGlobal flags:\n" + flagUsages(fl))
	}
	if codes := cmd.Annotations[annotationExitCodes]; codes != "" {
		b.WriteString("\nExit codes:\n")
		for _, line := range strings.Split(codes, "\n") {
			b.WriteString(hanging("  "+line[:5], line[5:]))
		}
	}
	if cmd.HasAvailableSubCommands() {
		fmt.Fprintf(&b, "\nRun '%s COMMAND --help' for more about a command.\n", cmd.CommandPath())
	}
	return b.String()
}

// flagUsages lists flags, one per line with its value's name, the
// descriptions aligned and wrapped.
func flagUsages(fs *pflag.FlagSet) string {
	type line struct{ left, usage string }
	var lines []line
	width := 0
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		value, text := describeFlag(f)
		if value != "" {
			left += " " + value
		}
		lines = append(lines, line{left, text})
		width = max(width, len(left))
	})
	width = min(width, 28)
	var b strings.Builder
	for _, l := range lines {
		if len(l.left) > width {
			b.WriteString(l.left + "\n")
			b.WriteString(hanging(strings.Repeat(" ", width+2), l.usage))
			continue
		}
		b.WriteString(hanging(pad(l.left, width)+"  ", l.usage))
	}
	return b.String()
}

// describeFlag returns the word for a flag's value ("PATH"; "" for a
// switch) and what it does, as help and the manual page show them.
func describeFlag(f *pflag.Flag) (value, usage string) {
	if v := f.Annotations[annotationValueName]; len(v) > 0 {
		value = v[0]
	} else if f.Value.Type() != "bool" {
		value = strings.ToUpper(f.Value.Type())
	}
	usage = f.Usage
	switch f.Name {
	case "help":
		usage = "show this help"
	case "version":
		usage = "show the version and commit"
	}
	return value, usage
}

// hanging writes text after lead, wrapped at helpWidth, its other lines
// indented as far as lead.
func hanging(lead, text string) string { return hangingAt(helpWidth, lead, text) }

// hangingAt is hanging at width columns.
func hangingAt(width int, lead, text string) string {
	indent := strings.Repeat(" ", render.Width(lead))
	lines := render.Wrap(text, max(width-len(indent), 10))
	if len(lines) == 0 {
		return strings.TrimRight(lead, " ") + "\n"
	}
	return lead + strings.Join(lines, "\n"+indent) + "\n"
}

func pad(s string, width int) string { return s + strings.Repeat(" ", max(width-len(s), 0)) }

// newHelpCmd replaces cobra's help command: it completes command names,
// shows the -h and -v flags like --help does, and points a question that
// starts with "help" at "faq ask" instead of printing usage.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Help about any command",
		ValidArgsFunction: func(c *cobra.Command, args []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			parent, _, err := c.Root().Find(args)
			if err != nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			for _, sub := range parent.Commands() {
				if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), toComplete) {
					out = append(out, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			target, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 || target == nil {
				return usageErrorf("no help topic %q; %s", clean(strings.Join(args, " ")), askHint("help", args))
			}
			target.InitDefaultHelpFlag()
			target.InitDefaultVersionFlag()
			return target.Help()
		},
	}
}
