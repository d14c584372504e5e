package finder

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// show writes events compactly for comparison: <key>, text, [paste],
// mouse(button x y).
func show(evs []event) string {
	var parts []string
	for _, ev := range evs {
		switch {
		case ev.mouse != nil:
			parts = append(parts, fmt.Sprintf("mouse(%d %d %d)", ev.mouse.button, ev.mouse.x, ev.mouse.y))
		case ev.paste:
			parts = append(parts, "["+ev.text+"]")
		case ev.key != "":
			parts = append(parts, "<"+ev.key+">")
		default:
			parts = append(parts, ev.text)
		}
	}
	return strings.Join(parts, " ")
}

func TestDecode(t *testing.T) {
	tests := []struct {
		name   string
		chunks []string // read one after another
		want   string   // the events, with a flush at the end
	}{
		{"text in one read is one event", []string{"sacro inj"}, "sacro inj"},
		{"text in two reads", []string{"sac", "ro"}, "sac ro"},
		{"utf-8 split between reads", []string{"caf\xc3", "\xa9"}, "caf é"},
		{"invalid utf-8 is dropped", []string{"a\xffb"}, "ab"},
		{"control keys", []string{"\x01\x05\x10\x0e\x0b\n\r\t\x7f\x08\x17\x15\x03"},
			"<ctrl+a> <ctrl+e> <ctrl+p> <ctrl+n> <ctrl+k> <ctrl+j> <enter> <tab> <backspace> <ctrl+h> <ctrl+w> <ctrl+u> <ctrl+c>"},
		{"arrows, CSI and SS3", []string{"\x1b[A\x1b[B\x1bOC\x1bOD"}, "<up> <down> <right> <left>"},
		{"modifiers", []string{"\x1b[1;2A\x1b[1;2B\x1b[1;5C\x1b[1;3D\x1b[1;6H"}, "<shift+up> <shift+down> <ctrl+right> <alt+left> <ctrl+shift+home>"},
		{"tilde keys", []string{"\x1b[5~\x1b[6~\x1b[3~\x1b[1~\x1b[4~\x1b[7~\x1b[8~\x1b[11~\x1b[2~"},
			"<pgup> <pgdown> <delete> <home> <end> <home> <end> <f1> <insert>"},
		{"shift+tab, home, end, f1", []string{"\x1b[Z\x1b[H\x1b[F\x1bOP"}, "<shift+tab> <home> <end> <f1>"},
		{"esc alone, once nothing follows", []string{"\x1b"}, "<esc>"},
		{"esc then a sequence in the next read", []string{"\x1b", "[B"}, "<down>"},
		{"a sequence split anywhere", []string{"\x1b[1", ";2", "A"}, "<shift+up>"},
		{"esc esc", []string{"\x1b\x1b"}, "<esc> <esc>"},
		{"alt with a letter and with backspace", []string{"\x1bb\x1b\x7f"}, "<alt+b> <alt+backspace>"},
		{"an unfinished CSI is esc and text when nothing follows", []string{"\x1b["}, "<esc> ["},
		{"unknown sequences are dropped", []string{"a\x1b[99~b\x1b[?1;2c"}, "ab"},
		{"strings (OSC, DCS) are dropped", []string{"a\x1b]11;rgb:0/0/0\x07b\x1bP1$r0m\x1b\\c"}, "abc"},
		{"an unfinished string is esc and text when nothing follows", []string{"\x1b]1"}, "<esc> ]1"},
		{"focus reports are dropped", []string{"\x1b[I\x1b[O"}, ""},
		{"SGR mouse: wheel and left press, release dropped", []string{"\x1b[<64;10;5M\x1b[<65;1;1M\x1b[<0;3;4M\x1b[<0;3;4m\x1b[<32;3;4M"},
			"mouse(2 9 4) mouse(3 0 0) mouse(1 2 3)"},
		{"X10 mouse", []string{"\x1b[M\x61\x2a\x25"}, "mouse(3 9 4)"},
		{"X10 mouse split", []string{"\x1b[M\x60", "\x2a\x25"}, "mouse(2 9 4)"},
		{"bracketed paste: one event, no keys", []string{"\x1b[200~si ?\r\x1b[A\x1b[201~x"}, "[si ? [A] x"},
		{"paste split, end marker split", []string{"\x1b[200~sacro", " inj\x1b[2", "01~"}, "[sacro inj]"},
		{"paste never ended is pasted at flush", []string{"\x1b[200~mri"}, "[mri]"},
		{"a long sequence is dropped", []string{"\x1b[" + strings.Repeat("1", 100) + "Ax"}, strings.Repeat("1", 100-maxSequence+2) + "Ax"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var d decoder
			var evs []event
			for _, c := range tt.chunks {
				evs = append(evs, d.feed([]byte(c))...)
			}
			evs = append(evs, d.flush()...)
			if got := show(evs); got != tt.want {
				t.Errorf("%q:\n got %s\nwant %s", tt.chunks, got, tt.want)
			}
			if d.waiting() {
				t.Errorf("still waiting after flush: %q", d.buf)
			}
		})
	}
}

// TestDecodeWaits: an unfinished sequence gives nothing until the rest
// comes, or until flush.
func TestDecodeWaits(t *testing.T) {
	for _, b := range []string{"\x1b", "\x1b[", "\x1b[1;", "\x1bO", "\x1b[<65;1", "\x1b[M\x60", "\xc3", "\x1b[200~abc"} {
		var d decoder
		if evs := d.feed([]byte(b)); len(evs) > 0 || !d.waiting() {
			t.Errorf("%q: %s, waiting %v", b, show(evs), d.waiting())
		}
	}
}

// merged joins adjacent typed text, which one read gives as one event
// and several reads as several.
func merged(evs []event) []event {
	var out []event
	var text strings.Builder
	for _, ev := range evs {
		if ev.key == "" && ev.mouse == nil && !ev.paste {
			text.WriteString(ev.text)
			continue
		}
		if text.Len() > 0 {
			out = append(out, event{text: text.String()})
			text.Reset()
		}
		out = append(out, ev)
	}
	if text.Len() > 0 {
		out = append(out, event{text: text.String()})
	}
	return out
}

// FuzzDecode: any bytes decode without a panic into printable text and
// known events, the same whether they come in one read or byte by byte.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{"sacro inj", "\x1b[A\x1b[1;2B", "\x1b[<64;10;5M", "\x1b[M\x61\x2a\x25", "\x1b[200~x\x1b[201~", "\x1bb\x1b\x1b", "\x1b[", "\xc3\xa9\xff", "\x1bO"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var whole decoder
		all := merged(append(whole.feed(b), whole.flush()...))
		var bytewise decoder
		var each []event
		for i := range b {
			each = append(each, bytewise.feed(b[i:i+1])...)
		}
		each = merged(append(each, bytewise.flush()...))
		if !reflect.DeepEqual(all, each) {
			t.Fatalf("%q: at once %s, byte by byte %s", b, show(all), show(each))
		}
		for _, ev := range all {
			if strings.IndexFunc(ev.text, func(r rune) bool { return !unicode.IsPrint(r) }) >= 0 {
				t.Fatalf("%q: text %q is not printable", b, ev.text)
			}
			if ev.mouse != nil && (ev.mouse.x < 0 || ev.mouse.y < 0) {
				t.Fatalf("%q: mouse at %d,%d", b, ev.mouse.x, ev.mouse.y)
			}
		}
		if whole.waiting() {
			t.Fatalf("%q: kept %q after flush", b, whole.buf)
		}
	})
}
