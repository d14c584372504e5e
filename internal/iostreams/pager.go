package iostreams

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/signal"
	"strings"
)

// WritePaged writes s to stdout, through the pager command when stdout is
// a terminal and s is taller than it, as gh and tealdeer do. An empty
// pager or "cat" writes directly. A pager that cannot be started is
// skipped. "less" gets LESS=FRX unless LESS is set: quit if one screen,
// keep colours, leave the text on screen.
func (s *IOStreams) WritePaged(content string, pager string) error {
	pager = strings.TrimSpace(pager)
	args := strings.Fields(pager)
	if len(args) == 0 || args[0] == "cat" || !s.stdoutTTY || s.height <= 0 || strings.Count(content, "\n") < s.height {
		_, err := s.Out.Write([]byte(content))
		return err
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin = bytes.NewReader([]byte(content))
	cmd.Stdout = s.Out
	cmd.Stderr = s.ErrOut
	cmd.Env = os.Environ()
	if os.Getenv("LESS") == "" {
		cmd.Env = append(cmd.Env, "LESS=FRX")
	}
	// Ctrl-C belongs to the pager now (less uses it to stop a search);
	// faq must not exit under it.
	signal.Ignore(os.Interrupt)
	err := cmd.Run()
	var notFound *exec.Error
	if errors.As(err, &notFound) {
		_, err = s.Out.Write([]byte(content))
		return err
	}
	if err != nil {
		return fmt.Errorf("pager %q: %w", pager, err)
	}
	return nil
}
