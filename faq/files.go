package faq

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// MaxFileSize is the largest FAQ file Open reads.
const MaxFileSize = 128 << 20

// Files lists the Markdown files a data path stands for, in the order
// they are loaded: the file, or the .md and .markdown files in a folder
// and its subfolders but hidden ones and node_modules (other packages'
// READMEs, never the FAQ).
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
		if d.IsDir() && name != p && (strings.HasPrefix(d.Name(), ".") || d.Name() == "node_modules") {
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
		return nil, &FileError{p, "folder has no Markdown (.md or .markdown) files", nil}
	}
	sort.Strings(files)
	return files, nil
}

func isMarkdownName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".md" || ext == ".markdown"
}

// ReadFile reads and parses one FAQ file, as Open reads each of its
// files: it refuses what is not a regular file, empty files and files over
// MaxFileSize.
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
		return nil, nil, &FileError{name, "is a folder", nil}
	case !info.Mode().IsRegular():
		return nil, nil, &FileError{name, "not a regular file", nil}
	case info.Size() == 0:
		return nil, nil, &FileError{name, "empty file", errEmptyFile}
	case info.Size() > MaxFileSize:
		return nil, nil, &FileError{name, fmt.Sprintf("file too large (%d MiB; the limit is %d MiB)", info.Size()>>20, MaxFileSize>>20), nil}
	}
	src := make([]byte, info.Size())
	if _, err := io.ReadFull(f, src); err != nil {
		return nil, nil, pathError(name, err)
	}
	return src, info, nil
}

// A FileError is a FAQ file or folder that cannot be read, or that holds
// no entries. It words the reason without Go's operation prefix ("x: no
// such file or folder", not "open x: no such file or directory") and
// unwraps to the underlying error: errors.Is(err, fs.ErrNotExist) holds
// for a missing file, errors.Is(err, ErrNoEntries) for a file without
// entries.
type FileError struct {
	Path   string // the file or folder
	Reason string // why it cannot be read, in words
	Err    error  // the underlying error, or nil
}

// Error returns "PATH: REASON".
func (e *FileError) Error() string { return e.Path + ": " + e.Reason }

// Unwrap returns the underlying error.
func (e *FileError) Unwrap() error { return e.Err }

// ErrNoEntries is what a FAQ file without entries, or a set of paths
// that hold none, unwraps to.
var ErrNoEntries = errors.New(noEntries)

// pathError words a file system error as a FileError.
func pathError(name string, err error) error {
	reason := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason = "no such file or folder"
	case errors.Is(err, fs.ErrPermission):
		reason = "permission denied"
	}
	return &FileError{name, reason, err}
}

// errEmptyFile is why readFile refuses an empty file.
var errEmptyFile = errors.New("empty file")

// source is one FAQ file read into memory.
type source struct {
	name       string
	data       []byte
	size       int64
	modTime    int64
	fromFolder bool
}

func readSources(paths []string) ([]source, error) {
	var srcs []source
	for _, p := range paths {
		files, err := Files(p)
		if err != nil {
			return nil, err
		}
		for _, name := range files {
			data, info, err := readFile(name)
			if errors.Is(err, errEmptyFile) && name != p {
				continue // as a file without entries in a folder is
			}
			if err != nil {
				return nil, err
			}
			srcs = append(srcs, source{name, data, info.Size(), info.ModTime().UnixNano(), name != p})
		}
	}
	return srcs, nil
}
