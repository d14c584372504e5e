package cli

import (
	"fmt"
	"strings"
	"time"

	"github.com/faqtool/faq/internal/sanitize"
)

// withProgress runs open, and when it takes longer than f.progressAfter
// (indexing a large FAQ the first time) tells the user on stderr, if
// stderr is a terminal, what is being read and for how long so far. The
// line is rewritten each second and cleared at the end, so nothing is left
// behind.
func withProgress[T any](f *Factory, paths []string, open func() (T, error)) (T, error) {
	if !f.IOStreams.IsStderrTTY() {
		return open()
	}
	done := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		defer close(finished)
		timer := time.NewTimer(f.progressAfter)
		defer timer.Stop()
		select {
		case <-done:
			return
		case <-timer.C:
		}
		start := time.Now().Add(-f.progressAfter)
		what := sanitize.Line(truncate(strings.Join(paths, ", "), 60))
		tick := time.NewTicker(time.Second)
		defer tick.Stop()
		for {
			fmt.Fprintf(f.IOStreams.ErrOut, "\rfaq: indexing %s (once; later runs use the cache) %ds", what, int(time.Since(start).Seconds()))
			select {
			case <-done:
				fmt.Fprint(f.IOStreams.ErrOut, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	}()
	v, err := open()
	close(done)
	<-finished
	return v, err
}
