package faq

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/faqtool/faq/internal/faqgen"
)

// bigFAQ writes a FAQ large enough to be cached.
func bigFAQ(t *testing.T) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "big.md")
	f, err := os.Create(name)
	if err != nil {
		t.Fatal(err)
	}
	if err := faqgen.Write(f, 2000); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return name
}

func cacheFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, _ := os.ReadDir(dir) // not Glob: dir may hold "["
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), "index-") && strings.HasSuffix(e.Name(), ".bin") {
			names = append(names, filepath.Join(dir, e.Name()))
		}
	}
	return names
}

// openCached opens a FAQ with an index cache in dir and searches it once,
// which builds the index and writes the cache.
func openCached(t *testing.T, name, dir string) *Index {
	t.Helper()
	ix, err := Open([]string{name}, &OpenOptions{CacheDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	ix.Search("question", Options{})
	return ix
}

func TestCacheRoundTrip(t *testing.T) {
	name, dir := bigFAQ(t), t.TempDir()
	lazy, err := Open([]string{name}, &OpenOptions{CacheDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if lazy.terms != nil || len(lazy.FAQ().Entries) != 2000 || len(cacheFiles(t, dir)) != 0 {
		t.Fatal("Open built an index before any search")
	}
	built := openCached(t, name, dir)
	if n := len(cacheFiles(t, dir)); n != 1 {
		t.Fatalf("%d cache files, want 1", n)
	}
	cached, err := Open([]string{name}, &OpenOptions{CacheDir: dir})
	if err != nil {
		t.Fatal(err)
	}
	if cached.pending != nil || cached.terms == nil {
		t.Error("a cached index is built again")
	}
	if !reflect.DeepEqual(built.faq.Entries, cached.faq.Entries) {
		t.Error("entries differ after the cache")
	}
	if len(built.terms) != len(cached.terms) || !reflect.DeepEqual(built.lens, cached.lens) || !reflect.DeepEqual(built.vocab, cached.vocab) {
		t.Error("index differs after the cache")
	}
	for term, id := range built.terms {
		cid, ok := cached.terms[term]
		if !ok || !reflect.DeepEqual(built.postings[id], cached.postings[cid]) {
			t.Errorf("postings of %q differ after the cache", term)
			break
		}
	}
	for _, q := range []string{"how do i configure a remote proxy", "upgarde certifcate", "bake bread"} {
		a, b := built.Search(q, Options{}), cached.Search(q, Options{})
		if len(a.Matches) != len(b.Matches) || a.Confident != b.Confident || (len(a.Matches) > 0 && (a.Matches[0].Entry.ID != b.Matches[0].Entry.ID || a.Matches[0].Score != b.Matches[0].Score)) {
			t.Errorf("%q: results differ after the cache", q)
		}
	}
}

// TestCachedTextOutlivesTheIndex: text from an index read from the cache
// stays valid when the index is gone (it points into the mapped file), and
// opening the same FAQ again maps its cache file once.
func TestCachedTextOutlivesTheIndex(t *testing.T) {
	name, dir := bigFAQ(t), t.TempDir()
	openCached(t, name, dir) // builds and writes the cache
	answer := func() string {
		ix, err := Open([]string{name}, &OpenOptions{CacheDir: dir})
		if err != nil {
			t.Fatal(err)
		}
		if ix.pending != nil {
			t.Fatal("not read from the cache")
		}
		return ix.Search("how do i configure a remote proxy", Options{}).Matches[0].Entry.Answer
	}
	first := answer()
	runtime.GC()
	if second := answer(); first == "" || first != second {
		t.Errorf("answers %q and %q", first, second)
	}
	n := 0
	mappedCaches.Range(func(k, _ any) bool {
		if strings.HasPrefix(k.(string), dir) {
			n++
		}
		return true
	})
	if n != 1 {
		t.Errorf("%d mappings of one cache file", n)
	}
}

func TestCacheCorruptIsRewritten(t *testing.T) {
	name, dir := bigFAQ(t), t.TempDir()
	openCached(t, name, dir)
	file := cacheFiles(t, dir)[0]
	good, _ := os.ReadFile(file)
	for _, bad := range [][]byte{nil, []byte("garbage"), good[:len(good)/2], append([]byte(cacheVersion+"\n"), 0xff, 0xff, 0xff)} {
		if err := os.WriteFile(file, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		ix := openCached(t, name, dir)
		if len(ix.faq.Entries) != 2000 {
			t.Fatal("with a corrupt cache: entries missing")
		}
		if got, _ := os.ReadFile(file); len(got) != len(good) {
			t.Error("corrupt cache not rewritten")
		}
	}
}

func TestCacheMissesChangedFile(t *testing.T) {
	name, dir := bigFAQ(t), t.TempDir()
	openCached(t, name, dir)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("\n## A brand new question?\n\nA brand new answer.\n")
	f.Close()
	ix := openCached(t, name, dir)
	if _, ok := ix.faq.Lookup("a-brand-new-question"); !ok {
		t.Error("a changed file was served from the stale cache")
	}
	if n := len(cacheFiles(t, dir)); n != 1 {
		t.Errorf("%d cache files, want 1 (the new one replaces the stale one)", n)
	}
}

func TestCacheConcurrentRuns(t *testing.T) {
	name, dir := bigFAQ(t), t.TempDir()
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			ix, err := Open([]string{name}, &OpenOptions{CacheDir: dir})
			if err == nil {
				ix.Search("question", Options{})
			}
			if err == nil && len(ix.faq.Entries) != 2000 {
				err = os.ErrInvalid
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".index-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSmallFilesAreNotCached(t *testing.T) {
	name := filepath.Join(t.TempDir(), "small.md")
	os.WriteFile(name, []byte("# T\n\n## Q?\n\nA.\n"), 0o644)
	dir := t.TempDir()
	openCached(t, name, dir)
	if n := len(cacheFiles(t, dir)); n != 0 {
		t.Errorf("%d cache files for a small FAQ", n)
	}
	if !strings.HasPrefix(cacheVersion, "faq-index-") {
		t.Error("cache version has no prefix")
	}
}

// TestCachePrunesOlderVersions: editing a cached FAQ leaves one cache for
// its path, not one per version, and the caches of other paths stay.
func TestCachePrunesOlderVersions(t *testing.T) {
	// A folder name that would be a pattern to filepath.Glob.
	name, other, dir := bigFAQ(t), bigFAQ(t), filepath.Join(t.TempDir(), "cache[1]")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	// A cache named as faq named them before the paths led the name.
	if err := os.WriteFile(filepath.Join(dir, "index-0123456789abcdef01234567.bin"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	openCached(t, other, dir)
	otherCache := cacheFiles(t, dir)
	for i := range 3 {
		f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(f, "\n## Edit %d?\n\nYes.\n", i)
		f.Close()
		ix := openCached(t, name, dir)
		if n := len(ix.FAQ().Entries); n != 2001+i {
			t.Fatalf("edit %d: %d entries", i, n)
		}
	}
	if n := len(cacheFiles(t, dir)); n != 2 {
		t.Errorf("%d cache files for two FAQs, want 2: %v", n, cacheFiles(t, dir))
	}
	for _, f := range otherCache {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("the other FAQ's cache was removed: %v", err)
		}
	}
}

// TestCachePrunesWhenAFolderGrows: a folder's cache is replaced, not
// added to, when a file is added to the folder.
func TestCachePrunesWhenAFolderGrows(t *testing.T) {
	folder, dir := filepath.Dir(bigFAQ(t)), t.TempDir()
	openCached(t, folder, dir)
	if err := os.WriteFile(filepath.Join(folder, "more.md"), []byte("## Another question?\n\nAnother answer.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	ix := openCached(t, folder, dir)
	if _, ok := ix.FAQ().Lookup("another-question"); !ok {
		t.Error("the new file's entry is missing")
	}
	if n := len(cacheFiles(t, dir)); n != 1 {
		t.Errorf("%d cache files for one folder, want 1", n)
	}
}
