package render

import (
	"strings"
)

// A Group is a titled list of entries: a topic's questions, or the other
// matches of a search.
type Group struct {
	Title string
	Rows  []Row
}

// A Row is one entry of a listing.
type Row struct {
	// Score is shown before the id when set.
	Score string
	// ID is for copying: it is never broken across lines.
	ID string
	// Text is wrapped beside the id.
	Text string
}

// margin is the left margin of terminal output, as glamour's styles keep.
const margin = "  "

// minTextWidth is the narrowest a listing's text column may be; below it
// each text goes under its id.
const minTextWidth = 24

// List lays out groups for a terminal: a bold title over each, ids in a
// column and each text wrapped beside its id. An id too long for the
// column (at most two fifths of the width) has its text on the next line;
// on a terminal too narrow for a column of ids, every text goes under its
// id. Input must be sanitised.
func List(groups []Group, o Options) (string, error) {
	cfg, err := styleConfig(o.Style)
	if err != nil {
		return "", err
	}
	title := cfg.Heading.Color
	if cfg.H2.Color != nil {
		title = cfg.H2.Color
	}
	st := listStyle{
		title: func(s string) string { return sgr(s, o.Colors, "1", title) },
		id:    func(s string) string { return sgr(s, o.Colors, "", cfg.LinkText.Color) },
		score: func(s string) string { return Faint(s, o.Colors) },
	}
	return listing(groups, o.Width, margin, st), nil
}

// ListText lays out groups as List does, as plain text with no margin.
func ListText(groups []Group, width int) string {
	plain := func(s string) string { return s }
	return listing(groups, width, "", listStyle{plain, plain, plain})
}

// listStyle styles the parts of a listing.
type listStyle struct {
	title, id, score func(string) string
}

func listing(groups []Group, width int, margin string, st listStyle) string {
	idWidth, scoreWidth := 0, 0
	for _, g := range groups {
		for _, r := range g.Rows {
			idWidth = max(idWidth, Width(r.ID))
			scoreWidth = max(scoreWidth, Width(r.Score))
		}
	}
	lead := margin
	if scoreWidth > 0 {
		lead += strings.Repeat(" ", scoreWidth+2)
	}
	idWidth = min(idWidth, max((width-Width(margin))*2/5, 1))
	textCol := Width(lead) + idWidth + 2
	stacked := width-textCol < minTextWidth
	if stacked {
		textCol = Width(lead) + 4
	}
	indent := strings.Repeat(" ", textCol)
	var b strings.Builder
	for i, g := range groups {
		if i > 0 {
			b.WriteString("\n")
		}
		if g.Title != "" {
			for _, line := range Wrap(g.Title, max(width-Width(margin), minTextWidth)) {
				b.WriteString(margin + st.title(line) + "\n")
			}
		}
		for _, r := range g.Rows {
			b.WriteString(margin)
			if scoreWidth > 0 {
				b.WriteString(st.score(pad(r.Score, scoreWidth)) + "  ")
			}
			b.WriteString(st.id(r.ID))
			text := Wrap(r.Text, max(width-textCol, minTextWidth))
			if len(text) == 0 {
				b.WriteString("\n")
				continue
			}
			if stacked || Width(r.ID) > idWidth {
				b.WriteString("\n" + indent)
			} else {
				b.WriteString(strings.Repeat(" ", textCol-Width(lead)-Width(r.ID)))
			}
			b.WriteString(strings.Join(text, "\n"+indent) + "\n")
		}
	}
	return b.String()
}

// pad pads s with spaces to width columns.
func pad(s string, width int) string { return s + strings.Repeat(" ", max(width-Width(s), 0)) }

// Notes lays out secondary lines (a disclaimer, a count) for a terminal:
// faint, wrapped at the width, never cut. Input must be sanitised.
func Notes(notes []string, o Options) string {
	var b strings.Builder
	for _, n := range notes {
		for _, line := range Wrap(n, o.Width-Width(margin)) {
			line = strings.ReplaceAll(line, string(WordJoiner), "") // see Keep
			b.WriteString(margin + Faint(line, o.Colors) + "\n")
		}
	}
	return b.String()
}

// NotesText lays out notes as plain text wrapped at width.
func NotesText(notes []string, width int) string {
	var b strings.Builder
	for _, n := range notes {
		b.WriteString(indentLines(n, width, "", ""))
	}
	return b.String()
}
