package queryset

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	name := filepath.Join(t.TempDir(), "q.tsv")
	os.WriteFile(name, []byte("query\texpected\n# a comment\n\n how  do i   install\tinstall\nbake bread\tNONE\nslow\ta|Why is it *slow*?\n"), 0o644)
	cases, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	if len(cases) != 3 {
		t.Fatalf("%d cases, want 3", len(cases))
	}
	if c := cases[0]; c.Line != 4 || c.Query != "how do i install" || !c.Answerable() || !c.Accepts("install", "") {
		t.Errorf("first case %+v", c)
	}
	if cases[1].Answerable() {
		t.Error("NONE is answerable")
	}
	if c := cases[2]; !c.Accepts("other", "Why is it slow?") || !c.Accepts("a", "") || c.Accepts("b", "Why") {
		t.Errorf("third case %+v accepts wrongly", c)
	}
	for body, want := range map[string]string{
		"no tab here\n": "q.tsv:1: want a question, a tab and the expected answer",
		"\n\n":          "q.tsv: no queries",
	} {
		os.WriteFile(name, []byte(body), 0o644)
		if _, err := Read(name); err == nil || !strings.HasSuffix(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", body, err, want)
		}
	}
	if _, err := Read(filepath.Join(t.TempDir(), "missing.tsv")); err == nil || !strings.HasSuffix(err.Error(), "missing.tsv: no such file") {
		t.Errorf("missing file: %v", err)
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"Why does `brew upgrade` fail? {#upgrade}":    "why does brew upgrade fail",
		"Don’t <b>panic</b>!":                         "dont panic",
		"What is [SemVer](https://semver.org)?":       "what is semver", // as the question shows it
		"Is [it](a.md#b \"title\") (really) fast?":    "is it really fast",
		"What is [Foo](https://x.org/Foo_(bar)) for?": "what is foo for",
		"See [the guide](g.md 'Guide') [now][ref]":    "see the guide now",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFigures(t *testing.T) {
	var f Figures
	yes, none := &Case{Expected: []string{"a"}}, &Case{}
	for _, q := range []struct {
		c               *Case
		answered, right bool
		ok              bool
	}{
		{yes, true, true, true}, {yes, true, false, false}, {yes, false, false, false},
		{none, false, false, true}, {none, true, false, false},
	} {
		if got := f.Add(q.c, q.answered, q.right); got != q.ok {
			t.Errorf("Add(%v, %v, %v) = %v", q.c.Answerable(), q.answered, q.right, got)
		}
	}
	if got := f.String(); got != "P@1 0.333  rejection 0.500  score 0.417" {
		t.Errorf("figures %q", got)
	}
}
