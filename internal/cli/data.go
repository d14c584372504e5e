package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
)

// This file holds the command line's calls into package faq that open a
// FAQ, look an entry up and search, so that a change of the library's API
// touches one place.

// builtinPrefix names the built-in FAQ in a data path ("embedded:").
const builtinPrefix = builtin.Prefix

// DataFlags choose the FAQ: --data, else $FAQ_PATH, else the config
// file's data, else the built-in FAQ.
type DataFlags struct {
	Paths []string // --data, as given
}

func addDataFlags(cmd *cobra.Command, d *DataFlags) {
	cmd.Flags().StringArrayVar(&d.Paths, "data", nil, "FAQ file or folder (repeatable; default: $FAQ_PATH, else the config file, else built-in)")
	setValueName(cmd, "data", "PATH")
}

// index returns a function that opens the FAQ on its first call and
// returns the same index (or error) on every call. For a command that
// searches, it also builds the search index (which Open defers), under
// the same progress message.
func (d *DataFlags) index(f *Factory, searches bool) func() (*faq.Index, error) {
	return sync.OnceValues(func() (*faq.Index, error) {
		paths, err := d.paths(f)
		if err != nil {
			return nil, err
		}
		var ix *faq.Index
		if len(paths) == 0 {
			ix, err = builtin.Index() // prebuilt: no parsing
		} else {
			// FAQ files can be of any size, and indexing a large one
			// keeps hundreds of MB live: collect as often as Go does by
			// default, unless GOGC says otherwise (see Main).
			if f.Getenv("GOGC") == "" {
				debug.SetGCPercent(100)
			}
			ix, err = withProgress(f, paths, func() (*faq.Index, error) {
				ix, err := f.openIndex(paths, f.cacheDir())
				if err == nil && searches {
					ix.Search("", faq.Options{}) // builds the index
				}
				return ix, err
			})
		}
		if err != nil {
			return nil, dataError(err)
		}
		return ix, nil
	})
}

// openIndex reads FAQ files, the built-in FAQ where a path names it, and
// indexes them, through the index cache.
func openIndex(paths []string, cacheDir string) (*faq.Index, error) {
	var files []string
	var include []*faq.Document
	for _, p := range paths {
		switch isBuiltin, unknown := builtin.Names(p); {
		case unknown:
			return nil, fmt.Errorf("%s: no such built-in FAQ file (it has %s)", p, builtin.Name)
		case isBuiltin && len(include) == 0:
			doc, err := builtin.Document()
			if err != nil {
				return nil, err
			}
			include = append(include, doc)
		case !isBuiltin:
			files = append(files, p)
		}
	}
	if len(files) == 0 {
		return builtin.Index()
	}
	return faq.Open(files, &faq.OpenOptions{CacheDir: cacheDir, Include: include})
}

// paths returns the data paths to load, none for the built-in FAQ.
func (d *DataFlags) paths(f *Factory) ([]string, error) {
	paths := d.Paths
	if len(paths) == 0 {
		paths = splitPathList(f.Getenv("FAQ_PATH"))
	}
	if len(paths) == 0 {
		cfg, err := f.Config()
		if err != nil {
			return nil, err
		}
		paths = cfg.Data
	}
	return distinctPaths(paths), nil
}

// splitPathList splits a list of paths separated like $PATH. Where the
// separator is a colon, "embedded:" (the built-in FAQ) holds one: it is
// joined back with what follows it, so "docs:embedded:" and
// "embedded::docs" both name docs and the whole built-in FAQ, and
// "embedded:faq.md:docs" one built-in file and docs.
func splitPathList(list string) []string {
	parts := filepath.SplitList(list)
	if os.PathListSeparator != ':' {
		return parts
	}
	prefix := strings.TrimSuffix(builtinPrefix, ":")
	var out []string
	for i := 0; i < len(parts); i++ {
		if parts[i] == prefix && i+1 < len(parts) {
			out = append(out, builtinPrefix+parts[i+1])
			i++
			continue
		}
		out = append(out, parts[i])
	}
	return out
}

// distinctPaths drops empty paths and paths whose files another path
// already covers ("--data docs --data ." loads docs once, through "."),
// so no file is loaded twice and ids get no -1 suffix for it. Order is
// kept. A path that cannot be listed is kept, for loading to report.
func distinctPaths(paths []string) []string {
	type entry struct {
		path  string
		files []string // absolute, sorted; nil when unknown
	}
	var nonEmpty []string
	for _, p := range paths {
		if p = strings.TrimSpace(p); p != "" {
			nonEmpty = append(nonEmpty, p)
		}
	}
	if len(nonEmpty) < 2 {
		return nonEmpty
	}
	var es []entry
	for _, p := range nonEmpty {
		es = append(es, entry{p, filesOf(p)})
	}
	var out []string
	for i, e := range es {
		covered := false
		for j, o := range es {
			if i == j || e.files == nil || o.files == nil {
				continue
			}
			if subset(e.files, o.files) && (len(e.files) < len(o.files) || j < i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, e.path)
		}
	}
	return out
}

// filesOf lists the files a data path stands for, as absolute paths; the
// built-in FAQ's are named by the path itself.
func filesOf(p string) []string {
	if strings.HasPrefix(p, builtinPrefix) {
		return []string{p}
	}
	names, err := faq.Files(p)
	if err != nil {
		return nil
	}
	var out []string
	for _, n := range names {
		if abs, err := filepath.Abs(n); err == nil {
			n = abs
		}
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

// subset reports whether every element of sorted a is in sorted b.
func subset(a, b []string) bool {
	for _, s := range a {
		if _, ok := slices.BinarySearch(b, s); !ok {
			return false
		}
	}
	return true
}

// lookup finds an entry by id, ignoring case when no id matches exactly.
func lookup(x *faq.FAQ, id string) (*faq.Entry, bool) {
	id = strings.TrimSpace(id)
	if e, ok := x.Lookup(id); ok {
		return e, true
	}
	for i := range x.Entries {
		if strings.EqualFold(x.Entries[i].ID, id) {
			return &x.Entries[i], true
		}
	}
	return nil, false
}

// search asks ix for the limit best answers to q among entries of topic
// (all when "").
func search(ix *faq.Index, q string, limit int, topic string) faq.Result {
	return ix.Search(q, faq.Options{Limit: limit, Topic: topic})
}

// checkTopic reports a --topic that names no topic of x.
func checkTopic(x *faq.FAQ, topic string) error {
	if topic == "" {
		return nil
	}
	for _, t := range x.Topics() {
		if strings.EqualFold(t, topic) {
			return nil
		}
	}
	return usageErrorf("unknown topic %q (topics: %s)", topic, strings.Join(x.Topics(), ", "))
}

// entry is what the command line shows of a FAQ entry.
type entry struct {
	ID, Question, Topic, Answer, Disclaimer string
	Sources                                 []string
	File                                    string
	Line                                    int
}

func entryOf(e *faq.Entry) entry {
	return entry{
		ID:         e.ID,
		Question:   e.Question,
		Topic:      e.Topic,
		Answer:     e.Answer,
		Disclaimer: e.Disclaimer,
		Sources:    append([]string{}, e.Sources...), // [] in JSON, never null
		File:       e.File,
		Line:       e.Line,
	}
}
