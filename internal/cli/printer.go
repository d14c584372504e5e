package cli

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// mode is how output is written.
type mode int

const (
	modeTerminal mode = iota // rendered for a terminal
	modeMarkdown             // the Markdown itself
	modeText                 // plain wrapped text, no markup
	modeJSON
	modeTSV // one line per entry: id, topic, question (faq list on a pipe)
)

// OutputFlags choose how output looks.
type OutputFlags struct {
	JSON   bool
	Format string
	Style  string
	Color  string
	Width  int
	Pager  string

	// formats are the --format values the command takes, the first being
	// what a pipe gets by default.
	formats []string
}

// addOutputFlags adds the output flags to cmd. formats are the --format
// values it takes; the first is the default on a pipe.
func addOutputFlags(cmd *cobra.Command, o *OutputFlags, formats ...string) {
	o.formats = formats
	fl := cmd.Flags()
	fl.BoolVar(&o.JSON, "json", false, "print JSON (as --format json)")
	fl.StringVar(&o.Format, "format", "", strings.Join(formats, ", ")+" (default: rendered on a terminal, "+formats[0]+" on a pipe)")
	fl.StringVar(&o.Style, "style", "", "style: "+strings.Join(render.Styles(), ", ")+", or a JSON file")
	fl.StringVar(&o.Color, "color", "", "auto, always or never (default: auto)")
	fl.IntVar(&o.Width, "width", 0, "wrap at N columns (default: the terminal's, at most 100; at least 20)")
	fl.StringVar(&o.Pager, "pager", "", `pager for long output ("cat" for none)`)
	setValueName(cmd, "format", "FORMAT")
	setValueName(cmd, "style", "NAME")
	setValueName(cmd, "color", "WHEN")
	setValueName(cmd, "width", "N")
	setValueName(cmd, "pager", "COMMAND")
	_ = cmd.RegisterFlagCompletionFunc("style", completeStyles)
	_ = cmd.RegisterFlagCompletionFunc("color", completeWords("auto", "always", "never"))
	_ = cmd.RegisterFlagCompletionFunc("format", completeWords(formats...))
}

// printer returns a function that resolves the output settings on its
// first call: each setting from its flag, else the environment, else the
// config file, else the default.
func (o *OutputFlags) printer(f *Factory) func() (*printer, error) {
	var p *printer
	var err error
	return func() (*printer, error) {
		if p == nil && err == nil {
			p, err = o.resolve(f)
		}
		return p, err
	}
}

func (o *OutputFlags) resolve(f *Factory) (*printer, error) {
	cfg, err := f.Config()
	if err != nil {
		return nil, err
	}
	io := f.IOStreams
	format := strings.ToLower(o.Format)
	if o.JSON {
		if format != "" && format != "json" {
			return nil, usageErrorf("--json conflicts with --format %s", o.Format)
		}
		format = "json"
	}
	color := o.Color
	switch {
	case color != "":
	case cfg.Color != "" && cfg.Color != "auto":
		color = cfg.Color
	case f.Getenv("CLICOLOR_FORCE") != "" && f.Getenv("CLICOLOR_FORCE") != "0" && io.ColorAllowed():
		color = "always"
	default:
		color = "auto"
	}
	if err := checkColor(color); err != nil {
		return nil, usageErrorf("invalid --color %q (use auto, always or never)", color)
	}
	if o.Width < 0 {
		return nil, usageErrorf("invalid --width %d (use a number of columns)", o.Width)
	}
	p := &printer{io: io, pager: firstSet(o.Pager, f.Getenv("FAQ_PAGER"), cfg.Pager, f.Getenv("PAGER"), "less")}
	switch format {
	case "":
		p.mode = parseMode(o.formats[0])
		if io.IsStdoutTTY() || color == "always" {
			p.mode = modeTerminal
		}
	case "md":
		format = "markdown"
		fallthrough
	default:
		if !contains(o.formats, format) {
			return nil, usageErrorf("invalid --format %q (use %s)", o.Format, strings.Join(o.formats, ", "))
		}
		p.mode = parseMode(format)
	}
	width := o.Width
	if width == 0 {
		width = cfg.Width
	}
	if width == 0 {
		width = render.DefaultWidth
		if tw := io.TerminalWidth(); tw > 0 {
			width = min(tw, render.MaxWidth)
		}
	}
	width = max(width, render.MinWidth)
	style := render.ResolveStyle(f.Getenv("COLORFGBG"), o.Style, f.Getenv("GLAMOUR_STYLE"), cfg.Style)
	if err := render.CheckStyle(style); err != nil {
		return nil, usageErrorf("%v", err)
	}
	colors := render.DetectColors(f.Getenv)
	switch {
	case color == "never" || color == "auto" && !io.ColorAllowed():
		colors = min(colors, render.NoColor)
	case color == "always" && colors < render.ANSI:
		colors = render.ANSI256 // a dumb terminal's guess, overruled
	}
	p.render = render.Options{Style: style, Width: width, Colors: colors}
	return p, nil
}

func checkColor(c string) error {
	switch c {
	case "auto", "always", "never":
		return nil
	}
	return fmt.Errorf("invalid color %q (use auto, always or never)", c)
}

func parseMode(format string) mode {
	switch format {
	case "text":
		return modeText
	case "json":
		return modeJSON
	case "tsv":
		return modeTSV
	}
	return modeMarkdown
}

func firstSet(values ...string) string {
	for _, v := range values {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// printer writes what commands show in the chosen mode: every page goes
// from Markdown (and lists of entries, and notes) to the terminal, the
// pipe, plain text or TSV here, and JSON through printJSON. Every string
// from FAQ data or from the user is sanitised before it is written,
// except in JSON, which is lossless and escapes control characters.
type printer struct {
	io     *iostreams.IOStreams
	mode   mode
	render render.Options
	pager  string
	// batch is set for questions read from stdin: each answer is written
	// as it comes, with no pager, and JSON takes one line.
	batch bool
}

// A page is what a command shows: Markdown (an answer), a faint label
// under it on a terminal (its topic and id), lists of entries (matches,
// questions) and notes that go with the Markdown in every mode (the
// FAQ's disclaimer). All text must be sanitised; Markdown is written as
// it is on a pipe.
type page struct {
	// warning is Markdown to show before everything else: the urgent
	// notes the question called.
	warning  string
	markdown string
	label    string
	lists    []render.Group
	notes    []string
}

// print writes a page in the printer's mode; on a terminal, through the
// pager when it is taller than the screen.
func (p *printer) print(pg page) error {
	var b strings.Builder
	switch p.mode {
	case modeJSON:
		return fmt.Errorf("internal: a page has no JSON form")
	case modeMarkdown:
		if pg.warning != "" {
			b.WriteString(pg.warning + "\n")
		}
		b.WriteString(pg.markdown)
		for _, n := range pg.notes {
			b.WriteString("\n*" + escapeMarkdown(n) + "*\n")
		}
		for _, l := range pg.lists {
			b.WriteString(listMarkdown(l, b.Len() > 0))
		}
	case modeTSV:
		for _, l := range pg.lists {
			for _, r := range l.Rows {
				fmt.Fprintf(&b, "%s\t%s\t%s\n", r.ID, l.Title, r.Text)
			}
		}
	case modeText:
		parts := []string{}
		if pg.warning != "" {
			parts = append(parts, render.Text(pg.warning, p.render.Width))
		}
		if pg.markdown != "" {
			parts = append(parts, render.Text(pg.markdown, p.render.Width))
		}
		if len(pg.notes) > 0 {
			parts = append(parts, render.NotesText(pg.notes, p.render.Width))
		}
		if len(pg.lists) > 0 {
			parts = append(parts, render.ListText(pg.lists, p.render.Width))
		}
		b.WriteString(strings.Join(parts, "\n"))
	case modeTerminal:
		for _, md := range []string{pg.warning, pg.markdown} {
			if md == "" {
				continue
			}
			out, err := render.Markdown(md, p.render)
			if err != nil {
				return err
			}
			b.WriteString(out)
		}
		var notes []string
		if pg.label != "" {
			notes = append(notes, pg.label)
		}
		notes = append(notes, pg.notes...)
		b.WriteString(render.Notes(notes, p.render))
		if len(pg.lists) > 0 {
			if b.Len() > 0 {
				b.WriteString("\n")
			}
			out, err := render.List(pg.lists, p.render)
			if err != nil {
				return err
			}
			b.WriteString(out)
		}
		if !p.batch {
			return p.io.WritePaged(b.String(), p.pager)
		}
	}
	_, err := fmt.Fprint(p.io.Out, b.String())
	return err
}

// separator writes what separates answers to questions read from stdin:
// a rule in Markdown, a blank line elsewhere; nothing in JSON, which has
// one object per line.
func (p *printer) separator() error {
	var sep string
	switch p.mode {
	case modeMarkdown, modeText:
		sep = "\n---\n\n" // in text too: a question's title would run on from the last answer
	case modeTerminal:
		sep = "\n"
	}
	_, err := fmt.Fprint(p.io.Out, sep)
	return err
}

// listMarkdown writes a list of entries as a Markdown section: a heading
// and an item per entry, its id in code so it can be copied.
func listMarkdown(l render.Group, after bool) string {
	var b strings.Builder
	if after {
		b.WriteString("\n")
	}
	if l.Title != "" {
		b.WriteString("## " + escapeText(l.Title) + "\n\n")
	}
	for _, r := range l.Rows {
		score := ""
		if r.Score != "" {
			score = r.Score + " "
		}
		fmt.Fprintf(&b, "- %s%s `%s`\n", score, escapeText(r.Text), r.ID)
	}
	return b.String()
}

// escapeMarkdown escapes the characters that would turn plain text into
// Markdown markup. Most take a backslash; "&" and "~" take an entity, and
// only where they would be markup (an entity, a strikethrough), because
// glamour shows their backslash: "Tom & Jerry" stays as it is.
func escapeMarkdown(s string) string {
	var b strings.Builder
	tildes := strings.Count(s, "~") > 1 // a lone "~" strikes nothing through
	for i, r := range s {
		switch {
		case r == '&' && entity().MatchString(s[i:]):
			b.WriteString("&amp;")
			continue
		case r == '~' && tildes:
			b.WriteString("&#126;")
			continue
		case strings.ContainsRune("\\`*_[]<>#|", r):
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entity matches an HTML entity at the start of a string ("&amp;",
// "&#126;"), which Markdown would turn into its character. Compiled on
// first use: most runs never need it.
var entity = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)
})

// escapeText escapes FAQ text (a question, a topic) as escapeMarkdown
// does but for its code spans, which the parser keeps as Markdown
// ("How do I fix `field not declared`?") and which stay code: nothing in
// a code span formats.
func escapeText(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '`')
		if open < 0 {
			break
		}
		n := len(s[open:]) - len(strings.TrimLeft(s[open:], "`"))
		end := closingRun(s[open+n:], n)
		if end < 0 {
			break
		}
		end += open + 2*n
		b.WriteString(escapeMarkdown(s[:open]))
		b.WriteString(s[open:end])
		s = s[end:]
	}
	b.WriteString(escapeMarkdown(s))
	return b.String()
}

// closingRun returns where in s a run of exactly n backticks starts, or
// -1: the end of a code span opened by n backticks.
func closingRun(s string, n int) int {
	for i := 0; i < len(s); {
		if s[i] != '`' {
			i++
			continue
		}
		k := len(s[i:]) - len(strings.TrimLeft(s[i:], "`"))
		if k == n {
			return i
		}
		i += k
	}
	return -1
}

// dot separates the parts of a label: "·", or "-" in the ascii style.
func (p *printer) dot() string {
	if p.render.ASCII() {
		return " - "
	}
	return " · "
}

// score formats a match's score for a list, to two decimals rounded down
// as the search rounds (a refused 0.549 is not shown as 0.55).
func score(s float64) string { return strconv.FormatFloat(math.Floor(s*100+1e-6)/100, 'f', 2, 64) }

// clean sanitises text from FAQ data or the user for one line.
func clean(s string) string { return sanitize.Line(s) }
