//go:build !unix

package faq

import "os"

// readCacheFile reads a cache file into memory.
func readCacheFile(name string) ([]byte, error) { return os.ReadFile(name) }
