package faq

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// A CheckResult is what Check found in a set of FAQ files.
type CheckResult struct {
	Files    int       // Markdown files read
	Entries  int       // entries found in them
	Problems []Problem // by file, then by line

	ids map[string]string // every id seen, and where: "FILE:LINE"
}

// Check reads the FAQ files at paths (files, and folders searched as Open
// searches them) and reports their problems: a file that cannot be
// read or is not text, and in each document the Problems Parse records
// (text in no entry, a question with no answer or no text, a code fence
// never closed, duplicate questions and ids (within a file and across
// files), a bold question never
// closed, a heading that reads as part of the answer above it, front
// matter and synonyms faq cannot use, a large file with too few entries
// and the shape its questions may be in), answers that are only a list
// of links, and unanswered questions (front matter) that an entry asks.
// Files are only read.
func Check(paths []string) CheckResult {
	var r CheckResult
	for _, p := range paths {
		names, err := Files(p)
		if err != nil {
			r.Problems = append(r.Problems, Problem{File: p, Message: errorText(p, err)})
			continue
		}
		for _, name := range names {
			src, _, err := readFile(name)
			if err != nil {
				r.Files++
				r.Problems = append(r.Problems, Problem{File: name, Message: errorText(name, err)})
				continue
			}
			r.Add(name, src)
		}
	}
	return r
}

// Add checks one more document, read from elsewhere (an embedded FAQ),
// and adds what it finds.
func (r *CheckResult) Add(name string, src []byte) {
	r.Files++
	doc, err := Parse(name, src)
	var pe *ParseError
	if errors.As(err, &pe) {
		r.Problems = append(r.Problems, Problem{pe.Name, pe.Line, pe.Msg})
		return
	}
	r.Entries += len(doc.Entries)
	r.Problems = append(r.Problems, mergeProblems(doc.Problems, r.idsSeenBefore(doc), linkOnlyAnswers(doc), answeredUnanswered(doc))...)
}

// answeredUnanswered reports the front matter's unanswered questions that
// are an entry's question or one of its wordings: they would turn away
// the questions that entry answers.
func answeredUnanswered(doc *Document) []Problem {
	asked := map[string]string{} // slug of each question and wording → question
	for i := range doc.Entries {
		e := &doc.Entries[i]
		for _, q := range append([]string{e.Question}, e.Aliases...) {
			asked[Slug(q)] = e.Question
		}
	}
	var out []Problem
	for _, q := range doc.Unanswered {
		if entry, ok := asked[Slug(q)]; ok {
			out = append(out, Problem{doc.Name, 1, fmt.Sprintf("unanswered question %q is asked by the entry %q: it would turn away the questions that entry answers", q, entry)})
		}
	}
	return out
}

// idsSeenBefore reports the entries of doc whose id an entry of a file
// checked before has: read together, the later one gets another id, and
// "faq show ID" shows the first.
func (r *CheckResult) idsSeenBefore(doc *Document) []Problem {
	if r.ids == nil {
		r.ids = map[string]string{}
	}
	var out []Problem
	for _, e := range doc.Entries {
		if where, ok := r.ids[e.ID]; ok {
			out = append(out, Problem{doc.Name, e.Line, fmt.Sprintf("id %q is also at %s: read together, this entry gets another id", e.ID, where)})
			continue
		}
		r.ids[e.ID] = fmt.Sprintf("%s:%d", doc.Name, e.Line)
	}
	return out
}

// errorText words a file error without the file name the error already
// starts with.
func errorText(name string, err error) string {
	return strings.TrimPrefix(err.Error(), name+": ")
}

// mergeProblems merges lists of problems, each in line order, into one;
// problems on the same line keep the order of their lists.
func mergeProblems(lists ...[]Problem) []Problem {
	out := slices.Concat(lists...)
	slices.SortStableFunc(out, func(a, b Problem) int { return a.Line - b.Line })
	return out
}

// linkOnlyAnswers reports entries whose answer is nothing but a list of
// links: a reader who asks gets no answer, only places to look (often a
// table of contents or navigation read as an entry). One link alone is a
// pointer, an answer of sorts.
func linkOnlyAnswers(doc *Document) []Problem {
	var out []Problem
	for _, e := range doc.Entries {
		if onlyLinks(e.Answer) {
			out = append(out, Problem{doc.Name, e.Line, fmt.Sprintf("the answer to %q is only a list of links", e.Question)})
		}
	}
	return out
}

// onlyLinks reports whether Markdown holds two links or more and no
// other words.
func onlyLinks(md string) bool {
	if !strings.Contains(md, "](") && !strings.Contains(md, "<http") && !strings.Contains(md, "][") {
		return false
	}
	src := []byte(md)
	root := fullParser().Parse(text.NewReader(src))
	links, words := 0, false
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || words {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link, *ast.AutoLink:
			links++
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			words = strings.IndexFunc(string(n.Segment.Value(src)), unicode.IsLetter) >= 0
		case *ast.CodeSpan, *ast.FencedCodeBlock, *ast.CodeBlock, *ast.Image, *ast.HTMLBlock:
			words = true
		}
		return ast.WalkContinue, nil
	})
	return links > 1 && !words
}
