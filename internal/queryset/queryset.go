// Package queryset reads query files: questions with the FAQ entries that
// should answer them, as `faq test` checks them and the ranking model is
// fitted on.
//
// A query file has one query per line: the question, a tab, and what
// should answer it: an entry id, the entry's question text, several of
// these joined by "|", or NONE when no entry answers it. A first line
// "query<TAB>expected" and lines starting with # are skipped.
package queryset

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"
)

// A Case is one line of a query file.
type Case struct {
	Line  int
	Query string // words separated by single spaces
	// Expected are ids or question texts of entries that answer the
	// query; none when no entry does.
	Expected []string
}

// Answerable reports whether some entry should answer the query.
func (c *Case) Answerable() bool { return len(c.Expected) > 0 }

// Accepts reports whether the entry with this id and question answers
// the query: its id is expected, or its question reads as an expected
// one (see Normalize).
func (c *Case) Accepts(id, question string) bool {
	for _, want := range c.Expected {
		if want == id || Normalize(want) == Normalize(question) {
			return true
		}
	}
	return false
}

// missingFile is the error of a query file that does not exist: it
// reads "NAME: no such file" and is fs.ErrNotExist.
type missingFile string

func (m missingFile) Error() string      { return string(m) + ": no such file" }
func (missingFile) Is(target error) bool { return target == fs.ErrNotExist }

// Read reads a query file.
func Read(name string) ([]Case, error) {
	fh, err := os.Open(name)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, missingFile(name)
		}
		return nil, err
	}
	defer fh.Close()
	var out []Case
	sc := bufio.NewScanner(fh)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") || n == 1 && line == "query\texpected" {
			continue
		}
		i := strings.LastIndexByte(line, '\t')
		if i < 0 || strings.TrimSpace(line[:i]) == "" || strings.TrimSpace(line[i+1:]) == "" {
			return nil, fmt.Errorf("%s:%d: want a question, a tab and the expected answer", name, n)
		}
		c := Case{Line: n, Query: strings.Join(strings.Fields(line[:i]), " ")}
		if want := strings.TrimSpace(line[i+1:]); want != "NONE" {
			c.Expected = strings.Split(want, "|")
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

// noise matches what Normalize drops: {#id} attributes, HTML tags and
// link targets, inline or by reference (a question shows a link's text
// alone).
var noise = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\{:?\s*#[^}]*\}|<[^>]+>|\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"]*"|'[^']*'|\([^()]*\)))?\)|\]\[[^\]]*\]`)
})

// Normalize reads a question as a person does, to compare an expected
// question with an entry's: no id attribute, tags, link targets,
// emphasis or quotes; lower case; words only.
func Normalize(s string) string {
	s = noise().ReplaceAllString(s, " ")
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

// Figures are the results of one query file.
type Figures struct {
	Answerable, Unanswerable int
	Hits                     int // answerable queries answered by an expected entry
	Refused                  int // unanswerable queries refused
}

// P1 is the share of answerable queries answered right (a refusal is a
// miss).
func (f Figures) P1() float64 { return ratio(f.Hits, f.Answerable) }

// Rejection is the share of unanswerable queries refused.
func (f Figures) Rejection() float64 { return ratio(f.Refused, f.Unanswerable) }

// Score is the mean of P1 and Rejection, or the one the file has.
func (f Figures) Score() float64 {
	switch {
	case f.Answerable == 0:
		return f.Rejection()
	case f.Unanswerable == 0:
		return f.P1()
	}
	return (f.P1() + f.Rejection()) / 2
}

// Add counts one query, given whether an entry was given as the answer
// and whether the case accepts it, and reports whether the query went
// right.
func (f *Figures) Add(c *Case, answered, right bool) bool {
	if c.Answerable() {
		f.Answerable++
		if answered && right {
			f.Hits++
			return true
		}
		return false
	}
	f.Unanswerable++
	if !answered {
		f.Refused++
		return true
	}
	return false
}

// String prints the figures as `faq test` and the evaluation scripts do.
func (f Figures) String() string {
	return fmt.Sprintf("P@1 %.3f  rejection %.3f  score %.3f", f.P1(), f.Rejection(), f.Score())
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
