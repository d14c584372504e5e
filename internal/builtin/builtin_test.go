package builtin

import (
	"bytes"
	"flag"
	"os"
	"testing"

	"github.com/faqtool/faq/faq"
)

var update = flag.Bool("update", false, "rewrite index.bin, the prebuilt index")

// TestIndex keeps index.bin, the prebuilt index of the built-in FAQ, equal
// to a fresh build. After changing faq.md or faq's indexing, run:
// go test ./internal/builtin -run TestIndex -update
func TestIndex(t *testing.T) {
	fresh, err := faq.NewIndex(load(t)).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("index.bin", fresh, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(fresh, prebuilt) {
		t.Fatal("index.bin is stale: run go test ./internal/builtin -run TestIndex -update")
	}
	ix, err := Index()
	if err != nil {
		t.Fatal(err)
	}
	if res := ix.Search("si joint mri", faq.Options{}); !res.Confident || res.Matches[0].Entry.ID != "si-joint-mri" {
		t.Error("the prebuilt index does not answer")
	}
}

// load parses the built-in FAQ anew.
func load(t testing.TB) *faq.FAQ {
	t.Helper()
	doc, err := Document()
	if err != nil {
		t.Fatal(err)
	}
	return faq.New(doc)
}

func TestNames(t *testing.T) {
	for path, want := range map[string][2]bool{
		"embedded:": {true, false}, "embedded:faq.md": {true, false}, "embedded:x.md": {true, true}, "docs/FAQ.md": {false, false},
	} {
		if b, u := Names(path); b != want[0] || u != want[1] {
			t.Errorf("Names(%q) = %v, %v, want %v", path, b, u, want)
		}
	}
}

// BenchmarkAnswer is the library's share of answering one question from
// the built-in FAQ, as the command line does it: the prebuilt index.
func BenchmarkAnswer(b *testing.B) {
	for b.Loop() {
		ix, err := Index()
		if err != nil {
			b.Fatal(err)
		}
		ix.Search("how long does l5 s1 take to heal", faq.Options{})
	}
}

// BenchmarkWarnings reads questions of the built-in FAQ for its urgent
// signs, as a front end does beside every search.
func BenchmarkWarnings(b *testing.B) {
	ix, err := Index()
	if err != nil {
		b.Fatal(err)
	}
	qs := []string{"numb groin", "how long does l5 s1 take to heal", "i cant pee and my back hurts", "my physio says my sciatica might be coming from my sacroiliac joint"}
	i := 0
	for b.Loop() {
		ix.Warnings(qs[i%len(qs)])
		i++
	}
}
