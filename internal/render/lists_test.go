package render

import (
	"flag"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xansi "github.com/charmbracelet/x/ansi"

	"github.com/faqtool/faq/internal/builtin"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// taggedWord matches the words of tagged: "q", the paragraph's tag, and
// some "o"s.
var taggedWord = regexp.MustCompile(`q[a-j]{2}o*`)

// tagged returns a paragraph of Markdown whose words all start with "q"
// and tag (two letters from a to j), so that the lines of each paragraph
// can be told apart once rendered. Bold runs over two words, so that a
// style crosses line breaks; code, emphasis and a link come in between.
func tagged(tag string) string {
	var words []string
	for i := 0; i < 36; i++ {
		w := "q" + tag + strings.Repeat("o", i*5%8)
		switch {
		case i%9 == 3:
			w = "**" + w + " q" + tag + "**"
			i++
		case i%11 == 6:
			w = "`" + w + "`"
		case i%13 == 8:
			w = "*" + w + "*"
		case i == 20:
			w = "[" + w + "](https://x.example)"
		}
		words = append(words, w)
	}
	return strings.Join(words, " ")
}

// listShapes are the shapes list items come in, their paragraphs tagged,
// with the column each paragraph's text starts at in the dark style.
var listShapes = []struct {
	name string
	md   string
	cols map[string]int
}{
	{"bullets", "- " + tagged("aa") + "\n- " + tagged("ab") + "\n", map[string]int{"aa": 4, "ab": 4}},
	{"numbers", "1. " + tagged("ac") + "\n2. two\n3. three\n4. four\n5. five\n6. six\n7. seven\n8. eight\n9. " + tagged("ad") + "\n10. " + tagged("ae") + "\n",
		map[string]int{"ac": 5, "ad": 5, "ae": 6}},
	{"nested", "- " + tagged("af") + "\n  - " + tagged("ag") + "\n    1. " + tagged("ah") + "\n- " + tagged("ai") + "\n",
		map[string]int{"af": 4, "ag": 6, "ah": 9, "ai": 4}},
	{"bullet under a number", "1. " + tagged("aj") + "\n   - " + tagged("ba") + "\n\n   " + tagged("bb") + "\n",
		map[string]int{"aj": 5, "ba": 6, "bb": 5}},
	{"paragraphs", "- " + tagged("bc") + "\n\n  " + tagged("bd") + "\n\n  " + tagged("be") + "\n\n- " + tagged("bf") + "\n",
		map[string]int{"bc": 4, "bd": 4, "be": 4, "bf": 4}},
	{"code block", "- " + tagged("bg") + "\n\n  ```sh\n  faq --color always si joint mri\n  ```\n\n  " + tagged("bh") + "\n",
		map[string]int{"bg": 4, "bh": 4}},
	{"tasks", "- [ ] " + tagged("bi") + "\n- [x] " + tagged("bj") + "\n", map[string]int{"bi": 6, "bj": 6}},
	{"block quote", "> Before you start:\n>\n> - " + tagged("cb") + "\n>   - " + tagged("cc") + "\n",
		map[string]int{"cb": 6, "cc": 8}},
	{"definition", "Term\n: Its definition:\n\n  - " + tagged("da") + "\n", map[string]int{"da": 4}},
	{"numbered from 98", "98. " + tagged("cd") + "\n99. " + tagged("ce") + "\n100. " + tagged("cf") + "\n",
		map[string]int{"cd": 6, "ce": 6, "cf": 7}},
}

func TestListItemLayout(t *testing.T) {
	tests := []struct{ name, md, want string }{
		{"hard line break", "- first  \n  second line that is long enough to wrap\n",
			"  • first\n    second line that is long\n    enough to wrap\n"},
		{"paragraph after a list", "- one\n  - two\n\n  after the list, long enough to wrap\n",
			"  • one\n    • two\n\n    after the list, long\n    enough to wrap\n"},
		{"paragraph after code", "- one\n\n  ```\n  code\n  ```\n\n  after the code, long enough to wrap\n",
			"  • one\n    code\n\n    after the code, long\n    enough to wrap\n"},
		{"empty items", "-\n- ```\n  code first\n  ```\n- [ ] \n", "  •\n  •\n    code first\n\n  [ ]\n"},
		{"a block quote's bar takes two columns", "> - xxxxxxxxxx yyyyyyyyyyyy\n",
			"  │\n  │ • xxxxxxxxxx\n  │   yyyyyyyyyyyy\n"},
		// As glamour does, but once: it resolves entities in code spans too.
		{"entities and escapes resolved once", "- a &amp;lt; b \\* c \\\\ `x\\y &amp;`\n", "  • a &lt; b * c \\  x\\y &\n"},
		{"code span across a break", "- a `code span that is long` and more words here\n",
			"  • a  code span that is\n    long  and more words\n    here\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := darkPlain(t, tt.md, 30)
			if got := strings.Trim(out, "\n") + "\n"; got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestListItemsInUpperCase: glamour upper-cases a text node's escape
// codes with its text ("ESC[1M"), so under a style that upper-cases text
// glamour wraps list items itself; their later paragraphs still start on
// lines of their own.
func TestListItemsInUpperCase(t *testing.T) {
	style := t.TempDir() + "/upper.json"
	if err := os.WriteFile(style, []byte(`{"document": {"margin": 2}, "item": {"block_prefix": "• "}, "text": {"upper": true}, "strong": {"bold": true}}`), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := Markdown("- some **bold** text\n\n  again\n", Options{Style: style, Width: 40, Colors: ANSI256})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := xansi.Strip(out), "  • SOME BOLD TEXT\n\n    AGAIN"; !strings.Contains(got, want) {
		t.Errorf("got %q, want it to hold %q", got, want)
	}
	if regexp.MustCompile(`\x1b\[[0-9;]*M`).MatchString(out) {
		t.Errorf("escape codes upper-cased: %q", out)
	}
}

// TestListItemsAtTinyWidths: however little room a list leaves, items
// are drawn, a word or part of one a line at worst, with nothing lost.
func TestListItemsAtTinyWidths(t *testing.T) {
	for _, sh := range listShapes {
		want := strings.Join(taggedWord.FindAllString(sh.md, -1), "")
		for width := 0; width <= 24; width++ {
			out, err := Markdown(sh.md, Options{Style: "dark", Width: width, Colors: ANSI256})
			if err != nil {
				t.Fatal(err)
			}
			// Words cut across lines join again once spaces and bars go.
			joined := strings.Join(strings.Fields(strings.ReplaceAll(xansi.Strip(out), "│", "")), "")
			if got := strings.Join(taggedWord.FindAllString(joined, -1), ""); got != want {
				t.Errorf("%s at %d: words lost or moved:\n%s", sh.name, width, out)
			}
		}
	}
}

// textLine is a rendered line of a tagged paragraph.
type textLine struct {
	tag   string
	start int    // the column its text starts at
	text  string // the line without escape codes
	first string // its text's first word
}

// lineLead matches what comes before the text on a rendered line: the
// margin, a block quote's bar, and a bullet, number or check box.
var lineLead = regexp.MustCompile(`^ *(?:[│|] +)?(?:(?:[•*] |\d+\. |\[[ ✓x]\] ))?`)

// textLines returns the lines of out that hold a tagged word, by the
// first one.
func textLines(out string) []textLine {
	var lines []textLine
	for _, line := range strings.Split(xansi.Strip(out), "\n") {
		lead := lineLead.FindString(line)
		fields := strings.Fields(line[len(lead):])
		for _, f := range fields {
			if m := taggedWord.FindString(f); m != "" {
				lines = append(lines, textLine{tag: m[1:3], start: Width(lead), text: line, first: fields[0]})
				break
			}
		}
	}
	return lines
}

// TestListItemsHang renders list items of every shape at several widths,
// styles and colours, and checks that every line of an item's paragraph
// starts where its first line's text does, that no line could have taken
// the next one's first word, that no line is wider than the width less
// glamour's right margin, that no word is lost, and that every character
// keeps the style glamour gives it when it wraps the item itself.
func TestListItemsHang(t *testing.T) {
	for _, sh := range listShapes {
		for _, style := range []string{"dark", "light", "ascii", "notty", "dracula", "tokyo-night", "pink"} {
			for _, width := range []int{40, 60, 80, 120} {
				for _, colors := range []Colors{Plain, NoColor, ANSI, ANSI256, TrueColor} {
					if style != "dark" && colors != ANSI256 && colors != Plain {
						continue // colours are the same code for every style
					}
					name := fmt.Sprintf("%s/%s/%d/%d", sh.name, style, width, colors)
					o := Options{Style: style, Width: width, Colors: colors}
					out, err := Markdown(sh.md, o)
					if err != nil {
						t.Fatal(err)
					}
					checkHanging(t, name, out, width, sh.md, sh.cols, style == "dark")
					if got, want := taggedWord.FindAllString(xansi.Strip(out), -1), taggedWord.FindAllString(sh.md, -1); !slices.Equal(got, want) {
						t.Errorf("%s: words lost or moved:\n%s", name, out)
					}
					if colors != Plain {
						glamour, err := withoutHanging(sh.md, o)
						if err != nil {
							t.Fatal(err)
						}
						if d := firstStyleDifference(styled(glamour), styled(out)); d != "" {
							t.Errorf("%s: styles differ from glamour's: %s\n%s", name, d, out)
						}
					}
				}
			}
		}
	}
}

// checkHanging checks the lines of the tagged paragraphs of md in out
// (see TestListItemsHang); with exact, their text starts at cols.
func checkHanging(t *testing.T, name, out string, width int, md string, cols map[string]int, exact bool) {
	t.Helper()
	limit := width - 2 // glamour keeps a right margin as wide as its left one
	for _, line := range strings.Split(xansi.Strip(out), "\n") {
		if Width(line) > limit {
			t.Errorf("%s: %q is wider than %d", name, line, limit)
		}
	}
	// A code span may be padded ("` x `" in the dark style): the padding
	// before it goes at a line break, but takes a column on a line.
	code := map[string]bool{}
	for _, m := range regexp.MustCompile("`([^`]*)`").FindAllStringSubmatch(md, -1) {
		code[m[1]] = true
	}
	lines := textLines(out)
	start := map[string]int{}
	for i, l := range lines {
		if s, ok := start[l.tag]; !ok {
			start[l.tag] = l.start
		} else if l.start != s {
			t.Errorf("%s: %q starts at column %d, its paragraph's first line at %d:\n%s", name, l.text, l.start, s, xansi.Strip(out))
		}
		next := Width(l.first)
		if code[l.first] {
			next++
		}
		if i > 0 && lines[i-1].tag == l.tag && Width(lines[i-1].text)+1+next <= limit {
			t.Errorf("%s: %q could have taken %q", name, lines[i-1].text, l.first)
		}
	}
	if !exact {
		return
	}
	for tag, col := range cols {
		if start[tag] != col {
			t.Errorf("%s: paragraph %s starts at column %d, want %d:\n%s", name, tag, start[tag], col, xansi.Strip(out))
		}
	}
}

// withoutHanging renders md as Markdown does, but lets glamour wrap list
// items itself.
func withoutHanging(md string, o Options) (string, error) {
	opts, err := glamourOptions(o)
	if err != nil {
		return "", err
	}
	src, doc := parse(md)
	return draw(doc, reflow(doc, src, !o.BreakAddresses), opts, o.Colors)
}

// styled returns the characters a terminal shows for s, spaces and block
// quote bars apart (glamour's own wrapping of a quoted list loses some),
// each with the attributes its SGR escape codes give it.
func styled(s string) []string {
	var out []string
	attrs := map[string]string{}
	for i := 0; i < len(s); {
		if strings.HasPrefix(s[i:], "\x1b[") {
			j := i + 2
			for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';') {
				j++
			}
			applySGR(attrs, s[i+2:j])
			i = j + 1
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) || r == '│' || r == '|' {
			continue
		}
		var keys []string
		for k, v := range attrs {
			keys = append(keys, k+v)
		}
		sort.Strings(keys)
		out = append(out, string(r)+" "+strings.Join(keys, ","))
	}
	return out
}

// applySGR applies an SGR sequence's parameters to attrs, as a terminal
// does (an empty parameter is a reset).
func applySGR(attrs map[string]string, params string) {
	ps := strings.Split(params, ";")
	for k := 0; k < len(ps); k++ {
		switch p := ps[k]; {
		case p == "" || p == "0":
			clear(attrs)
		case p == "38" || p == "48":
			n := 2
			if k+1 < len(ps) && ps[k+1] == "2" {
				n = 4
			}
			end := min(k+1+n, len(ps))
			attrs[p] = "=" + strings.Join(ps[k+1:end], ";")
			k = end - 1
		case len(p) == 2 && (p[0] == '3' || p[0] == '9'):
			attrs["38"] = "=" + p
		case len(p) == 2 && p[0] == '4' || len(p) == 3 && p[:2] == "10":
			attrs["48"] = "=" + p
		default:
			attrs[p] = ""
		}
	}
}

// firstStyleDifference describes the first character whose style differs
// between two results of styled, or returns "".
func firstStyleDifference(want, got []string) string {
	for i := range min(len(want), len(got)) {
		if want[i] != got[i] {
			return fmt.Sprintf("character %d: %q, want %q", i, got[i], want[i])
		}
	}
	if len(want) != len(got) {
		return fmt.Sprintf("%d characters, want %d", len(got), len(want))
	}
	return ""
}

// TestBuiltinListsHang renders every built-in answer at several widths:
// every line of a list item starts under its text, no line of an item
// could have taken the next one's first word, and no line of an item is
// wider than the width less glamour's right margin unless it holds a
// single word. (TestNoEarlyLineBreaks in package cli checks the other
// paragraphs. Glamour lets a block quote's lines run a column into that
// margin: it counts its bar, "│ ", as one column.)
func TestBuiltinListsHang(t *testing.T) {
	doc, err := builtin.Document()
	if err != nil {
		t.Fatal(err)
	}
	items := 0
	for _, e := range doc.Entries {
		for _, width := range []int{40, 60, 80, 100, 120} {
			out, err := Markdown(e.Answer, Options{Style: "dark", Width: width, Colors: Plain})
			if err != nil {
				t.Fatal(err)
			}
			limit := width - 2
			fits := func(line string) {
				if Width(line) > limit && len(strings.Fields(line[len(lineLead.FindString(line)):])) > 1 {
					t.Errorf("%s at %d: %q is wider than %d", e.ID, width, line, limit)
				}
			}
			lines := strings.Split(out, "\n")
			for i, line := range lines {
				lead := lineLead.FindString(line)
				if !startsItem(lead) {
					continue
				}
				items++
				fits(line)
				for j := i + 1; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
					next := lineLead.FindString(lines[j])
					if startsItem(next) {
						break
					}
					fits(lines[j])
					if Width(next) != Width(lead) {
						t.Errorf("%s at %d: %q does not start under %q", e.ID, width, lines[j], line)
					}
					if first := strings.Fields(lines[j])[0]; Width(lines[j-1])+1+Width(first) <= limit {
						t.Errorf("%s at %d: %q could have taken %q", e.ID, width, lines[j-1], first)
					}
				}
			}
		}
	}
	if items == 0 {
		t.Error("no list items in the built-in answers")
	}
}

// itemMarker matches a lead (see lineLead) that ends with a bullet,
// number or check box.
var itemMarker = regexp.MustCompile(`(?:[•*] |\d+\. |\[[ ✓x]\] )$`)

// startsItem reports whether a line's lead starts a list item.
func startsItem(lead string) bool { return itemMarker.MatchString(lead) }

// TestListGolden renders testdata/lists.md at 40, 60, 80 and 120 columns
// (without colour) and with the ascii style, and compares the result with
// testdata/lists.golden. To accept a change:
// go test ./internal/render -run TestListGolden -update
func TestListGolden(t *testing.T) {
	md, err := os.ReadFile("testdata/lists.md")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, o := range []Options{{Style: "dark", Width: 40, Colors: Plain}, {Style: "dark", Width: 60, Colors: Plain}, {Style: "dark", Width: 80, Colors: Plain}, {Style: "dark", Width: 120, Colors: Plain}, {Style: "ascii", Width: 60, Colors: Plain}} {
		out, err := Markdown(string(md), o)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "=== %s, %d columns\n%s\n", o.Style, o.Width, out)
	}
	got := b.String()
	if *update {
		if err := os.WriteFile("testdata/lists.golden", []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile("testdata/lists.golden")
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		w, g := strings.Split(string(want), "\n"), strings.Split(got, "\n")
		for i := range min(len(w), len(g)) {
			if w[i] != g[i] {
				t.Fatalf("testdata/lists.golden differs at line %d (run with -update to accept):\nwant %q\n got %q", i+1, w[i], g[i])
			}
		}
		t.Fatalf("testdata/lists.golden differs in length (run with -update to accept)")
	}
}
