package faq_test

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/faqtool/faq/faq"
)

// Open a FAQ written in Markdown and answer a question from it.
func ExampleOpen() {
	dir, _ := os.MkdirTemp("", "faq")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "FAQ.md")
	os.WriteFile(name, []byte(`# Tool FAQ

## How do I install the tool?

Download the archive for your system and unpack it.

## How do I upgrade to a new version?

Install the new version over the old one; settings are kept.
`), 0o644)

	ix, err := faq.Open([]string{name}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	res := ix.Search("how do i upgrade", faq.Options{})
	if res.Confident {
		fmt.Println(res.Matches[0].Entry.Question)
		fmt.Println(res.Matches[0].Entry.Answer)
	}

	// A missing file is an fs.ErrNotExist, a file without entries an
	// ErrNoEntries; both are a *faq.FileError naming the file.
	_, err = faq.Open([]string{filepath.Join(dir, "missing.md")}, nil)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	notes := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(notes, []byte("Just some notes.\n"), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	_, err = faq.Open([]string{notes}, nil)
	var fe *faq.FileError
	fmt.Println(errors.Is(err, faq.ErrNoEntries), errors.As(err, &fe) && fe.Path == notes)
	// Output:
	// How do I upgrade to a new version?
	// Install the new version over the old one; settings are kept.
	// true
	// true true
}

// Search entries a program builds itself.
func ExampleNewIndex() {
	ix := faq.NewIndex(&faq.FAQ{
		Entries: []faq.Entry{
			{Question: "What are your opening hours?", Answer: "9 to 5, Monday to Friday."},
			{Question: "Where can I park?", Answer: "In the car park behind the building."},
		},
		Synonyms: [][]string{{"park", "parking"}},
	})
	res := ix.Search("is there parking", faq.Options{})
	fmt.Println(res.Confident, res.Matches[0].Entry.ID)
	fmt.Println(res.Matches[0].Entry.Answer)

	// Refused: nothing answers it; the matches are suggestions.
	res = ix.Search("do you sell gift cards", faq.Options{})
	fmt.Println(res.Confident)
	// Output:
	// true where-can-i-park
	// In the car park behind the building.
	// false
}

// Explain why a question got the answer it did.
func ExampleResult_Explain() {
	ix := faq.NewIndex(&faq.FAQ{Entries: []faq.Entry{
		{Question: "How do I reset my password?", Answer: "Use the link on the sign-in page."},
		{Question: "How do I delete my account?", Answer: "Write to support."},
	}})
	res := ix.Search("forgot pasword", faq.Options{})
	for _, line := range strings.Split(res.Explain(), "\n") {
		if strings.Contains(line, "typo for") || strings.Contains(line, "in no entry") {
			fmt.Println(strings.Join(strings.Fields(line), " "))
		}
	}
	// Output:
	// forgot → forgot weight 1.00 idf 1.79 rare 0.25 not in the best match (in no entry)
	// pasword → ~password weight 0.80 idf 0.69 rare 0.80 in question (typo for "password") (synonyms: password, passphrase)
	// query size 1.52 (everyday words count less); 41% of the query is in no entry
}
