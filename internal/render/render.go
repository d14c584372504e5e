// Package render turns Markdown into text for a terminal or for plain
// reading. It is the only importer of glamour, and resolves style, width
// and colour itself rather than with glamour.WithAutoStyle, which reads
// os.Stdout directly and queries the terminal (a terminal that never
// answers stalls it for five seconds). Output is deterministic: the same
// input and options give the same bytes.
package render

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// MaxWidth caps the default width: long lines are hard to read on a wide
// terminal.
const MaxWidth = 100

// MinWidth is the narrowest layout: below it, glamour leaves paragraphs
// unwrapped and breaks list items a letter a line.
const MinWidth = 20

// DefaultWidth is used when the terminal's width is unknown.
const DefaultWidth = 80

// Colors says which escape codes output may hold.
type Colors int

// From none at all to 24-bit colour.
const (
	Plain     Colors = iota // no escape codes: a dumb terminal, or text
	NoColor                 // bold, italic, underline and faint, no colour (NO_COLOR)
	ANSI                    // 16 colours
	ANSI256                 // 256 colours
	TrueColor               // 24-bit colour
)

// profile is the termenv profile glamour renders Colors with; without
// colour glamour still writes bold and the like, which Plain then strips.
func (c Colors) profile() termenv.Profile {
	switch c {
	case ANSI:
		return termenv.ANSI
	case ANSI256:
		return termenv.ANSI256
	case TrueColor:
		return termenv.TrueColor
	}
	return termenv.Ascii
}

// Options control rendering.
type Options struct {
	// Style is a glamour style name (see Styles) or the path of a JSON
	// style file.
	Style string
	// Width is the column to wrap at.
	Width int
	// Colors is what the output may hold besides text.
	Colors Colors
	// BreakAddresses breaks a web address longer than a line to fit,
	// for a view that cuts lines at the width (the finder's preview);
	// else one is kept whole, running past the width (see keepAddress).
	BreakAddresses bool
}

// ASCII reports whether output must be plain ASCII besides the text
// itself: the ascii style promises it, so bullets, separators and
// ellipses are written "*", "-" and "...".
func (o Options) ASCII() bool { return o.Style == styles.AsciiStyle }

// Styles returns the names of the built-in styles.
func Styles() []string {
	var names []string
	for name := range styles.DefaultStyles {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// CheckStyle reports whether style names a built-in style or a readable
// JSON style file.
func CheckStyle(style string) error {
	_, err := styleConfig(style)
	return err
}

// styleConfig returns the glamour style a name or JSON file stands for.
// The ascii style gets ASCII bullets and arrows, as its name promises.
func styleConfig(style string) (ansi.StyleConfig, error) {
	if s, ok := styles.DefaultStyles[style]; ok {
		cfg := *s
		if style == styles.AsciiStyle {
			cfg.Item.BlockPrefix = "* "
			cfg.ImageText.Format = "Image: {{.text}} ->"
			cfg.Task.Ticked = "[x] "
		}
		cfg.BlockQuote = fitIndentToken(cfg.BlockQuote)
		return cfg, nil
	}
	if !strings.HasSuffix(strings.ToLower(style), ".json") {
		return ansi.StyleConfig{}, fmt.Errorf("unknown style %q (use one of %s, or a JSON style file)", style, strings.Join(Styles(), ", "))
	}
	b, err := os.ReadFile(style)
	if err != nil {
		return ansi.StyleConfig{}, fmt.Errorf("style file %s: %w", style, err)
	}
	var cfg ansi.StyleConfig
	if err := json.Unmarshal(b, &cfg); err != nil {
		return ansi.StyleConfig{}, fmt.Errorf("style file %s: %v", style, err)
	}
	cfg.BlockQuote = fitIndentToken(cfg.BlockQuote)
	return cfg, nil
}

// fitIndentToken makes glamour leave room for a two-column indent token
// such as the block quote's "│ ". Glamour draws the token once per unit of
// Indent and Margin but narrows the text by one column per unit of Indent
// and two per unit of Margin, so with Indent 1 each line of a quote came
// out a column too wide, was wrapped again, and left words on lines of
// their own without the bar. As Margin the same token is drawn as often
// and the text narrowed by its width.
func fitIndentToken(b ansi.StyleBlock) ansi.StyleBlock {
	if b.IndentToken == nil || Width(*b.IndentToken) != 2 || b.Indent == nil || *b.Indent == 0 {
		return b
	}
	margin := *b.Indent
	if b.Margin != nil {
		margin += *b.Margin
	}
	b.Margin, b.Indent = &margin, nil
	return b
}

// ResolveStyle picks the style: the first of choices that is set (the
// --style flag, GLAMOUR_STYLE, the config file), else light or dark from
// the COLORFGBG background hint some terminals set, else dark. It never
// queries the terminal, so it cannot block. "auto" counts as unset.
func ResolveStyle(colorfgbg string, choices ...string) string {
	for _, s := range choices {
		if s != "" && s != styles.AutoStyle {
			return s
		}
	}
	if isLightBackground(colorfgbg) {
		return styles.LightStyle
	}
	return styles.DarkStyle
}

// isLightBackground reads COLORFGBG ("fg;bg" or "fg;default;bg"): ANSI
// background colours 7 and 9–15 are light.
func isLightBackground(colorfgbg string) bool {
	parts := strings.Split(colorfgbg, ";")
	bg, err := strconv.Atoi(parts[len(parts)-1])
	if err != nil {
		return false
	}
	return bg == 7 || bg >= 9 && bg <= 15
}

// DetectColors guesses the terminal's colour support from TERM and
// COLORTERM without querying the terminal. A dumb terminal gets Plain.
func DetectColors(getenv func(string) string) Colors {
	switch ct := strings.ToLower(getenv("COLORTERM")); ct {
	case "truecolor", "24bit":
		return TrueColor
	}
	switch t := getenv("TERM"); {
	case t == "dumb":
		return Plain
	case t == "linux" || t == "vt100" || t == "vt220" || t == "ansi" || t == "cons25":
		return ANSI
	}
	return ANSI256
}

// Faint styles secondary text (a disclaimer, a count).
func Faint(s string, c Colors) string { return sgr(s, c, "2", nil) }

// sgr wraps s in the attributes (such as "1" for bold) and the
// foreground colour (a glamour style colour, "39" or "#rrggbb") that c
// allows.
func sgr(s string, c Colors, attrs string, color *string) string {
	if c == Plain || s == "" {
		return s
	}
	params := attrs
	if color != nil && c > NoColor {
		if seq := c.profile().Color(*color).Sequence(false); seq != "" {
			params = strings.TrimPrefix(params+";"+seq, ";")
		}
	}
	if params == "" {
		return s
	}
	return "\x1b[" + params + "m" + s + "\x1b[0m"
}
