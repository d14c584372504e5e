package faq

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

//go:embed data/*.md
var embedded embed.FS

// embeddedIndex is the built-in FAQ's index, built ahead of time in the
// cache format (see TestEmbeddedIndex, which keeps it current).
//
//go:embed data/index.bin
var embeddedIndex []byte

// EmbeddedPrefix starts the File of entries from the built-in FAQ.
const EmbeddedPrefix = "embedded:"

// MaxFileSize is the largest FAQ file Load reads.
const MaxFileSize = 128 << 20

// Default returns the built-in FAQ: S1 nerve, sciatica and SI joint
// questions, from the Markdown files in faq/data.
func Default() (*FAQ, error) {
	names, err := fs.Glob(embedded, "data/*.md")
	if err != nil {
		return nil, err
	}
	var docs []*Document
	for _, name := range names {
		src, err := embedded.ReadFile(name)
		if err != nil {
			return nil, err
		}
		doc, err := Parse(EmbeddedPrefix+path.Base(name), src)
		if err != nil {
			return nil, err
		}
		docs = append(docs, doc)
	}
	return New(docs...), nil
}

// DefaultIndex returns the index of the built-in FAQ. It is built ahead of
// time, so this costs no parsing or indexing.
func DefaultIndex() (*Index, error) {
	if ix, err := decodeIndex(embeddedIndex); err == nil {
		return ix, nil
	}
	f, err := Default() // an index file from an older format: build it
	if err != nil {
		return nil, err
	}
	return NewIndex(f), nil
}

// New joins documents into one FAQ. Ids stay unique across documents: a
// repeated id gets a numeric suffix, as within a document.
func New(docs ...*Document) *FAQ {
	f := &FAQ{}
	bases := make([]int, len(docs))
	for i, d := range docs {
		bases[i] = len(f.Entries)
		f.Entries = append(f.Entries, d.Entries...)
		f.Synonyms = append(f.Synonyms, d.Synonyms...)
	}
	uniqueIDs(f.Entries)
	joinUrgent(f, docs, bases)
	f.index()
	return f
}

// index builds the id lookup table.
func (f *FAQ) index() {
	f.byID = make(map[string]int, len(f.Entries))
	for i := range f.Entries {
		f.byID[f.Entries[i].ID] = i
	}
}

// Load reads the FAQ documents at paths: Markdown files, and folders
// searched recursively for *.md files (hidden folders skipped, symbolic
// links to folders not followed). "embedded:" stands for the built-in FAQ. A named file must hold entries; files
// found in folders without entries are skipped.
func Load(paths []string) (*FAQ, error) {
	srcs, err := readSources(paths)
	if err != nil {
		return nil, err
	}
	return parseSources(srcs)
}

// Files lists the Markdown files a data path stands for, in the order
// they are loaded.
func Files(p string) ([]string, error) {
	info, err := os.Stat(p)
	if err != nil {
		return nil, pathError(p, err)
	}
	if !info.IsDir() {
		return []string{p}, nil
	}
	var files []string
	err = filepath.WalkDir(p, func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return pathError(name, err)
		}
		if d.IsDir() && name != p && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir
		}
		if !d.IsDir() && isMarkdownName(d.Name()) {
			files = append(files, name)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s: folder has no Markdown (.md) files", p)
	}
	sort.Strings(files)
	return files, nil
}

func isMarkdownName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// ReadFile reads and parses one FAQ file. It refuses what is not a
// regular file, empty files and files over MaxFileSize.
func ReadFile(name string) (*Document, error) {
	src, _, err := readFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, src)
}

// readFile reads a FAQ file, with what Stat said of it.
func readFile(name string) ([]byte, fs.FileInfo, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, pathError(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, pathError(name, err)
	}
	switch {
	case info.IsDir():
		return nil, nil, fmt.Errorf("%s: is a folder", name)
	case !info.Mode().IsRegular():
		return nil, nil, fmt.Errorf("%s: not a regular file", name)
	case info.Size() == 0:
		return nil, nil, fmt.Errorf("%s: empty file", name)
	case info.Size() > MaxFileSize:
		return nil, nil, fmt.Errorf("%s: file too large (%d MiB; the limit is %d MiB)", name, info.Size()>>20, MaxFileSize>>20)
	}
	src := make([]byte, info.Size())
	if _, err := io.ReadFull(f, src); err != nil {
		return nil, nil, pathError(name, err)
	}
	return src, info, nil
}

// pathError words a file system error as "path: reason" without Go's
// operation prefix ("open x: no such file or directory").
func pathError(name string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%s: no such file or folder", name)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%s: permission denied", name)
	}
	return fmt.Errorf("%s: %v", name, err)
}
