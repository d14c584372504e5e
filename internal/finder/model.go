package finder

import (
	"strings"
	"unicode"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/render"
)

// An action is what a key does.
type action int

const (
	actNone action = iota
	actUp
	actDown
	actPreviewUp
	actPreviewDown
	actPreviewPageUp
	actPreviewPageDown
	actNextTopic
	actPrevTopic
	actChoose
	actCancel
	actHelp
)

// A binding ties keys (as event.String names them) to an action,
// with the words the help screen shows.
type binding struct {
	action action
	keys   []string
	help   string
}

// keyMap is every key the finder acts on besides those that edit the
// query; the help screen is drawn from it.
var keyMap = []binding{
	{actUp, []string{"up", "ctrl+p", "ctrl+k"}, "move up"},
	{actDown, []string{"down", "ctrl+n", "ctrl+j"}, "move down"},
	{actPreviewPageUp, []string{"pgup"}, "scroll the preview a page up"},
	{actPreviewPageDown, []string{"pgdown"}, "scroll the preview a page down"},
	{actPreviewUp, []string{"shift+up"}, "scroll the preview a line up"},
	{actPreviewDown, []string{"shift+down"}, "scroll the preview a line down"},
	{actNextTopic, []string{"tab"}, "next topic"},
	{actPrevTopic, []string{"shift+tab"}, "previous topic"},
	{actChoose, []string{"enter"}, "print the entry and quit"},
	{actCancel, []string{"esc", "ctrl+c"}, "quit without printing"},
	{actHelp, []string{"?", "f1"}, "show these keys (? in an empty query)"},
}

// editHelp describes the keys that edit the query, handled by edit.
var editHelp = [][2]string{
	{"← → home end", "move in the query (also ctrl+a, ctrl+e)"},
	{"backspace ctrl+w ctrl+u", "delete a letter, a word, the query"},
	{"mouse wheel", "scroll the preview, or move in the list"},
}

var actions = func() map[string]action {
	m := map[string]action{}
	for _, b := range keyMap {
		for _, k := range b.keys {
			m[k] = b.action
		}
	}
	return m
}()

// wheelLines is how far one turn of the mouse wheel scrolls the preview.
const wheelLines = 3

// model is the finder's state: update applies what the user does, View
// draws it.
type model struct {
	rk       *ranker
	markdown func(*faq.Entry, string) string
	render   render.Options
	st       styles

	query  []rune
	cursor int // in query, in runes
	topic  int // 0: every topic, else rk.topics[topic-1]
	rows   []row
	sel    int // selected row
	top    int // first row shown
	scroll int // first preview line shown
	help   bool

	width, height int
	cache         previewCache
	doc           previewDoc // the selected entry's document for the query

	chosen   *faq.Entry
	canceled bool
}

func newModel(o Options) *model {
	m := &model{
		rk:       newRanker(o.FAQ, o.Index),
		markdown: o.Markdown,
		render:   o.Render,
		st:       styles{o.Render.Colors},
		query:    []rune(cleanQuery(o.Query)),
		cache:    previewCache{},
	}
	m.query = m.query[:min(len(m.query), maxQuery)]
	m.cursor = len(m.query)
	for i, t := range m.rk.topics {
		if o.Topic != "" && strings.EqualFold(t, o.Topic) {
			m.topic = i + 1
		}
	}
	m.rerank()
	return m
}

// cleanQuery keeps a query to one line of printable text.
func cleanQuery(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\r' || r == '\t':
			return ' '
		case !unicode.IsPrint(r):
			return -1
		}
		return r
	}, s)
}

// topicName is the topic filter in force, "" for every topic.
func (m *model) topicName() string {
	if m.topic == 0 {
		return ""
	}
	return m.rk.topics[m.topic-1]
}

// rerank ranks the entries again for the query and topic and selects the
// best.
func (m *model) rerank() {
	m.rows = m.rk.rank(string(m.query), m.topicName())
	m.sel, m.top, m.scroll = 0, 0, 0
}

func (m *model) selected() *faq.Entry {
	if m.sel < len(m.rows) {
		return m.rows[m.sel].entry
	}
	return nil
}

// update applies an event and reports whether the finder is done: an
// entry chosen, or the user leaving.
func (m *model) update(ev event) bool {
	if ev.mouse != nil {
		m.mouse(*ev.mouse)
		return false
	}
	return m.key(ev)
}

func (m *model) resize(w, h int) {
	m.width, m.height = w, h
	m.move(0) // keep the selection in view
	m.scrollBy(0)
}

// key handles a key or text and reports whether the finder is done.
func (m *model) key(k event) bool {
	act := actNone
	if !k.paste {
		act = actions[k.String()]
	}
	if m.help {
		// Any key closes the help, and does nothing else.
		m.help = false
		return false
	}
	if act == actHelp && k.String() == "?" && len(m.query) > 0 {
		act = actNone // a question may end with one
	}
	switch act {
	case actUp:
		m.move(-1)
	case actDown:
		m.move(1)
	case actPreviewUp:
		m.scrollBy(-1)
	case actPreviewDown:
		m.scrollBy(1)
	case actPreviewPageUp:
		m.scrollBy(-max(m.layout().previewHeight-1, 1))
	case actPreviewPageDown:
		m.scrollBy(max(m.layout().previewHeight-1, 1))
	case actNextTopic:
		m.topic = (m.topic + 1) % (len(m.rk.topics) + 1)
		m.rerank()
	case actPrevTopic:
		m.topic = (m.topic + len(m.rk.topics)) % (len(m.rk.topics) + 1)
		m.rerank()
	case actChoose:
		if e := m.selected(); e != nil {
			m.chosen = e
			return true
		}
	case actCancel:
		m.canceled = true
		return true
	case actHelp:
		m.help = true
	default:
		if m.edit(k) {
			m.rerank()
		}
	}
	return false
}

// edit applies a key that edits the query and reports whether the query
// changed.
func (m *model) edit(k event) bool {
	q, c := m.query, m.cursor
	switch k.String() {
	case "left", "ctrl+b":
		m.cursor = max(c-1, 0)
	case "right", "ctrl+f":
		m.cursor = min(c+1, len(q))
	case "home", "ctrl+a":
		m.cursor = 0
	case "end", "ctrl+e":
		m.cursor = len(q)
	case "backspace", "ctrl+h":
		if c > 0 {
			m.query = append(q[:c-1:c-1], q[c:]...)
			m.cursor--
		}
	case "delete", "ctrl+d":
		if c < len(q) {
			m.query = append(q[:c:c], q[c+1:]...)
		}
	case "ctrl+u":
		m.query, m.cursor = q[c:], 0
	case "ctrl+w", "alt+backspace":
		start := c
		for start > 0 && q[start-1] == ' ' {
			start--
		}
		for start > 0 && q[start-1] != ' ' {
			start--
		}
		m.query = append(q[:start:start], q[c:]...)
		m.cursor = start
	default:
		if k.key != "" {
			return false
		}
		ins := []rune(cleanQuery(k.text))
		if len(q)+len(ins) > maxQuery {
			return false
		}
		m.query = append(append(append([]rune{}, q[:c]...), ins...), q[c:]...)
		m.cursor += len(ins)
	}
	return string(m.query) != string(q)
}

// maxQuery bounds the query's length in runes, as the command line bounds
// a question.
const maxQuery = 1000

// move moves the selection by d rows and scrolls the list to keep it in
// view; a new selection shows its preview from the top.
func (m *model) move(d int) {
	if len(m.rows) == 0 {
		m.sel, m.top = 0, 0
		return
	}
	sel := min(max(m.sel+d, 0), len(m.rows)-1)
	if sel != m.sel {
		m.sel, m.scroll = sel, 0
	}
	h := max(m.layout().listHeight, 1)
	m.top = min(max(m.top, m.sel-h+1), m.sel)
	m.top = max(min(m.top, len(m.rows)-h), 0)
}

// scrollBy scrolls the preview by d lines, within its text.
func (m *model) scrollBy(d int) {
	g := m.layout()
	lines := len(m.previewLines(g.previewWidth))
	m.scroll = max(min(m.scroll+d, lines-g.previewHeight), 0)
}

// mouse scrolls the preview with the wheel over it, moves the selection
// with the wheel over the list, and selects a row that is clicked.
func (m *model) mouse(ev mouseEvent) {
	g := m.layout()
	overPreview := g.inPreview(ev.x, ev.y)
	switch {
	case ev.button == mouseWheelUp && overPreview:
		m.scrollBy(-wheelLines)
	case ev.button == mouseWheelDown && overPreview:
		m.scrollBy(wheelLines)
	case ev.button == mouseWheelUp:
		m.move(-1)
	case ev.button == mouseWheelDown:
		m.move(1)
	case ev.button == mouseLeft && g.inList(ev.x, ev.y):
		if i := m.top + ev.y - g.listY; i < len(m.rows) {
			m.move(i - m.sel)
		}
	}
}
