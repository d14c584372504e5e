package faq

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"go.yaml.in/yaml/v3"
)

// frontMatter holds the keys faq reads from a document's YAML (---) or
// TOML (+++) front matter. Other keys are ignored.
type frontMatter struct {
	// Title names the document; entries with no section heading above them
	// take it as their topic.
	Title string `yaml:"title"`
	// Disclaimer is shown under every answer from the document on a terminal.
	Disclaimer string `yaml:"disclaimer"`
	// Threshold, from 0 to 1, is the score the document's entries need to
	// answer a question, for an author who has measured their FAQ with
	// faq test; 0 means the package's Threshold. YAML only.
	Threshold float64 `yaml:"threshold"`
	// Synonyms are comma-separated groups of words or phrases that search
	// treats as the same ("si, sacroiliac"). YAML only.
	Synonyms []string `yaml:"synonyms"`
	// Urgent names the note and the entry to show first when a question
	// mentions one of its signs (see Urgent). YAML only.
	Urgent *urgentMatter `yaml:"urgent"`
	// Unanswered are examples of questions the FAQ does not answer (see
	// FAQ.Unanswered). YAML only.
	Unanswered []string `yaml:"unanswered"`
}

// urgentMatter is the front matter's urgent block.
type urgentMatter struct {
	Entry string   `yaml:"entry"`
	Note  string   `yaml:"note"`
	Signs []string `yaml:"signs"`
}

// urgent returns the document's urgent block, checked against its
// entries, or nil when the front matter has none or it names nothing to
// show.
func (fm *frontMatter) urgent(src []byte, entries []Entry) (*Urgent, []Problem) {
	m := fm.Urgent
	if m == nil {
		return nil, nil
	}
	u := &Urgent{
		Entry: strings.TrimSpace(m.Entry),
		Note:  strings.TrimSpace(m.Note),
	}
	var problems []Problem
	for _, s := range m.Signs {
		s = strings.Join(strings.Fields(s), " ")
		if s == "" {
			continue
		}
		terms := compileSign(s)
		if isPhrase(s) && len(compileSign(s[1:len(s)-1])) == 0 {
			problems = append(problems, Problem{Line: frontMatterLine(src, s), Message: fmt.Sprintf("urgent sign %s has only stop words, which nearly every question holds", s)})
			continue
		}
		if len(terms) == 0 {
			problems = append(problems, Problem{Line: frontMatterLine(src, s), Message: fmt.Sprintf("urgent sign %q has only stop words, which never match", s)})
			continue
		}
		u.Signs = append(u.Signs, s)
		u.signs = append(u.signs, terms)
		u.from = append(u.from, s)
	}
	if u.Entry != "" && !hasEntry(entries, u.Entry) {
		problems = append(problems, Problem{Line: frontMatterLine(src, u.Entry), Message: fmt.Sprintf("urgent entry %q names no entry", u.Entry)})
	}
	if u.Note == "" && u.Entry == "" {
		return nil, append(problems, Problem{Line: frontMatterLine(src, "urgent:"), Message: "urgent needs a note or an entry to show"})
	}
	if len(u.Signs) == 0 {
		return nil, append(problems, Problem{Line: frontMatterLine(src, "urgent:"), Message: "urgent has no sign that can match, so it is never shown"})
	}
	return u, problems
}

func hasEntry(entries []Entry, id string) bool {
	for i := range entries {
		if entries[i].ID == id {
			return true
		}
	}
	return false
}

// frontMatterLine returns the 1-based line of the first occurrence of
// text in src, or 1.
func frontMatterLine(src []byte, text string) int {
	i := bytes.Index(src, []byte(text))
	if i < 0 {
		return 1
	}
	return lineAt(src, i)
}

// splitFrontMatter finds front matter at the start of src. It returns the
// parsed keys, the offset where the Markdown body starts, and a problem
// description when the block is malformed. An opening delimiter with no
// closing one is not front matter: the file is read as Markdown from the
// start (a leading --- is then a thematic break) and the problem reported.
// YAML that does not parse is an error (bad), with its line in src: its
// urgent notes, disclaimer and synonyms would be lost without a word.
func splitFrontMatter(src []byte) (fm frontMatter, body int, problem string, bad *ParseError) {
	first, rest, ok := bytes.Cut(src, []byte("\n"))
	if !ok {
		return fm, 0, "", nil
	}
	delim := string(bytes.TrimRight(first, " \t\r"))
	if delim != "---" && delim != "+++" {
		return fm, 0, "", nil
	}
	off := len(first) + 1
	for len(rest) > 0 {
		line, next, _ := bytes.Cut(rest, []byte("\n"))
		trimmed := string(bytes.TrimRight(line, " \t\r"))
		if trimmed == delim || (delim == "---" && trimmed == "...") {
			block := src[len(first)+1 : off]
			end := off + len(line)
			if end < len(src) {
				end++ // the newline after the closing delimiter
			}
			if delim == "---" {
				if err := yaml.Unmarshal(block, &fm); err != nil {
					return frontMatter{}, end, "", yamlError(err)
				}
			} else {
				fm.Title = tomlTitle(block)
				if key := tomlOtherKey(block); key != "" {
					problem = fmt.Sprintf("TOML front matter: faq reads only its title, not %q; write urgent, synonyms, unanswered, disclaimer and threshold in YAML front matter (---)", key)
				}
			}
			fm.Title = strings.TrimSpace(fm.Title)
			fm.Disclaimer = strings.Join(strings.Fields(fm.Disclaimer), " ")
			return fm, end, problem, nil
		}
		off += len(line) + 1
		rest = next
	}
	return fm, 0, "unterminated front matter (no closing " + delim + " line)", nil
}

// yamlLine finds the first "line N: what" in a YAML error. Compiled on
// first use, as every run would pay for it otherwise.
var yamlLine = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`line (\d+): ([^\n]*)`) })

// yamlError words a YAML error in front matter on one line, at its line
// in the file (the block's line N is the file's line N+1).
func yamlError(err error) *ParseError {
	pe := &ParseError{Line: 1, Msg: "front matter is not valid YAML: " + strings.TrimPrefix(firstLine(err.Error()), "yaml: ")}
	if m := yamlLine().FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		pe.Line, pe.Msg = n+1, "front matter is not valid YAML: "+m[2]
	}
	return pe
}

// tomlTitle reads a top-level `title = "..."` line, the only key faq uses
// from TOML front matter.
func tomlTitle(block []byte) string {
	for _, line := range strings.Split(string(block), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "[") {
			return "" // a table starts: no more top-level keys
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok || strings.TrimSpace(key) != "title" {
			continue
		}
		value = strings.TrimSpace(value)
		if s, err := strconv.Unquote(value); err == nil {
			return s
		}
		return strings.Trim(value, `'"`)
	}
	return ""
}

// tomlOtherKey returns the first key or table of a TOML block that faq's
// YAML front matter reads and TOML's does not, or "".
func tomlOtherKey(block []byte) string {
	for _, line := range strings.Split(string(block), "\n") {
		key, _, ok := strings.Cut(line, "=")
		key = strings.Trim(strings.TrimSpace(key), `"'`)
		if t := strings.TrimSpace(line); strings.HasPrefix(t, "[") {
			key, ok = strings.Trim(t, "[] "), true
		}
		switch key {
		case "urgent", "synonyms", "unanswered", "disclaimer", "threshold":
			if ok {
				return key
			}
		}
	}
	return ""
}

// synonymGroups splits front matter synonym lines into groups of at least
// two non-empty members.
func synonymGroups(lines []string) [][]string {
	var groups [][]string
	for _, line := range lines {
		var g []string
		for _, m := range strings.Split(line, ",") {
			if m = strings.Join(strings.Fields(m), " "); m != "" {
				g = append(g, m)
			}
		}
		if len(g) > 1 {
			groups = append(groups, g)
		}
	}
	return groups
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
