//go:build unix

package finder

import (
	"os"
	"os/signal"
	"syscall"
)

// Supported reports whether the finder runs on this system: it needs a
// Unix terminal.
const Supported = true

// openTTY opens the terminal the process runs in, whatever its standard
// streams are. The name matters: cancelreader reads "/dev/tty" with
// select(2) where kqueue(2) cannot.
func openTTY() (*os.File, error) { return os.OpenFile("/dev/tty", os.O_RDWR, 0) }

// notifyResize has SIGWINCH, a change of the terminal's size, sent on ch.
func notifyResize(ch chan<- os.Signal) { signal.Notify(ch, syscall.SIGWINCH) }
