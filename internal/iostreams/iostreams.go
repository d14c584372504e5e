// Package iostreams holds the standard streams and what is known about
// them: which are terminals, the terminal's size, and whether colour is
// wanted. It is the only package that touches os.Stdin, os.Stdout and
// os.Stderr; everything else writes to the streams it is given.
package iostreams

import (
	"bytes"
	"io"
	"os"
	"strconv"
	"strings"

	"golang.org/x/term"
)

// IOStreams are the streams a command reads and writes.
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	stdinTTY, stdoutTTY, stderrTTY bool
	width, height                  int
	errWidth                       int  // stderr's terminal width
	noColor                        bool // NO_COLOR is set or TERM is dumb
}

// System returns the process's streams. FAQ_FORCE_TTY=<width> makes
// stdout count as a terminal of that width (any other non-empty value: 80
// columns), so tests can reach the terminal path, as GH_FORCE_TTY does
// for gh.
func System() *IOStreams {
	s := &IOStreams{
		In:        os.Stdin,
		Out:       os.Stdout,
		ErrOut:    os.Stderr,
		stdinTTY:  isTerminal(os.Stdin),
		stdoutTTY: isTerminal(os.Stdout),
		stderrTTY: isTerminal(os.Stderr),
		noColor:   os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb",
	}
	if s.stdoutTTY {
		if w, h, err := term.GetSize(int(os.Stdout.Fd())); err == nil {
			s.width, s.height = w, h
		}
	}
	if s.stderrTTY {
		if w, _, err := term.GetSize(int(os.Stderr.Fd())); err == nil {
			s.errWidth = w
		}
	}
	if force := os.Getenv("FAQ_FORCE_TTY"); force != "" {
		s.stdoutTTY = true
		s.width, s.height = 80, 0
		if w, err := strconv.Atoi(strings.TrimSpace(force)); err == nil && w > 0 {
			s.width = w
		}
	}
	return s
}

func isTerminal(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// Test returns streams backed by buffers: stdin reads from in, stdout and
// stderr write to out and errOut. None is a terminal until set so.
func Test() (s *IOStreams, in *bytes.Buffer, out *bytes.Buffer, errOut *bytes.Buffer) {
	in, out, errOut = &bytes.Buffer{}, &bytes.Buffer{}, &bytes.Buffer{}
	return &IOStreams{In: in, Out: out, ErrOut: errOut}, in, out, errOut
}

// IsStdinTTY reports whether stdin is a terminal.
func (s *IOStreams) IsStdinTTY() bool { return s.stdinTTY }

// IsStdoutTTY reports whether stdout is a terminal.
func (s *IOStreams) IsStdoutTTY() bool { return s.stdoutTTY }

// IsStderrTTY reports whether stderr is a terminal.
func (s *IOStreams) IsStderrTTY() bool { return s.stderrTTY }

// SetStdinTTY overrides terminal detection for stdin (tests).
func (s *IOStreams) SetStdinTTY(v bool) { s.stdinTTY = v }

// SetStdoutTTY overrides terminal detection for stdout (tests).
func (s *IOStreams) SetStdoutTTY(v bool) { s.stdoutTTY = v }

// SetStderrTTY overrides terminal detection for stderr (tests).
func (s *IOStreams) SetStderrTTY(v bool) { s.stderrTTY = v }

// TerminalWidth returns stdout's terminal width in columns, or 0 when
// unknown.
func (s *IOStreams) TerminalWidth() int { return s.width }

// ErrTerminalWidth returns stderr's terminal width in columns, or 0 when
// stderr is not a terminal or its width is unknown: messages and
// --explain, written there, wrap to it, and on a pipe or a file keep
// their lines whole.
func (s *IOStreams) ErrTerminalWidth() int {
	if !s.stderrTTY {
		return 0
	}
	return s.errWidth
}

// TerminalHeight returns stdout's terminal height in lines, or 0 when
// unknown.
func (s *IOStreams) TerminalHeight() int { return s.height }

// SetTerminalSize overrides the terminal size (tests): stdout's, and
// stderr's width, as if both were the same terminal.
func (s *IOStreams) SetTerminalSize(width, height int) {
	s.width, s.height, s.errWidth = width, height, width
}

// ColorAllowed reports whether the environment allows colour: NO_COLOR is
// unset and TERM is not "dumb". Whether stdout is a terminal is a separate
// question.
func (s *IOStreams) ColorAllowed() bool { return !s.noColor }

// SetColorAllowed overrides the NO_COLOR check (tests).
func (s *IOStreams) SetColorAllowed(v bool) { s.noColor = !v }
