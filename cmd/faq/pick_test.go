package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
)

// screen collects what a program writes to a pseudo-terminal, and
// answers the cursor position requests a terminal would.
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

// raw is the output so far, once it holds want (or after 5 s): the
// last output of a program that exited may still be on its way.
func (s *screen) raw(want string) string {
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
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

// leaveAltScreen ends the alternate screen, restoring what was on the
// terminal before.
const leaveAltScreen = "\x1b[?1049l"

// waitFor waits until the screen has shown want since mark (a length of
// text), and returns the new mark.
func (s *screen) waitFor(t *testing.T, mark int, want string) int {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
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
// stdout on it too when stdout is nil.
func startInTerminal(t *testing.T, cols, rows int, stdout *bytes.Buffer, args ...string) (*exec.Cmd, *os.File, *screen) {
	t.Helper()
	link := filepath.Join(t.TempDir(), "faq")
	if err := os.Symlink(os.Args[0], link); err != nil {
		t.Skip("no symlinks:", err)
	}
	ptmx, tty, err := pty.Open()
	if err != nil {
		t.Skip("no pseudo-terminal:", err)
	}
	t.Cleanup(func() { ptmx.Close() })
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
	tty.Close()
	s := &screen{}
	go func() {
		buf := make([]byte, 32<<10)
		for {
			n, err := ptmx.Read(buf)
			s.mu.Lock()
			s.out.Write(buf[:n])
			s.mu.Unlock()
			if bytes.Contains(buf[:n], []byte("\x1b[6n")) {
				ptmx.Write([]byte("\x1b[1;1R")) // where the cursor is, as a terminal answers
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, ptmx, s
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

// TestPickInTerminal drives faq pick in a real pseudo-terminal: type,
// move, see the preview follow, and print the entry picked with Enter.
func TestPickInTerminal(t *testing.T) {
	for _, size := range [][2]int{{120, 40}, {70, 30}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			var stdout bytes.Buffer
			cmd, term, s := startInTerminal(t, size[0], size[1], &stdout, "pick")
			mark := s.waitFor(t, 0, "Is the S1 nerve the same as sciatica?")
			term.Write([]byte("sacro inj"))
			mark = s.waitFor(t, mark, "si-joint-injection")
			mark = s.waitFor(t, mark, "places a local")
			term.Write([]byte("\x1b[B")) // down
			mark = s.waitFor(t, mark, "si-joint-mri")
			s.waitFor(t, mark, "Pain itself does not show")
			term.Write([]byte("\r"))
			if code := wait(t, cmd); code != 0 {
				t.Fatalf("exit %d, want 0; screen:\n%s", code, s.text())
			}
			if got := stdout.String(); !strings.HasPrefix(got, "# Does SI joint pain show on an MRI?\n\nPain itself does not show") || strings.Contains(got, "\x1b") {
				t.Errorf("stdout is not the entry's plain Markdown: %q", got)
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
	cmd, term, s := startInTerminal(t, 120, 40, &stdout, "pick", "--json", "epidural")
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
			cmd, term, s := startInTerminal(t, 120, 40, out, tt.args...)
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
