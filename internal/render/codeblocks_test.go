package render

import (
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	xansi "github.com/charmbracelet/x/ansi"
)

// TestCodeLinesStayWhole: a code line wider than the terminal is drawn
// whole, after its indent, wherever the block is (a list item, a block
// quote, an indented block); the terminal folds it, so what a reader
// copies runs. Text around the block still wraps, and a block that fits
// is drawn as glamour draws it.
func TestCodeLinesStayWhole(t *testing.T) {
	long := "kubectl patch app NAME -p '{\"metadata\": {\"finalizers\": null}}' --type merge"
	tests := []struct {
		name, md, want string
	}{
		{"fenced", "Run:\n\n```sh\n" + long + "\n```\n", "    " + long},
		{"indented", "Run:\n\n    " + long + "\n", "    " + long},
		{"in a list item", "1. Run:\n\n   ```\n   " + long + "\n   ```\n", "    " + long},
		{"in a block quote", "> Run:\n>\n> ```\n> " + long + "\n> ```\n", "  │   " + long},
		{"a stand-in's word in the text", "Not faqcodeblocka.\n\n```\n" + long + "\n```\n", "    " + long},
		{"a stand-in's word as an entity", "Not faq&#99;odeblocka.\n\n```\n" + long + "\n```\n", "    " + long},
		{"wide characters", "```\n# " + strings.Repeat("安装软件", 12) + "\n```\n", "    # " + strings.Repeat("安装软件", 12)},
		{"its own indent kept", "```\nif x {\n        " + long + "\n}\n```\n", "            " + long},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := darkPlain(t, tt.md+"\nA paragraph after the code, long enough to wrap at forty columns.\n", 40)
			lines := strings.Split(out, "\n")
			found := false
			for _, line := range lines {
				if strings.TrimRight(line, " ") == tt.want {
					found = true
				} else if Width(line) > 40 {
					t.Errorf("a line that is not code is wider than 40: %q", line)
				}
			}
			if !found {
				t.Errorf("no line %q in:\n%s", tt.want, out)
			}
			if strings.Count(out, "faqcodeblock") != strings.Count(html.UnescapeString(tt.md), "faqcodeblock") {
				t.Errorf("a stand-in is left:\n%s", out)
			}
		})
	}
}

// TestCodeInAnyLanguage: a block in a language whose lexer colours any
// word in pieces (sed) is drawn, in colour too.
func TestCodeInAnyLanguage(t *testing.T) {
	for _, lang := range []string{"sed", "go", "hexdump", ""} {
		out, err := Markdown("Run:\n\n```"+lang+"\ns/old-host/new-host/g\n```\n", Options{Style: "dark", Width: 60, Colors: ANSI256})
		if err != nil {
			t.Fatal(err)
		}
		if plain := xansi.Strip(out); !strings.Contains(plain, "s/old-host/new-host/g") || strings.Contains(plain, "faqcodeblock") {
			t.Errorf("%s: the code is lost:\n%s", lang, plain)
		}
	}
}

// FuzzCodeBlocks: whatever Markdown holds code or addresses, drawn in
// any colours, no stand-in is left behind (colour codes could split one)
// and nothing panics.
func FuzzCodeBlocks(f *testing.F) {
	f.Add("Run:\n\n```sh\nkubectl patch app NAME --type merge\n```\n", 20, uint8(0))
	f.Add("First:\n\n    brew update\n\nOr:\n\n    brew upgrade <formula>", 30, uint8(1))
	f.Add("1. Step:\n\n   ```\n   code\n   ```\n> ```\n> quoted\n> ```\n", 40, uint8(2))
	f.Add("faqcodeblocka\n\n```\nx\n```\n", 10, uint8(0))
	f.Add("Run:\n\n```sed\ns/old-host/new-host/g\n```\n", 60, uint8(1))
	f.Add("See https://example.org/a-b.c,d;e+f and [x](http://a.b/c|d) or <www.a-b.org>.\n\n- https://x.org/\ufdd0", 15, uint8(1))
	f.Add("[https://a-b.org/x](https://a-b.org/x), ![https://i.org/p.png](https://i.org/p.png), https://x.org/%% and &#xfdd1; <a@b-c.org>", 12, uint8(2))
	colors := []Colors{Plain, ANSI256, TrueColor}
	f.Fuzz(func(t *testing.T, md string, width int, c uint8) {
		if width < 10 || width > 200 || !utf8.ValidString(md) || len(md) > 2000 || strings.ContainsFunc(md, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			t.Skip()
		}
		out, err := Markdown(md, Options{Style: "dark", Width: width, Colors: colors[int(c)%len(colors)]})
		if err != nil {
			t.Fatal(err)
		}
		if strings.Count(xansi.Strip(out), "faqcodeblock") > strings.Count(md, "faqcodeblock") {
			t.Fatalf("a stand-in is left: %q -> %q", md, out)
		}
		if strings.ContainsAny(out, standIns) {
			t.Fatalf("an address's stand-in is left: %q -> %q", md, out)
		}
	})
}

// TestAddressesStayWhole: a web address longer than a line is not broken
// in the document's text, where it stands or after a link's text, but
// gets a line of its own; in a list it is cut after a slash as before,
// keeping the indent. The text's own noncharacters are not read as
// stand-ins, and an e-mail address is not followed by its mailto: form.
func TestAddressesStayWhole(t *testing.T) {
	long := "https://github.com/argoproj/argo-cd/blob/master/docs/operator-manual/declarative-setup.md#repositories"
	short := "https://example.org/a-b.c,d;e+f"
	tests := []struct {
		name, md string
		want     []string // lines, trimmed
	}{
		{"bare, longer than a line", "See " + long + " for details.", []string{"See", long, "for details."}},
		{"autolink", "See <" + long + ">.", []string{"See", long + "."}},
		{"after a link's text", "See [the guide](" + long + ").", []string{"See the guide", long + "."}},
		{"in a list item, cut after a slash", "- See " + long, []string{"• See", "https://github.com/argoproj/", "argo-cd/blob/master/docs/", "operator-manual/", "declarative-setup.md#repositories"}},
		{"with , ; and +", "See " + short + strings.Repeat("/x", 12) + " now.", []string{"See", short + strings.Repeat("/x", 12), "now."}},
		{"a link whose text is its address", "See [" + long + "](" + long + ") now.", []string{"See", long, "now."}},
		{"a link whose text is its address, with a hyphen, shows it once", "See [https://a-b.org/x](https://a-b.org/x) now.", []string{"See https://a-b.org/x now."}},
		{"an address that does not parse stays as text", "See https://example.org/a%%b now.", []string{"See https://example.org/a%%b now."}},
		{"an e-mail address shows once", "Write to <a-b@example.org> or c@d.org.", []string{"Write to a-b@example.org or c@d.org."}},
		{"a www address keeps its scheme", "Use www.example-site.com today.", []string{"Use http://www.example-site.com", "today."}},
		{"noncharacters of the text's own, as entities", "Odd &#xFDD0; and &#64979; at example.org.", []string{"Odd \ufffd and \ufffd at example.org."}},
		{"noncharacters of the text's own", "Odd \ufdd0 text at example.org.", []string{"Odd \ufffd text at example.org."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := darkPlain(t, tt.md, 40)
			var got []string
			for _, line := range strings.Split(out, "\n") {
				if line = strings.TrimSpace(line); line != "" {
					got = append(got, line)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got lines\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestAddressesBrokenForPreview: with BreakAddresses (the finder's pane,
// which cuts lines at its edge) an address longer than a line is broken
// to fit, as glamour breaks it.
func TestAddressesBrokenForPreview(t *testing.T) {
	long := "https://github.com/argoproj/argo-cd/blob/master/docs/operator-manual/declarative-setup.md#repositories"
	out, err := Markdown("See "+long+" now.", Options{Style: "dark", Width: 40, Colors: Plain, BreakAddresses: true})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, long) {
		t.Errorf("the address is whole:\n%s", out)
	}
	if strings.ReplaceAll(strings.Join(strings.Fields(out), ""), " ", "") != "See"+long+"now." {
		t.Errorf("text changed:\n%s", out)
	}
}
