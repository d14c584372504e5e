package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"golang.org/x/term"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
)

// screen collects what a program writes to a pseudo-terminal.
type screen struct {
	mu  sync.Mutex
	out bytes.Buffer
}

var escapes = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])`)

// text is the output so far without escape sequences.
func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return escapes.ReplaceAllString(s.out.String(), "")
}

// raw is the output so far, once it holds want (or after 30 s, long
// enough for a loaded machine): the last output of a program that exited
// may still be on its way.
func (s *screen) raw(want string) string {
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		s.mu.Lock()
		out := s.out.String()
		s.mu.Unlock()
		if strings.Contains(out, want) {
			break
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// settled is the output once nothing more has come for 100 ms (or after
// 5 s), for a program that has exited.
func (s *screen) settled() string {
	last := ""
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		s.mu.Lock()
		out := s.out.String()
		s.mu.Unlock()
		if out == last && out != "" {
			break
		}
		last = out
	}
	return last
}

// leaveAltScreen ends the alternate screen, restoring what was on the
// terminal before.
const leaveAltScreen = "\x1b[?1049l"

// waitFor waits until the screen has shown want since mark (a length of
// text), and returns the new mark. It gives up after 30 s: only a broken
// finder takes that long, even on a loaded machine.
func (s *screen) waitFor(t *testing.T, mark int, want string) int {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if text := s.text(); len(text) >= mark {
			if i := strings.Index(text[mark:], want); i >= 0 {
				return mark + i + len(want)
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("the screen never showed %q; it shows:\n%s", want, s.text()[min(mark, len(s.text())):])
	return 0
}

// startInTerminal starts faq in a new session whose controlling terminal
// is a pseudo-terminal of the given size, with stdin and stderr on it and
// stdout on it too when stdout is nil. Nothing answers a query sent to
// the terminal. It returns the command, the terminal's master side (to
// type on), its slave side (to read its mode) and the screen.
func startInTerminal(t *testing.T, cols, rows int, stdout *bytes.Buffer, args ...string) (*exec.Cmd, *os.File, *os.File, *screen) {
	t.Helper()
	link := faqBinary(t)
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	if err := pty.Setsize(ptmx, &pty.Winsize{Cols: uint16(cols), Rows: uint16(rows)}); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(link, args...)
	cmd.Env = append(os.Environ(), "TERM=xterm-256color", "GLAMOUR_STYLE=dark", "FAQ_PAGER=cat", "NO_COLOR=", "FAQ_FORCE_TTY=", "CI=")
	cmd.Stdin, cmd.Stderr = tty, tty
	if stdout != nil {
		cmd.Stdout = stdout
	} else {
		cmd.Stdout = tty
	}
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &screen{}
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
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, ptmx, tty, s
}

// wait waits for faq to exit and returns its exit code.
func wait(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case <-done:
		return cmd.ProcessState.ExitCode()
	case <-time.After(10 * time.Second):
		t.Fatal("faq did not exit")
		return -1
	}
}

// previewTitle finds the id in the preview's title line.
var previewTitle = regexp.MustCompile(`── [^·\n]+ · ([a-z0-9-]+)`)

// firstWords are the first four words of an answer, as plain text.
func firstWords(md string) string { return strings.Join(strings.Fields(md)[:4], " ") }

// TestPickInTerminal drives faq pick in a real pseudo-terminal: type,
// move, see the preview follow, and print the entry picked with Enter.
func TestPickInTerminal(t *testing.T) {
	ix, err := builtin.Index()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{120, 40}, {70, 30}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			var stdout bytes.Buffer
			cmd, term, _, s := startInTerminal(t, size[0], size[1], &stdout, "pick")
			mark := s.waitFor(t, 0, "Is the S1 nerve the same as sciatica?")
			term.Write([]byte("sacro inj"))
			mark = s.waitFor(t, mark, "si-joint-injection")
			mark = s.waitFor(t, mark, "places a local")
			term.Write([]byte("\x1b[B")) // down: the preview shows another entry, whichever ranks second
			var next *faq.Entry
			for deadline := time.Now().Add(30 * time.Second); next == nil && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
				if m := previewTitle.FindStringSubmatch(s.text()[mark:]); m != nil && m[1] != "si-joint-injection" {
					next, _ = ix.FAQ().Lookup(m[1])
				}
			}
			if next == nil {
				t.Fatalf("the preview did not move to another entry:\n%s", s.text()[mark:])
			}
			s.waitFor(t, mark, firstWords(next.Answer))
			term.Write([]byte("\r"))
			if code := wait(t, cmd); code != 0 {
				t.Fatalf("exit %d, want 0; screen:\n%s", code, s.text())
			}
			if got, want := stdout.String(), "# "+next.Question+"\n\n"+firstWords(next.Answer); !strings.HasPrefix(got, want) || strings.Contains(got, "\x1b") {
				t.Errorf("stdout is not %s's plain Markdown: %q", next.ID, got)
			}
			if !strings.Contains(s.raw(leaveAltScreen), leaveAltScreen) {
				t.Error("the finder did not leave the alternate screen")
			}
		})
	}
}

// TestPickJSON: faq pick --json prints the entry picked as JSON, for
// "faq pick --json | jq -r .id".
func TestPickJSON(t *testing.T) {
	var stdout bytes.Buffer
	cmd, term, _, s := startInTerminal(t, 120, 40, &stdout, "pick", "--json", "epidural")
	s.waitFor(t, 0, "pinched-s1-steroid-injection")
	term.Write([]byte("\r"))
	if code := wait(t, cmd); code != 0 {
		t.Fatalf("exit %d, want 0", code)
	}
	var e struct{ ID string }
	if err := json.Unmarshal(stdout.Bytes(), &e); err != nil || e.ID != "pinched-s1-steroid-injection" {
		t.Errorf("stdout %q: id %q, %v", stdout.String(), e.ID, err)
	}
}

// TestPickCancel: Esc and Ctrl-C leave with exit 130, printing nothing
// and restoring the screen; bare faq on a terminal opens the finder.
func TestPickCancel(t *testing.T) {
	tests := []struct {
		name string
		args []string
		key  string
	}{
		{"esc", []string{"pick"}, "\x1b"},
		{"ctrl+c", []string{"pick", "--topic", "SI joint"}, "\x03"},
		{"bare faq, esc", nil, "\x1b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout bytes.Buffer
			out := &stdout
			if tt.args == nil {
				out = nil // stdout on the terminal too
			}
			cmd, term, _, s := startInTerminal(t, 120, 40, out, tt.args...)
			s.waitFor(t, 0, "enter print")
			term.Write([]byte(tt.key))
			if code := wait(t, cmd); code != 130 {
				t.Errorf("exit %d, want 130", code)
			}
			if stdout.Len() > 0 {
				t.Errorf("stdout: %q", stdout.String())
			}
			raw := s.raw(leaveAltScreen)
			if i := strings.LastIndex(raw, leaveAltScreen); i < 0 || strings.TrimSpace(escapes.ReplaceAllString(raw[i:], "")) != "" {
				t.Errorf("the screen was not restored, or something was written after: %q", raw[max(i, 0):])
			}
		})
	}
}

// TestPickInterrupt: SIGINT from outside while the finder is open ends
// faq with exit 130, after it has left the finder's screen and put the
// terminal back in the mode it had.
func TestPickInterrupt(t *testing.T) {
	var stdout bytes.Buffer
	cmd, _, tty, s := startInTerminal(t, 100, 30, &stdout, "pick")
	before, err := term.GetState(int(tty.Fd()))
	if err != nil {
		t.Fatal(err)
	}
	s.waitFor(t, 0, "enter print")
	if during, _ := term.GetState(int(tty.Fd())); reflect.DeepEqual(before, during) {
		t.Fatal("the finder did not put the terminal in raw mode")
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	if code := wait(t, cmd); code != 130 {
		t.Errorf("exit %d, want 130", code)
	}
	if raw := s.raw(leaveAltScreen); !strings.HasSuffix(raw, leaveAltScreen) {
		t.Errorf("the finder's screen was not left last: %q", raw[max(len(raw)-80, 0):])
	}
	if after, _ := term.GetState(int(tty.Fd())); !reflect.DeepEqual(before, after) {
		t.Error("the terminal's mode was not restored")
	}
	if stdout.Len() > 0 {
		t.Errorf("stdout: %q", stdout.String())
	}
}

// queries are requests a program may send a terminal and then wait for
// an answer to: background and foreground colour (OSC 11, 10), cursor
// position and status reports (DSR), device attributes, a mode (DECRQM),
// the kitty keyboard flags, a terminfo capability (XTGETTCAP).
var queries = []string{"\x1b]11;?", "\x1b]10;?", "\x1b[6n", "\x1b[5n", "\x1b[c", "\x1b[>c", "$p", "\x1b[?u", "\x1bP+q"}

// TestNoTerminalQueries: faq never asks the terminal anything, so with
// stdout on a terminal that answers nothing it has nothing to wait for.
// (Bubble Tea v1, linked before, asked for the background colour in its
// package initialisation and waited up to 5 s for an answer.) It checks
// what was sent, not how long it took: a timing fails on a loaded machine.
func TestNoTerminalQueries(t *testing.T) {
	for _, args := range [][]string{{"list"}, {"si", "joint", "mri"}, {"--version"}, {"how", "do", "i", "bake", "bread"}, {"pick"}} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			cmd, term, _, s := startInTerminal(t, 100, 30, nil, args...)
			if args[0] == "pick" {
				s.waitFor(t, 0, "enter print")
				term.Write([]byte("\x1b"))
			}
			code := wait(t, cmd)
			if code != 0 && code != 1 && code != 130 {
				t.Errorf("exit %d; screen:\n%s", code, s.text())
			}
			out := s.settled()
			for _, q := range queries {
				if strings.Contains(out, q) {
					t.Errorf("sent %q, a query", q)
				}
			}
		})
	}
}
