// Package cli implements the faq command line: commands, flags, output
// formats and exit codes. It is the only package that knows about flags.
package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
)

// factory holds what commands need from outside: streams, environment,
// and the FAQ, loaded once on first use.
type factory struct {
	io     *iostreams.IOStreams
	getenv func(string) string

	faq   *faq.FAQ
	index *faq.Index
}

// options are the flags shared by every command.
type options struct {
	data    []string
	json    bool
	format  string
	style   string
	color   string
	width   int
	topic   string
	top     int
	explain bool
	pager   string
}

const disclaimer = "Answers from the built-in FAQ are general information, not medical advice."

func newRootCmd(f *factory) *cobra.Command {
	o := &options{}
	var interactive *bool
	cmd := &cobra.Command{
		Use:   "faq [flags] QUESTION...",
		Short: "Answer questions from a FAQ",
		Long: `faq answers a question from a FAQ: type it after the command, no quotes needed.

The built-in FAQ covers the S1 nerve, sciatica, the L5-S1 level and the
sacroiliac (SI) joint. ` + disclaimer + `
Point faq at any FAQ written in Markdown with --data or FAQ_PATH.

On a terminal the answer is formatted; on a pipe it is plain Markdown.
With no question words on a terminal, faq opens the finder (faq pick);
with stdin not a terminal, every line of stdin is a question. To ask a
question whose first word is a command name (list, show, check, help ...),
use "faq ask ..." or "faq -- ...".`,
		Example: `  faq is the s1 nerve the same as sciatica
  faq si joint mri --json | jq -r .answer
  printf 'si joint mri\nl5 s1 heal time\n' | faq --json
  faq --data docs/FAQ.md how do i upgrade
  faq ask list of treatments for a pinched s1 nerve`,
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			if *interactive || len(args) == 0 && f.io.IsStdinTTY() && f.io.IsStdoutTTY() {
				return pickRun(f, o, strings.Join(args, " "))
			}
			if len(args) == 0 && f.io.IsStdinTTY() {
				return cmd.Help()
			}
			return askRun(f, o, args)
		},
	}
	interactive = addPickFlag(cmd)
	cmd.SetOut(f.io.Out)
	cmd.SetErr(f.io.ErrOut)
	cmd.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		if strings.HasPrefix(err.Error(), "unknown") {
			// Most likely a question word such as "-f" or "--force".
			return usageErrorf("%v (see 'faq --help', or put -- before a question that holds it)", err)
		}
		return usageErrorf("%v (see 'faq --help')", err)
	})
	cmd.SetUsageTemplate(cmd.UsageTemplate() + exitCodesHelp)

	fl := cmd.PersistentFlags()
	fl.StringArrayVar(&o.data, "data", nil, "FAQ `path`: a Markdown file or a folder of them (repeatable; default: $FAQ_PATH, else the built-in FAQ)")
	fl.BoolVar(&o.json, "json", false, "print JSON (same as --format json)")
	fl.StringVar(&o.format, "format", "", "output `format`: markdown, text or json (default: formatted on a terminal, markdown on a pipe)")
	fl.StringVar(&o.style, "style", "", "glamour style `name` or JSON style file (default: $GLAMOUR_STYLE, else dark or light by $COLORFGBG)")
	fl.StringVar(&o.color, "color", "auto", "`when` to use colour: auto, always or never (auto: only on a terminal, and not when $NO_COLOR is set)")
	fl.IntVar(&o.width, "width", 0, "wrap at `columns` (default: the terminal's width, at most 100; 80 when unknown)")
	fl.StringVar(&o.topic, "topic", "", "only entries of this `topic`")
	fl.StringVar(&o.pager, "pager", "", "pager `command` for output taller than the terminal (default: $FAQ_PAGER, else $PAGER, else less; \"cat\" for none)")
	_ = cmd.RegisterFlagCompletionFunc("topic", f.completeTopics(o))
	_ = cmd.RegisterFlagCompletionFunc("style", completeStyles)
	_ = cmd.RegisterFlagCompletionFunc("color", completeWords("auto", "always", "never"))
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords("markdown", "text", "json"))
	addAskFlags(cmd, o)

	cmd.AddCommand(
		newAskCmd(f, o),
		newListCmd(f, o),
		newShowCmd(f, o),
		newPickCmd(f, o),
		newCheckCmd(f),
		newTestCmd(f, o),
		newManCmd(f),
	)
	cmd.Version = version()
	cmd.SetVersionTemplate("faq {{.Version}}\n")
	cmd.SetHelpCommand(newHelpCmd())
	return cmd
}

const exitCodesHelp = `
Exit codes:
  0   answered
  1   no confident match, or an unknown id
  2   usage error, bad input, or FAQ data that cannot be read
  70  internal error (a bug)
  130 interrupted
`

// newHelpCmd replaces cobra's help command so that "faq help me ..." does
// not silently print usage: a question starting with "help" is pointed at
// "faq ask".
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: "Help about any command",
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			target, rest, err := root.Find(args)
			if err != nil || len(rest) > 0 || target == nil {
				return usageErrorf("no help topic %q; to ask a question starting with \"help\", run: faq ask help %s",
					strings.Join(args, " "), strings.Join(args, " "))
			}
			return target.Help()
		},
	}
}

// pagerCommand returns the pager to use: --pager, else FAQ_PAGER, else
// PAGER, else less.
func (f *factory) pagerCommand(o *options) string {
	for _, p := range []string{o.pager, f.getenv("FAQ_PAGER"), f.getenv("PAGER")} {
		if strings.TrimSpace(p) != "" {
			return p
		}
	}
	return "less"
}

// dataPaths returns the FAQ paths to load: --data, else FAQ_PATH, else
// none (the built-in FAQ). A path named twice is loaded once.
func (f *factory) dataPaths(o *options) []string {
	paths := o.data
	if len(paths) == 0 {
		paths = filepath.SplitList(f.getenv("FAQ_PATH"))
	}
	var out []string
	seen := map[string]bool{}
	for _, p := range paths {
		p = strings.TrimSpace(p)
		key := filepath.Clean(p)
		if abs, err := filepath.Abs(p); err == nil {
			key = abs
		}
		if p != "" && !seen[key] {
			seen[key] = true
			out = append(out, p)
		}
	}
	return out
}

// load returns the FAQ, reading it on first use: the built-in one with
// its prebuilt index, or --data files from the index cache when it holds
// them (the index then comes too), else by parsing them. It builds no
// index.
func (f *factory) load(o *options) (*faq.FAQ, error) {
	if f.faq != nil {
		return f.faq, nil
	}
	var (
		x   *faq.FAQ
		ix  *faq.Index
		err error
	)
	if paths := f.dataPaths(o); len(paths) > 0 {
		x, ix, err = faq.LoadCached(paths, f.cacheDir())
	} else if ix, err = faq.DefaultIndex(); err == nil {
		x = ix.FAQ() // prebuilt: cheaper than parsing
	}
	if err != nil {
		return nil, dataError(err)
	}
	return x, f.loaded(o, x, ix)
}

// searchIndex returns the search index, building it on first use (and
// caching it, for large FAQ files).
func (f *factory) searchIndex(o *options) (*faq.Index, error) {
	if f.index != nil {
		return f.index, nil
	}
	paths := f.dataPaths(o)
	if len(paths) == 0 || f.faq != nil {
		x, err := f.load(o)
		if err != nil {
			return nil, err
		}
		if f.index == nil {
			f.index = faq.NewIndex(x)
		}
		return f.index, nil
	}
	ix, err := faq.Open(paths, f.cacheDir())
	if err != nil {
		return nil, dataError(err)
	}
	return ix, f.loaded(o, ix.FAQ(), ix)
}

// loaded keeps a FAQ (and its index, if any) and checks --topic against it.
func (f *factory) loaded(o *options, x *faq.FAQ, ix *faq.Index) error {
	if o.topic != "" && !hasTopic(x, o.topic) {
		return usageErrorf("unknown topic %q (topics: %s)", o.topic, strings.Join(x.Topics(), ", "))
	}
	f.faq, f.index = x, ix
	return nil
}

// cacheDir is where large FAQs' indexes are cached: $FAQ_CACHE_DIR, else
// faq in the user cache folder; "" (no cache) when there is none.
func (f *factory) cacheDir() string {
	if d := f.getenv("FAQ_CACHE_DIR"); d != "" {
		return d
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "faq")
	}
	return ""
}

func hasTopic(x *faq.FAQ, topic string) bool {
	for _, t := range x.Topics() {
		if strings.EqualFold(t, topic) {
			return true
		}
	}
	return false
}

// location formats an entry's file and line.
func location(e *faq.Entry) string { return fmt.Sprintf("%s:%d", e.File, e.Line) }
