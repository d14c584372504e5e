package faq

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Each case is a shape real FAQs write their questions in (see the
// project's notes on real FAQ files); the fixtures are written here.
func TestParseQuestionShapes(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []brief
	}{
		{
			name: "bold questions marked Q: with quoted A: answers",
			src:  "---\ntitle: FAQ\n---\n\n### General\n\n**Q: The job stopped.**\n\n> A: Restart it.\n\n**Q: exitcode: -9**\n\n> A: Out of memory.\n\n> More.\n\n### Templates\n\n**Q: `Empty template`**\n\n> A: Set one.\n",
			want: []brief{
				{"the-job-stopped", "The job stopped.", "General", 7},
				{"exitcode-9", "exitcode: -9", "General", 11},
				{"empty-template", "`Empty template`", "Templates", 19},
			},
		},
		{
			name: "a Q marker in bold, rules between entries, a style block",
			src:  "<style>\n.q { color: red }\n</style>\n\n# Help\n\n## Jobs\n\n**Q**. _Why is my job queued?_\n\n**A**. The queue is full.\n\n<hr>\n\n**Q.** Is data backed up?\n\n**A.** No.\n",
			want: []brief{
				{"why-is-my-job-queued", "Why is my job queued?", "Jobs", 9},
				{"is-data-backed-up", "Is data backed up?", "Jobs", 15},
			},
		},
		{
			// A wiki FAQ: every item a bold line, its answer below.
			name: "a list of bold lines, two of them questions",
			src:  "# FAQ\n\n* **How do I log in?**\nUse admin.\n\n* **Screen OLED inverted**\nFlip it.\n\n* **MQTT failed, rc=-2**\nCheck the password.\n\n* **Why no packets?**\nWait.\n\n- **Fast**: yes.\n- **Small?** Yes.\n- **Free?** Yes.\n- Cheap.\n- **Open**: yes.\n",
			want: []brief{
				{"how-do-i-log-in", "How do I log in?", "FAQ", 3},
				{"screen-oled-inverted", "Screen OLED inverted", "FAQ", 6},
				{"mqtt-failed-rc-2", "MQTT failed, rc=-2", "FAQ", 9},
				{"why-no-packets", "Why no packets?", "FAQ", 12},
				{"small", "Small?", "FAQ", 16},
				{"free", "Free?", "FAQ", 17},
			},
		},
		{
			// Steps of an answer, not questions, though two are worded so.
			name: "a list of bold lines answering the question above",
			src:  "## How do I configure it?\n\n1. **Open the config file**\n   It is here.\n2. **Need TLS?**\n   Add a cert.\n3. **Behind a proxy?**\n   Set it.\n4. **Restart**\n   Now.\n\n## Is it free?\n\nYes.\n",
			want: []brief{{"how-do-i-configure-it", "How do I configure it?", "test", 1}, {"is-it-free", "Is it free?", "test", 12}},
		},
		{
			// В. is an initial or a list letter; Ukrainian В: is an answer.
			name: "Cyrillic letters that are no question markers",
			src:  "## Команда\n\n**В. Петров** — редактор.\n\n## Как установить?\n\nТак.\n\n### В. Через Docker\n\nИли так.\n\n## Питання\n\nП: Як встановити?\n\nВ: Запустіть інсталятор.\n\n**В** 2020 году.\n\n**问题**\n",
			want: []brief{
				{"команда", "Команда", "test", 1},
				{"как-установить", "Как установить?", "test", 5},
				{"питання", "Питання", "test", 13},
			},
		},
		{
			name: "Q and A markers in Russian and Chinese",
			src:  "## Вопросы\n\n**В:** Как настроить?  \n**О:** Так.\n\n**问：如何安装？**\n答：运行安装程序。\n",
			want: []brief{
				{"как-настроить", "Как настроить?", "Вопросы", 3},
				{"如何安装", "如何安装？", "Вопросы", 6},
			},
		},
		{
			name: "bold questions without a marker",
			src:  "# FAQ\n\n**How do I start?**\nRun it.\n\n**Is it free**? Yes.\n\n**Note:** this is no question.\n",
			want: []brief{
				{"how-do-i-start", "How do I start?", "FAQ", 3},
				{"is-it-free", "Is it free?", "FAQ", 6},
			},
		},
		{
			name: "Q:/A: lines",
			src:  "Q: Can it run on Windows?\nA: Yes.\n\nQ: Why does it stop\nwhen I log out?\n\nA: Use a service.\n",
			want: []brief{
				{"can-it-run-on-windows", "Can it run on Windows?", "test", 1},
				{"why-does-it-stop-when-i-log-out", "Why does it stop when I log out?", "test", 4},
			},
		},
		{
			name: "details blocks under sections",
			src:  "# FAQ\n\n## General\n\n<details>\n  <summary id=\"diff\">What is the <code>-x</code> flag?</summary><p>\n\n  It makes it fast.\n</p></details>\n\n<details><summary>Linker errors.</summary>\nRebuild.\n</details>\n",
			want: []brief{
				{"diff", "What is the `-x` flag?", "General", 5},
				{"linker-errors", "Linker errors.", "General", 11},
			},
		},
		{
			// distilabel's FAQ is a page of ??? faq blocks.
			name: "MkDocs admonitions of the question type or worded as questions",
			src:  "# FAQ\n\n??? faq \"How do I rename a column?\"\n    Use a mapping.\n\n???+ question \"Prevent overloads\"\n    Lower the batch size.\n\n    ```python\n    # a comment\n    ```\n\n!!! help inline end \"Is it free?\"\n    Yes.\n\n??? note \"Details\"\n    Part of the answer above.\n",
			want: []brief{
				{"how-do-i-rename-a-column", "How do I rename a column?", "FAQ", 3},
				{"prevent-overloads", "Prevent overloads", "FAQ", 6},
				{"is-it-free", "Is it free?", "FAQ", 13},
			},
		},
		{
			// strings.ToLower makes "ẞ" a byte shorter: offsets found in
			// the lowered text once ran past the block.
			name: "letters that change length when lowered, before a summary",
			src:  "<details>" + strings.Repeat("ẞİ", 200) + "<summary>Q?</summary>\nA.\n</details>\n\n<details><summary>R?</summary>\nB.İ</details>\n",
			want: []brief{{"q", "Q?", "test", 1}, {"r", "R?", "test", 5}},
		},
		{
			name: "details closed at the end of a list item",
			src:  "# FAQ\n\n<details><summary>It does not connect</summary>\n  \n- Check the port\n- Same version.</details>\n\n<details><summary>How do I use a cable?</summary>\n\nPlug it in.\n</details>\n",
			want: []brief{
				{"it-does-not-connect", "It does not connect", "FAQ", 3},
				{"how-do-i-use-a-cable", "How do I use a cable?", "FAQ", 8},
			},
		},
		{
			name: "numbered question headings",
			src:  "# FAQ\n\n### 1. How do I install it?\n\nWith the installer.\n\n### 2) It crashes on start\n\nUpdate.\n",
			want: []brief{
				{"1-how-do-i-install-it", "1. How do I install it?", "FAQ", 3},
				{"2-it-crashes-on-start", "2) It crashes on start", "FAQ", 7},
			},
		},
		{
			name: "numbered bold questions",
			src:  "# Tool\n\nIntro.\n\n## FAQ\n\n1. **How do I unban a user?**\n\nRun unban.\n\n2. **How do I demote a mod?**\n\n   Run demote.\n   Then restart.\n\n## Usage\n\n- **Short?** Yes.\n- **Long?** No.\n- **A statement.** Still an entry.\n",
			want: []brief{
				{"how-do-i-unban-a-user", "How do I unban a user?", "FAQ", 7},
				{"how-do-i-demote-a-mod", "How do I demote a mod?", "FAQ", 11},
				{"short", "Short?", "Usage", 18},
				{"long", "Long?", "Usage", 19},
				{"a-statement", "A statement.", "Usage", 20},
			},
		},
		{
			name: "a lone list item question, its answer after the list",
			src:  "# FAQ\n\n* How can I add a question?\n\nOpen a pull request.\n\n* Who answers?\n\nThe maintainers.\n",
			want: []brief{
				{"how-can-i-add-a-question", "How can I add a question?", "FAQ", 3},
				{"who-answers", "Who answers?", "FAQ", 7},
			},
		},
		{
			name: "a definition list",
			src:  "# FAQ\n\nIs it free?\n: Yes, under the MIT licence.\n\nDoes it run offline?\n: It does.\n  Always.\n",
			want: []brief{
				{"is-it-free", "Is it free?", "FAQ", 3},
				{"does-it-run-offline", "Does it run offline?", "FAQ", 6},
			},
		},
		{
			name: "definition lists inside an answer stay there",
			src:  "# FAQ\n\n## Does it reflect?\n\n**Servers**\n: Yes.\n\n**Web**\n: No.\n\n## Next?\n\nOk.\n",
			want: []brief{{"does-it-reflect", "Does it reflect?", "FAQ", 3}, {"next", "Next?", "FAQ", 11}},
		},
		{
			name: "a specification with an FAQ part",
			src:  "Spec 2.0\n========\n\nSummary\n-------\n\nBump it.\n\nFAQ\n---\n\n### How do I start?\n\nAt 0.1.0.\n\n### Why?\n\nBecause.\n\nLicense\n-------\n\nCC BY.\n",
			want: []brief{
				{"summary", "Summary", "Spec 2.0", 4},
				{"how-do-i-start", "How do I start?", "FAQ", 12},
				{"why", "Why?", "FAQ", 16},
				{"license", "License", "Spec 2.0", 20},
			},
		},
		{
			name: "a section's own prose is an entry",
			src:  "# FAQ\n\n## Licence\n\nThe code is EUPL.\n\n### May I sell it?\n\nYes.\n",
			want: []brief{{"licence", "Licence", "FAQ", 3}, {"may-i-sell-it", "May I sell it?", "Licence", 7}},
		},
		{
			name: "a table of contents as headings of links",
			src:  "---\ntitle: FAQ\n---\n## Contents\n\n### Install\n\n- [What binary?](#what-binary)\n- [Forum](https://forum.example)\n\n### Connect\n\n* [No Wi-Fi?](#no-wi-fi)\n  * [Still none?](faq.md#still-none)\n\n## Install\n\n### What binary?\n\nThe one for your board.\n",
			want: []brief{{"what-binary", "What binary?", "Install", 18}},
		},
		{
			name: "kramdown and GitLab tables of contents",
			src:  "# FAQ\n\n* TOC\n{:toc}\n\n[[_TOC_]]\n\n## Is it here?\n\nYes.\n",
			want: []brief{{"is-it-here", "Is it here?", "FAQ", 8}},
		},
		{
			name: "a statement heading with sub-headings among questions",
			src:  "# FAQ\n\n## Docker\n\n### Can it run with Docker Desktop?\n\nYes.\n\n### Socket location\n\n#### v0.3 or older\n\n~/.docker.sock\n\n#### v0.4 or newer\n\n~/.colima.sock\n\n### How do I reset it?\n\nDelete it.\n\n## Troubleshooting\n\nCommon issues.\n\n### Not starting\n\nMany reasons.\n\n#### Broken status\n\nStop it.\n\n### No internet\n\nCheck DNS.\n",
			want: []brief{
				{"can-it-run-with-docker-desktop", "Can it run with Docker Desktop?", "Docker", 5},
				{"socket-location", "Socket location", "Docker", 9},
				{"how-do-i-reset-it", "How do I reset it?", "Docker", 19},
				{"troubleshooting", "Troubleshooting", "FAQ", 23},
				{"not-starting", "Not starting", "Troubleshooting", 27},
				{"no-internet", "No internet", "Troubleshooting", 35},
			},
		},
		{
			name: "problems with Symptom and Solution sub-headings",
			src:  "# Troubleshooting\n\n## Common issues\n\n### 1) Check the version\n\nRun version.\n\n### 2) Mount denied\n\n#### Symptom\n\nDenied.\n\n#### Solution\n\nRelabel.\n\n### 3) No image\n\n#### Symptom\n\nMissing.\n\n#### Solution\n\nPull.\n\n### 4) sshd fails\n\n#### Symptom\n\nFails.\n\n### Solution\n\nUse a service.\n",
			want: []brief{
				{"1-check-the-version", "1) Check the version", "Common issues", 5},
				{"2-mount-denied", "2) Mount denied", "Common issues", 9},
				{"3-no-image", "3) No image", "Common issues", 19},
				{"4-sshd-fails", "4) sshd fails", "Common issues", 29},
			},
		},
		{
			name: "templating and wrappers in questions",
			src:  "# FAQ\n\n## Contributing to {{ site.name }}\n\n### How do I join {% include org.html %}?\n\nAsk.\n\n<h3>Why is <code>rg</code>, not grep, used?</h3>\n\nSpeed.\n",
			want: []brief{
				{"how-do-i-join", "How do I join?", "Contributing to", 5},
				{"why-is-rg-not-grep-used", "Why is `rg`, not grep, used?", "Contributing to", 9},
			},
		},
		{
			name: "an empty anchor names the question after it",
			src:  "# FAQ\n\n<a name=\"free\"></a>\n**Is it free?**\n\nYes.\n\n<a id=\"fast\"></a>**Is it fast?** Yes.\n",
			want: []brief{{"free", "Is it free?", "FAQ", 3}, {"fast", "Is it fast?", "FAQ", 8}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("test.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := briefs(d); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("entries:\n got %+v\nwant %+v\nproblems %v", got, tt.want, d.Problems)
			}
		})
	}
}

// Answers are what a reader should see: no wrappers, templating, A:
// markers or list indentation.
func TestParseCleansAnswers(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{
			name: "a quoted answer after A:",
			src:  "**Q: Why?**\n\n> A: Because.\n\n> ```yaml\n> a: 1\n> ```\n",
			want: "Because.\n\n```yaml\na: 1\n```",
		},
		{
			name: "an answer marked О: or 答：",
			src:  "**В:** Как?  \n**О:** Так.\n\n**问：为什么？**\n\n答：因为。\n",
			want: "Так.",
		},
		{
			name: "several A markers",
			src:  "**Q**. _Shared folder?_\n\n**A1**. Ask us.\n\n**A2**: Buy storage.\n",
			want: "Ask us.\n\nBuy storage.",
		},
		{
			name: "an answer on the A line of the question's paragraph",
			src:  "**Q: Can I skip it?**  \nA: No, never.\n",
			want: "No, never.",
		},
		{
			name: "a details answer inside its HTML block",
			src:  "<details><summary>Does it persist?</summary>\nYes. Skills in <code>.claude/</code> persist. See <a href=\"/docs\">the docs</a>.\n</details>\n",
			want: "Yes. Skills in `.claude/` persist. See [the docs](/docs).",
		},
		{
			name: "a details answer in Markdown blocks, indented",
			src:  "<details>\n  <summary>Edge?</summary><p>\n\n  A link between blocks.\n\n  ```\n  A -> B\n  ```\n</p></details>\n",
			want: "A link between blocks.\n\n```\nA -> B\n```",
		},
		{
			// devops-exercises wraps each answer in <b>…</b> across blocks.
			name: "a details answer wrapped in bold across blocks",
			src:  "<details>\n<summary>Why?</summary><br><b>\n\tThe <code>.git</code> folder <b>holds</b> it.\n\nMore.\n</b></details>\n\n<details>\n<summary>Empty?</summary><br><b>\n</b></details>\n",
			want: "The `.git` folder **holds** it.\n\nMore.",
		},
		{
			name: "an escaped tag in code inside an HTML block",
			src:  "<details>\n<summary>What about code?</summary>\n\n<p>Type <code>&lt;i&gt;</code> to italicise.</p>\n</details>\n",
			want: "Type `<i>` to italicise.",
		},
		{
			name: "bold paired before </details>",
			src:  "<details><summary>Bold?</summary>\n\nSome <b>bold text</b></details>\n",
			want: "Some <b>bold text</b>",
		},
		{
			name: "bold opened after the summary, closed before </details>",
			src:  "<details>\n<summary>Wrapped?</summary>\n<b>\n\nWhole answer.\n\n</b></details>\n",
			want: "Whole answer.",
		},
		{
			name: "a details element closed in a list item",
			src:  "<details><summary>Why?</summary>\n\n- Because.</details>\n",
			want: "- Because.",
		},
		{
			name: "wrapper divs and templating",
			src:  "## How do I install it?\n\n<div class=\"answer\" markdown=\"1\">\n\nSee [the guide]({% link docs/install.md %}) on {{ site.name }}.\n\n```sh\necho {{ not.templating }}\n```\n\n</div>\n<div class=\"question\">\n",
			want: "See the guide on.\n\n```sh\necho {{ not.templating }}\n```",
		},
		{
			name: "a list item's answer",
			src:  "1. **How short?**\n   Aim for\n   1,000 tokens.\n2. **Diagrams?** Yes.\n",
			want: "Aim for\n1,000 tokens.",
		},
		{
			name: "an admonition's answer ends with its indented body",
			src:  "??? faq \"How?\"\n\tRun it.\n\n    More.\n\nA later paragraph.\n\n    indented code\n\n??? faq \"Why?\"\n    Because.\n",
			want: "Run it.\n\nMore.\n\nA later paragraph.\n\n    indented code",
		},
		{
			name: "a tip titled with a question inside an answer",
			src:  "**How do I install?**\n\nRun it.\n\n!!! tip \"Using Windows?\"\n    Use WSL.\n\n**How do I uninstall?**\n\nDelete it.\n",
			want: "Run it.\n\n!!! tip \"Using Windows?\"\n    Use WSL.",
		},
		{
			name: "an admonition's answer, indented below its title",
			src:  "??? question \"Why?\"\n    Because it is.\n    Really.\n\n    ```sh\n    # run\n    go test\n    ```\n\n        indented code\n",
			want: "Because it is.\nReally.\n\n```sh\n# run\ngo test\n```\n\n    indented code",
		},
		{
			name: "a line break after a list item's question",
			src:  "- **Can I stop it?**<br> Yes, with <kbd>Esc</kbd>.<br>Or q.\n- **Why?**<br/>Because.\n",
			want: "Yes, with <kbd>Esc</kbd>.<br>Or q.",
		},
		{
			name: "a definition",
			src:  "Is it free?\n: Yes, under MIT.\n  Always.\n",
			want: "Yes, under MIT.\nAlways.",
		},
		{
			name: "an empty anchor for the next question",
			src:  "## Q?\n\nAnswer.\n\n<a data-proofer-ignore name=\"old-link\"></a>\n\n## R?\n\nB.\n",
			want: "Answer.",
		},
		{
			name: "a rule between entries and a cut attribute line",
			src:  "## Q?\n\nA table.\n\n{:.table}\n\nMore.\n\n---\n\n## R?\n\nB.\n",
			want: "A table.\n\nMore.",
		},
		{
			name: "reference links defined elsewhere",
			src:  "## Q?\n\nSee [the spec][spec].\n\n## R?\n\nB.\n\n[spec]: https://example.com/spec\n",
			want: "See [the spec][spec].\n\n[spec]: <https://example.com/spec>",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("test.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Entries) == 0 {
				t.Fatalf("no entries; problems %v", d.Problems)
			}
			if got := d.Entries[0].Answer; got != tt.want {
				t.Errorf("answer:\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// The problems Parse finds, each at its line.
func TestParseFindsProblems(t *testing.T) {
	big := "# Help\n\n" + strings.Repeat("Some prose that is long enough to make this file large.\n\n", 150) +
		"??? tip \"Installing\"\n    So.\n\n??? tip \"Upgrading\"\n    Again.\n\n## One?\n\nYes.\n"
	tests := []struct {
		name, src, want string
	}{
		{"a heading with no answer", "# T\n\n## Q?\n\n## R?\n\nA.\n", `3: "Q?" has no answer: nothing follows it`},
		{"a question with no answer", "**Q: First?**\n\n**Q: Second?**\n\nA.\n", `1: "Q: First?" has no answer`},
		{"an answer of templating only", "# T\n\n## Latest?\n\n{{< param version >}}\n\n## R?\n\nA.\n", `3: "Latest?" has no answer: only templating follows it`},
		{"a heading with no text", "# T\n\n## Q?\n\nA.\n\n## {{ x }}\n\nLost.\n", "7: heading has no text: the text below it is in no entry"},
		{"an unclosed fence", "# T\n\n## Q?\n\n```sh\nrun\n\n## R?\n\nB.\n", "5: code fence is never closed: the rest of the file (6 lines) reads as code, hiding 1 heading"},
		{"a duplicate question", "# T\n\n## Why?\n\nA.\n\n## Why?\n\nB.\n", `7: duplicate question "Why?" (first at line 3)`},
		{"a bold question never closed", "**Q: `ValueError`\n\n> A: Retry.\n", "1: bold question is not closed with **"},
		{"a stray sub-heading", "# T\n\n### 1) A\n\n#### Solution\n\nX.\n\n### 2) B\n\n#### Solution\n\nY.\n\n### 3) C\n\nZ.\n\n### Solution\n\nW.\n", `19: "Solution" (level 3) reads as part of the answer above ("3) C"): elsewhere it is a level-4 sub-heading`},
		{"no entries", "just prose\n\nmore prose\n", "0: no FAQ entries found"},
		{"no entries, bold statements", "**Installing on Windows**\n\nRun the installer.\n\n**Upgrading**\n\nRun it again.\n", "questions may be written as bold lines not worded as questions (2, the first at line 1)"},
		{"no entries, a suspect shape", "How do I start?\n\nRun it.\n\nWhy?\n\nBecause.\n", "0: no FAQ entries found (faq reads headings, bold or Q: questions, <details> blocks, numbered bold questions, definition lists and question admonitions); questions may be written as plain paragraphs ending in ? (2, the first at line 1)"},
		{"few entries in a large file", big, `0: only 1 entry: questions may be written in a shape faq does not read: admonitions not read as questions (??? note "…") (2, the first at line 303)`},
		{"more suspect blocks than entries in a small file", "# FAQ\n\n<Collapse title=\"How fast?\">\n\nFast.\n\n</Collapse>\n\n<Collapse title=\"How big?\">\n\nSmall.\n\n</Collapse>\n\n## Is it free?\n\nYes.\n", "0: only 1 entry: questions may be written in a shape faq does not read: components such as <Question> or <Accordion> (2, the first at line 3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse("p.md", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range d.Problems {
				got = append(got, fmt.Sprintf("%d: %s", p.Line, p.Message))
			}
			if !strings.Contains(strings.Join(got, "\n"), tt.want) {
				t.Errorf("problems %q do not hold %q", got, tt.want)
			}
		})
	}
}

// A clean FAQ in every shape gives no problem.
func TestParseCleanShapesHaveNoProblems(t *testing.T) {
	for _, src := range []string{
		"# FAQ\n\nIntro.\n\n## General\n\n**Q: Why?**\n\n> A: Because.\n",
		"<details><summary>Why?</summary>\nBecause.\n</details>\n",
		"1. **Why?** Because.\n2. **How?** So.\n",
		"Why?\n: Because.\n",
		"Title\n=====\n\nSummary\n-------\n\nText.\n\nFAQ\n---\n\n### Why?\n\nBecause.\n",
		// Admonitions and containers inside answers are no hidden
		// questions, whether they open the answer or follow its text.
		"## How do I install it?\n\n:::tip\n\nUse it.\n\n:::\n\nThen run it.\n",
		"# FAQ\n\n## How?\n\n??? example \"One\"\n    1\n\n??? example \"Two\"\n    2\n\n## Why?\n\nSo.\n\n??? example \"Three\"\n    3\n",
		"# FAQ\n\n## How?\n\nSo.\n\n??? example \"One\"\n    1\n\n??? example \"Two\"\n    2\n\n??? example \"Three\"\n    3\n",
		"??? question \"Why?\"\n\n    Because.\n",
	} {
		d, err := Parse("ok.md", []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Problems) > 0 || len(d.Entries) == 0 {
			t.Errorf("%q: %d entries, problems %v", src, len(d.Entries), d.Problems)
		}
	}
}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.md", "# FAQ\n\n## Why?\n\nBecause.\n")
	links := write("links.md", "# FAQ\n\n## Where are the docs?\n\n- [Manual](https://example.com/manual)\n- <https://example.com/wiki>\n\n## Where do I donate?\n\n[https://example.com/donate](https://example.com/donate)\n\n## How?\n\nSee [the manual](https://example.com).\n")
	binary := write("binary.md", "# FAQ\x00\n")
	again := write("again.md", "# More\n\n## Why not? {#why}\n\nBecause not.\n")
	unanswered := write("unanswered.md", "---\nunanswered:\n  - How much does it cost?\n  - how do I RESET the router\n---\n# Other\n\n## How do I reset the router?\n\nHold the button for ten seconds.\n\n## Is it free?\n\nYes.\n")
	r := Check([]string{good, links, binary, filepath.Join(dir, "missing.md"), again, unanswered})
	var got []string
	for _, p := range r.Problems {
		got = append(got, strings.TrimPrefix(p.String(), dir+string(filepath.Separator)))
	}
	want := []string{
		`links.md:3: the answer to "Where are the docs?" is only a list of links`,
		"binary.md:1: binary file (NUL byte), not Markdown",
		"missing.md: no such file or folder",
		`again.md:3: id "why" is also at ` + filepath.Join(dir, "good.md") + `:3: read together, this entry gets another id`,
		`unanswered.md:1: unanswered question "how do I RESET the router" is asked by the entry "How do I reset the router?": it would turn away the questions that entry answers`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("problems:\n got %q\nwant %q", got, want)
	}
	if r.Files != 5 || r.Entries != 7 {
		t.Errorf("files %d, entries %d; want 5, 7", r.Files, r.Entries)
	}
}
