package faq

import (
	"fmt"
)

// OpenOptions adjust Open. The zero value (or nil) reads the files, caches
// nothing and includes nothing else.
type OpenOptions struct {
	// CacheDir, when not empty, is a folder where the index of large FAQs
	// (256 KiB of Markdown and more) is kept between runs: a later Open of
	// the same, unchanged files reads it instead of parsing and indexing.
	// A cache that cannot be written only makes the next Open slower. A
	// cache file read is mapped into memory (on Unix) for the rest of the
	// process, once however often its FAQ is opened, so that text from
	// the index stays valid as long as a program keeps it.
	CacheDir string
	// Include are documents to index after the files, such as a FAQ an
	// application embeds. An index that includes documents is not cached.
	Include []*Document
}

// Open reads the FAQ documents at paths, Markdown files and folders
// searched recursively for .md and .markdown files (see Files; symbolic
// links to folders not followed), and returns their index. A file named
// in paths must hold entries; files found in folders without entries are
// skipped. The search index is built on the first search (or read from
// the cache), so an Index used only to list or look up entries costs no
// indexing. A file that cannot be read gives an error that unwraps to the
// file system's (errors.Is(err, fs.ErrNotExist) holds for a missing one);
// a file that is not text gives a *ParseError.
func Open(paths []string, opts *OpenOptions) (*Index, error) {
	if opts == nil {
		opts = &OpenOptions{}
	}
	srcs, err := readSources(paths)
	if err != nil {
		return nil, err
	}
	cacheDir := opts.CacheDir
	if len(opts.Include) > 0 || totalSize(srcs) < minCacheSize {
		cacheDir = ""
	}
	cache := ""
	if cacheDir != "" {
		cache = cachePath(paths, srcs, cacheDir)
		if ix := readCache(cache); ix != nil {
			return ix, nil
		}
	}
	f, err := parseSources(srcs, opts.Include)
	if err != nil {
		return nil, err
	}
	ix := &Index{faq: f}
	ix.pending = func() {
		ix.build(0)
		if cache != "" {
			writeCache(cacheDir, cache, encodeIndex(ix))
		}
	}
	return ix, nil
}

// parseSources parses read files with Open's rules: a named file must
// hold entries, files found in folders without entries are skipped.
func parseSources(srcs []source, include []*Document) (*FAQ, error) {
	var docs []*Document
	for _, s := range srcs {
		doc, err := Parse(s.name, s.data)
		if err != nil {
			return nil, err
		}
		if len(doc.Entries) == 0 {
			if s.fromFolder {
				continue
			}
			return nil, &FileError{s.name, doc.noEntriesProblem(), ErrNoEntries}
		}
		docs = append(docs, doc)
	}
	docs = append(docs, include...)
	if len(docs) == 0 {
		return nil, fmt.Errorf("%w in the given paths", ErrNoEntries)
	}
	return New(docs...), nil
}
