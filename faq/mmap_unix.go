//go:build unix

package faq

import (
	"os"
	"syscall"
)

// readCacheFile maps a cache file into memory: pages are read as they are
// touched, and nothing is copied. Cache files are only ever replaced by
// rename, never changed in place, so the mapping stays valid; it is never
// unmapped (see mappedCaches).
func readCacheFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	size := info.Size()
	if size <= 0 || size != int64(int(size)) {
		return nil, errCorrupt
	}
	return syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, syscall.MAP_PRIVATE)
}
