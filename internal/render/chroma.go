package render

import (
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2"
	"github.com/alecthomas/chroma/v2/formatters"
)

// Code blocks are highlighted by chroma. Its 16- and 256-colour terminal
// formatters pick the palette colour nearest a style's colour by ranging
// over a map, so a colour halfway between two (the dark style's comments,
// #676767) comes out as either, run to run. These formatters pick the
// same way with ties going to the lower palette index, so output is the
// same every time; 24-bit colour needs no choosing.

// chromaFormatter returns the name of the chroma formatter for c,
// registering faq's own on first use.
func chromaFormatter(c Colors) string {
	registerFormatters()
	switch c {
	case TrueColor:
		return "terminal16m"
	case ANSI:
		return "faq-terminal16"
	}
	return "faq-terminal256"
}

var registerFormatters = sync.OnceFunc(func() {
	formatters.Register("faq-terminal16", indexedFormatter(palette16()))
	formatters.Register("faq-terminal256", indexedFormatter(palette256()))
})

// paletteColour is a terminal colour: its RGB value and the SGR
// parameters that select it as foreground and background.
type paletteColour struct {
	rgb    chroma.Colour
	fg, bg string
}

// palette16 is the 16 basic colours, as chroma's terminal16 formatter
// sees them.
func palette16() []paletteColour {
	rgbs := []string{"#000000", "#7f0000", "#007f00", "#7f7fe0", "#00007f", "#7f007f", "#007f7f", "#e5e5e5",
		"#555555", "#ff0000", "#00ff00", "#ffff00", "#0000ff", "#ff00ff", "#00ffff", "#ffffff"}
	p := make([]paletteColour, len(rgbs))
	for i, s := range rgbs {
		fg, bg := 30+i, 40+i
		if i >= 8 {
			fg, bg = 90+i-8, 100+i-8
		}
		p[i] = paletteColour{chroma.MustParseColour(s), fmt.Sprint(fg), fmt.Sprint(bg)}
	}
	return p
}

// palette256 is the xterm colour cube and grey ramp (16 to 255), whose
// values, unlike those of the first 16, do not depend on the terminal's
// theme.
func palette256() []paletteColour {
	var p []paletteColour
	add := func(i int, r, g, b uint8) {
		p = append(p, paletteColour{chroma.NewColour(r, g, b), fmt.Sprintf("38;5;%d", i), fmt.Sprintf("48;5;%d", i)})
	}
	levels := []uint8{0, 95, 135, 175, 215, 255}
	for i := range 216 {
		add(16+i, levels[i/36], levels[i/6%6], levels[i%6])
	}
	for i := range 24 {
		v := uint8(8 + 10*i)
		add(232+i, v, v, v)
	}
	return p
}

// nearest returns the palette colour nearest c; the first of equals wins.
func nearest(p []paletteColour, c chroma.Colour) paletteColour {
	best, bestDist := p[0], -1.0
	for _, pc := range p {
		if d := pc.rgb.Distance(c); bestDist < 0 || d < bestDist {
			best, bestDist = pc, d
		}
	}
	return best
}

// indexedFormatter formats tokens with the colours of a palette, as
// chroma's indexed terminal formatters do.
func indexedFormatter(p []paletteColour) chroma.Formatter {
	return chroma.FormatterFunc(func(w io.Writer, style *chroma.Style, it chroma.Iterator) error {
		style = clearBackground(style)
		seqs := map[chroma.TokenType]string{}
		for token := it(); token != chroma.EOF; token = it() {
			seq, ok := seqs[token.Type]
			if !ok {
				seq = escapeFor(p, style.Get(token.Type))
				seqs[token.Type] = seq
			}
			if err := writeToken(w, seq, token.Value); err != nil {
				return err
			}
		}
		return nil
	})
}

// clearBackground drops the style's background colour: the terminal's
// own shows through, as with chroma's terminal formatters.
func clearBackground(style *chroma.Style) *chroma.Style {
	b := style.Builder()
	bg := b.Get(chroma.Background)
	bg.Background = 0
	bg.NoInherit = true
	b.AddEntry(chroma.Background, bg)
	if s, err := b.Build(); err == nil {
		return s
	}
	return style
}

// escapeFor returns the SGR sequence of a style entry, or "".
func escapeFor(p []paletteColour, e chroma.StyleEntry) string {
	var params []string
	if e.Bold == chroma.Yes {
		params = append(params, "1")
	}
	if e.Underline == chroma.Yes {
		params = append(params, "4")
	}
	if e.Italic == chroma.Yes {
		params = append(params, "3")
	}
	if e.Colour.IsSet() {
		params = append(params, nearest(p, e.Colour).fg)
	}
	if e.Background.IsSet() {
		params = append(params, nearest(p, e.Background).bg)
	}
	if len(params) == 0 {
		return ""
	}
	return "\x1b[" + strings.Join(params, ";") + "m"
}

// writeToken writes text in the style seq, reset at the end of every
// line so that each line stands on its own (in a pager, say).
func writeToken(w io.Writer, seq, text string) error {
	if seq == "" {
		_, err := io.WriteString(w, text)
		return err
	}
	var b strings.Builder
	for line := range strings.Lines(text) {
		body := strings.TrimRight(line, "\r\n")
		if body != "" {
			b.WriteString(seq + body + "\x1b[0m")
		}
		b.WriteString(line[len(body):])
	}
	_, err := io.WriteString(w, b.String())
	return err
}
