package cli

import "sync"

// An interruptHold is what Ctrl-C (SIGINT) must undo before faq exits:
// the terminal's mode and screen while the finder has them. Main's
// signal handler runs it; nothing else does.
type interruptHold struct {
	mu      sync.Mutex
	restore func()
}

// hold is the finder's Options.Hold: restore runs on Ctrl-C until
// release is called.
func (h *interruptHold) hold(restore func()) (release func()) {
	h.mu.Lock()
	h.restore = restore
	h.mu.Unlock()
	return func() {
		h.mu.Lock()
		h.restore = nil
		h.mu.Unlock()
	}
}

// interrupted runs the restore function held, if any, and keeps the
// lock: faq is about to exit, and nothing may take the terminal again.
func (h *interruptHold) interrupted() {
	h.mu.Lock()
	if h.restore != nil {
		h.restore()
	}
}
