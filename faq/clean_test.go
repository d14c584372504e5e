package faq

import "testing"

func TestRemoveTemplating(t *testing.T) {
	tests := map[string]string{
		"on {{ site.name }}.":                                           "on.",
		"[the team]({{ site.baseurl }}/contact.html)":                   "the team",
		"[guide]({% link docs/a.md %}) and more":                        "guide and more",
		"{% assign x = 1 %}\nkept\n":                                    "kept\n",
		"`{{ code }}` stays, {{ this }} goes":                           "`{{ code }}` stays, goes",
		"``a ` {{ b }}`` {{< hugo >}}x{{% note %}}":                     "``a ` {{ b }}`` x",
		"no templating {here}":                                          "no templating {here}",
		"[ref]: {{ecma}}/spec.pdf":                                      "[ref]: /spec.pdf",
		"{{ unclosed and `unclosed code":                                "{{ unclosed and `unclosed code",
		"[Read this](https://x.org/a.md){target=_blank} for more":       "[Read this](https://x.org/a.md) for more",
		"![x](a.png){: .wide #fig width=\"50%\" } and [y](b \"t\"){.c}": "![x](a.png) and [y](b \"t\")",
		"f(x){return 1} and `[a](b){x=y}`":                              "f(x){return 1} and `[a](b){x=y}`",
		"[a](b){not an attribute list}":                                 "[a](b){not an attribute list}",
	}
	for in, want := range tests {
		if got := removeTemplating(in); got != want {
			t.Errorf("removeTemplating(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanHTML(t *testing.T) {
	tests := []struct {
		in, want string
		changed  bool
	}{
		{"<div class=\"answer\" markdown=\"1\">\n", "", true},
		{"</p></details>\n", "", true},
		{"<a data-proofer-ignore name=\"old\"></a>\n", "", true},
		{"<hr/>\n", "", true},
		{"<p align=\"center\"><b>Note</b>: read <code>x</code></p>\n", "**Note**: read `x`", true},
		{"<details><summary>Hint</summary>\n    Use it.\n</details>\n", "**Hint**\n\nUse it.", true},
		{"<img src=\"a.png\">\n", "<img src=\"a.png\">\n", false},
		{"<p>\v", "", true}, // a line of other white space is blank
		{"<table><tr><td>x</td></tr></table>\n", "<table><tr><td>x</td></tr></table>\n", false},
	}
	for _, tt := range tests {
		got, changed := cleanHTML(tt.in)
		if got != tt.want || changed != tt.changed {
			t.Errorf("cleanHTML(%q) = %q, %v; want %q, %v", tt.in, got, changed, tt.want, tt.changed)
		}
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := map[string]string{
		"Why *BSD & co?":               `Why \*BSD \& co?`,
		"Use `input_ids` or input_ids": "Use `input_ids` or input\\_ids",
		"an ` unpaired backtick":       "an \\` unpaired backtick",
		"``a ` b`` and <b>":            "``a ` b`` and \\<b\\>",
	}
	for in, want := range tests {
		if got := EscapeMarkdown(in); got != want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", in, got, want)
		}
	}
}
