//go:build unix

package finder

import (
	"bytes"
	"context"
	"os"
	"reflect"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/term"

	"github.com/faqtool/faq/internal/render"
)

// ptyScreen runs Run on a pseudo-terminal and collects what it writes.
type ptyScreen struct {
	ptmx, tty *os.File
	mu        sync.Mutex
	out       bytes.Buffer
	done      chan struct{}
	pick      Pick
	err       error
}

// startRun starts Run on a new pseudo-terminal of the given size with
// the options o (TTY set to it).
func startRun(t *testing.T, ctx context.Context, cols, rows int, o Options) *ptyScreen {
	t.Helper()
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		t.Fatal(err)
	}
	s := &ptyScreen{ptmx: ptmx, tty: tty, done: make(chan struct{})}
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := ptmx.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	o.TTY = tty
	go func() {
		defer close(s.done)
		s.pick, s.err = Run(ctx, o)
	}()
	return s
}

func (s *ptyScreen) output() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// waitFor waits until the output holds want after byte mark, and
// returns the offset just past it.
func (s *ptyScreen) waitFor(t *testing.T, mark int, want string) int {
	t.Helper()
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		out := s.output()
		if i := strings.Index(out[min(mark, len(out)):], want); i >= 0 {
			return mark + i + len(want)
		}
	}
	t.Fatalf("the finder never wrote %q; it wrote:\n%q", want, s.output()[min(mark, len(s.output())):])
	return 0
}

func (s *ptyScreen) wait(t *testing.T) {
	t.Helper()
	select {
	case <-s.done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
}

func testOptions(t *testing.T) Options {
	ix := embedded(t)
	return Options{FAQ: ix.FAQ(), Index: ix, Markdown: testMarkdown, Render: render.Options{Style: "dark", Colors: render.ANSI256}}
}

// queries are the requests a program may send a terminal and wait for:
// a cursor position or status report, device attributes, a colour, a
// mode, the kitty keyboard flags, a terminfo capability.
var queries = []string{"\x1b[6n", "\x1b[5n", "\x1b[c", "\x1b[>c", "\x1b]10;?", "\x1b]11;?", "\x1b]12;?", "$p", "\x1b[?u", "\x1bP+q"}

// TestRun drives Run on a pseudo-terminal: it draws at once, asks the
// terminal nothing, follows typing and a resize, returns the entry
// picked with the query, and leaves the terminal as it found it.
func TestRun(t *testing.T) {
	o := testOptions(t)
	s := startRun(t, context.Background(), 120, 40, o)
	before, err := term.GetState(int(s.tty.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	mark := s.waitFor(t, 0, "enter print")
	if !strings.HasPrefix(s.output(), enterScreen) {
		t.Errorf("the finder did not start by entering its screen: %q", s.output()[:min(40, len(s.output()))])
	}
	during, _ := term.GetState(int(s.tty.Fd()))
	if reflect.DeepEqual(before, during) {
		t.Error("the terminal is not in raw mode")
	}
	s.ptmx.Write([]byte("sacro"))
	s.ptmx.Write([]byte(" inj"))
	mark = s.waitFor(t, mark, "si-joint-injection")
	// A smaller terminal: the preview goes below the list.
	if err := pty.Setsize(s.ptmx, &pty.Winsize{Cols: 70, Rows: 30}); err != nil {
		t.Fatal(err)
	}
	syscall.Kill(os.Getpid(), syscall.SIGWINCH)
	mark = s.waitFor(t, mark, "\x1b[2J")
	mark = s.waitFor(t, mark, "── SI joint · si-joint-injection ·")
	s.ptmx.Write([]byte("\x1b[B"))
	second := newRanker(o.FAQ, o.Index).rank("sacro inj", "")[1].entry
	mark = s.waitFor(t, mark, "· "+second.ID)
	s.ptmx.Write([]byte("\r"))
	s.wait(t)
	if s.err != nil || s.pick.Entry != second || s.pick.Query != "sacro inj" {
		t.Fatalf("Run gave %+v, %v", s.pick, s.err)
	}
	s.waitFor(t, mark, leaveScreen)
	out := s.output()
	if !strings.HasSuffix(out, leaveScreen) {
		t.Errorf("the finder did not end by leaving its screen: %q", out[max(len(out)-60, 0):])
	}
	for _, q := range queries {
		if strings.Contains(out, q) {
			t.Errorf("the finder sent %q, a query", q)
		}
	}
	after, _ := term.GetState(int(s.tty.Fd()))
	if !reflect.DeepEqual(before, after) {
		t.Error("the terminal's mode was not restored")
	}
}

// TestRunCancel: Esc, alone, leaves; so does a cancelled context.
func TestRunCancel(t *testing.T) {
	s := startRun(t, context.Background(), 80, 24, testOptions(t))
	s.waitFor(t, 0, "enter print")
	s.ptmx.Write([]byte("\x1b"))
	s.wait(t)
	if s.err != ErrCanceled {
		t.Errorf("Esc: %+v, %v", s.pick, s.err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s = startRun(t, ctx, 80, 24, testOptions(t))
	s.waitFor(t, 0, "enter print")
	cancel()
	s.wait(t)
	s.waitFor(t, 0, leaveScreen)
	if s.err != context.Canceled || !strings.HasSuffix(s.output(), leaveScreen) {
		t.Errorf("cancelled context: %v", s.err)
	}
}

// TestRunHold: the restore function given to Hold leaves the screen and
// restores the terminal's mode from another goroutine, as a signal
// handler would; the finder draws nothing after it.
func TestRunHold(t *testing.T) {
	var (
		mu       sync.Mutex
		restore  func()
		released bool
	)
	o := testOptions(t)
	o.Hold = func(r func()) func() {
		mu.Lock()
		restore = r
		mu.Unlock()
		return func() {
			mu.Lock()
			released = true
			mu.Unlock()
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s := startRun(t, ctx, 100, 30, o)
	before, _ := term.GetState(int(s.tty.Fd()))
	s.waitFor(t, 0, "enter print")
	mu.Lock()
	r := restore
	mu.Unlock()
	if r == nil {
		t.Fatal("Hold was not called")
	}
	r()
	if after, _ := term.GetState(int(s.tty.Fd())); !reflect.DeepEqual(before, after) {
		t.Error("restore did not end raw mode")
	}
	mark := s.waitFor(t, 0, leaveScreen)
	s.ptmx.Write([]byte("mri\n")) // a line: the terminal is in cooked mode again, and echoes it
	time.Sleep(100 * time.Millisecond)
	if drawn := s.output()[mark:]; strings.Contains(drawn, "\x1b[") {
		t.Errorf("the finder drew after restore: %q", drawn)
	}
	cancel()
	s.wait(t)
	mu.Lock()
	defer mu.Unlock()
	if !released {
		t.Error("the hold was not released")
	}
}
