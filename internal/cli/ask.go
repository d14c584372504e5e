package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// Limits on questions.
const (
	maxQuestion   = 4 << 10 // bytes in one question
	maxSuggestion = 3       // questions suggested when nothing matches
)

// maxStdin bounds the bytes read from stdin (a variable so tests can
// reach it quickly).
var maxStdin = 16 << 20

func newAskCmd(f *factory, o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "ask QUESTION...",
		Short: "Answer a question (any words, even ones that are command names)",
		Long: `Answer a question. This is what "faq QUESTION..." does; use "faq ask" when
the question starts with a word that is also a command name, as in
"faq ask list of treatments".`,
		Args: cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			return askRun(f, o, args)
		},
	}
	addAskFlags(cmd, o)
	return cmd
}

func addAskFlags(cmd *cobra.Command, o *options) {
	cmd.Flags().IntVar(&o.top, "top", 0, "show the `N` best matches with their scores")
	cmd.Flags().BoolVar(&o.explain, "explain", false, "explain on stderr why the answer was chosen")
}

// askRun answers the question in args, or each line of stdin when there
// are no args.
func askRun(f *factory, o *options, args []string) error {
	p, err := newPrinter(f, o)
	if err != nil {
		return err
	}
	if o.top < 0 {
		return usageErrorf("invalid --top %d (must be positive)", o.top)
	}
	if len(args) == 0 {
		return askStdin(f, o, p)
	}
	q, err := checkQuestion(strings.Join(args, " "))
	if err != nil {
		return err
	}
	ix, err := f.searchIndex(o)
	if err != nil {
		return err
	}
	return answer(f, o, p, ix, q, false)
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

// askStdin answers each non-empty line of stdin in turn. Output keeps
// the input's order: JSON gives one object per line, Markdown one block
// per question. The exit code is the worst of all lines.
func askStdin(f *factory, o *options, p *printer) error {
	ix, err := f.searchIndex(o)
	if err != nil {
		return err
	}
	sc := bufio.NewScanner(io.LimitReader(f.io.In, int64(maxStdin)+1))
	sc.Buffer(make([]byte, 64<<10), maxStdin+1)
	var (
		asked, read int
		worst       error
		bad         bool
	)
	for sc.Scan() {
		read += len(sc.Bytes()) + 1
		if read > maxStdin {
			return usageErrorf("stdin is too large (the limit is %d MiB)", maxStdin>>20)
		}
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		asked++
		if p.mode == modeMarkdown && asked > 1 {
			fmt.Fprint(f.io.Out, "\n---\n\n")
		}
		q, err := checkQuestion(line)
		if err != nil {
			bad = true
			fmt.Fprintf(f.io.ErrOut, "faq: stdin line %d: %s\n", asked, err)
			if p.mode == modeJSON {
				obj := answerJSON{Query: sanitize.Line(truncate(line, 80)), Sources: []string{}, Alternatives: []matchJSON{}, Suggestions: []matchJSON{}, Error: err.Error()}
				if err := writeJSON(f.io, obj, false); err != nil {
					return err
				}
			}
			continue
		}
		if err := answer(f, o, p, ix, q, true); err != nil {
			if !errors.Is(err, errNoMatch) {
				return err
			}
			worst = err
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return usageErrorf("stdin line %d is too long (the limit is %d bytes)", asked+1, maxQuestion)
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

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// answer searches for q and writes the result. In batch mode a no-match
// is also written to stdout, so output lines up with input.
func answer(f *factory, o *options, p *printer, ix *faq.Index, q string, batch bool) error {
	limit := max(o.top, maxSuggestion)
	res := ix.Search(q, faq.Options{Limit: limit, Topic: o.topic})
	if o.explain {
		explain(f, res)
	}
	switch {
	case p.mode == modeJSON:
		if err := writeJSON(f.io, resultObject(res, max(o.top, 1)), !batch && f.io.IsStdoutTTY()); err != nil {
			return err
		}
	case o.top > 0:
		if err := p.ranked(res, o.top); err != nil {
			return err
		}
	case res.Confident:
		if err := p.entry(res.Matches[0].Entry); err != nil {
			return err
		}
	default:
		p.noMatch(res, batch)
	}
	if !res.Confident {
		if p.mode != modeJSON && !batch || o.top > 0 {
			noMatchMessage(f, res)
		}
		return errNoMatch
	}
	return nil
}

// noMatchMessage tells the user on stderr that nothing matched and what
// came closest.
func noMatchMessage(f *factory, res faq.Result) {
	w := f.io.ErrOut
	fmt.Fprintf(w, "faq: no confident match for %q\n", sanitize.Line(truncate(res.Query, 200)))
	if len(res.Matches) == 0 {
		fmt.Fprintln(w, "Nothing in the FAQ shares words with the question. Run 'faq list' to see every question.")
	} else {
		fmt.Fprintln(w, "Closest questions:")
		for _, m := range res.Matches[:min(len(res.Matches), maxSuggestion)] {
			fmt.Fprintf(w, "  • %s  (faq show %s)\n", sanitize.Line(m.Entry.Question), sanitize.Line(m.Entry.ID))
		}
	}
	if f.io.IsStdoutTTY() {
		pickHint(w, res.Query)
	}
}

// noMatch writes a batch no-match block to stdout (JSON is written by the
// caller); a single question's no-match goes only to stderr.
func (p *printer) noMatch(res faq.Result, batch bool) {
	if !batch {
		return
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# No confident match: %s\n", escapeMarkdown(sanitize.Line(res.Query)))
	if len(res.Matches) > 0 {
		b.WriteString("\nClosest questions:\n\n")
		for _, m := range res.Matches[:min(len(res.Matches), maxSuggestion)] {
			fmt.Fprintf(&b, "- %s (`%s`)\n", escapeMarkdown(sanitize.Line(m.Entry.Question)), sanitize.Line(m.Entry.ID))
		}
	}
	md := b.String()
	switch p.mode {
	case modeTerminal:
		if out, err := render.Markdown(md, p.render); err == nil {
			md = out
		}
	case modeText:
		md = render.Text(md, p.render.Width)
	}
	fmt.Fprint(p.io.Out, md)
}

// ranked writes the best matches with their scores (--top).
func (p *printer) ranked(res faq.Result, top int) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# Best matches: %s\n\n", escapeMarkdown(sanitize.Line(res.Query)))
	if len(res.Matches) == 0 {
		b.WriteString("No entry shares words with the question.\n")
	}
	for i, m := range res.Matches[:min(top, len(res.Matches))] {
		mark := ""
		if i == 0 && res.Confident {
			mark = " (answer)"
		}
		fmt.Fprintf(&b, "%d. **%.2f** %s `%s`%s\n", i+1, m.Score, escapeMarkdown(sanitize.Line(m.Entry.Question)), sanitize.Line(m.Entry.ID), mark)
	}
	md := b.String()
	switch p.mode {
	case modeTerminal:
		out, err := render.Markdown(md, p.render)
		if err != nil {
			return err
		}
		md = out
	case modeText:
		md = render.Text(md, p.render.Width)
	}
	_, err := fmt.Fprint(p.io.Out, md)
	return err
}

// explain writes to stderr how the query was understood and why the best
// match won.
func explain(f *factory, res faq.Result) {
	w := f.io.ErrOut
	fmt.Fprintf(w, "explain: %q\n", sanitize.Line(res.Query))
	if len(res.Terms) == 0 {
		fmt.Fprintln(w, "  no searchable words (only stop words such as \"how\" or \"the\")")
	}
	for _, t := range res.Terms {
		how := ""
		switch t.How {
		case "typo":
			how = fmt.Sprintf(" (typo for %q)", sanitize.Line(t.Corrected))
		case "joined":
			how = fmt.Sprintf(" (read as %q)", t.Corrected)
		case "split":
			how = fmt.Sprintf(" (read as %q)", t.Corrected)
		case "unknown":
			how = " (in no entry)"
			if len(t.Related) > 0 { // only its word family is
				how = " (as " + sanitize.Line(strings.Join(t.Related, ", ")) + ")"
			}
		}
		if len(t.Synonyms) > 0 {
			how += " (synonyms: " + sanitize.Line(strings.Join(t.Synonyms, ", ")) + ")"
		}
		where := "not in the best match"
		if len(t.Fields) > 0 {
			where = "in " + strings.Join(t.Fields, ", ")
		}
		fmt.Fprintf(w, "  %-14s → %-14s weight %.1f  idf %.2f  rare %.2f  %s%s\n",
			sanitize.Line(t.Words), sanitize.Line(t.Term), t.Weight, t.IDF, t.Specific, where, how)
	}
	for i, m := range res.Matches {
		label := "runner-up"
		if i == 0 {
			label = "best"
		}
		fmt.Fprintf(w, "  %-9s %.3f  %s  [%s, %s]\n", label, m.Score, sanitize.Line(m.Entry.Question), m.Entry.ID, sanitize.Line(location(m.Entry)))
	}
	verdict := "no match"
	if len(res.Matches) > 0 {
		verdict = fmt.Sprintf("confidence %.3f %s threshold %.2f", res.Matches[0].Score, map[bool]string{true: "≥", false: "<"}[res.Confident], faq.Threshold)
		if res.Confident {
			verdict += ": answered"
		} else {
			verdict += ": not confident"
		}
	}
	fmt.Fprintln(w, "  "+verdict)
}
