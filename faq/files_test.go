package faq

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestFilesInFolder: a folder stands for its Markdown files and its
// subfolders', in name order, but for hidden folders and node_modules.
func TestFilesInFolder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"b.md", "a.markdown", "notes.txt",
		"docs/c.md",
		".git/d.md",
		"node_modules/pkg/README.md",
		"docs/node_modules/e.md",
	} {
		file := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, []byte("## Q?\n\nA.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := Files(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.markdown"), filepath.Join(dir, "b.md"), filepath.Join(dir, "docs", "c.md")}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Files = %q, want %q", got, want)
	}
	// A folder named on its own is read, whatever its name.
	if got, err := Files(filepath.Join(dir, "node_modules")); err != nil || len(got) != 1 {
		t.Errorf("Files(node_modules) = %q, %v", got, err)
	}
}
