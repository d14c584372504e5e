package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/muesli/termenv"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// mode is how output is written.
type mode int

const (
	modeTerminal mode = iota // glamour-rendered
	modeMarkdown             // the raw Markdown
	modeText                 // plain wrapped text, no markup
	modeJSON
)

// printer writes entries and results in the chosen mode. Every string
// from FAQ data or from the user is sanitised before it is written,
// except in JSON, which is lossless and escapes control characters.
type printer struct {
	io     *iostreams.IOStreams
	mode   mode
	render render.Options
	pager  string
}

// write writes output, through the pager for rendered terminal output.
func (p *printer) write(s string) error {
	if p.mode == modeTerminal {
		return p.io.WritePaged(s, p.pager)
	}
	_, err := fmt.Fprint(p.io.Out, s)
	return err
}

// newPrinter resolves the output mode, style, width and colour from the
// flags, the environment and the terminal.
func newPrinter(f *factory, o *options) (*printer, error) {
	format := strings.ToLower(o.format)
	if o.json {
		if format != "" && format != "json" {
			return nil, usageErrorf("--json conflicts with --format %s", o.format)
		}
		format = "json"
	}
	switch o.color {
	case "auto", "always", "never":
	default:
		return nil, usageErrorf("invalid --color %q (use auto, always or never)", o.color)
	}
	if o.width < 0 {
		return nil, usageErrorf("invalid --width %d (must be positive)", o.width)
	}
	p := &printer{io: f.io, pager: f.pagerCommand(o)}
	switch format {
	case "json":
		p.mode = modeJSON
	case "text":
		p.mode = modeText
	case "markdown", "md":
		p.mode = modeMarkdown
	case "":
		p.mode = modeMarkdown
		if f.io.IsStdoutTTY() || o.color == "always" {
			p.mode = modeTerminal
		}
	default:
		return nil, usageErrorf("invalid --format %q (use markdown, text or json)", o.format)
	}
	width := o.width
	if width == 0 {
		width = render.DefaultWidth
		if tw := f.io.TerminalWidth(); tw > 0 {
			width = min(tw, render.MaxWidth)
		}
	}
	style := render.ResolveStyle(o.style, f.getenv)
	if err := render.CheckStyle(style); err != nil {
		return nil, usageErrorf("%v", err)
	}
	profile := render.ColorProfile(f.getenv)
	if o.color == "never" || o.color == "auto" && !f.io.ColorAllowed() {
		profile = termenv.Ascii
	}
	p.render = render.Options{Style: style, Width: width, Profile: profile}
	return p, nil
}

// entryMarkdown is an entry as one Markdown document: the question as a
// title, the answer, and its sources.
func entryMarkdown(e *faq.Entry) string {
	var b strings.Builder
	b.WriteString("# " + escapeMarkdown(sanitize.Line(e.Question)) + "\n\n")
	b.WriteString(e.Answer())
	b.WriteString("\n")
	if src := e.Sources(); len(src) > 0 {
		b.WriteString("\nSources: " + strings.Join(src, "; ") + "\n")
	}
	return sanitize.Markdown(b.String())
}

// escapeMarkdown backslash-escapes the characters that would turn plain
// text into Markdown markup, leaving code spans as they are.
func escapeMarkdown(s string) string { return faq.EscapeMarkdown(s) }

// entryText renders an entry for the terminal or text modes.
func (p *printer) entryText(e *faq.Entry) (string, error) {
	md := entryMarkdown(e)
	if p.mode == modeText {
		return render.Text(md, p.render.Width), nil
	}
	out, err := render.Markdown(md, p.render)
	if err != nil {
		return "", err
	}
	var foot []string
	foot = append(foot, sanitize.Line(e.Topic)+" · "+e.ID)
	if d := e.Disclaimer(); d != "" {
		foot = append(foot, sanitize.Line(d))
	}
	for _, line := range foot {
		out += "  " + render.Faint(fitLine(line, p.render.Width-2), p.render.Profile) + "\n"
	}
	return out, nil
}

// fitLine shortens s to at most width columns, ending it with "…".
func fitLine(s string, width int) string {
	r := []rune(s)
	if len(r) <= width || width < 2 {
		return s
	}
	return strings.TrimSpace(string(r[:width-1])) + "…"
}

// entry writes one entry (for show).
func (p *printer) entry(e *faq.Entry) error {
	switch p.mode {
	case modeJSON:
		return p.json(entryObject(e))
	case modeMarkdown:
		_, err := fmt.Fprint(p.io.Out, entryMarkdown(e))
		return err
	}
	s, err := p.entryText(e)
	if err != nil {
		return err
	}
	return p.write(s)
}

// entryJSON is an entry in JSON output. See the README for the schema.
type entryJSON struct {
	ID       string   `json:"id"`
	Question string   `json:"question"`
	Topic    string   `json:"topic"`
	Answer   string   `json:"answer"`
	Sources  []string `json:"sources"`
	File     string   `json:"file"`
	Line     int      `json:"line"`
}

func entryObject(e *faq.Entry) entryJSON {
	return entryJSON{
		ID:       e.ID,
		Question: e.Question,
		Topic:    e.Topic,
		Answer:   e.Answer(),
		Sources:  e.Sources(),
		File:     e.File,
		Line:     e.Line,
	}
}

// answerJSON is the result of asking one question. The entry fields are
// null when nothing matched confidently; suggestions are then filled.
type answerJSON struct {
	Query        string      `json:"query"`
	ID           *string     `json:"id"`
	Question     *string     `json:"question"`
	Topic        *string     `json:"topic"`
	Answer       *string     `json:"answer"`
	Sources      []string    `json:"sources"`
	File         *string     `json:"file"`
	Line         *int        `json:"line"`
	Score        float64     `json:"score"`
	Alternatives []matchJSON `json:"alternatives"`
	Suggestions  []matchJSON `json:"suggestions"`
	Error        string      `json:"error,omitempty"`
}

// matchJSON is a ranked match: an alternative or a suggestion.
type matchJSON struct {
	ID       string  `json:"id"`
	Question string  `json:"question"`
	Topic    string  `json:"topic"`
	Score    float64 `json:"score"`
}

func matchObjects(ms []faq.Match) []matchJSON {
	out := []matchJSON{}
	for _, m := range ms {
		out = append(out, matchJSON{m.Entry.ID, m.Entry.Question, m.Entry.Topic, round(m.Score)})
	}
	return out
}

func round(x float64) float64 { return math.Round(x*1000) / 1000 }

// resultObject is the JSON for a search result; top is how many matches
// were asked for.
func resultObject(res faq.Result, top int) answerJSON {
	obj := answerJSON{Query: res.Query, Sources: []string{}, Alternatives: []matchJSON{}, Suggestions: []matchJSON{}}
	if len(res.Matches) > 0 {
		obj.Score = round(res.Matches[0].Score)
	}
	if !res.Confident {
		obj.Suggestions = matchObjects(res.Matches)
		return obj
	}
	e := entryObject(res.Matches[0].Entry)
	obj.ID, obj.Question, obj.Topic, obj.Answer = &e.ID, &e.Question, &e.Topic, &e.Answer
	obj.Sources, obj.File, obj.Line = e.Sources, &e.File, &e.Line
	if top > 1 {
		obj.Alternatives = matchObjects(res.Matches[1:min(top, len(res.Matches))])
	}
	return obj
}

// json writes v as JSON: indented on a terminal, one line on a pipe.
func (p *printer) json(v any) error {
	return writeJSON(p.io, v, p.io.IsStdoutTTY())
}

func writeJSON(io *iostreams.IOStreams, v any, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := io.Out.Write(escapeJSONControls(buf.Bytes()))
	return err
}

// escapeJSONControls escapes DEL and the C1 controls, which encoding/json
// leaves raw but a terminal may act on.
func escapeJSONControls(b []byte) []byte {
	s := string(b)
	if !strings.ContainsAny(s, "\x7f\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f") {
		return b
	}
	var out strings.Builder
	for _, r := range s {
		if r == 0x7f || r >= 0x80 && r <= 0x9f {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}
