package faq

import (
	"errors"
	"reflect"
	"strings"
	"testing"
)

// brief is what a parse test checks of an entry.
type brief struct {
	ID, Question, Topic string
	Line                int
}

func briefs(d *Document) []brief {
	var out []brief
	for _, e := range d.Entries {
		out = append(out, brief{e.ID, e.Question, e.Topic, e.Line})
	}
	return out
}

// Each case reproduces a shape seen in real FAQ files (see the quirks
// listed in shared/realfaq/SOURCES.md); the fixtures are written here.
func TestParseShapes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []brief
	}{
		{
			name: "title then level-2 entries",
			src:  "# FAQ\n\nIntro.\n\n## How do I start?\n\nRun it.\n\n## Why?\n\nBecause.\n",
			want: []brief{{"how-do-i-start", "How do I start?", "FAQ", 5}, {"why", "Why?", "FAQ", 9}},
		},
		{
			name: "sections group level-3 entries",
			src:  "## General\n\n### What is it?\n\nA tool.\n\n## Usage\n\n### Can I use it?\n\nYes.\n",
			want: []brief{{"what-is-it", "What is it?", "General", 3}, {"can-i-use-it", "Can I use it?", "Usage", 9}},
		},
		{
			name: "front matter title names the topic",
			src:  "---\ntitle: \"Tool FAQ\"\nweight: 3\n---\n\nIntro paragraph.\n\n### Is it fast?\n\nYes.\n",
			want: []brief{{"is-it-fast", "Is it fast?", "Tool FAQ", 8}},
		},
		{
			name: "TOML front matter",
			src:  "+++\ntitle = \"Tool FAQ\"\n+++\n## Is it free?\n\nYes.\n",
			want: []brief{{"is-it-free", "Is it free?", "Tool FAQ", 4}},
		},
		{
			name: "hash lines in fences are not headings",
			src:  "# FAQ\n\n## How do I hash?\n\n```bash\n# bcrypt(password)=x\necho hi\n```\n\n    # indented code\n\n## Next?\n\nOk.\n",
			want: []brief{{"how-do-i-hash", "How do I hash?", "FAQ", 3}, {"next", "Next?", "FAQ", 12}},
		},
		{
			name: "sub-headings belong to the answer above",
			src:  "# FAQ\n\n## How do I fix `field not declared`?\n\nUpgrade.\n\n### How do I fix the issue?\n\nLike this.\n\n#### Details\n\nMore.\n\n#### How do I fix the issue?\n\nAgain.\n\n## Other?\n\nYes.\n",
			want: []brief{{"how-do-i-fix-field-not-declared", "How do I fix `field not declared`?", "FAQ", 3}, {"other", "Other?", "FAQ", 19}},
		},
		{
			// Prometheus nests "Is this cloud native?" under another question.
			name: "a follow-up question below an entry is an entry",
			src:  "---\ntitle: FAQ\n---\n## General\n\n### What dependencies does it have?\n\nNone.\n\n#### Is this cloud native?\n\nYes.\n\n#### Notes\n\nMore.\n\n### Other?\n\nYes.\n",
			want: []brief{
				{"what-dependencies-does-it-have", "What dependencies does it have?", "General", 6},
				{"is-this-cloud-native", "Is this cloud native?", "General", 10},
				{"other", "Other?", "General", 18},
			},
		},
		{
			// Argo CD's "How do I work around the issue?" follows "How do I
			// fix `field not declared in schema`?".
			name: "a follow-up that only points back is part of the answer",
			src:  "# FAQ\n\n## How do I fix `field not declared`?\n\nUpgrade.\n\n### How do I work around the issue?\n\nAvoid it.\n\n### Why does this happen?\n\nOld schema.\n\n### Can I avoid it?\n\nNo.\n\n### Is this error fatal for syncs?\n\nNo.\n\n## Other?\n\nYes.\n",
			want: []brief{
				{"how-do-i-fix-field-not-declared", "How do I fix `field not declared`?", "FAQ", 3},
				{"is-this-error-fatal-for-syncs", "Is this error fatal for syncs?", "FAQ", 19},
				{"other", "Other?", "FAQ", 23},
			},
		},
		{
			name: "explicit ids: curly and kramdown",
			src:  "# Title {#top}\n\n## Who maintains it? {#who}\n\nUs.\n\n## What's going on? {: #source-actions }\n\nThings.\n",
			want: []brief{{"who", "Who maintains it?", "Title", 3}, {"source-actions", "What's going on?", "Title", 7}},
		},
		{
			name: "markup in headings becomes plain text",
			src:  "# FAQ\n\n## <a name=\"x\"></a>Why is `SealedSecret` *stuck*?\n\nA.\n\n## How does it compare to [isort](https://pypi.org/)?\n\nB.\n\n## Why \\*BSD &amp; co?\n\nC.\n",
			want: []brief{
				{"why-is-sealedsecret-stuck", "Why is `SealedSecret` stuck?", "FAQ", 3},
				{"how-does-it-compare-to-isort", "How does it compare to isort?", "FAQ", 7},
				{"why-bsd-co", "Why *BSD & co?", "FAQ", 11},
			},
		},
		{
			// ripgrep's FAQ.md writes every question as an HTML heading.
			name: "HTML heading elements",
			src:  "## FAQ\n\n* [Does it?](#config)\n\n<h3 name=\"config\">\nDoes it support config files?\n</h3>\n\nYes.\n\n<H3 id='fast'>How do I make the <code>-f</code> flag faster?</H3>\nUse a bigger cache.\n\n<h3>Why &amp; how?</h3>\n\nBecause.\n",
			want: []brief{
				{"config", "Does it support config files?", "FAQ", 5},
				{"fast", "How do I make the `-f` flag faster?", "FAQ", 11},
				{"why-how", "Why & how?", "FAQ", 14},
			},
		},
		{
			name: "other HTML is answer",
			src:  "# FAQ\n\n## Is it HTML?\n\n<h3>Mismatched</h4>\n\n<div><h3>Inside</h3></div>\n\n<h3>Then text</h3> on the line\n",
			want: []brief{{"is-it-html", "Is it HTML?", "FAQ", 3}},
		},
		{
			name: "statements are entries too",
			src:  "# FAQ\n\n### Rclone gives x509 error\n\nInstall certs.\n\n### tcp lookup no such host\n\nFix DNS.\n",
			want: []brief{{"rclone-gives-x509-error", "Rclone gives x509 error", "FAQ", 3}, {"tcp-lookup-no-such-host", "tcp lookup no such host", "FAQ", 7}},
		},
		{
			name: "commented-out headings are ignored",
			src:  "# FAQ\n\n## Is it fast?\n\nYes.\n\n<!-- ## TODO How does it compare to React? -->\n",
			want: []brief{{"is-it-fast", "Is it fast?", "FAQ", 3}},
		},
		{
			name: "a byte order mark before the first heading",
			src:  "\uFEFF## Q one?\n\nAnswer one.\n\n## Q two?\n\nAnswer two.\n",
			want: []brief{{"q-one", "Q one?", "test", 1}, {"q-two", "Q two?", "test", 5}},
		},
		{
			name: "a byte order mark before front matter",
			src:  "\uFEFF---\ntitle: Tool FAQ\n---\n## Is it free?\n\nYes.\n",
			want: []brief{{"is-it-free", "Is it free?", "Tool FAQ", 4}},
		},
		{
			name: "CRLF line endings",
			src:  "# T\r\n\r\n## Q one?\r\n\r\nAnswer.\r\n\r\n## Q two?\r\n\r\nTwo.\r\n",
			want: []brief{{"q-one", "Q one?", "T", 3}, {"q-two", "Q two?", "T", 7}},
		},
		{
			name: "an id the author wrote wins over a slug",
			src:  "## Beta\n\nB.\n\n## Alpha? {#beta}\n\nA.\n\n## Same\n\nx\n\n## Same\n\ny\n\n## Slug {#same-1}\n\nz\n",
			want: []brief{{"beta-1", "Beta", "test", 1}, {"beta", "Alpha?", "test", 5}, {"same", "Same", "test", 9}, {"same-2", "Same", "test", 13}, {"same-1", "Slug", "test", 17}},
		},
		{
			name: "setext headings",
			src:  "FAQ\n===\n\nWhat is it?\n-----------\n\nA thing.\n",
			want: []brief{{"what-is-it", "What is it?", "FAQ", 4}},
		},
		{
			// Found by FuzzLeanParse: the lines of a multi-line heading
			// were joined with a second newline, splitting its text.
			name: "setext heading over two lines",
			src:  "# FAQ\n\nWhy is\n*this* so?\n----------\n\nBecause.\n",
			want: []brief{{"why-is-this-so", "Why is this so?", "FAQ", 3}},
		},
		{
			name: "repeated headings get suffixes",
			src:  "# FAQ\n\n## Why?\n\nA.\n\n## Why?\n\nB.\n\n## Why?\n\nC.\n",
			want: []brief{{"why", "Why?", "FAQ", 3}, {"why-1", "Why?", "FAQ", 7}, {"why-2", "Why?", "FAQ", 11}},
		},
		{
			name: "no heading without content",
			src:  "# FAQ\n\n## Empty?\n\n## Full?\n\nYes.\n",
			want: []brief{{"full", "Full?", "FAQ", 5}},
		},
		{
			name: "CRLF line endings",
			src:  "# FAQ\r\n\r\n## Is it CRLF?\r\n\r\nYes.\r\n\r\n## Next?\r\n\r\nOk.\r\n",
			want: []brief{{"is-it-crlf", "Is it CRLF?", "FAQ", 3}, {"next", "Next?", "FAQ", 7}},
		},
		{
			// Found by FuzzParse: goldmark reads "#\r0" as an ATX heading
			// (the CR as a space); the parser took it for setext and
			// panicked. Neither heading has both text and an answer.
			name: "a carriage return after the #",
			src:  "#\r0\n#\n0",
			want: nil,
		},
		{
			name: "a carriage return after the # of an entry",
			src:  "# FAQ\n\n##\rWhy?\n\nBecause.\n",
			want: []brief{{"why", "Why?", "FAQ", 3}},
		},
		{
			name: "curly quotes and space before question mark",
			src:  "# FAQ\n\n## Why don’t apps find it ?\n\nPATH.\n",
			want: []brief{{"why-dont-apps-find-it", "Why don’t apps find it ?", "FAQ", 3}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("test.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := briefs(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries:\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseAnswer(t *testing.T) {
	src := `---
title: T
disclaimer: Not advice.
synonyms:
  - pt, physical therapy
---
# T

## How does PT help? {#pt}

<!-- also asked as:
- Is physio useful?
- What does a physical therapist do?
-->

Also asked as: Does rehab work?; Should I see a physio?

It helps.

!!! note
    Attend every session.

### Details

Exercises.

Sources: MedlinePlus; "Sciatica"
`
	d, err := Parse("pt.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 1 {
		t.Fatalf("got %d entries, want 1", len(d.Entries))
	}
	e := d.Entries[0]
	wantAliases := []string{"Is physio useful?", "What does a physical therapist do?", "Does rehab work?", "Should I see a physio?", "Details"}
	if !reflect.DeepEqual(e.Aliases, wantAliases) {
		t.Errorf("aliases = %q, want %q", e.Aliases, wantAliases)
	}
	wantAnswer := "It helps.\n\n!!! note\n    Attend every session.\n\n### Details\n\nExercises."
	if e.Answer != wantAnswer {
		t.Errorf("answer = %q, want %q", e.Answer, wantAnswer)
	}
	if got, want := e.Sources, []string{"MedlinePlus", `"Sciatica"`}; !reflect.DeepEqual(got, want) {
		t.Errorf("sources = %q, want %q", got, want)
	}
	if e.Disclaimer != "Not advice." {
		t.Errorf("disclaimer = %q", e.Disclaimer)
	}
	if want := [][]string{{"pt", "physical therapy"}}; !reflect.DeepEqual(d.Synonyms, want) {
		t.Errorf("synonyms = %q, want %q", d.Synonyms, want)
	}
}

// The lines of an HTML block after its heading element are answer.
func TestParseHTMLHeadingAnswer(t *testing.T) {
	d, err := Parse("rg.md", []byte("<h3 name=\"fast\">Faster?</h3>\nUse a bigger <b>cache</b>.\n\n    rg --dfa-size-limit 1G\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Entries) != 1 || d.Entries[0].Answer != "Use a bigger <b>cache</b>.\n\n    rg --dfa-size-limit 1G" {
		t.Errorf("entries = %+v", d.Entries)
	}
}

// TestParseBadFrontMatter: YAML front matter that does not parse is an
// error at its line, not a problem to read past: its urgent notes,
// disclaimer and synonyms would be lost without a word.
func TestParseBadFrontMatter(t *testing.T) {
	tests := []struct {
		src  string
		line int
		want string
	}{
		{"---\ntitle: [\n---\n## Q?\n\nA.\n", 2, "front matter is not valid YAML: did not find expected node content"},
		{"---\ntitle: T\nsynonyms:\n  - pt, physio: therapy\n---\n## Q?\n\nA.\n", 4, "front matter is not valid YAML: cannot unmarshal !!map into string"},
	}
	for _, tt := range tests {
		_, err := Parse("p.md", []byte(tt.src))
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Line != tt.line || pe.Msg != tt.want || strings.Contains(err.Error(), "\n") {
			t.Errorf("%q: error %v, want line %d: %s", tt.src, err, tt.line, tt.want)
		}
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"unterminated front matter", "---\ntitle: x\n\n## Q?\n\nA.\n", "unterminated front matter"},
		{"TOML front matter with keys only YAML gives", "+++\ntitle = \"T\"\n[urgent]\nnote = \"now\"\n+++\n## Q?\n\nA.\n", `faq reads only its title, not "urgent"`},
		{"empty answer", "# T\n\n## Q?\n\n## R?\n\nA.\n", `"Q?" has no answer`},
		{"duplicate id", "# T\n\n## A? {#x}\n\nA.\n\n## B? {#x}\n\nB.\n", `duplicate id "x"`},
		{"no entries", "just text\n", "no FAQ entries found"},
		{"synonym of stop words", "---\nsynonyms:\n  - guide, how to\n---\n## Q?\n\nA.\n", `synonym "how to" has only stop words`},
		{"synonym group of one", "---\nsynonyms:\n  - guide\n---\n## Q?\n\nA.\n", `synonym group "guide" needs two or more members`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("p.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var msgs []string
			for _, p := range d.Problems {
				msgs = append(msgs, p.Message)
			}
			if !strings.Contains(strings.Join(msgs, "\n"), tt.want) {
				t.Errorf("problems %q do not mention %q", msgs, tt.want)
			}
		})
	}
}

func TestParseRejectsNonText(t *testing.T) {
	for name, src := range map[string]string{
		"NUL byte":     "# T\n\n## Q?\n\nA\x00B\n",
		"invalid UTF8": "# T\n\n## Q?\n\nA\xffB\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Parse("bad.md", []byte(src))
			if err == nil || !strings.HasPrefix(err.Error(), "bad.md:5: ") {
				t.Errorf("err = %v, want bad.md:5: ...", err)
			}
		})
	}
}

func TestPointsBack(t *testing.T) {
	for q, want := range map[string]bool{
		"How do I work around the issue?": true,
		"Why does this happen?":           true,
		"Can I avoid it?":                 true,
		"How do I fix this problem？":      true,
		"How do I uninstall it?":          false,
		"Where do I report the bugs?":     false,
		"Is this cloud native?":           false,
		"What causes this error in CI?":   false,
	} {
		if got := pointsBack(q); got != want {
			t.Errorf("pointsBack(%q) = %v, want %v", q, got, want)
		}
	}
}

func TestSlug(t *testing.T) {
	tests := map[string]string{
		"What does \"keg-only\" mean?":       "what-does-keg-only-mean",
		"Why is `/opt/homebrew` the prefix?": "why-is-opthomebrew-the-prefix",
		"Ruff tried to fix something — but":  "ruff-tried-to-fix-something-but",
		"???":                                "entry",
		"Was ist Überprüfung?":               "was-ist-überprüfung",
		"snake_case and CamelCase":           "snake_case-and-camelcase",
		"Why isn't Dart more like Haskell / Smalltalk / Python / Scala / other language?": "why-isnt-dart-more-like-haskell-smalltalk-python-scala-other",
		"-- leading and trailing --":       "leading-and-trailing",
		strings.Repeat("x", 70):            strings.Repeat("x", 64),
		strings.Repeat("é", 40):            strings.Repeat("é", 32),
		"⁉️ Frequently Asked Questions":    "frequently-asked-questions",
		"क्या यह मुफ़्त है?":               "क्या-यह-मुफ़्त-है",
		"Was ist U\u0308berpru\u0308fung?": "was-ist-u\u0308berpru\u0308fung",
		"Café ☕\ufe0f menu":                "café-menu",
	}
	for in, want := range tests {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestParseCRLF: a file with Windows line endings gives the answers and
// sources a Unix one does.
func TestParseCRLF(t *testing.T) {
	unix := "## Q one?\n\nAnswer.\n\nSources: NHS; NICE\n"
	a, err := Parse("u.md", []byte(unix))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Parse("w.md", []byte(strings.ReplaceAll(unix, "\n", "\r\n")))
	if err != nil {
		t.Fatal(err)
	}
	if a.Entries[0].Answer != b.Entries[0].Answer || !reflect.DeepEqual(a.Entries[0].Sources, b.Entries[0].Sources) {
		t.Errorf("CRLF: %q %q, want %q %q", b.Entries[0].Answer, b.Entries[0].Sources, a.Entries[0].Answer, a.Entries[0].Sources)
	}
}

// TestAnswerStartingWithCode: an answer that starts with an indented code
// block keeps the indentation that makes it code.
func TestAnswerStartingWithCode(t *testing.T) {
	for _, src := range []string{
		"## How to run it?\n\n    $ run --fast\n    $ run --slow\n\nThen wait.\n",
		"## How to run it?\n\n\t$ run --fast\n\t$ run --slow\n\nThen wait.\n\nSources: the manual\n",
	} {
		d, err := Parse("p.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if a := d.Entries[0].Answer; !strings.HasPrefix(a, "    $ run --fast") && !strings.HasPrefix(a, "\t$ run --fast") {
			t.Errorf("answer %q lost its code indentation", a)
		}
	}
}
