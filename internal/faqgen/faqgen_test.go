package faqgen

import (
	"bytes"
	"testing"
)

func TestWriteIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Write(&a, 500); err != nil {
		t.Fatal(err)
	}
	if err := Write(&b, 500); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs differ")
	}
	if per := a.Len() / 500; per < 300 || per > 700 {
		t.Errorf("%d bytes an entry", per)
	}
}
