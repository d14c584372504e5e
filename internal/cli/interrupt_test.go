package cli

import "testing"

// TestInterruptHold: Ctrl-C restores the terminal while the finder holds
// it, and not after it has let go.
func TestInterruptHold(t *testing.T) {
	for _, release := range []bool{false, true} {
		var h interruptHold
		restored := 0
		done := h.hold(func() { restored++ })
		if release {
			done()
		}
		h.interrupted()
		if want := map[bool]int{false: 1, true: 0}[release]; restored != want {
			t.Errorf("released %v: restored %d times, want %d", release, restored, want)
		}
	}
}
