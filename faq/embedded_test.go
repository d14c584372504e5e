package faq

import (
	"bytes"
	"flag"
	"os"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files (the embedded index)")

// TestEmbeddedIndex keeps data/index.bin, the prebuilt index of the
// built-in FAQ, equal to a fresh build. After changing faq.md or the
// indexing rules, run: go test ./faq -run TestEmbeddedIndex -update
func TestEmbeddedIndex(t *testing.T) {
	fresh := encodeIndex(NewIndex(loadDefault(t)))
	if *update {
		if err := os.WriteFile("data/index.bin", fresh, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(fresh, embeddedIndex) {
		t.Fatal("data/index.bin is stale: run go test ./faq -run TestEmbeddedIndex -update")
	}
	ix, err := DefaultIndex()
	if err != nil {
		t.Fatal(err)
	}
	if res := ix.Search("si joint mri", Options{}); !res.Confident || res.Matches[0].Entry.ID != "si-joint-mri" {
		t.Error("the embedded index does not answer")
	}
}
