package finder

import (
	"fmt"
	"github.com/faqtool/faq/faq"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/faqtool/faq/internal/render"
	"github.com/faqtool/faq/internal/sanitize"
)

// sideBySide is the least width at which the preview stands beside the
// list rather than below it.
const sideBySide = 100

// geometry is where each part of the screen goes. Line 0 holds the query
// and the last line the key hints; the list and the preview share the
// lines between.
type geometry struct {
	side               bool
	listY, listWidth   int
	listHeight         int
	headerY            int // the preview's title line
	previewX, previewY int
	previewWidth       int
	previewHeight      int // lines of the entry shown
	disclaimer         []string
	helpY, bodyEnd     int
}

func (g geometry) inPreview(x, y int) bool {
	return x >= g.previewX && y >= g.previewY && y < g.previewY+g.previewHeight
}

func (g geometry) inList(x, y int) bool {
	return x < g.listWidth && y >= g.listY && y < g.listY+g.listHeight
}

// layout places the parts for the current size and selection (whose
// disclaimer, wrapped, sits under the preview).
func (m *model) layout() geometry {
	w, h := max(m.width, 1), max(m.height, 3)
	body := h - 2
	g := geometry{side: w >= sideBySide, listY: 1, helpY: 1, bodyEnd: h - 1}
	if g.side {
		g.listWidth = w / 2
		g.listHeight = body
		g.previewX = g.listWidth + 2
		g.previewWidth = w - g.previewX
		g.headerY = 1
	} else {
		g.listWidth = w
		g.listHeight = max(body*2/5, min(3, body))
		g.previewWidth = w
		g.headerY = 1 + g.listHeight
	}
	g.previewY = g.headerY + 1
	space := max(g.bodyEnd-g.previewY, 0)
	gap := 0
	if e := m.selected(); e != nil && e.Disclaimer != "" {
		wrap := max(g.previewWidth-2, 10) // drawn after two spaces
		g.disclaimer = strings.Split(ansi.Wrap(sanitize.Line(e.Disclaimer), wrap, ""), "\n")
		// The answer keeps two thirds of the rows, and the disclaimer at
		// least one while the answer has one too; a cut one ends in "…".
		if keep := max(space/3, min(1, space-1)); len(g.disclaimer) > keep {
			g.disclaimer = g.disclaimer[:keep]
			if keep > 0 {
				last := &g.disclaimer[keep-1]
				*last = ansi.Truncate(*last, wrap-2, "") + " …"
			}
		}
		if space-len(g.disclaimer) > 4 {
			gap = 1 // a blank line between the answer and the disclaimer
		}
	}
	g.previewHeight = max(space-len(g.disclaimer)-gap, 0)
	return g
}

// View draws the whole screen, one line per terminal line, each exactly
// the terminal's width.
func (m *model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	g := m.layout()
	lines := make([]string, max(m.height, 3)) // cut to the height below
	lines[0] = m.queryLine()
	if m.help {
		for i, l := range m.helpLines() {
			if g.helpY+i < g.bodyEnd {
				lines[g.helpY+i] = l
			}
		}
	} else {
		m.drawList(lines, g)
		m.drawPreview(lines, g)
	}
	lines[len(lines)-1] = m.st.faint("enter print · esc quit · ↑↓ move · tab topic · ? keys")
	lines = lines[:m.height]
	for i, l := range lines {
		lines[i] = fit(l, m.width)
	}
	return strings.Join(lines, "\n")
}

func (m *model) queryLine() string {
	q := sanitize.Line(string(m.query[:m.cursor]))
	var cur string
	if m.cursor < len(m.query) {
		r := string(m.query[m.cursor])
		if m.st.c == render.Plain {
			cur = "|" + r
		} else {
			cur = m.st.reverse(r)
		}
		if m.cursor+1 < len(m.query) {
			cur += sanitize.Line(string(m.query[m.cursor+1:]))
		}
	} else if m.st.c == render.Plain {
		cur = "_"
	} else {
		cur = m.st.reverse(" ")
	}
	left := m.st.accent("❯ ") + q + cur
	topic := "all topics"
	if t := m.topicName(); t != "" {
		topic = sanitize.Line(t)
	}
	right := m.st.faint(fmt.Sprintf("%d/%d · %s", len(m.rows), len(m.rk.entries), topic))
	if gap := m.width - ansi.StringWidth(left) - ansi.StringWidth(right); gap >= 2 {
		return left + strings.Repeat(" ", gap) + right
	}
	return left
}

func (m *model) drawList(lines []string, g geometry) {
	if len(m.rows) == 0 && g.listHeight > 0 {
		lines[g.listY] = m.st.faint("  no entry matches")
	}
	for i := 0; i < g.listHeight && m.top+i < len(m.rows); i++ {
		lines[g.listY+i] = m.rowLine(m.rows[m.top+i], m.top+i == m.sel, g.listWidth)
	}
	if g.side {
		for y := g.listY; y < g.bodyEnd; y++ {
			lines[y] = fit(lines[y], g.listWidth) + m.st.faint("│") + " "
		}
	}
}

// rowLine draws one entry of the list: a pointer when selected, the
// question with the matched letters highlighted, and the topic.
func (m *model) rowLine(r row, selected bool, width int) string {
	pointer := "  "
	if selected {
		pointer = m.st.accent("▌ ")
		if m.st.c == render.Plain {
			pointer = "> "
		}
	}
	q := sanitize.Line(r.entry.Question)
	topic := sanitize.Line(r.entry.Topic)
	topicWidth := min(m.rk.topicWidth, width/4)
	qWidth := width - 2 - topicWidth - 2
	if qWidth < 10 { // too narrow for both: the question wins
		qWidth, topicWidth = width-2, 0
	}
	marks := highlights(q, string(m.query))
	var b strings.Builder
	start := 0               // of the run of letters marked alike
	for i := range q + " " { // the space closes the last run
		if i == len(q) || marks[i] != marks[start] {
			b.WriteString(m.st.question(q[start:i], marks[start], selected))
			start = i
		}
	}
	line := pointer + fit(b.String(), qWidth)
	if topicWidth > 0 {
		line += "  " + m.st.faint(fit(topic, topicWidth))
	}
	return line
}

func (m *model) drawPreview(lines []string, g geometry) {
	e := m.selected()
	if e == nil || g.previewWidth <= 0 {
		return
	}
	text := m.previewLines(g.previewWidth)
	end := min(m.scroll+g.previewHeight, len(text))
	title := sanitize.Line(e.Topic) + " · " + sanitize.Line(e.ID)
	if len(text) > g.previewHeight {
		title += fmt.Sprintf(" · %d–%d of %d", m.scroll+1, end, len(text))
	}
	rule := "── " + title + " "
	rule += strings.Repeat("─", max(g.previewWidth-ansi.StringWidth(rule), 0))
	m.put(lines, g, g.headerY, m.st.faint(rule))
	for i, l := range text[min(m.scroll, end):end] {
		m.put(lines, g, g.previewY+i, l)
	}
	for i, l := range g.disclaimer {
		m.put(lines, g, g.bodyEnd-len(g.disclaimer)+i, "  "+m.st.faint(l))
	}
}

// put writes s into the preview's column of line y.
func (m *model) put(lines []string, g geometry, y int, s string) {
	if y < 1 || y >= g.bodyEnd {
		return
	}
	if g.side {
		lines[y] += fit(s, g.previewWidth)
		return
	}
	lines[y] = s
}

// previewLines returns the selected entry's document for the query
// rendered at width, from the cache when that document was drawn before
// at that width: typing changes the document only when it calls an
// urgent note, and rendering is the slow part.
func (m *model) previewLines(width int) []string {
	e := m.selected()
	if e == nil {
		return nil
	}
	if q := string(m.query); m.doc.entry != e || m.doc.query != q {
		m.doc = previewDoc{e, q, m.markdown(e, q)}
	}
	md := m.doc.markdown
	key := previewKey{md, width}
	if lines, ok := m.cache[key]; ok {
		return lines
	}
	o := m.render
	o.Width = width
	o.BreakAddresses = true // the pane cuts a line at its edge
	out, err := render.Markdown(sanitize.Markdown(md), o)
	if err != nil {
		out = "  " + sanitize.Line(err.Error())
	}
	lines := strings.Split(strings.Trim(out, "\n"), "\n")
	for len(lines) > 0 && strings.TrimSpace(ansi.Strip(lines[0])) == "" {
		lines = lines[1:]
	}
	if len(m.cache) >= maxCached {
		clear(m.cache)
	}
	m.cache[key] = lines
	return lines
}

type previewKey struct {
	markdown string
	width    int
}

type previewCache map[previewKey][]string

// previewDoc is the document last made for an entry and query: scrolling
// and redrawing ask for it again and again.
type previewDoc struct {
	entry    *faq.Entry
	query    string
	markdown string
}

func (m *model) helpLines() []string {
	out := []string{m.st.accent("Keys"), ""}
	item := func(keys, help string) {
		out = append(out, fmt.Sprintf("  %-26s %s", keys, help))
	}
	for _, b := range keyMap {
		item(strings.Join(b.keys, ", "), b.help)
	}
	for _, e := range editHelp {
		item(e[0], e[1])
	}
	out = append(out, "", m.st.faint("  Type to search: whole words as in 'faq QUESTION', partial ones as they come."), m.st.faint("  Press any key to close."))
	return out
}

// fit cuts s to width columns, with "…" where it was cut, and pads it
// with spaces to exactly width.
func fit(s string, width int) string {
	if width <= 0 {
		return ""
	}
	w := ansi.StringWidth(s)
	if w > width {
		s = ansi.Truncate(s, width, "…")
		w = ansi.StringWidth(s)
	}
	return s + strings.Repeat(" ", max(width-w, 0))
}

// styles colour the finder's own text as the output's Colors allow:
// NoColor (NO_COLOR, --color never) keeps bold, underline and reverse
// video; Plain draws no escape code at all.
type styles struct{ c render.Colors }

func (s styles) faint(x string) string   { return render.Faint(x, s.c) }
func (s styles) accent(x string) string  { return s.sgr(x, "1", "36") }
func (s styles) reverse(x string) string { return s.sgr(x, "7", "") }

func (s styles) question(x string, matched, selected bool) string {
	switch {
	case matched:
		return s.sgr(x, "1;4", "35")
	case selected:
		return s.sgr(x, "1", "")
	}
	return x
}

// sgr wraps x in the attributes and, with colour allowed, the colour
// (SGR parameters such as "1" and "36").
func (s styles) sgr(x, attrs, color string) string {
	if s.c == render.Plain || x == "" {
		return x
	}
	if color != "" && s.c > render.NoColor {
		attrs += ";" + color
	}
	return "\x1b[" + attrs + "m" + x + "\x1b[0m"
}
