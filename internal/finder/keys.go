package finder

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An event is what the terminal sent: a key, text, or a mouse action.
type event struct {
	// key names a key that is not text: "up", "ctrl+p", "shift+tab",
	// "alt+b", "f1". It is "" for text and mouse events.
	key string
	// text is typed or pasted text, printable runes only.
	text  string
	paste bool
	mouse *mouseEvent
}

// String names the event as the key map does: the key's name, or the
// text typed.
func (e event) String() string {
	if e.key != "" {
		return e.key
	}
	return e.text
}

// A mouseEvent is a press of a mouse button or a turn of the wheel, at a
// cell counted from 0.
type mouseEvent struct {
	x, y   int
	button mouseButton
}

type mouseButton int

const (
	mouseLeft mouseButton = iota + 1
	mouseWheelUp
	mouseWheelDown
)

// Escape sequences the finder sends: it enters and leaves its screen
// itself, and asks the terminal nothing.
const (
	// enterScreen: the alternate screen (saving the cursor), cursor
	// hidden, no automatic wrap (a line the terminal measures wider than
	// the finder did is cut, not wrapped), mouse presses and the wheel in
	// SGR form, bracketed paste, and a clear screen.
	enterScreen = "\x1b[?1049h\x1b[?25l\x1b[?7l\x1b[?1000h\x1b[?1006h\x1b[?2004h\x1b[2J"
	// leaveScreen undoes enterScreen, restoring what was on the terminal.
	leaveScreen = "\x1b[?2004l\x1b[?1006l\x1b[?1000l\x1b[?7h\x1b[?25h\x1b[?1049l"
)

// keyPasteStart is what decodeOne returns for the start of a bracketed
// paste; the decoder then collects the paste.
const keyPasteStart = "paste-start"

// maxPaste bounds the pasted bytes kept: the query takes far fewer.
const maxPaste = 64 << 10

// A decoder turns the bytes a terminal sends into events. Keys come as
// control bytes (ctrl+a is 0x01), UTF-8 text, or escape sequences in the
// forms xterm and its kin send: CSI (ESC [) with optional modifiers
// ("ESC [ 1 ; 2 A" is shift+up), SS3 (ESC O A), SGR and X10 mouse
// reports, and bracketed paste (ESC [ 200 ~ ... ESC [ 201 ~). ESC
// followed by a key is that key with alt. A sequence may be split
// between reads, so an unfinished one is kept until more comes; ESC
// alone is the Esc key only once nothing follows it in time (flush).
type decoder struct {
	buf    []byte
	paste  bool   // inside a bracketed paste
	pasted []byte // the paste so far
}

// feed decodes b after what was kept, returning the events complete so
// far.
func (d *decoder) feed(b []byte) []event {
	d.buf = append(d.buf, b...)
	return d.decode(false)
}

// flush decodes what was kept as it is, nothing more being expected: a
// lone ESC is the Esc key, an unfinished paste is pasted as far as it
// came.
func (d *decoder) flush() []event {
	evs := d.decode(true)
	if d.paste {
		evs = append(evs, d.endPaste())
	}
	return evs
}

// waiting reports whether input is kept for more to complete it.
func (d *decoder) waiting() bool { return len(d.buf) > 0 || d.paste }

func (d *decoder) endPaste() event {
	ev := event{text: cleanQuery(string(d.pasted)), paste: true}
	d.paste, d.pasted = false, nil
	return ev
}

func (d *decoder) decode(flush bool) []event {
	var (
		evs  []event
		text strings.Builder // typed text arriving in one read is one event
	)
	endText := func() {
		if text.Len() > 0 {
			evs = append(evs, event{text: text.String()})
			text.Reset()
		}
	}
	b := d.buf
	for len(b) > 0 {
		if d.paste {
			end := bytes.Index(b, []byte("\x1b[201~"))
			if end < 0 {
				// Keep a tail that may begin the end marker.
				keep := min(len(b), 5)
				if flush {
					keep = 0
				}
				d.addPasted(b[:len(b)-keep])
				b = b[len(b)-keep:]
				break
			}
			d.addPasted(b[:end])
			b = b[end+6:]
			evs = append(evs, d.endPaste())
			continue
		}
		ev, n := decodeOne(b, flush)
		if n == 0 { // unfinished: wait for more
			break
		}
		b = b[n:]
		switch {
		case ev.key == "" && ev.mouse == nil:
			text.WriteString(ev.text) // "" for a sequence the finder does not use
		case ev.key == keyPasteStart:
			endText()
			d.paste = true
		default:
			endText()
			evs = append(evs, ev)
		}
	}
	endText()
	d.buf = append(d.buf[:0], b...)
	return evs
}

func (d *decoder) addPasted(b []byte) {
	d.pasted = append(d.pasted, b[:min(len(b), maxPaste-len(d.pasted))]...)
}

// decodeOne decodes the event at the start of b and returns it with the
// bytes it took; 0 bytes when b holds only the start of one (unless
// flush). An event with no key, text or mouse is to be ignored.
func decodeOne(b []byte, flush bool) (event, int) {
	c := b[0]
	switch {
	case c == 0x1b:
		return decodeEscape(b, flush)
	case c < 0x20 || c == 0x7f:
		return event{key: controlKey(c)}, 1
	case c < 0x80:
		return event{text: string(rune(c))}, 1
	}
	if !utf8.FullRune(b) && !flush {
		return event{}, 0
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError || !unicode.IsPrint(r) {
		return event{}, n // not text: dropped
	}
	return event{text: string(r)}, n
}

// controlKey names a control byte.
func controlKey(c byte) string {
	switch c {
	case 0x09:
		return "tab"
	case 0x0d:
		return "enter"
	case 0x1b:
		return "esc"
	case 0x7f:
		return "backspace"
	case 0x00:
		return "ctrl+@"
	}
	if c <= 0x1a {
		return "ctrl+" + string(rune('a'+c-1))
	}
	return "ctrl+" + string(rune(c+0x40)) // 0x1c-0x1f: ctrl+\ ] ^ _
}

// maxSequence bounds an escape sequence's parameters: a longer one is
// not one the finder knows, and is dropped.
const maxSequence = 64

// maxString bounds a string sequence likewise.
const maxString = 512

func decodeEscape(b []byte, flush bool) (event, int) {
	if len(b) == 1 {
		if flush {
			return event{key: "esc"}, 1
		}
		return event{}, 0
	}
	switch b[1] {
	case '[':
		if ev, n := decodeCSI(b); n > 0 {
			return ev, n
		}
	case 'O':
		if len(b) >= 3 {
			return event{key: ss3Keys[b[2]]}, 3
		}
	case 0x1b:
		return event{key: "esc"}, 1
	case ']', 'P', '_', '^':
		// A string (OSC, DCS, APC, PM): a reply to a query, which the
		// finder never sends; dropped up to its BEL or ST (ESC \).
		for i := 2; i < len(b) && i < maxString; i++ {
			switch {
			case b[i] == 0x07:
				return event{}, i + 1
			case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '\\':
				return event{}, i + 2
			case b[i] == 0x1b && i+1 < len(b):
				return event{}, i // not a string after all
			}
		}
		if len(b) >= maxString {
			return event{}, maxString
		}
	default:
		ev, n := decodeOne(b[1:], flush)
		if n == 0 {
			break
		}
		if ev.key == "" && ev.text == "" {
			return ev, 1 + n
		}
		if ev.key == "" {
			ev.key, ev.text = ev.text, ""
		}
		ev.key = "alt+" + ev.key
		return ev, 1 + n
	}
	if flush {
		return event{key: "esc"}, 1 // what came after it is read as keys
	}
	return event{}, 0
}

var ss3Keys = map[byte]string{
	'A': "up", 'B': "down", 'C': "right", 'D': "left", 'H': "home", 'F': "end",
	'P': "f1", 'Q': "f2", 'R': "f3", 'S': "f4",
}

var csiLetterKeys = map[byte]string{
	'A': "up", 'B': "down", 'C': "right", 'D': "left", 'H': "home", 'F': "end",
	'P': "f1", 'Q': "f2", 'R': "f3", 'S': "f4", 'Z': "shift+tab",
}

var csiTildeKeys = map[int]string{
	1: "home", 2: "insert", 3: "delete", 4: "end", 5: "pgup", 6: "pgdown", 7: "home", 8: "end",
	11: "f1", 12: "f2", 13: "f3", 14: "f4", 15: "f5", 17: "f6", 18: "f7", 19: "f8", 20: "f9",
	21: "f10", 23: "f11", 24: "f12",
}

// decodeCSI decodes "ESC [ params final"; 0 bytes when it is not
// finished.
func decodeCSI(b []byte) (event, int) {
	if len(b) >= 3 && b[2] == 'M' { // X10 mouse: ESC [ M button x y, each plus 32
		if len(b) < 6 {
			return event{}, 0
		}
		return mouse(int(b[3])-32, int(b[4])-33, int(b[5])-33, true), 6
	}
	i := 2
	for i < len(b) && i < maxSequence && b[i] >= 0x20 && b[i] <= 0x3f {
		i++
	}
	switch {
	case i == maxSequence:
		return event{}, i // too long to be one the finder knows: dropped
	case i >= len(b):
		return event{}, 0
	}
	final := b[i]
	if final < 0x40 || final > 0x7e {
		return event{}, i // not a sequence: drop what was read
	}
	params := string(b[2:i])
	n := i + 1
	if rest, ok := strings.CutPrefix(params, "<"); ok { // SGR mouse: ESC [ < button ; x ; y M (m: release)
		p := numbers(rest)
		if len(p) != 3 || final != 'M' && final != 'm' {
			return event{}, n
		}
		return mouse(p[0], p[1]-1, p[2]-1, final == 'M'), n
	}
	if strings.ContainsAny(params, "<=>?") {
		return event{}, n // replies and private sequences: never asked for
	}
	p := numbers(params)
	var name string
	switch {
	case final == '~' && len(p) > 0 && p[0] == 200:
		return event{key: keyPasteStart}, n
	case final == '~' && len(p) > 0:
		name = csiTildeKeys[p[0]]
	case final != '~':
		name = csiLetterKeys[final]
	}
	if name == "" {
		return event{}, n
	}
	if len(p) > 1 && p[1] > 1 {
		name = modifiers(p[1]-1) + name
	}
	return event{key: name}, n
}

// modifiers names the modifier bits of a CSI parameter (its value less
// one): 1 shift, 2 alt, 4 ctrl.
func modifiers(m int) string {
	var s string
	if m&4 != 0 {
		s += "ctrl+"
	}
	if m&2 != 0 {
		s += "alt+"
	}
	if m&1 != 0 {
		s += "shift+"
	}
	return s
}

// mouse reads a mouse report's button byte: bits 0-1 the button (3 for
// a release in X10), 64 for the wheel, 32 for motion; only presses of
// the left button and turns of the wheel are events.
func mouse(button, x, y int, press bool) event {
	ev := &mouseEvent{x: max(x, 0), y: max(y, 0)}
	switch {
	case button&32 != 0 || !press:
		return event{}
	case button&64 != 0 && button&3 == 0:
		ev.button = mouseWheelUp
	case button&64 != 0 && button&3 == 1:
		ev.button = mouseWheelDown
	case button&^(4|8|16) == 0: // the left button, with any modifier
		ev.button = mouseLeft
	default:
		return event{}
	}
	return event{mouse: ev}
}

// numbers reads ";"-separated numbers; an empty one is 0.
func numbers(s string) []int {
	if s == "" {
		return nil
	}
	var out []int
	for _, f := range strings.Split(s, ";") {
		if i := strings.IndexByte(f, ':'); i >= 0 {
			f = f[:i] // a sub-parameter (kitty's keys): the first part
		}
		n, _ := strconv.Atoi(f)
		out = append(out, n)
	}
	return out
}
