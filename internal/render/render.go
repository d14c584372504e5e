// Package render turns Markdown into styled terminal text. It is the only
// importer of glamour, and resolves style, width and colour itself rather
// than with glamour.WithAutoStyle, which reads os.Stdout directly and
// queries the terminal (a terminal that never answers stalls it for five
// seconds).
package render

import (
	"fmt"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/charmbracelet/glamour"
	"github.com/charmbracelet/glamour/styles"
	"github.com/muesli/termenv"
)

// MaxWidth caps the default width: long lines are hard to read on a wide
// terminal.
const MaxWidth = 100

// DefaultWidth is used when the terminal's width is unknown.
const DefaultWidth = 80

// Options control rendering.
type Options struct {
	// Style is a glamour style name (see Styles) or the path of a JSON
	// style file.
	Style string
	// Width is the column to wrap at.
	Width int
	// Profile is the colour profile; termenv.Ascii renders layout without
	// any escape codes.
	Profile termenv.Profile
}

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
	if _, ok := styles.DefaultStyles[style]; ok {
		return nil
	}
	if strings.HasSuffix(strings.ToLower(style), ".json") {
		if _, err := os.Stat(style); err != nil {
			return fmt.Errorf("style file %s: %w", style, err)
		}
		return nil
	}
	return fmt.Errorf("unknown style %q (use one of %s, or a JSON style file)", style, strings.Join(Styles(), ", "))
}

// ResolveStyle picks the style: the --style flag, else GLAMOUR_STYLE,
// else light or dark from the COLORFGBG background hint some terminals
// set, else dark. It never queries the terminal, so it cannot block.
// "auto" counts as unset.
func ResolveStyle(flag string, getenv func(string) string) string {
	for _, s := range []string{flag, getenv("GLAMOUR_STYLE")} {
		if s != "" && s != styles.AutoStyle {
			return s
		}
	}
	if isLightBackground(getenv("COLORFGBG")) {
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

// ColorProfile guesses the terminal's colour support from TERM and
// COLORTERM without querying the terminal.
func ColorProfile(getenv func(string) string) termenv.Profile {
	switch ct := strings.ToLower(getenv("COLORTERM")); ct {
	case "truecolor", "24bit":
		return termenv.TrueColor
	}
	switch t := getenv("TERM"); {
	case t == "dumb":
		return termenv.Ascii
	case t == "linux" || t == "vt100" || t == "vt220" || t == "ansi" || t == "cons25":
		return termenv.ANSI
	}
	return termenv.ANSI256
}

// Markdown renders Markdown for a terminal. The input must already be
// sanitised (see package sanitize): glamour passes escape sequences
// through.
func Markdown(md string, o Options) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStylePath(o.Style),
		glamour.WithWordWrap(o.Width),
		glamour.WithColorProfile(o.Profile),
	)
	if err != nil {
		return "", fmt.Errorf("style %s: %w", o.Style, err)
	}
	out, err := r.Render(Readable(md))
	if err != nil {
		return "", err
	}
	if o.Profile == termenv.Ascii {
		// Without colour glamour still emits bold and underline; plain
		// means plain.
		out = sgr().ReplaceAllString(out, "")
	}
	return trimPadding(out), nil
}

// Faint styles one line of secondary text (a disclaimer, a note).
func Faint(s string, p termenv.Profile) string {
	return p.String(s).Faint().String()
}

var sgr = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`\x1b\[[0-9;]*m`) })

// trimPadding removes the spaces glamour pads every line with up to the
// wrap width (they are most of its output and get in the way of copying
// text), closing any style left open.
func trimPadding(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		end := len(line)
		for end > 0 {
			if line[end-1] == ' ' {
				end--
				continue
			}
			if loc := lastSGR(line[:end]); loc >= 0 {
				end = loc
				continue
			}
			break
		}
		trimmed := line[:end]
		if strings.Contains(trimmed, "\x1b[") {
			trimmed += "\x1b[0m"
		}
		lines[i] = trimmed
	}
	return strings.Join(lines, "\n")
}

// lastSGR returns where an SGR sequence ending s starts, or -1.
func lastSGR(s string) int {
	if !strings.HasSuffix(s, "m") {
		return -1
	}
	i := strings.LastIndex(s, "\x1b[")
	if i < 0 || !sgr().MatchString(s[i:]) || sgr().FindString(s[i:]) != s[i:] {
		return -1
	}
	return i
}
