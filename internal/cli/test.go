package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/queryset"
	"github.com/faqtool/faq/internal/sanitize"
)

// TestOptions are the options of "faq test".
type TestOptions struct {
	IO    *iostreams.IOStreams
	Index func() (*faq.Index, error)

	Data  DataFlags
	Topic string
	// Min, when above 0, is the P@1 and rejection every file must reach;
	// misses are then allowed.
	Min   float64
	Files []string
}

// NewCmdTest returns the test command.
func NewCmdTest(f *Factory, runF func(*TestOptions) error) *cobra.Command {
	opts := &TestOptions{IO: f.IOStreams}
	opts.Index = opts.Data.index(f, true)
	cmd := &cobra.Command{
		Use:   "test QUERIES.tsv...",
		Short: "Check that questions find the answers they should",
		Long: `Ask every question of a query file and check the answer, as a FAQ
author would in CI. Each line is a question, a tab, and what should answer
it: an entry id, the entry's question text, several of these joined by "|",
or NONE when no entry answers it (the question must then be refused). A
first line "query<TAB>expected" and lines starting with # are skipped.

Prints each miss, then for each file:
  P@1 0.950  rejection 1.000  score 0.975
P@1 is the share of answerable questions answered with a right entry (a
refusal is a miss), rejection the share of NONE questions refused, score
their mean (or the one figure a file has). A figure with no questions of
its kind reads 0.000 (the counts above it say so), and --min does not
check it. With several files a last line gives the mean of each figure
over the files that have questions of its kind, each file counted once.
Words that name no file ("faq test for si joint pain") get the way to ask
them as a question (faq ask test …).`,
		Example: `  faq --data FAQ.md test FAQ.queries.tsv
  faq --data FAQ.md test --min 0.9 FAQ.queries.tsv`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErrorf("test needs a query file (lines of question<TAB>expected)")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Files = args
			if runF != nil {
				return runF(opts)
			}
			return testRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	addTopicFlag(cmd, &opts.Topic, opts.Index)
	cmd.Flags().Float64Var(&opts.Min, "min", 0, "pass when P@1 and rejection are at least F (0 to 1), misses allowed")
	setValueName(cmd, "min", "F")
	setExitCodes(cmd, exitCodesTest)
	return cmd
}

func testRun(opts *TestOptions) error {
	if opts.Min < 0 || opts.Min > 1 {
		return usageErrorf("invalid --min %g (use a number from 0 to 1)", opts.Min)
	}
	files := opts.Files
	sets := make([][]queryset.Case, len(files))
	for i, name := range files {
		cases, err := queryset.Read(name)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) && len(files) >= 2 && !strings.ContainsAny(name, `./\`) {
				// "faq test for si joint pain" is a question, not files.
				return usageErrorf("%v; %s", err, askHint("test", files))
			}
			return usageErrorf("%v", err)
		}
		sets[i] = cases
	}
	ix, err := opts.Index()
	if err != nil {
		return err
	}
	if err := checkTopic(ix.FAQ(), opts.Topic); err != nil {
		return err
	}
	if err := checkExpected(opts.IO.ErrOut, ix.FAQ(), files, sets); err != nil {
		return err
	}
	w := opts.IO.Out
	failed := false
	var sumP, sumR float64
	var withAnswerable, withNone int
	for i, cases := range sets {
		var fig queryset.Figures
		var misses []string
		for _, c := range cases {
			res := search(ix, c.Query, 1, opts.Topic)
			got, right := "(refused)", false
			if res.Confident {
				e := res.Matches[0].Entry
				right = c.Accepts(e.ID, e.Question)
				got = fmt.Sprintf("%s %q (%.3f)", sanitize.Line(e.ID), sanitize.Line(e.Question), res.Matches[0].Score)
			}
			if !fig.Add(&c, res.Confident, right) {
				want := "NONE"
				if c.Answerable() {
					want = strings.Join(c.Expected, "|")
				}
				misses = append(misses, fmt.Sprintf("  %s:%d: %s\n      want %s\n      got  %s",
					files[i], c.Line, sanitize.Line(c.Query), sanitize.Line(want), got))
			}
		}
		if len(misses) > 0 {
			fmt.Fprintf(w, "%s: %s\n%s\n", files[i], plural(len(misses), "miss", "misses"), strings.Join(misses, "\n"))
		}
		fmt.Fprintf(w, "%s: %d answerable, %d unanswerable\n%v\n", files[i], fig.Answerable, fig.Unanswerable, fig)
		if fig.Answerable > 0 {
			sumP += fig.P1()
			withAnswerable++
		}
		if fig.Unanswerable > 0 {
			sumR += fig.Rejection()
			withNone++
		}
		if opts.Min > 0 {
			failed = failed || fig.Answerable > 0 && fig.P1() < opts.Min || fig.Unanswerable > 0 && fig.Rejection() < opts.Min
		} else {
			failed = failed || len(misses) > 0
		}
	}
	if len(sets) > 1 {
		fmt.Fprintf(w, "macro (%d sets)  P@1 %.3f  rejection %.3f\n", len(sets), mean(sumP, withAnswerable), mean(sumR, withNone))
	}
	if failed {
		return errNoMatch
	}
	return nil
}

// checkExpected reports, a line each, every query whose expected answers
// (one, or several joined by "|") are neither ids nor questions of the
// FAQ: a typo, or an entry since removed or renamed, so that no answer
// could ever pass.
func checkExpected(w io.Writer, x *faq.FAQ, files []string, sets [][]queryset.Case) error {
	known := map[string]bool{}
	for i := range x.Entries {
		known[x.Entries[i].ID] = true
		known[queryset.Normalize(x.Entries[i].Question)] = true
	}
	n := 0
	for i, cases := range sets {
		for _, c := range cases {
			found := !c.Answerable()
			for _, want := range c.Expected {
				found = found || known[want] || known[queryset.Normalize(want)]
			}
			if !found {
				fmt.Fprintf(w, "%s:%d: %q names no id or question of the FAQ\n", files[i], c.Line, sanitize.Line(strings.Join(c.Expected, "|")))
				n++
			}
		}
	}
	if n > 0 {
		if n == 1 {
			return usageErrorf("1 query expects an entry the FAQ does not have")
		}
		return usageErrorf("%d queries expect entries the FAQ does not have", n)
	}
	return nil
}

// mean is sum over n, or 0 for none.
func mean(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}
