package finder

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/muesli/cancelreader"
	"golang.org/x/term"
)

// A terminal is the finder's hold on the terminal: raw mode, its own
// screen, frames drawn on it, keys read from it. Every byte it writes is
// one of the sequences in enterScreen and leaveScreen, a cursor move, or
// a frame's text: it sends no query, so it never waits for an answer.
type terminal struct {
	tty *os.File
	in  cancelreader.CancelReader

	mu       sync.Mutex // over what follows, so restore may come from a signal handler
	saved    *term.State
	entered  bool     // enterScreen was written
	restored bool     // restore ran: nothing more is drawn
	last     []string // the lines on the screen, for drawing only changes
}

func newTerminal(tty *os.File) (*terminal, error) {
	in, err := cancelreader.NewReader(tty)
	if err != nil {
		return nil, err
	}
	return &terminal{tty: tty, in: in}, nil
}

// start puts the terminal in raw mode and enters the finder's screen.
func (t *terminal) start() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.restored { // a signal came first: faq is exiting
		return ErrCanceled
	}
	saved, err := term.MakeRaw(int(t.tty.Fd()))
	if err != nil {
		return fmt.Errorf("the finder needs a terminal: %w", err)
	}
	t.saved = saved
	t.entered = true
	_, err = io.WriteString(t.tty, enterScreen)
	return err
}

// restore leaves the finder's screen and restores the terminal's mode,
// once; it may be called from any goroutine, at any point.
func (t *terminal) restore() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.restored {
		return
	}
	t.restored = true
	// Best effort: a terminal that cannot be written to any more has
	// nothing to restore.
	if t.entered {
		io.WriteString(t.tty, leaveScreen)
	}
	if t.saved != nil {
		term.Restore(int(t.tty.Fd()), t.saved)
	}
}

// size is the terminal's width and height.
func (t *terminal) size() (int, int, error) { return term.GetSize(int(t.tty.Fd())) }

// draw shows a frame (lines as wide as the screen, as the model's View
// draws them), rewriting only the lines that changed since the last.
// After a resize, clear first.
func (t *terminal) draw(frame string) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.restored {
		return nil
	}
	lines := strings.Split(frame, "\n")
	var b strings.Builder
	b.WriteString(syncStart)
	for i, l := range lines {
		if i < len(t.last) && t.last[i] == l {
			continue
		}
		fmt.Fprintf(&b, "\x1b[%d;1H%s", i+1, l)
	}
	b.WriteString(syncEnd)
	t.last = lines
	_, err := io.WriteString(t.tty, b.String())
	return err
}

// clear blanks the screen, so the next frame is drawn whole.
func (t *terminal) clear() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.restored {
		return nil
	}
	t.last = nil
	_, err := io.WriteString(t.tty, "\x1b[2J")
	return err
}

// Synchronised output (mode 2026): a terminal that has it shows a frame
// at once rather than as it is written; others ignore it.
const (
	syncStart = "\x1b[?2026h"
	syncEnd   = "\x1b[?2026l"
)

// read starts reading keys, sending what comes on the channel until the
// terminal is closed or stop is called; stop returns once reading has
// stopped, where the platform lets a read be cancelled, so that no key
// meant for what runs next is lost.
func (t *terminal) read() (<-chan []byte, <-chan error, func()) {
	input := make(chan []byte)
	failed := make(chan error, 1)
	done := make(chan struct{})
	quit := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 4096)
		for {
			n, err := t.in.Read(buf)
			if n > 0 {
				select {
				case input <- append([]byte(nil), buf[:n]...):
				case <-quit:
					return
				}
			}
			if err != nil {
				failed <- err
				return
			}
		}
	}()
	return input, failed, func() {
		close(quit)
		if t.in.Cancel() {
			<-done
		}
		t.in.Close()
	}
}
