package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"

	"github.com/faqtool/faq/internal/iostreams"
	"github.com/faqtool/faq/internal/sanitize"
)

// Exit codes, documented in --help and the README.
const (
	ExitOK          = 0   // answered
	ExitNoMatch     = 1   // no confident match, or an unknown id
	ExitUsage       = 2   // bad usage, bad input or unreadable data
	ExitInternal    = 70  // a bug: an unexpected panic (EX_SOFTWARE)
	ExitInterrupted = 130 // interrupted by Ctrl-C
)

// exitError carries an exit code. Its message, if any, is printed once by
// Main; an empty message means the command already reported the problem.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// usageErrorf reports bad usage or bad input (exit 2).
func usageErrorf(format string, a ...any) error {
	return &exitError{ExitUsage, fmt.Errorf(format, a...)}
}

// dataError reports FAQ data that cannot be loaded (exit 2).
func dataError(err error) error { return &exitError{ExitUsage, err} }

// errNoMatch is returned after a command has already told the user that
// nothing matched (exit 1).
var errNoMatch = &exitError{code: ExitNoMatch}

// noMatchErrorf reports that nothing answers: an unknown id, words no
// question holds (exit 1).
func noMatchErrorf(format string, a ...any) error {
	return &exitError{ExitNoMatch, fmt.Errorf(format, a...)}
}

// Main runs faq with the process's arguments and streams and returns the
// exit code. Ctrl-C (SIGINT) ends faq at once, quietly, with the
// conventional 128+SIGINT; while the finder has the terminal, it is
// restored first (raw mode ended, the finder's screen left). The handler
// is installed here, when faq runs, not at package initialisation.
func Main() int {
	if os.Getenv("GOGC") == "" {
		// A run lasts tens of milliseconds and, with the built-in FAQ,
		// keeps about 10 MB live: collecting at five times that, not
		// twice, takes 2% off a rendered answer's work (callgrind) at the
		// same peak memory. Opening FAQ files puts the default back (see
		// DataFlags.index).
		debug.SetGCPercent(400)
	}
	f := NewFactory(iostreams.System(), os.Getenv)
	interrupt := make(chan os.Signal, 1)
	signal.Notify(interrupt, os.Interrupt)
	// A reader that goes away (faq - | head -2) makes writes fail with
	// EPIPE, which ends faq quietly (see report), instead of killing it
	// with SIGPIPE (exit 141) halfway through a batch.
	signal.Ignore(syscall.SIGPIPE)
	go func() {
		<-interrupt
		f.interrupt.interrupted()
		os.Exit(ExitInterrupted)
	}()
	return execute(f, os.Args[1:])
}

// Run runs faq with the given arguments, streams and environment and
// returns the exit code. A panic is a bug: it is reported in one line as
// an internal error (exit 70), with the stack only when FAQ_DEBUG is set.
func Run(args []string, io *iostreams.IOStreams, getenv func(string) string) int {
	return execute(NewFactory(io, getenv), args)
}

// execute runs faq's root command with f and args, as Run does.
func execute(f *Factory, args []string) (code int) {
	io := f.IOStreams
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(io.ErrOut, "faq: internal error: %v\n", r)
			if f.Getenv("FAQ_DEBUG") != "" {
				io.ErrOut.Write(debug.Stack())
			}
			code = ExitInternal
		}
	}()
	cmd := NewCmdRoot(f)
	cmd.SetArgs(args)
	err := cmd.Execute()
	return report(io, err)
}

// quietPipe is stdout for what cobra writes itself (help, usage,
// completion scripts): cobra prints a failed write as an error, and a
// reader that goes away (faq --help | head -1) must end faq quietly, as
// report has it, so the rest is dropped.
type quietPipe struct{ w io.Writer }

func (q quietPipe) Write(p []byte) (int, error) {
	n, err := q.w.Write(p)
	if errors.Is(err, syscall.EPIPE) {
		return len(p), nil
	}
	return n, err
}

// report prints err once, on one line, and returns its exit code.
func report(io *iostreams.IOStreams, err error) int {
	if err == nil {
		return ExitOK
	}
	if errors.Is(err, syscall.EPIPE) {
		// The reader went away (faq list | head -1): nothing to say.
		return ExitOK
	}
	code := ExitUsage
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintln(io.ErrOut, "faq: "+sanitize.Line(msg))
	}
	return code
}
