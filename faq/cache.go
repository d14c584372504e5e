package faq

import (
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

// An index cache saves large FAQs from being parsed and indexed on every
// run. Its file name is a checksum of the source files' absolute paths,
// then one of every file's path, size, modification time and content, and
// of the format version, so a changed file misses the cache; writing a
// cache removes the older ones of the same paths. Files are written to a
// temporary name and renamed, so concurrent runs never see half a file;
// one that does not decode (corrupt, truncated, from another version) is
// ignored and rewritten.

// cacheVersion changes whenever the format or the indexing rules change.
const cacheVersion = "faq-index-36"

// minCacheSize is the total size of FAQ files worth caching: smaller ones
// parse faster than a cache file loads.
const minCacheSize = 256 << 10

// readCache returns the index cached under name, or nil.
func readCache(name string) *Index {
	mapped, err := mappedCache(name)
	if err != nil {
		return nil
	}
	ix, err := decodeIndex(*mapped)
	if err != nil {
		// It is rebuilt and rewritten under the same name: map that
		// one next time. (This mapping stays: another search may be
		// decoding it too.)
		mappedCaches.CompareAndDelete(name, mapped)
		return nil
	}
	return ix
}

// mappedCaches holds every cache file mapped into memory, by name. The
// strings of an index read from one point into it, and a program may keep
// them as long as it likes, so a mapping is never released; a name is
// mapped once, however often its FAQ is opened, and names change only
// with the FAQ's content.
var mappedCaches sync.Map // string → *[]byte

// mappedCache returns the cache file name, mapped into memory once.
func mappedCache(name string) (*[]byte, error) {
	if b, ok := mappedCaches.Load(name); ok {
		return b.(*[]byte), nil
	}
	b, err := readCacheFile(name)
	if err != nil {
		return nil, err
	}
	got, _ := mappedCaches.LoadOrStore(name, &b)
	return got.(*[]byte), nil
}

func totalSize(srcs []source) int {
	total := 0
	for _, s := range srcs {
		total += len(s.data)
	}
	return total
}

// cachePath names the cache of the files srcs read from paths: "index-",
// a checksum of the paths as given, "-", a checksum of everything else
// the index depends on, so that the caches of one set of paths can be
// found (see pruneCache), whatever files a folder among them holds.
func cachePath(paths []string, srcs []source, cacheDir string) string {
	return filepath.Join(cacheDir, "index-"+pathsKey(paths)+"-"+cacheKey(srcs)+".bin")
}

// pathsKey is a checksum of paths made absolute.
func pathsKey(paths []string) string {
	h := crc32.New(castagnoli())
	for _, p := range paths {
		fmt.Fprintf(h, "%s\x00", absPath(p))
	}
	return fmt.Sprintf("%08x", h.Sum32())
}

func absPath(name string) string {
	if abs, err := filepath.Abs(name); err == nil {
		return abs
	}
	return name
}

// pruneCache removes the caches of the same paths other than keep: they
// were built from older versions of the files (or by another version of
// faq), and would otherwise pile up as a FAQ is edited. A process that
// has one mapped keeps its pages.
func pruneCache(keep string) {
	dir, base := filepath.Split(keep)
	prefix := base[:strings.LastIndexByte(base, '-')+1] // "index-<paths>-"
	entries, err := os.ReadDir(dir)                     // not Glob: dir may hold "[" or "*"
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if name == base || !strings.HasPrefix(name, "index-") || !strings.HasSuffix(name, ".bin") {
			continue
		}
		// Caches named before the paths led their names can never be
		// read either.
		old := strings.HasPrefix(name, prefix) || !strings.Contains(strings.TrimPrefix(name, "index-"), "-")
		if old {
			os.Remove(filepath.Join(dir, name))
		}
	}
}

// castagnoli is made on first use: building the table costs more than
// the rest of the package's start-up, and the built-in FAQ never needs it.
var castagnoli = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

func cacheKey(srcs []source) string {
	h := crc32.New(castagnoli())
	fmt.Fprintln(h, cacheVersion)
	// The common synonyms are indexed too: a change to them is a new index.
	fmt.Fprintln(h, crc32.Checksum([]byte(commonSynonymsText), castagnoli()))
	var sum uint64
	for _, s := range srcs {
		fmt.Fprintf(h, "%s\x00%d\x00%d\x00%08x\n", absPath(s.name), s.size, s.modTime, crc32.Checksum(s.data, castagnoli()))
		sum += uint64(s.size)
	}
	return fmt.Sprintf("%08x%012x", h.Sum32(), sum)
}

func writeCache(dir, name string, data []byte) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return
	}
	tmp, err := os.CreateTemp(dir, ".index-*.tmp")
	if err != nil {
		return
	}
	_, werr := tmp.Write(data)
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), name) != nil {
		os.Remove(tmp.Name())
		return
	}
	pruneCache(name)
}
