package faq_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestExternalModule builds and runs a program in a module of its own
// that imports package faq, as another project would: the exported API is
// enough to open a FAQ, build entries, search and tell a missing file.
func TestExternalModule(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH:", err)
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	sum, err := os.ReadFile(filepath.Join(root, "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	files := map[string]string{
		"go.mod": "module example.com/user\n\ngo 1.26\n\nrequire github.com/faqtool/faq v0.0.0\n\nreplace github.com/faqtool/faq => " + root + "\n",
		"go.sum": string(sum),
		"FAQ.md": "# Shop FAQ\n\n## When are you open?\n\nNine to five, Monday to Friday.\n",
		"main.go": `package main

import (
	"errors"
	"fmt"
	"io/fs"

	"github.com/faqtool/faq/faq"
)

func main() {
	ix, err := faq.Open([]string{"FAQ.md"}, &faq.OpenOptions{})
	if err != nil {
		panic(err)
	}
	res := ix.Search("when is the shop open", faq.Options{Limit: 1})
	fmt.Println(res.Confident, res.Matches[0].Entry.ID, res.Matches[0].Entry.Answer)

	built := faq.NewIndex(&faq.FAQ{Entries: []faq.Entry{{Question: "Do you deliver?", Answer: "Yes, within the city."}}})
	res = built.Search("home delivery", faq.Options{MinScore: -1})
	fmt.Println(res.Confident, res.Matches[0].Entry.Answer)

	_, err = faq.Open([]string{"missing.md"}, nil)
	fmt.Println(errors.Is(err, fs.ErrNotExist), err)
}
`,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(gobin, "run", ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOPROXY=off", "GOWORK=off")
	out, err := cmd.CombinedOutput()
	if err != nil && strings.Contains(string(out), "GOPROXY=off") {
		// The test module needs only modules this one builds with; a
		// module cache without one of them would need the network.
		t.Skipf("a module the test module needs is not in the module cache:\n%s", out)
	}
	if err != nil {
		t.Fatalf("go run: %v\n%s", err, out)
	}
	want := "true when-are-you-open Nine to five, Monday to Friday.\ntrue Yes, within the city.\ntrue missing.md: no such file or folder\n"
	if string(out) != want {
		t.Errorf("got:\n%s\nwant:\n%s", out, want)
	}
	if strings.Contains(string(out), "panic") {
		t.Error(string(out))
	}
}
