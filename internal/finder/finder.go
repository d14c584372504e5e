// Package finder is the interactive finder behind "faq pick": a query
// line, the matching questions best first, and the selected answer
// rendered beside them (at 100 columns or more) or below them, redrawn on
// every keystroke. Like fzf it draws on the terminal itself (/dev/tty),
// so the command's stdout stays free for the entry that is picked.
//
// # Ranking
//
// Each keystroke ranks the entries again by two matchers, added up:
//
//   - The search engine, (*faq.Index).Search, over the whole query: whole
//     words, with the synonyms, typo correction and word families of
//     "faq QUESTION". An entry gets the engine's confidence, 0 to 1.
//   - sahilm/fuzzy, word by word, over each entry's phrasings: its
//     question, its aliases and its id. A word's quality in a phrasing is
//     its fuzzy score over the score of the same letters found together at
//     the start of a word, 0 to 1, regardless of the phrasing's length;
//     below 0.4 the letters are scattered and do not count. An entry whose
//     phrasings hold every query word gets the mean of each word's best
//     quality. This finds partial words the engine cannot ("sacro inj"
//     finds "Do sacroiliac joint steroid injections relieve leg pain?"),
//     and any order of them.
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
	"io"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"golang.org/x/term"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// ErrCanceled is returned by Run when the user leaves without picking an
// entry (Esc, Ctrl-C, or the program being told to stop).
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
	// Markdown is the document shown for an entry: the caller passes the
	// one it prints, so the preview shows what Enter will print. It is
	// sanitised before it is drawn.
	Markdown func(*faq.Entry) string
	// TTY is the terminal to draw on and read keys from; nil opens
	// /dev/tty.
	TTY *os.File
}

// A Pick is what the user picked: the entry, and the query typed.
type Pick struct {
	Entry *faq.Entry
	Query string
}

// Run runs the finder until the user picks an entry (Enter), which it
// returns, or leaves (ErrCanceled). The screen is restored either way.
func Run(ctx context.Context, o Options) (Pick, error) {
	if o.FAQ == nil || o.Index == nil || o.Markdown == nil {
		return Pick{}, errors.New("finder: Options need FAQ, Index and Markdown")
	}
	tty := o.TTY
	if tty == nil {
		f, err := os.OpenFile("/dev/tty", os.O_RDWR, 0)
		if err != nil {
			return Pick{}, fmt.Errorf("the finder needs a terminal: %w", err)
		}
		defer f.Close()
		tty = f
	}
	m := newModel(o)
	if w, h, err := term.GetSize(int(tty.Fd())); err == nil {
		m.resize(w, h)
	}
	// Bubble Tea draws its first frame on the first tick of its frame
	// clock, 8 ms after it starts at best, longer than the rest of opening
	// the finder. So the finder draws that frame itself at once, on an
	// alternate screen it enters and leaves itself (Bubble Tea's own would
	// clear it), and Bubble Tea then draws over it from the top, line for
	// line the same.
	if _, err := io.WriteString(tty, ansi.SetAltScreenSaveCursorMode+ansi.EraseEntireScreen+ansi.CursorHomePosition+
		ansi.HideCursor+strings.ReplaceAll(m.View(), "\n", "\r\n")+ansi.CursorHomePosition); err != nil {
		return Pick{}, err
	}
	defer io.WriteString(tty, ansi.ShowCursor+ansi.ResetAltScreenSaveCursorMode)
	p := tea.NewProgram(m,
		tea.WithContext(ctx),
		tea.WithInput(tty),
		tea.WithOutput(tty),
		tea.WithMouseCellMotion(),
		tea.WithFPS(120), // Bubble Tea's most: a keystroke shows within 8 ms
	)
	final, err := p.Run()
	switch {
	case errors.Is(err, tea.ErrInterrupted):
		return Pick{}, ErrCanceled
	case err != nil && ctx.Err() != nil:
		return Pick{}, ctx.Err()
	case err != nil:
		return Pick{}, err
	}
	if m := final.(*model); m.chosen != nil {
		return Pick{m.chosen, string(m.query)}, nil
	}
	return Pick{}, ErrCanceled
}
