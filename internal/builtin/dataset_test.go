package builtin

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/faqtool/faq/faq"
)

// catalog is the contract for the embedded FAQ (shared/catalog.tsv):
// every entry, its stable id, topic and question, in the catalog's order.
// The document groups entries by topic, so the test holds it to that
// order within each topic, and to the topics' order of first appearance.
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
	{"when-to-get-help", "Getting help", "When is back or leg pain an emergency, and when should I see a doctor?"},
	{"sciatica-go-away", "Living with sciatica", "Will sciatica go away on its own, and how long does it last?"},
	{"sciatica-imaging", "Getting help", "Do I need an MRI or X-ray for sciatica?"},
	{"sciatica-exercises", "Living with sciatica", "Which exercises help sciatica, and which should I avoid?"},
	{"sciatica-rest", "Living with sciatica", "Should I rest or stay active with sciatica?"},
	{"sciatica-daily-life", "Living with sciatica", "How should I sleep, sit and drive with sciatica?"},
	{"sciatica-surgery", "Getting help", "Do I need surgery for sciatica?"},
	{"sciatica-numbness-recovery", "Living with sciatica", "Will the numbness or weakness from sciatica go away?"},
	{"sciatica-pregnancy", "Living with sciatica", "Is sciatica in pregnancy different?"},
}

func TestDefaultMatchesCatalog(t *testing.T) {
	f := load(t)
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
	// The catalog's order, topic by topic.
	var want, got []string
	for _, topic := range f.Topics() {
		for _, c := range catalog {
			if c.topic == topic {
				want = append(want, c.id)
			}
		}
	}
	for _, e := range f.Entries {
		got = append(got, e.ID)
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("entries in order\n%s\nwant the catalog's order within each topic\n%s", got, want)
	}
	var topics []string
	for _, c := range catalog {
		if len(topics) == 0 || !slices.Contains(topics, c.topic) {
			topics = append(topics, c.topic)
		}
	}
	if !slices.Equal(f.Topics(), topics) {
		t.Errorf("topics %q, want %q", f.Topics(), topics)
	}
}

func TestDefaultEntries(t *testing.T) {
	f := load(t)
	seen := map[string]bool{}
	for _, e := range f.Entries {
		if seen[e.ID] {
			t.Errorf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
		// At most about a screen: enough for the warning signs and
		// after-care a medical answer owes its reader, short enough to
		// read at the shell.
		words := len(strings.Fields(e.Answer))
		if words < 80 || words > 320 {
			t.Errorf("%s: answer has %d words, want 80 to 320", e.ID, words)
		}
		if len(e.Sources) == 0 {
			t.Errorf("%s: no sources", e.ID)
		}
		// The disclaimer is under every answer: it names the emergency
		// signs, so they reach a reader whatever the question.
		for _, sign := range []string{"999", "bladder, bowel or sexual", "numbness between the legs", "both legs", "quickly getting worse"} {
			if !strings.Contains(e.Disclaimer, sign) {
				t.Errorf("%s: disclaimer does not say %q", e.ID, sign)
			}
		}
		if len(e.Aliases) == 0 {
			t.Errorf("%s: no alternative wordings", e.ID)
		}
	}
}

// TestDefaultFacts pins corrections of the seed pages' mistakes and of the
// clinical review's findings.
func TestDefaultFacts(t *testing.T) {
	f := load(t)
	answer := func(id string) string {
		e, ok := f.Lookup(id)
		if !ok {
			t.Fatalf("missing %s", id)
		}
		// Block quote markers and line breaks do not split a phrase.
		return strings.Join(strings.Fields(strings.ReplaceAll(e.Answer, "\n>", "\n")), " ")
	}
	checks := []struct {
		id, want string
	}{
		{"s1-nerve-vs-sciatica", "L4, L5, S1, S2 and S3"},
		{"s1-nerve-function", "ankle (Achilles) reflex"},
		{"s1-nerve-function", "fades on both sides with age"},
		{"s1-nerve-function", "Lifting the big toe and the front of the foot is mainly the job of the L5 root"},
		{"si-joint-tests", "FABER"},
		{"si-joint-tests", "Gaenslen"},
		{"si-joint-tests", "thigh thrust"},
		{"s1-sciatic-pain", "Headaches are not a symptom of S1 sciatica"},
		{"s1-nerve-damage-symptoms", "saddle area (between the legs: genitals, back passage, inner thighs, buttocks)"},
		{"s1-nerve-pain-treatment", "A scan is not needed routinely"},
		{"s1-nerve-pain-treatment", "gabapentin and pregabalin, epilepsy medicines often tried for nerve pain, are not recommended"},
		{"s1-nerve-pain-treatment", "its benefit is small and lasts weeks to a few months"},
		{"s1-nerve-pain-treatment", "After 1 to 2 years, results with and without surgery are similar"},
		{"si-joint-pain-location", "numbness or tingling in the groin, genitals, back passage, inner thighs or buttocks"},
		{"si-joint-pain-location", "Go to an emergency department now"},
		{"l5-s1-healing-time", "Some still have troublesome symptoms after a year"},
		{"sciatica-go-away", "55% had improved a year later (their disability score had fallen by 30% or more)"},
		{"si-joint-mri", "with exactly three a blood test (HLA-B27) first, then referral if it is positive"},
		{"pinched-s1-treatments", "NICE advises against ultrasound, TENS"},
		{"pinched-s1-treatments", "decompression of the lateral recess"},
		{"pinched-s1-causes", "mostly pinch the L5 root"},
		{"pinched-s1-causes", "does not reach the S1 root"},
		{"pinched-s1-physical-therapy", "does not push the disc back or free the root"},
		{"pinched-s1-medications", "No doses are given here: ask a pharmacist"},
		{"pinched-s1-medications", "Cochrane review (2016)"},
		{"pinched-s1-medications", "NICE advises against both"},
		{"pinched-s1-medications", "they eased pain less than dummy pills"},
		{"pinched-s1-steroid-injection", "In 2014 the US FDA warned"},
		{"si-joint-injection", "MINT"},
		{"si-joint-pain-severity", "linked to implant makers"},
		{"when-to-get-help", "Go to an emergency department (A&E) now"},
		{"when-to-get-help", "sciatica in both legs"},
		{"when-to-get-help", "a fall or knock with thin bones or long-term steroid tablets"},
		{"sciatica-daily-life", "Never put heat or ice on skin that is numb"},
	}
	for _, c := range checks {
		if !strings.Contains(answer(c.id), c.want) {
			t.Errorf("%s: answer does not say %q", c.id, c.want)
		}
	}
	// Advice the review found wrong, and seed text that must not return.
	banned := []string{
		"mindful movement", "get urgent care", "foraminotomy", "moves abnormally",
		"press-ups", "root less compressed", "sometimes nerve-pain medicines",
	}
	dose := regexp.MustCompile(`(?i)\b\d+\s*(mg|milligrams?|g|tablets?)\b`)
	for _, e := range f.Entries {
		a := strings.ToLower(answer(e.ID))
		for _, b := range banned {
			if strings.Contains(a, b) {
				t.Errorf("%s says %q", e.ID, b)
			}
		}
		if d := dose.FindString(a); d != "" {
			t.Errorf("%s gives a dose (%q); say ask a pharmacist instead", e.ID, d)
		}
	}
}

// TestDefaultSources: every reference names its publisher or journal and
// a quoted title; the seed page's bare titles and marketing pages are gone.
func TestDefaultSources(t *testing.T) {
	shape := regexp.MustCompile(`^[^"]+, [^"]*"[^"]+"( \([^)]+\))?$`)
	for _, e := range load(t).Entries {
		for _, s := range e.Sources {
			if !shape.MatchString(s) {
				t.Errorf("%s: source %q does not read Publisher, \"Title\"", e.ID, s)
			}
			for _, seed := range []string{"Peculiar names", "Clearwater", "Welcome Back Clinic", "LIVESTRONG", "Coming From Your Spine"} {
				if strings.Contains(s, seed) {
					t.Errorf("%s cites the seed page's %q", e.ID, seed)
				}
			}
		}
	}
}

// TestDefaultQuestionsFindThemselves: asking an entry's own question, or
// one of its alternative wordings, answers with that entry.
func TestDefaultQuestionsFindThemselves(t *testing.T) {
	f := load(t)
	ix := faq.NewIndex(f)
	for _, e := range f.Entries {
		for _, q := range append([]string{e.Question}, e.Aliases...) {
			res := ix.Search(q, faq.Options{})
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
