package cli

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
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
	opts.Index = opts.Data.index(f)
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
their mean. With several files a last line gives the mean of each figure
over the files, each file counted once.`,
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

// A queryCase is one line of a query file.
type queryCase struct {
	line     int
	query    string
	expected []string // ids or question texts; nil for NONE
}

// testFigures are the figures of one query file.
type testFigures struct {
	answerable, unanswerable, hits, refused int
}

func (t testFigures) p1() float64 { return ratio(t.hits, t.answerable) }

func (t testFigures) rejection() float64 { return ratio(t.refused, t.unanswerable) }

// score is the mean of P@1 and rejection, or the one a file has.
func (t testFigures) score() float64 {
	switch {
	case t.answerable == 0:
		return t.rejection()
	case t.unanswerable == 0:
		return t.p1()
	}
	return (t.p1() + t.rejection()) / 2
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func testRun(opts *TestOptions) error {
	if opts.Min < 0 || opts.Min > 1 {
		return usageErrorf("invalid --min %g (use a number from 0 to 1)", opts.Min)
	}
	files := opts.Files
	sets := make([][]queryCase, len(files))
	for i, name := range files {
		cases, err := readQueryFile(name)
		if err != nil {
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
	w := opts.IO.Out
	failed := false
	var sumP, sumR float64
	var withNone int
	for i, cases := range sets {
		var fig testFigures
		var misses []string
		for _, c := range cases {
			res := search(ix, c.query, 1, opts.Topic)
			ok, got := judge(res, c.expected)
			if c.expected == nil {
				fig.unanswerable++
				if ok {
					fig.refused++
				}
			} else {
				fig.answerable++
				if ok {
					fig.hits++
				}
			}
			if !ok {
				want := "NONE"
				if c.expected != nil {
					want = strings.Join(c.expected, "|")
				}
				misses = append(misses, fmt.Sprintf("  %s:%d: %s\n      want %s\n      got  %s",
					files[i], c.line, sanitize.Line(c.query), sanitize.Line(want), got))
			}
		}
		if len(misses) > 0 {
			fmt.Fprintf(w, "%s: %s\n%s\n", files[i], plural(len(misses), "miss", "misses"), strings.Join(misses, "\n"))
		}
		fmt.Fprintf(w, "%s: %d answerable, %d unanswerable\n", files[i], fig.answerable, fig.unanswerable)
		fmt.Fprintf(w, "P@1 %.3f  rejection %.3f  score %.3f\n", fig.p1(), fig.rejection(), fig.score())
		sumP += fig.p1()
		if fig.unanswerable > 0 {
			sumR += fig.rejection()
			withNone++
		}
		if opts.Min > 0 {
			failed = failed || fig.answerable > 0 && fig.p1() < opts.Min || fig.unanswerable > 0 && fig.rejection() < opts.Min
		} else {
			failed = failed || len(misses) > 0
		}
	}
	if len(sets) > 1 {
		fmt.Fprintf(w, "macro (%d sets)  P@1 %.3f  rejection %.3f\n", len(sets), sumP/float64(len(sets)), ratioF(sumR, withNone))
	}
	if failed {
		return errNoMatch
	}
	return nil
}

func ratioF(sum float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return sum / float64(n)
}

// judge reports whether a search result is what a query case expects,
// and what it got, for the report.
func judge(res faq.Result, expected []string) (ok bool, got string) {
	if !res.Confident {
		return expected == nil, "(refused)"
	}
	e := res.Matches[0].Entry
	got = fmt.Sprintf("%s %q (%.3f)", sanitize.Line(e.ID), sanitize.Line(e.Question), res.Matches[0].Score)
	for _, want := range expected {
		if want == e.ID || normQuestion(want) == normQuestion(e.Question) {
			return true, got
		}
	}
	return false, got
}

// readQueryFile reads the lines of a query file.
func readQueryFile(name string) ([]queryCase, error) {
	fh, err := os.Open(name)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("%s: no such file", name)
		}
		return nil, err
	}
	defer fh.Close()
	var out []queryCase
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") || n == 1 && line == "query\texpected" {
			continue
		}
		q, want, ok := cutLast(line, "\t")
		if !ok || strings.TrimSpace(q) == "" || strings.TrimSpace(want) == "" {
			return nil, fmt.Errorf("%s:%d: want a question, a tab and the expected answer", filepath.ToSlash(name), n)
		}
		c := queryCase{line: n, query: strings.Join(strings.Fields(q), " ")}
		if want = strings.TrimSpace(want); want != "NONE" {
			c.expected = strings.Split(want, "|")
		}
		out = append(out, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("%s: no queries", name)
	}
	return out, nil
}

func cutLast(s, sep string) (before, after string, ok bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// questionNoise matches what normQuestion drops: {#id} attributes and
// HTML tags. Compiled on first use, not at start-up.
var questionNoise = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\{:?\s*#[^}]*\}|<[^>]+>`) })

// normQuestion reads a question as a person does, to compare an expected
// question with an entry's: no id attribute, tags, emphasis or quotes;
// lower case; words only.
func normQuestion(s string) string {
	s = questionNoise().ReplaceAllString(s, " ")
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case strings.ContainsRune("`*_[]()'\u2019", r):
			// markup and apostrophes join what they separate: "don't"
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// plural words a count: "1 miss", "2 misses".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
