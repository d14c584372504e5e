package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/faqtool/faq/faq"
)

// The JSON output, documented in the README: lower-case field names, lists
// never null, text fields in Markdown (never escape codes).

// entryJSON is an entry (faq show --json).
type entryJSON struct {
	ID         string   `json:"id"`
	Question   string   `json:"question"`
	Topic      string   `json:"topic"`
	Answer     string   `json:"answer"`
	Sources    []string `json:"sources"`
	Disclaimer string   `json:"disclaimer"`
	File       string   `json:"file"`
	Line       int      `json:"line"`
}

func entryObject(e entry) entryJSON {
	return entryJSON{e.ID, e.Question, e.Topic, e.Answer, e.Sources, e.Disclaimer, e.File, e.Line}
}

// answerJSON is the result of asking one question. The entry fields are
// null when nothing matched confidently; suggestions are then filled.
type answerJSON struct {
	Query        string        `json:"query"`
	ID           *string       `json:"id"`
	Question     *string       `json:"question"`
	Topic        *string       `json:"topic"`
	Answer       *string       `json:"answer"`
	Sources      []string      `json:"sources"`
	Disclaimer   string        `json:"disclaimer"`
	File         *string       `json:"file"`
	Line         *int          `json:"line"`
	Score        float64       `json:"score"`
	Alternatives []matchJSON   `json:"alternatives"`
	Suggestions  []matchJSON   `json:"suggestions"`
	Warnings     []warningJSON `json:"warnings"`
	Error        string        `json:"error,omitempty"`
}

// warningJSON is an urgent note the question called: its Markdown, the id
// of the entry with the full advice ("" for none) and the sign that
// called it.
type warningJSON struct {
	Note  string `json:"note"`
	Entry string `json:"entry"`
	Sign  string `json:"sign"`
}

// pickJSON is the entry picked in the finder (faq pick --json): the
// entry as faq show --json prints it, and the urgent notes its question
// or the query called.
type pickJSON struct {
	entryJSON
	Warnings []warningJSON `json:"warnings"`
}

func pickObject(e entry, ws []faq.Warning) pickJSON {
	return pickJSON{entryObject(e), warningObjects(ws)}
}

// warningObjects are urgent notes as JSON, [] for none.
func warningObjects(ws []faq.Warning) []warningJSON {
	out := []warningJSON{}
	for _, w := range ws {
		id := ""
		if w.Entry != nil {
			id = w.Entry.ID
		}
		out = append(out, warningJSON{w.Note, id, w.Sign})
	}
	return out
}

// matchJSON is a ranked match: an alternative or a suggestion.
type matchJSON struct {
	ID       string  `json:"id"`
	Question string  `json:"question"`
	Topic    string  `json:"topic"`
	Score    float64 `json:"score"`
}

// listJSON is one entry in faq list --json.
type listJSON struct {
	ID       string `json:"id"`
	Topic    string `json:"topic"`
	Question string `json:"question"`
	File     string `json:"file"`
	Line     int    `json:"line"`
}

func matchObjects(ms []faq.Match) []matchJSON {
	out := []matchJSON{}
	for _, m := range ms {
		out = append(out, matchJSON{m.Entry.ID, m.Entry.Question, m.Entry.Topic, m.Score})
	}
	return out
}

// badQuestionObject is the answer object of a stdin line that is no
// question.
func badQuestionObject(line string, err error) answerJSON {
	return answerJSON{Query: clean(truncate(line, 80)), Sources: []string{}, Alternatives: []matchJSON{}, Suggestions: []matchJSON{}, Warnings: []warningJSON{}, Error: err.Error()}
}

// resultObject is the JSON for a search result; top is how many matches
// were asked for.
func resultObject(res faq.Result, top int) answerJSON {
	obj := answerJSON{Query: res.Query, Sources: []string{}, Alternatives: []matchJSON{}, Suggestions: []matchJSON{}, Warnings: warningObjects(res.Warnings)}
	if len(res.Matches) > 0 {
		obj.Score = res.Matches[0].Score
	}
	if !res.Confident {
		obj.Suggestions = matchObjects(res.Matches)
		if ds := suggestionsDisclaimers(res.Matches); len(ds) > 0 {
			obj.Disclaimer = ds[0]
		}
		return obj
	}
	e := entryObject(entryOf(res.Matches[0].Entry))
	obj.ID, obj.Question, obj.Topic, obj.Answer = &e.ID, &e.Question, &e.Topic, &e.Answer
	obj.Sources, obj.Disclaimer, obj.File, obj.Line = e.Sources, e.Disclaimer, &e.File, &e.Line
	if top > 1 {
		obj.Alternatives = matchObjects(res.Matches[1:min(top, len(res.Matches))])
	}
	return obj
}

// printJSON writes v as JSON: indented on a terminal, one line on a pipe
// (and for each question read from stdin, one object per line).
func (p *printer) printJSON(v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if p.io.IsStdoutTTY() && !p.batch {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := p.io.Out.Write(escapeJSONControls(buf.Bytes()))
	return err
}

// escapeJSONControls escapes DEL and the C1 controls, which encoding/json
// leaves raw but a terminal may act on.
func escapeJSONControls(b []byte) []byte {
	if !bytes.ContainsFunc(b, isRawControl) {
		return b
	}
	var out strings.Builder
	for _, r := range string(b) {
		if isRawControl(r) {
			fmt.Fprintf(&out, `\u%04x`, r)
			continue
		}
		out.WriteRune(r)
	}
	return []byte(out.String())
}

func isRawControl(r rune) bool { return r == 0x7f || r >= 0x80 && r <= 0x9f }
