package render

import (
	"bytes"
	"html"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/faqtool/faq/internal/nesting"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdownParser reads Markdown as glamour's own renderer does (GitHub
// Flavored Markdown and definition lists). Built on first use.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM, extension.DefinitionList),
		goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	).Parser()
})

// maxNesting is how deeply block quotes and lists nest on screen: glamour's
// time to draw them grows steeply with the depth, and a reader cannot
// follow more.
const maxNesting = 8

// parse parses Markdown, with Readable's rewrites applied first and
// nesting too deep to follow flattened (which glamour would take minutes
// to draw).
func parse(md string) ([]byte, ast.Node) {
	if strings.ContainsAny(md, standIns) {
		md = ownStandIns.Replace(md)
	}
	if strings.Contains(md, "&#") {
		md = standInEntity().ReplaceAllStringFunc(md, func(e string) string {
			if strings.ContainsAny(html.UnescapeString(e), standIns) {
				return "\ufffd"
			}
			return e
		})
	}
	src := nesting.Display([]byte(Readable(md)), maxNesting)
	return src, markdownParser().Parse(text.NewReader(src))
}

// Markdown renders Markdown for a terminal with glamour's renderer. The
// input must already be sanitised (see package sanitize): glamour passes
// escape sequences through. Before rendering, soft line breaks become
// spaces, so text is wrapped to the width rather than where the source
// broke it, links show their target as written (see linkTarget), and the
// lines of a list item hang under its text (see hangItems).
func Markdown(md string, o Options) (string, error) {
	opts, err := glamourOptions(o)
	if err != nil {
		return "", err
	}
	src, doc := parse(md)
	src = reflow(doc, src, !o.BreakAddresses)
	if src, err = hangItems(doc, src, opts); err != nil {
		return "", err
	}
	src = hangHeadings(doc, src, opts)
	return draw(doc, src, opts, o.Colors)
}

// glamourOptions returns the options glamour renders with for o.
func glamourOptions(o Options) (ansi.Options, error) {
	cfg, err := styleConfig(o.Style)
	if err != nil {
		return ansi.Options{}, err
	}
	return ansi.Options{
		WordWrap:         o.Width,
		ColorProfile:     o.Colors.profile(),
		Styles:           cfg,
		InlineTableLinks: true,
		ChromaFormatter:  chromaFormatter(o.Colors),
	}, nil
}

// draw renders the tree with glamour, drawing with o, and leaves only the
// escape codes colors allows.
func draw(doc ast.Node, src []byte, o ansi.Options, colors Colors) (string, error) {
	src, code, err := standInCode(doc, src, o)
	if err != nil {
		return "", err
	}
	out, err := glamourRender(doc, src, o)
	if err != nil {
		return "", err
	}
	out = finish(out, colors)
	for _, c := range code {
		for i := range c.lines {
			c.lines[i] = finish(c.lines[i], colors)
		}
	}
	// Glamour keeps the document's margin free on the right too.
	width := o.WordWrap - marginOf(o.Styles.Document)
	// Code goes in last: breakWide must not break its lines either.
	return putCode(breakWide(trimPadding(out), width), code), nil
}

// glamourRender draws the tree with glamour's renderer.
func glamourRender(doc ast.Node, src []byte, o ansi.Options) (string, error) {
	var buf bytes.Buffer
	r := renderer.NewRenderer(renderer.WithNodeRenderers(util.Prioritized(ansi.NewRenderer(o), 1000)))
	if err := r.Render(&buf, src, doc); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// marginOf is a block style's margin, 0 when unset.
func marginOf(b ansi.StyleBlock) int {
	if b.Margin == nil {
		return 0
	}
	return int(*b.Margin)
}

// finish puts back the characters nbHyphen and keepAddress stood in for
// and leaves only the escape codes colors allows.
func finish(out string, colors Colors) string {
	out = putBack.Replace(out)
	switch colors {
	case Plain:
		out = editSGR(out, func(string) string { return "" })
	case NoColor:
		// Colours glamour could not give leave empty parameters behind
		// ("ESC[;;1m" for bold); a sequence of nothing but them would
		// read as a reset.
		out = editSGR(out, func(params string) string {
			var kept []string
			for _, p := range strings.Split(params, ";") {
				if p != "" {
					kept = append(kept, p)
				}
			}
			if kept == nil {
				return ""
			}
			return "\x1b[" + strings.Join(kept, ";") + "m"
		})
	}
	return out
}

// nbHyphen stands in for "-" in text while glamour wraps it: its word
// wrapper breaks after a hyphen but does not count the hyphen, so a line
// with one came out a column too long, was wrapped again, and left one
// word on a line of its own ("causes\nof sciatica"). Words with hyphens
// ("L5-S1", ids) are kept whole as a bonus.
const nbHyphen = "\u2011"

// A web address is never broken: glamour's wrapper breaks a word after
// ".", ",", ";", "+" and "|" too, so "https://github." ended one line and
// the rest of the address, too long anyway, the next, and neither half
// led anywhere when clicked or copied (glamour issue #149). In an address
// shown, they stand in as noncharacters, which Unicode keeps for a
// program's own use (the text's own become U+FFFD, see parse), and one
// longer than a line runs past it for the terminal to fold.
var keepAddress, putBack, ownStandIns = addressReplacers()

// standIns are the noncharacters keepAddress uses, in the order of
// addressBreaks.
const (
	standIns      = "\ufdd0\ufdd1\ufdd2\ufdd3\ufdd4"
	addressBreaks = ".,;+|"
)

// addressReplacers returns keepAddress (an address's hyphen to nbHyphen,
// its other break characters to standIns), putBack (the reverse) and
// ownStandIns (the text's own standIns to U+FFFD, see parse).
func addressReplacers() (keep, back, own *strings.Replacer) {
	keepPairs, backPairs, ownPairs := []string{"-", nbHyphen}, []string{nbHyphen, "-"}, []string{}
	for i, r := range []rune(standIns) {
		c := addressBreaks[i : i+1]
		keepPairs = append(keepPairs, c, string(r))
		backPairs = append(backPairs, string(r), c)
		ownPairs = append(ownPairs, string(r), "\ufffd")
	}
	return strings.NewReplacer(keepPairs...), strings.NewReplacer(backPairs...), strings.NewReplacer(ownPairs...)
}

// standInEntity matches a numeric character reference that can stand
// for a noncharacter keepAddress uses.
var standInEntity = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`&#(?:[xX]0*[fF][dD][dD][0-4]|0*6497[6-9]|0*64980);`)
})

// imgAlt matches an HTML image's alt text, which a FAQ writes where
// Markdown has no way to size an image.
var imgAlt = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?is)<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')`)
})

// lineBreak matches an HTML line break tag.
var lineBreak = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(?i)^<br\s*/?>$`) })

// alts returns the alt texts of the HTML images in s.
func alts(s []byte) []string {
	if !bytes.Contains(bytes.ToLower(s), []byte("<img")) {
		return nil
	}
	var out []string
	for _, m := range imgAlt().FindAllSubmatch(s, -1) {
		if a := strings.TrimSpace(html.UnescapeString(string(m[1]) + string(m[2]))); a != "" {
			out = append(out, a)
		}
	}
	return out
}

// htmlImages puts the alt text of HTML images where glamour would show
// nothing: a block of them becomes a paragraph "Image: ALT" each, as
// glamour shows a Markdown image; one inside text becomes its alt text.
// A <br> inside text keeps the words on either side apart.
// New text is appended to src, which is returned.
func htmlImages(doc ast.Node, src []byte) []byte {
	var blocks, inline []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			switch n.(type) {
			case *ast.HTMLBlock:
				blocks = append(blocks, n)
			case *ast.RawHTML:
				inline = append(inline, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range blocks {
		var raw []byte
		lines := n.Lines()
		for i := range lines.Len() {
			seg := lines.At(i)
			raw = append(raw, seg.Value(src)...)
		}
		for _, a := range alts(raw) {
			p := ast.NewParagraph()
			p.AppendChild(p, newText(&src, "Image: "+a))
			n.Parent().InsertBefore(n.Parent(), n, p)
		}
	}
	for _, n := range inline {
		var raw []byte
		segs := n.(*ast.RawHTML).Segments
		for i := range segs.Len() {
			seg := segs.At(i)
			raw = append(raw, seg.Value(src)...)
		}
		switch a := alts(raw); {
		case len(a) > 0:
			n.Parent().ReplaceChild(n.Parent(), n, newText(&src, strings.Join(a, " ")))
		case lineBreak().Match(bytes.TrimSpace(raw)):
			// glamour draws no line break inside a paragraph, and would
			// join the words on either side.
			n.Parent().ReplaceChild(n.Parent(), n, newText(&src, " "))
		}
	}
	return src
}

// reflow rewrites the tree so that glamour lays text out well: a soft
// line break becomes a space (glamour keeps it as a line break inside list
// items, so "such\nas" stays ragged however wide the terminal); hyphens,
// in text, code, link targets and autolinks, become nbHyphen; and a link shows its
// target as written rather than resolved against a base URL ("CHANGELOG
// /CHANGELOG.md"). A web address is kept whole where it can be (see
// addressKept). New text is appended to src, which is returned. List
// items are laid out after it (see hangItems).
func reflow(doc ast.Node, src []byte, keep bool) []byte {
	// kept reports whether address s, shown by n, is kept whole: a very
	// long one would take glamour's wrapper seconds as one word.
	kept := func(n ast.Node, s string) bool { return keep && len(s) <= maxTarget && addressKept(n) }
	src = htmlImages(doc, src)
	var softs []*ast.Text
	var links []ast.Node
	var hyphened []*ast.Text
	var autolinks []*ast.AutoLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			if n.SoftLineBreak() {
				softs = append(softs, n)
			}
			if bytes.IndexByte(n.Segment.Value(src), '-') >= 0 {
				hyphened = append(hyphened, n)
			}
		case *ast.Link, *ast.Image:
			links = append(links, n)
		case *ast.AutoLink:
			autolinks = append(autolinks, n)
		}
		return ast.WalkContinue, nil
	})
	for _, t := range hyphened {
		t.Segment = newText(&src, strings.ReplaceAll(string(t.Segment.Value(src)), "-", nbHyphen)).Segment
	}
	for _, a := range autolinks {
		label := string(a.Label(src))
		if kept(a, label) {
			label = keepAddress.Replace(label)
		} else {
			label = strings.ReplaceAll(label, "-", nbHyphen)
		}
		if _, err := url.Parse(string(a.URL(src))); err != nil {
			// Glamour draws nothing for an address that does not parse
			// ("%%" in it): it stays as text.
			a.Parent().ReplaceChild(a.Parent(), a, newText(&src, label))
			continue
		}
		if a.AutoLinkType == ast.AutoLinkEmail {
			// Glamour would show the address, then "mailto:" and the
			// address again: an anchor shows only its text.
			link := ast.NewLink()
			link.Destination = []byte("#")
			link.AppendChild(link, newText(&src, label))
			a.Parent().ReplaceChild(a.Parent(), a, link)
			continue
		}
		relabelled := ast.NewAutoLink(a.AutoLinkType, newText(&src, label))
		relabelled.Protocol = a.Protocol // "http://" before "www."
		a.Parent().ReplaceChild(a.Parent(), a, relabelled)
	}
	for _, t := range softs {
		t.SetSoftLineBreak(false)
		t.Parent().InsertAfter(t.Parent(), t, newText(&src, " "))
	}
	for _, n := range links {
		var dest *[]byte
		switch n := n.(type) {
		case *ast.Link:
			dest = &n.Destination
		case *ast.Image:
			dest = &n.Destination
		}
		// The text as written: its hyphens are nbHyphen by now.
		text := strings.ReplaceAll(linkText(n, src), nbHyphen, "-")
		target, ok := linkTarget(text, string(*dest))
		target = shortTarget(target)
		if ok && isAbsolute(target) {
			// Glamour shows it after the text, wrapped as text is.
			if kept(n, target) {
				*dest = []byte(keepAddress.Replace(target))
			} else {
				*dest = []byte(strings.ReplaceAll(target, "-", nbHyphen))
			}
			continue
		}
		if text == string(*dest) && isAbsolute(text) && kept(n, text) {
			// The text is the address: it is kept whole as one shown
			// after a text would be.
			for n.FirstChild() != nil {
				n.RemoveChild(n, n.FirstChild())
			}
			n.AppendChild(n, newText(&src, keepAddress.Replace(text)))
		}
		*dest = nil
		if _, isLink := n.(*ast.Link); isLink {
			*dest = []byte("#") // glamour shows only the text of an anchor
		}
		if ok {
			n.Parent().InsertAfter(n.Parent(), n, newText(&src, " ("+target+")"))
		}
	}
	return src
}

// addressKept reports whether a web address shown by node n is kept
// whole (see keepAddress): in the document's own text, where glamour puts
// one longer than a line on a line of its own, but not in a list, a block
// quote or a table, where such a word would lose its indent or bar (glamour
// breaks it, or hangItems cuts it after a slash, as before).
func addressKept(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.Kind() {
		case ast.KindListItem, ast.KindBlockquote, extast.KindTable:
			return false
		}
	}
	return true
}

// linkTarget returns the target a link should show after its text, and
// whether to show one: the destination as written, unless it is only an
// anchor in the page ("#usage") or says what the text already says.
func linkTarget(text, dest string) (string, bool) {
	if dest == "" || strings.HasPrefix(dest, "#") {
		return "", false
	}
	bare := strings.TrimPrefix(dest, "mailto:")
	if text == dest || text == bare {
		return "", false
	}
	return dest, true
}

// maxTarget is the most of a link target shown: a data: URI runs to tens
// of kilobytes, useless on screen, and glamour's wrapper takes seconds on
// a word that long.
const maxTarget = 200

// shortTarget cuts a link target longer than maxTarget, marking the cut.
func shortTarget(s string) string {
	if len(s) <= maxTarget {
		return s
	}
	cut := maxTarget
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// isAbsolute reports whether a link destination names a scheme
// ("https:", "mailto:").
func isAbsolute(dest string) bool {
	u, err := url.Parse(dest)
	return err == nil && u.IsAbs()
}

// inlineText returns what a reader sees of n's inline content, on one
// line: the text with entities and escapes resolved, code without its
// backticks, and after a link its target where it helps.
func inlineText(n ast.Node, src []byte) string { return readText(n, src, true) }

// linkText is the text of a link or image, without its target.
func linkText(n ast.Node, src []byte) string { return readText(n, src, false) }

// readText is inlineText, with link targets or without.
func readText(n ast.Node, src []byte, targets bool) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c := c.(type) {
		case *ast.CodeSpan:
			if entering {
				for t := c.FirstChild(); t != nil; t = t.NextSibling() {
					if t, ok := t.(*ast.Text); ok {
						b.Write(t.Segment.Value(src))
					}
				}
			}
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			if entering {
				b.Write(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(c.Segment.Value(src)))))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(c.Value)
			}
		case *ast.AutoLink:
			if entering {
				b.Write(c.Label(src))
			}
		case *ast.Link:
			if targets && !entering {
				if target, ok := linkTarget(linkText(c, src), string(c.Destination)); ok {
					b.WriteString(" (" + shortTarget(target) + ")")
				}
			}
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *extast.TaskCheckBox:
			if entering {
				if c.IsChecked {
					b.WriteString("[x] ")
				} else {
					b.WriteString("[ ] ")
				}
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

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
			if start := lastSGR(line[:end]); start >= 0 {
				end = start
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

// lastSGR returns where an SGR sequence (ESC [ digits and semicolons m)
// ending s starts, or -1.
func lastSGR(s string) int {
	i := len(s) - 1
	if i < 0 || s[i] != 'm' {
		return -1
	}
	for i--; i >= 0 && (s[i] >= '0' && s[i] <= '9' || s[i] == ';'); i-- {
	}
	if i < 1 || s[i] != '[' || s[i-1] != '\x1b' {
		return -1
	}
	return i - 1
}

// editSGR replaces every SGR sequence of s with what edit makes of its
// parameters.
func editSGR(s string, edit func(params string) string) string {
	if !strings.Contains(s, "\x1b[") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if n := sgrLen(s[i:]); n > 0 {
			b.WriteString(edit(s[i+2 : i+n-1]))
			i += n - 1
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
