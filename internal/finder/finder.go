// Package finder is the interactive finder behind "faq pick": a query
// line, the matching questions best first, and the selected answer
// rendered beside them (at 100 columns or more) or below them, redrawn on
// every keystroke. Like fzf it draws on the terminal itself (/dev/tty),
// so the command's stdout stays free for the entry that is picked.
//
// # The terminal
//
// The finder runs its own small loop on the terminal rather than a
// framework: raw mode (golang.org/x/term), the alternate screen, keys
// decoded from the bytes the terminal sends (see decoder), a redraw of
// the lines that changed after each read, SIGWINCH for a new size. It
// sends the terminal no query (no colour, cursor or mode report) and so
// never waits for one; the colours come from the caller, which resolves
// them without asking the terminal either. Reads can be cancelled
// (muesli/cancelreader), so no key typed after the finder is lost to
// it; Options.Hold lets a signal handler restore the terminal.
//
// # Ranking
//
// Each keystroke ranks the entries again by two matchers, added up:
//
//   - The search engine, (*faq.Index).Search, over the whole query: whole
//     words, with the synonyms, typo correction and word families of
//     "faq QUESTION". An entry gets the engine's confidence, 0 to 1.
//   - sahilm/fuzzy, word by word, over the words of each entry's
//     phrasings: its question, its aliases and its id. A query word's
//     quality in a word that holds its letters in order is the share of
//     those letters that follow the letter before them, the first counting
//     whole at the start of the word and half elsewhere ("inj" in
//     "injection" is 1, "ject" 0.88, "ijn" 0.33), whatever the word's
//     length; below 0.6 the letters are scattered and do not count. An
//     entry whose phrasings hold every query word gets the mean of each
//     word's best quality. This finds partial words the engine cannot
//     ("sacro inj" finds the SI joint injection entry, whose aliases say
//     "sacroiliac"), in any order.
//
// Entries are shown by the sum, best first, ties in FAQ order. With an
// empty query every entry is shown, grouped by topic in order of first
// appearance. The topic filter (Tab) applies to both matchers.
//
// In each question the letters of a word's fuzzy match are highlighted;
// a word the fuzzy match missed highlights the question's words that
// begin with its first four letters, which is how the engine's whole-word
// matches ("injections" for "injection") show.
//
// A word's fuzzy matches are kept while it is typed: a longer word's
// matches are among its prefix's, so each keystroke searches only those.
package finder

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"time"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// ErrCanceled is returned by Run when the user leaves without picking an
// entry (Esc, Ctrl-C).
var ErrCanceled = errors.New("finder: canceled")

// Options configure Run.
type Options struct {
	// FAQ is browsed and Index searches it.
	FAQ   *faq.FAQ
	Index *faq.Index
	// Topic, when set, is the topic filter to start with.
	Topic string
	// Query is the query to start with.
	Query string
	// Render is the preview's style and colours (the finder's own text
	// uses the colours too; Plain draws without escape codes). Its Width
	// is ignored: the preview is drawn at its pane's.
	Render render.Options
	// Markdown is the document shown for an entry while query is typed:
	// the caller passes the one it would print for that pick, so the
	// preview shows what Enter will print (an urgent note the query calls
	// included). It is sanitised before it is drawn.
	Markdown func(e *faq.Entry, query string) string
	// TTY is the terminal to draw on and read keys from; nil opens
	// /dev/tty.
	TTY *os.File
	// Hold, when set, is given the function that restores the terminal
	// (leaves the finder's screen, ends raw mode) before the finder
	// changes it, and returns a function the finder calls once it has
	// restored it. A signal handler that ends the process calls the
	// restore function first; it may be called from any goroutine, and
	// the finder draws nothing after it.
	Hold func(restore func()) (release func())
}

// A Pick is what the user picked: the entry, and the query typed.
type Pick struct {
	Entry *faq.Entry
	Query string
}

// How long the decoder waits for the rest of an escape sequence (after
// which ESC alone is the Esc key), and for the rest of a paste.
const (
	escDelay   = 50 * time.Millisecond
	pasteDelay = 500 * time.Millisecond
)

// Run runs the finder until the user picks an entry (Enter), which it
// returns, or leaves (ErrCanceled), or ctx is done. The terminal is
// restored either way.
func Run(ctx context.Context, o Options) (Pick, error) {
	if o.FAQ == nil || o.Index == nil || o.Markdown == nil {
		return Pick{}, errors.New("finder: Options need FAQ, Index and Markdown")
	}
	tty := o.TTY
	if tty == nil {
		f, err := openTTY()
		if err != nil {
			return Pick{}, fmt.Errorf("the finder needs a terminal: %w", err)
		}
		defer f.Close()
		tty = f
	}
	t, err := newTerminal(tty)
	if err != nil {
		return Pick{}, err
	}
	w, h, err := t.size()
	if err != nil {
		return Pick{}, fmt.Errorf("the finder needs a terminal: %w", err)
	}
	if o.Hold != nil {
		defer o.Hold(t.restore)()
	}
	defer t.restore()
	m := newModel(o)
	m.resize(w, h)
	resized := make(chan os.Signal, 1)
	notifyResize(resized)
	defer signal.Stop(resized)
	if err := t.start(); err != nil {
		return Pick{}, err
	}
	input, failed, stopReading := t.read()
	defer stopReading()
	var (
		d    decoder
		wait <-chan time.Time // when a kept sequence is taken as it is
	)
	for {
		if err := t.draw(m.View()); err != nil {
			return Pick{}, err
		}
		var evs []event
		select {
		case <-ctx.Done():
			return Pick{}, ctx.Err()
		case err := <-failed:
			return Pick{}, fmt.Errorf("reading the terminal: %w", err)
		case <-resized:
			if w, h, err := t.size(); err == nil {
				m.resize(w, h)
				if err := t.clear(); err != nil {
					return Pick{}, err
				}
			}
		case b := <-input:
			evs = d.feed(b)
		case <-wait:
			evs = d.flush()
		}
		for _, ev := range evs {
			if m.update(ev) {
				break
			}
		}
		switch {
		case m.chosen != nil:
			return Pick{m.chosen, string(m.query)}, nil
		case m.canceled:
			return Pick{}, ErrCanceled
		case d.paste:
			wait = time.After(pasteDelay)
		case d.waiting():
			wait = time.After(escDelay)
		default:
			wait = nil
		}
	}
}
