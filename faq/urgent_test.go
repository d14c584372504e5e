package faq

import (
	"reflect"
	"strings"
	"testing"
)

// urgentFAQ is a small FAQ with an urgent block, in the shape a safety
// FAQ writes one.
const urgentFAQ = `---
title: Back pain
urgent:
  entry: emergency
  note: "**Go to an emergency department now.**"
  signs:
    - numb groin
    - can't pee
    - bladder
    - both legs
    - leg weaker
    - ER
    - A&E
    - lost bowel control
    - '"wet myself"'
---

# Back pain

## When is back pain an emergency? {#emergency}

<!-- also asked as:
- When should I go to hospital?
-->

Go now when your groin is numb, you cannot pee or control your bladder,
or both legs are weak.

## Will the numbness go away? {#numbness}

Numbness in the foot often fades over months, and some may remain.

## How long does back pain last? {#duration}

Most back pain settles within weeks.
`

func urgentIndex(t testing.TB, src string) *Index {
	t.Helper()
	d, err := Parse("urgent.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Problems) > 0 {
		t.Fatalf("problems: %v", d.Problems)
	}
	return NewIndex(New(d))
}

func TestWarningsSigns(t *testing.T) {
	ix := urgentIndex(t, urgentFAQ)
	tests := []struct {
		query string
		sign  string // "" when no warning is due
	}{
		{"numb groin", "numb groin"},
		{"my groin feels numb", "numb groin"},
		{"numbness in my groin and buttocks", "numb groin"},
		{"GROIN NUMBNESS??", "numb groin"},
		{"numbnes in the grion", "numb groin"}, // typos of FAQ words
		{"can't pee", "can't pee"},
		{"I cannot pee since yesterday", "can't pee"},
		{"unable to pee", "can't pee"},
		{"i cant pee and my back hurts", "can't pee"},
		{"lost control of my bladder", "bladder"},
		{"bladdr problems", "bladder"},
		{"sciatica in both legs", "both legs"},
		{"pain down both of my legs", "both legs"},
		{"my leg is getting weaker fast", "leg weaker"},
		{"when to go to the ER", "ER"},
		{"should I go to A&E", "A&E"},
		{"should i go to a & e", "A&E"},
		{"lost control of my bowels", "lost bowel control"},
		{"can't control my bowel", "lost bowel control"},
		{"I wet myself this morning", `"wet myself"`},
		{"wet MYSELF", `"wet myself"`},

		{"will the numbness go away", ""},
		{"how long does back pain last", ""},
		{"numbness in my foot", ""},
		{"groin pain when walking", ""},
		{"pain in one leg", ""},
		{"my legs ache after running", ""},
		{"weaker grip in my hand", ""},
		{"can I peel the plaster off", ""},
		{"bowel movement", ""},
		{"numb toes, and last year a groin strain from football", ""}, // too far apart
		{"pee", ""},
		{"is wet heat better for my back", ""},    // a phrase sign needs all its words
		{"wet weather makes me stiff myself", ""}, // and in order
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			ws := ix.Warnings(tt.query)
			switch {
			case tt.sign == "" && len(ws) > 0:
				t.Errorf("warning called by %q, want none", ws[0].Sign)
			case tt.sign != "" && len(ws) == 0:
				t.Errorf("no warning, want one called by %q", tt.sign)
			case tt.sign != "" && ws[0].Sign != tt.sign:
				t.Errorf("called by %q, want %q", ws[0].Sign, tt.sign)
			}
		})
	}
}

func TestWarningsCarryNoteAndEntry(t *testing.T) {
	ix := urgentIndex(t, urgentFAQ)
	ws := ix.Warnings("numb groin")
	if len(ws) != 1 {
		t.Fatalf("%d warnings, want 1", len(ws))
	}
	w := ws[0]
	if w.Note != "**Go to an emergency department now.**" || w.Entry == nil || w.Entry.ID != "emergency" {
		t.Errorf("warning %+v", w)
	}
	// A question search refuses still gets the warning.
	q := "numb groin after riding my bike"
	if res := ix.Search(q, Options{}); res.Confident {
		t.Logf("%q answered by %s", q, res.Matches[0].Entry.ID)
	}
	if len(ix.Warnings(q)) != 1 {
		t.Errorf("%q: no warning", q)
	}
}

func TestWarningsNoteOrEntryAlone(t *testing.T) {
	noteOnly := strings.Replace(urgentFAQ, "  entry: emergency\n", "", 1)
	ws := urgentIndex(t, noteOnly).Warnings("can't pee")
	if len(ws) != 1 || ws[0].Entry != nil || ws[0].Note == "" {
		t.Errorf("note only: %+v", ws)
	}
	entryOnly := strings.Replace(urgentFAQ, "  note: \"**Go to an emergency department now.**\"\n", "", 1)
	ws = urgentIndex(t, entryOnly).Warnings("can't pee")
	if len(ws) != 1 || ws[0].Entry == nil || ws[0].Note != "" {
		t.Errorf("entry only: %+v", ws)
	}
	if ws := urgentIndex(t, "## Q?\n\nA.\n").Warnings("can't pee"); ws != nil {
		t.Errorf("no urgent block: %+v", ws)
	}
}

func TestHoldsSign(t *testing.T) {
	tests := []struct {
		q, sign []string
		want    bool
	}{
		{[]string{"numb", "groin"}, []string{"numb", "groin"}, true},
		{[]string{"groin", "numb"}, []string{"numb", "groin"}, true},
		{[]string{"groin", "feel", "numb"}, []string{"numb", "groin"}, true},
		{[]string{"groin", "a", "b", "numb"}, []string{"numb", "groin"}, true},
		{[]string{"groin", "a", "b", "c", "numb"}, []string{"numb", "groin"}, false},
		{[]string{"numb"}, []string{"numb", "groin"}, false},
		{[]string{"numb"}, nil, false},
		{nil, []string{"numb"}, false},
	}
	for _, tt := range tests {
		if got := holdsSign(tt.q, tt.sign); got != tt.want {
			t.Errorf("holdsSign(%q, %q) = %v, want %v", tt.q, tt.sign, got, tt.want)
		}
	}
}

func TestHoldsPhrase(t *testing.T) {
	tests := []struct {
		q, phrase []string
		want      bool
	}{
		{[]string{"i", "wet", "myself"}, []string{"wet", "myself"}, true},
		{[]string{"wet", "myself"}, []string{"wet", "myself"}, true},
		{[]string{"myself", "wet"}, []string{"wet", "myself"}, false},
		{[]string{"wet", "all", "myself"}, []string{"wet", "myself"}, false},
		{[]string{"wet"}, []string{"wet", "myself"}, false},
		{[]string{"wet"}, nil, false},
	}
	for _, tt := range tests {
		if got := holdsPhrase(tt.q, tt.phrase); got != tt.want {
			t.Errorf("holdsPhrase(%q, %q) = %v, want %v", tt.q, tt.phrase, got, tt.want)
		}
	}
}

func TestCompileSign(t *testing.T) {
	tests := []struct {
		sign string
		want []string
	}{
		{"numb groin", []string{"numb", "groin"}},
		{"Numbness in the GROIN", []string{"numb", "groin"}},
		{"can't pee", []string{notTerm, "pee"}},
		{"unable to pass urine", []string{notTerm, "pass", "urin"}},
		{"sciatica in both legs", []string{"sciatica", "both", "leg"}},
		{"A&E", []string{"ae"}},
		{"the", nil},
		{`"wet myself"`, []string{"wet", "myself"}},
		{`"Numbness down there"`, []string{"numb", "down", "there"}},
		{`""`, nil},
	}
	for _, tt := range tests {
		if got := compileSign(tt.sign); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("compileSign(%q) = %q, want %q", tt.sign, got, tt.want)
		}
	}
}

func TestUrgentProblems(t *testing.T) {
	doc := func(urgent string) string {
		return "---\nurgent:\n" + urgent + "---\n## Q? {#q}\n\nA.\n"
	}
	tests := []struct {
		name, src, want string
	}{
		{"entry names no entry", doc("  entry: nowhere\n  signs: [x]\n"), `urgent entry "nowhere" names no entry`},
		{"nothing to show", doc("  signs: [x]\n"), "urgent needs a note or an entry"},
		{"no signs", doc("  entry: q\n"), "urgent has no sign that can match"},
		{"sign of stop words", doc("  entry: q\n  signs: [x, \"to the\"]\n"), `urgent sign "to the" has only stop words`},
		{"phrase of stop words", doc("  entry: q\n  signs: [x, '\"down there\"']\n"), `urgent sign "down there" has only stop words, which nearly every question holds`},
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
				if p.Line < 2 || p.Line > 4 {
					t.Errorf("problem %q at line %d, want the front matter's", p.Message, p.Line)
				}
			}
			if !strings.Contains(strings.Join(msgs, "\n"), tt.want) {
				t.Errorf("problems %q do not mention %q", msgs, tt.want)
			}
		})
	}
	d, err := Parse("p.md", []byte(doc("  entry: q\n  signs: [x]\n")))
	if err != nil || len(d.Problems) > 0 || d.Urgent == nil {
		t.Errorf("a good urgent block: %v, problems %v, urgent %v", err, d.Problems, d.Urgent)
	}
}

// An urgent entry keeps pointing at its own document's entry when New
// renames a repeated id.
func TestUrgentAcrossDocuments(t *testing.T) {
	other, err := Parse("other.md", []byte("## Elsewhere {#emergency}\n\nNot urgent.\n"))
	if err != nil {
		t.Fatal(err)
	}
	urgent, err := Parse("urgent.md", []byte(urgentFAQ))
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex(New(other, urgent))
	ws := ix.Warnings("numb groin")
	if len(ws) != 1 || ws[0].Entry == nil || ws[0].Entry.File != "urgent.md" {
		t.Fatalf("warnings %+v", ws)
	}
}

func TestUrgentCacheRoundTrip(t *testing.T) {
	built := urgentIndex(t, urgentFAQ)
	decoded, err := decodeIndex(encodeIndex(built))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(built.faq.Urgent, decoded.faq.Urgent) {
		t.Errorf("urgent blocks differ after the cache:\n%+v\n%+v", built.faq.Urgent, decoded.faq.Urgent)
	}
	for _, q := range []string{"numb groin", "will the numbness go away", "both legs"} {
		if !reflect.DeepEqual(built.Warnings(q), decoded.Warnings(q)) {
			t.Errorf("%q: warnings differ after the cache", q)
		}
	}
}

// A hand-built FAQ's urgent block works without compiled signs.
func TestUrgentByHand(t *testing.T) {
	f := &FAQ{
		Entries: []Entry{{ID: "a", Question: "What is a?", Answer: "A is a letter."}},
		Urgent:  []Urgent{{Note: "Now!", Signs: []string{"on fire"}}},
	}
	ws := NewIndex(f).Warnings("the kitchen is on fire")
	if len(ws) != 1 || ws[0].Note != "Now!" || ws[0].Sign != "on fire" {
		t.Errorf("warnings %+v", ws)
	}
}

// TestUrgentSignsChangedByHand: a program that changes a parsed
// document's signs gets the signs it wrote, not the parsed ones.
func TestUrgentSignsChangedByHand(t *testing.T) {
	d, err := Parse("u.md", []byte(urgentFAQ))
	if err != nil {
		t.Fatal(err)
	}
	d.Urgent.Signs[0] = "broken arm" // was "numb groin"
	ix := NewIndex(New(d))
	if ws := ix.Warnings("I think I have a broken arm"); len(ws) != 1 || ws[0].Sign != "broken arm" {
		t.Errorf("the new sign: %+v", ws)
	}
	if ws := ix.Warnings("numb groin"); len(ws) != 0 {
		t.Errorf("the old sign still calls: %+v", ws)
	}
}
