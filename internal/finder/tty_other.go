//go:build !unix

package finder

import (
	"errors"
	"os"
)

// Supported reports whether the finder runs on this system: it needs a
// Unix terminal.
const Supported = false

func openTTY() (*os.File, error) { return nil, errors.New("only Unix terminals are supported") }

func notifyResize(chan<- os.Signal) {}
