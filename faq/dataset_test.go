package faq

import (
	"strings"
	"testing"
)

// catalog is the contract for the embedded FAQ (shared/catalog.tsv):
// every entry, its stable id, topic and question.
var catalog = []struct{ id, topic, question string }{
	{"s1-nerve-vs-sciatica", "S1 nerve", "Is the S1 nerve the same as sciatica?"},
	{"s1-nerve-function", "S1 nerve", "What does the S1 nerve control?"},
	{"s1-nerve-damage-symptoms", "S1 nerve", "What are the symptoms of S1 nerve damage?"},
	{"s1-nerve-pain-treatment", "S1 nerve", "How do you fix S1 nerve pain?"},
	{"s1-sciatic-pain", "S1 nerve", "What is S1 sciatic nerve pain?"},
	{"si-joint-and-sciatica", "SI joint", "Is the SI joint related to sciatica?"},
	{"si-joint-injection", "SI joint", "Will an SI joint injection help sciatica?"},
	{"si-joint-mri", "SI joint", "Does SI joint pain show on an MRI?"},
	{"si-joint-tests", "SI joint", "Which tests tell you if back pain comes from the SI joint?"},
	{"si-joint-pain-location", "SI joint", "Where is SI joint pain typically felt?"},
	{"si-joint-pain-severity", "SI joint", "How debilitating is SI joint pain?"},
	{"l5-s1-pain-relief", "L5-S1", "How do you get rid of L5-S1 pain fast?"},
	{"l5-s1-healing-time", "L5-S1", "How long does it take for L5-S1 to heal?"},
	{"pinched-s1-treatments", "Pinched S1 nerve", "What are the treatments for a pinched S1 nerve?"},
	{"pinched-s1-causes", "Pinched S1 nerve", "What causes a pinched S1 nerve?"},
	{"pinched-s1-physical-therapy", "Pinched S1 nerve", "How does physical therapy help a pinched S1 nerve?"},
	{"pinched-s1-medications", "Pinched S1 nerve", "Which medications treat a pinched S1 nerve?"},
	{"pinched-s1-steroid-injection", "Pinched S1 nerve", "What is an epidural steroid injection for a pinched S1 nerve?"},
}

func loadDefault(t testing.TB) *FAQ {
	t.Helper()
	f, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDefaultMatchesCatalog(t *testing.T) {
	f := loadDefault(t)
	if len(f.Entries) != len(catalog) {
		t.Errorf("embedded FAQ has %d entries, catalog %d", len(f.Entries), len(catalog))
	}
	for _, c := range catalog {
		e, ok := f.Lookup(c.id)
		if !ok {
			t.Errorf("missing entry %s", c.id)
			continue
		}
		if e.Topic != c.topic || e.Question != c.question {
			t.Errorf("%s: topic %q question %q, want %q %q", c.id, e.Topic, e.Question, c.topic, c.question)
		}
	}
}

func TestDefaultEntries(t *testing.T) {
	f := loadDefault(t)
	seen := map[string]bool{}
	for _, e := range f.Entries {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		words := len(strings.Fields(e.Answer()))
		if words < 80 || words > 250 {
			t.Errorf("%s: answer has %d words, want 80 to 250", e.ID, words)
		}
		if len(e.Sources()) == 0 {
			t.Errorf("%s: no sources", e.ID)
		}
		if e.Disclaimer() == "" {
			t.Errorf("%s: no disclaimer", e.ID)
		}
		if len(e.Aliases) == 0 {
			t.Errorf("%s: no alternative wordings", e.ID)
		}
	}
}

// TestDefaultFacts pins corrections of the seed pages' mistakes.
func TestDefaultFacts(t *testing.T) {
	f := loadDefault(t)
	answer := func(id string) string {
		e, ok := f.Lookup(id)
		if !ok {
			t.Fatalf("missing %s", id)
		}
		return e.Answer()
	}
	checks := []struct {
		id, want string
	}{
		{"s1-nerve-vs-sciatica", "L4, L5, S1, S2 and S3"},
		{"s1-nerve-function", "ankle (Achilles) reflex"},
		{"s1-nerve-function", "Lifting the big toe and the front of the foot is mainly the job of the L5 root"},
		{"si-joint-tests", "FABER"},
		{"si-joint-tests", "Gaenslen"},
		{"si-joint-tests", "thigh thrust"},
		{"s1-sciatic-pain", "Headaches are not a symptom of S1 sciatica"},
		{"s1-nerve-damage-symptoms", "saddle area"},
	}
	for _, c := range checks {
		if !strings.Contains(strings.Join(strings.Fields(answer(c.id)), " "), c.want) {
			t.Errorf("%s: answer does not say %q", c.id, c.want)
		}
	}
	for _, e := range f.Entries {
		if strings.Contains(strings.ToLower(e.Answer()), "mindful movement") {
			t.Errorf("%s repeats the seed's 'mindful movement tests'", e.ID)
		}
	}
}

// TestDefaultQuestionsFindThemselves: asking an entry's own question, or
// one of its alternative wordings, answers with that entry.
func TestDefaultQuestionsFindThemselves(t *testing.T) {
	f := loadDefault(t)
	ix := NewIndex(f)
	for _, e := range f.Entries {
		for _, q := range append([]string{e.Question}, e.Aliases...) {
			res := ix.Search(q, Options{})
			if !res.Confident || res.Matches[0].Entry.ID != e.ID {
				got := "nothing"
				if len(res.Matches) > 0 {
					got = res.Matches[0].Entry.ID
				}
				t.Errorf("%q: got %s (confident %v), want %s", q, got, res.Confident, e.ID)
			}
		}
	}
}
