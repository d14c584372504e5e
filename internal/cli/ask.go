package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/finder"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
)

// Limits on questions.
const (
	maxQuestion   = 4 << 10 // bytes in one question
	maxSuggestion = 3       // questions suggested when nothing matches
)

// maxStdin bounds the bytes read from stdin (a variable so tests can
// reach it quickly).
var maxStdin = 16 << 20

// AskOptions are the options of "faq ask" and of faq itself.
type AskOptions struct {
	IO      *iostreams.IOStreams
	Index   func() (*faq.Index, error)
	Printer func() (*printer, error)
	// Find runs the finder, for -i.
	Find func(context.Context, finder.Options) (finder.Pick, error)

	Data    DataFlags
	Output  OutputFlags
	Topic   string
	Top     int
	TopSet  bool // --top was given (so --top 0 is refused)
	Explain bool
	// Interactive (faq -i) opens the finder with the question as its
	// query instead of answering it.
	Interactive bool
	// Words are the question's words; none, or "-", reads questions from
	// stdin, one a line.
	Words []string
}

// NewCmdAsk returns the ask command.
func NewCmdAsk(f *Factory, runF func(*AskOptions) error) *cobra.Command {
	cmd := newAskCmd(f, "ask QUESTION...", runF)
	cmd.Short = "Answer a question, even one that starts with a command name"
	cmd.Long = `Answer a question. This is what "faq QUESTION..." does; use "faq ask" when
the question starts with a word that is also a command name, as in
"faq ask list of treatments".`
	return cmd
}

// newAskCmd returns a command that answers questions (faq and faq ask).
func newAskCmd(f *Factory, use string, runF func(*AskOptions) error) *cobra.Command {
	opts := &AskOptions{IO: f.IOStreams, Find: f.runFinder}
	opts.Index = opts.Data.index(f, true)
	opts.Printer = opts.Output.printer(f)
	cmd := &cobra.Command{
		Use:  use,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.Words = args
			opts.TopSet = cmd.Flags().Changed("top")
			if runF != nil {
				return runF(opts)
			}
			return askRun(opts)
		},
	}
	addDataFlags(cmd, &opts.Data)
	addTopicFlag(cmd, &opts.Topic, opts.Index)
	cmd.Flags().IntVar(&opts.Top, "top", 0, "show the N best matches with their scores: the answer, then the others")
	cmd.Flags().BoolVar(&opts.Explain, "explain", false, "explain on stderr how the question was read and why the answer won")
	cmd.Flags().BoolVarP(&opts.Interactive, "interactive", "i", false, "open the finder (faq pick) with the question as its query")
	cmd.MarkFlagsMutuallyExclusive("interactive", "top")
	cmd.MarkFlagsMutuallyExclusive("interactive", "explain")
	addOutputFlags(cmd, &opts.Output, "markdown", "text", "json")
	setValueName(cmd, "top", "N")
	setExitCodes(cmd, exitCodesAsk)
	return cmd
}

// askRun answers the question in opts.Words, or each line of stdin.
func askRun(opts *AskOptions) error {
	if opts.Interactive {
		return pickRun(pickOptionsOf(opts))
	}
	if opts.TopSet && opts.Top < 1 {
		return usageErrorf("invalid --top %d (use 1 or more)", opts.Top)
	}
	p, err := opts.Printer()
	if err != nil {
		return err
	}
	if len(opts.Words) == 0 || len(opts.Words) == 1 && opts.Words[0] == "-" {
		return askStdin(opts, p)
	}
	q, err := checkQuestion(strings.Join(opts.Words, " "))
	if err != nil {
		return err
	}
	ix, err := opts.openIndex()
	if err != nil {
		return err
	}
	return answer(opts, p, ix, q, false)
}

// openIndex opens the FAQ and checks --topic against it.
func (opts *AskOptions) openIndex() (*faq.Index, error) {
	ix, err := opts.Index()
	if err != nil {
		return nil, err
	}
	return ix, checkTopic(ix.FAQ(), opts.Topic)
}

// checkQuestion rejects questions that are empty, too long or not text.
func checkQuestion(q string) (string, error) {
	switch {
	case !utf8.ValidString(q):
		return "", usageErrorf("the question is not valid UTF-8 text")
	case strings.ContainsRune(q, 0):
		return "", usageErrorf("the question contains a NUL byte")
	case len(q) > maxQuestion:
		return "", usageErrorf("the question is too long (%d bytes; the limit is %d)", len(q), maxQuestion)
	}
	q = strings.TrimSpace(q)
	if q == "" {
		return "", usageErrorf("the question is empty")
	}
	return q, nil
}

// askStdin answers each non-empty line of stdin in turn, each as soon as
// it is read. Output keeps the input's order: JSON gives one object per
// line, the other modes one block per question. The exit code is the
// worst of all lines.
func askStdin(opts *AskOptions, p *printer) error {
	ix, err := opts.openIndex()
	if err != nil {
		return err
	}
	p.batch = true
	sc := bufio.NewScanner(io.LimitReader(opts.IO.In, int64(maxStdin)+1))
	sc.Buffer(make([]byte, 64<<10), maxStdin+1)
	var (
		lineNo, asked, printed, read int
		worst                        error
		bad                          bool
	)
	// separate comes before each block printed: a line that is only
	// reported on stderr leaves no empty block behind.
	separate := func() error {
		printed++
		if printed > 1 {
			return p.separator()
		}
		return nil
	}
	for sc.Scan() {
		lineNo++
		read += len(sc.Bytes()) + 1
		if read > maxStdin {
			return usageErrorf("stdin is too large (the limit is %d MiB)", maxStdin>>20)
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		asked++
		q, err := checkQuestion(line)
		if err != nil {
			bad = true
			fmt.Fprintf(opts.IO.ErrOut, "faq: stdin line %d: %s\n", lineNo, err)
			if p.mode == modeJSON {
				if err := separate(); err != nil {
					return err
				}
				if err := p.printJSON(badQuestionObject(line, err)); err != nil {
					return err
				}
			}
			continue
		}
		if err := separate(); err != nil {
			return err
		}
		if err := answer(opts, p, ix, q, true); err != nil {
			if !errors.Is(err, errNoMatch) {
				return err
			}
			worst = err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return usageErrorf("stdin line %d is too long (the limit is %d bytes)", lineNo+1, maxQuestion)
		}
		return fmt.Errorf("reading stdin: %w", err)
	}
	switch {
	case bad:
		return &exitError{code: ExitUsage}
	case asked == 0:
		return usageErrorf("no question: pass words as arguments or lines on stdin")
	}
	return worst
}

// truncate shortens s to at most n bytes, ending it with "...".
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

// answer searches for q and writes the result. In batch mode a no-match
// is also written to stdout, so output lines up with input.
func answer(opts *AskOptions, p *printer, ix *faq.Index, q string, batch bool) error {
	res := search(ix, q, max(opts.Top, maxSuggestion), opts.Topic)
	if opts.Explain {
		explain(opts.IO.ErrOut, res, opts.IO.ErrTerminalWidth()) // on a pipe, a line per word, for grep
	}
	var (
		pg    page
		shown bool
		err   error
	)
	switch {
	case p.mode == modeJSON:
		err = p.printJSON(resultObject(res, max(opts.Top, 1)))
	case opts.Top > 0:
		pg, shown = p.rankedPage(res, opts.Top), true
	case res.Confident:
		pg, shown = p.entryPage(entryOf(res.Matches[0].Entry)), true
	case batch:
		pg, shown = noMatchPage(res), true
	case len(res.Warnings) > 0:
		shown = true // only the warning: the no-match message follows on stderr
	}
	if shown {
		answered := ""
		if res.Confident {
			answered = res.Matches[0].Entry.ID
		}
		pg.warning = warningMarkdown(res.Warnings, answered, faqCommand(opts.Data.Paths))
		err = p.print(pg)
	}
	if err != nil {
		return err
	}
	if res.Confident && p.mode != modeJSON && opts.Top == 0 && !batch && opts.IO.IsStdoutTTY() {
		alsoClose(opts.IO.ErrOut, res, opts.Data.Paths, opts.IO.ErrTerminalWidth())
	}
	if !res.Confident {
		if p.mode != modeJSON && !batch || opts.Top > 0 {
			width := opts.IO.ErrTerminalWidth()
			noMatchMessage(opts.IO.ErrOut, res, opts.Data.Paths, width, opts.Top > 0)
			if opts.IO.IsStdoutTTY() && opts.IO.IsStdinTTY() {
				pickHint(opts.IO.ErrOut, res.Query, opts.Data.Paths, width)
			}
		}
		return errNoMatch
	}
	return nil
}

// noMatchMessage tells the user on stderr that nothing matched and, unless
// the matches were listed on stdout (--top), what came closest, with
// commands that show it from the same FAQ, in lines of at most width
// columns (0: any).
func noMatchMessage(w io.Writer, res faq.Result, data []string, width int, listed bool) {
	faqCmd := faqCommand(data)
	say(w, width, "", fmt.Sprintf("faq: no confident match for %q", clean(truncate(res.Query, 200))))
	switch {
	case listed:
		return
	case len(res.Matches) == 0 && len(res.Warnings) > 0:
		say(w, width, "", fmt.Sprintf("No entry answers the question itself; read the note above. Run '%s list' to see every question.", faqCmd))
		return
	case len(res.Matches) == 0:
		say(w, width, "", fmt.Sprintf("Nothing in the FAQ shares words with the question. Run '%s list' to see every question.", faqCmd))
		return
	}
	closest := res.Matches[:min(len(res.Matches), maxSuggestion)]
	listMatches(w, "Closest questions:", closest, faqCmd, width)
	for _, d := range suggestionsDisclaimers(closest) {
		fmt.Fprintln(w)
		say(w, width, "", clean(d))
	}
}

// suggestionsDisclaimers are the disclaimers of the FAQs that matches
// offered in place of an answer come from, each once, in order: a FAQ
// that asks for one with every answer (the built-in FAQ's names the
// emergency signs) wants it with a refusal too, where the reader is still
// looking.
func suggestionsDisclaimers(ms []faq.Match) []string {
	var out []string
	for _, m := range ms {
		if d := m.Entry.Disclaimer; d != "" && !slices.Contains(out, d) {
			out = append(out, d)
		}
	}
	return out
}

// maxAlsoClose is how many other confident matches an answer mentions.
const maxAlsoClose = 2

// alsoClose tells the user on stderr, after an answer, of the other
// matches whose scores reach the threshold too ("si joint" is answered by
// several entries), with commands that show them.
func alsoClose(w io.Writer, res faq.Result, data []string, width int) {
	var close []faq.Match
	for _, m := range res.Matches[1:] {
		if m.Score >= m.MinScore && len(close) < maxAlsoClose {
			close = append(close, m)
		}
	}
	if len(close) > 0 {
		fmt.Fprintln(w) // apart from the answer's last line
		listMatches(w, "Also close:", close, faqCommand(data), width)
	}
}

// listMatches writes header and, for each match, its question and the
// command that shows it, in lines of at most width columns (0: any).
func listMatches(w io.Writer, header string, matches []faq.Match, faqCmd string, width int) {
	fmt.Fprintln(w, header)
	var qs, shows []string
	fit := true
	for _, m := range matches {
		q, show := clean(m.Entry.Question), fmt.Sprintf("(%s show %s)", faqCmd, shellQuote(clean(m.Entry.ID)))
		qs, shows = append(qs, q), append(shows, show)
		fit = fit && (width <= 0 || render.Width("  - "+q+"  "+show) <= width)
	}
	for i := range qs {
		if fit {
			fmt.Fprintln(w, "  - "+qs[i]+"  "+shows[i])
			continue
		}
		// Too wide for one of them: each question wrapped, its command
		// whole on a line of its own, so that it can be copied.
		say(w, width, "  - ", qs[i])
		fmt.Fprintln(w, "    "+shows[i])
	}
}

// say writes text to w in lines of at most width columns (0: one line),
// the first after prefix and the others indented as wide as it.
func say(w io.Writer, width int, prefix, text string) {
	if width <= 0 {
		fmt.Fprintln(w, prefix+text)
		return
	}
	fmt.Fprint(w, hangingAt(width, prefix, text))
}

// faqCommand is the command that reads the same FAQ as this one, for
// commands suggested to the user.
func faqCommand(data []string) string {
	cmd := "faq"
	for _, d := range data {
		cmd += " --data " + shellQuote(d)
	}
	return cmd
}

// shellQuote quotes s for a POSIX shell, so a suggested command runs as
// printed: words of letters, digits and "_./:@%+=,-" stay as they are.
func shellQuote(s string) string {
	safe := s != ""
	for _, r := range s {
		if !(r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("_./:@%+=,-", r))) {
			safe = false
			break
		}
	}
	if safe {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
