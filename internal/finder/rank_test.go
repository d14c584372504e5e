package finder

import (
	"math"
	"slices"
	"testing"

	"github.com/sahilm/fuzzy"

	"github.com/faqtool/faq/faq"
	"github.com/faqtool/faq/internal/builtin"
)

// embedded returns the built-in FAQ's index.
func embedded(t testing.TB) *faq.Index {
	t.Helper()
	ix, err := builtin.Index()
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

func TestRankBest(t *testing.T) {
	ix := embedded(t)
	tests := []struct {
		name, query, topic string
		want               string // the first row's id
	}{
		{"partial words", "sacro inj", "", "si-joint-injection"},
		{"partial words in any order", "inj sacro", "", "si-joint-injection"},
		{"one partial word", "epidu", "", "pinched-s1-steroid-injection"},
		{"a whole question", "how long does l5 s1 take to heal", "", "l5-s1-healing-time"},
		{"a typo the engine corrects", "sacroilliac injection for sciatca", "", "si-joint-injection"},
		{"a synonym the engine knows", "does an si shot help sciatica", "", "si-joint-injection"},
		{"part of an id", "sever", "", "si-joint-pain-severity"},
		{"the topic filter", "inj", "pinched s1 nerve", "pinched-s1-steroid-injection"},
		{"empty query: FAQ order", "", "", "s1-nerve-vs-sciatica"},
		{"empty query within a topic", "", "l5-s1", "l5-s1-pain-relief"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := newRanker(ix.FAQ(), ix).rank(tt.query, tt.topic)
			if len(rows) == 0 {
				t.Fatalf("rank(%q) found nothing", tt.query)
			}
			if got := rows[0].entry.ID; got != tt.want {
				t.Errorf("rank(%q, %q) first = %s, want %s", tt.query, tt.topic, got, tt.want)
			}
			for _, r := range rows {
				if tt.topic != "" && r.entry.Topic != rows[0].entry.Topic {
					t.Errorf("topic %q let through %s (%s)", tt.topic, r.entry.ID, r.entry.Topic)
				}
			}
		})
	}
}

// TestRankOrder: rows are ordered by score, ties by FAQ order; an empty
// query lists every entry grouped by topic.
func TestRankOrder(t *testing.T) {
	ix := embedded(t)
	r := newRanker(ix.FAQ(), ix)
	for _, q := range []string{"sacro", "pain", "s1 nerve", "zzzz"} {
		rows := r.rank(q, "")
		for i := 1; i < len(rows); i++ {
			a, b := rows[i-1], rows[i]
			if a.score() < b.score() || a.score() == b.score() && a.index > b.index {
				t.Errorf("%q: row %d (%s %.3f) before row %d (%s %.3f)", q, i-1, a.entry.ID, a.score(), i, b.entry.ID, b.score())
			}
		}
	}
	all := r.rank("", "")
	if len(all) != len(ix.FAQ().Entries) {
		t.Fatalf("empty query lists %d of %d entries", len(all), len(ix.FAQ().Entries))
	}
	var topics []string
	for _, row := range all {
		if len(topics) == 0 || topics[len(topics)-1] != row.entry.Topic {
			if slices.Contains(topics, row.entry.Topic) {
				t.Errorf("topic %q comes back after others", row.entry.Topic)
			}
			topics = append(topics, row.entry.Topic)
		}
	}
	if got := r.rank("zzzz", ""); len(got) != 0 {
		t.Errorf("zzzz matched %d entries", len(got))
	}
}

// TestRankCache: a word typed letter by letter, reusing the hits of its
// prefix, ranks as when typed at once.
func TestRankCache(t *testing.T) {
	ix := embedded(t)
	typed := newRanker(ix.FAQ(), ix)
	for _, q := range []string{"s", "sa", "sac", "sacr", "sacro", "sacro ", "sacro i", "sacro in", "sacro inj"} {
		typed.rank(q, "")
	}
	want := newRanker(ix.FAQ(), ix).rank("sacro inj", "")
	got := typed.rank("sacro inj", "")
	if len(got) != len(want) {
		t.Fatalf("typed: %d rows, at once: %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: typed %s %.3f, at once %s %.3f", i, got[i].entry.ID, got[i].score(), want[i].entry.ID, want[i].score())
		}
	}
}

func TestQuality(t *testing.T) {
	tests := []struct {
		word, in string
		want     float64
	}{
		{"inj", "injection", 1},
		{"ject", "injection", 3.5 / 4},
		{"ion", "injection", 2.0 / 3}, // sahilm/fuzzy takes the first i
		{"ijn", "injection", 1.0 / 3},
		{"sciatca", "sciatica", 6.0 / 7},
		{"é", "épaule", 1},
		{"pa", "épaule", 0.75},
		{"退", "如何申请退款", 1}, // any character of unspaced text starts a word
		{"退款", "如何申请退款", 1},
		{"申款", "如何申请退款", 0.5},
	}
	for _, tt := range tests {
		ms := fuzzy.Find(tt.word, []string{tt.in})
		if len(ms) != 1 {
			t.Fatalf("%q does not match %q", tt.word, tt.in)
		}
		if got := float64(quality(ms[0])); math.Abs(got-tt.want) > 1e-6 {
			t.Errorf("quality(%q in %q) = %.3f, want %.3f", tt.word, tt.in, got, tt.want)
		}
	}
}

func TestHighlights(t *testing.T) {
	tests := []struct {
		s, query string
		want     string // the highlighted letters, in order
	}{
		{"Will an SI joint injection help sciatica?", "sacro inj", "inj"},
		{"Will an SI joint injection help sciatica?", "si", "SI"},
		{"Do SI joint injections relieve leg pain?", "injection", "injection"},
		{"Do SI joint injections relieve leg pain?", "injecting", "injections"},
		{"Is the SI joint related to sciatica?", "", ""},
		{"Où est la douleur?", "dou", "dou"},
	}
	for _, tt := range tests {
		marks := highlights(tt.s, tt.query)
		var got []byte
		for i := range len(tt.s) {
			if marks[i] {
				got = append(got, tt.s[i])
			}
		}
		if string(got) != tt.want {
			t.Errorf("highlights(%q, %q) = %q, want %q", tt.s, tt.query, got, tt.want)
		}
	}
}
