package faq

import (
	"math"
	"testing"
)

// tinyFAQ exercises every rule of search on a few entries.
const tinyFAQ = `---
synonyms:
  - settings, preferences, config
---
# Tool FAQ

## How do I make a backup of my projects?

Use the export command; it writes one archive per project.

## How do I turn off telemetry?

Set telemetry to false in the settings.

## Why is the build slow?

The first build compiles every dependency.

## When is the next release?

Releases come out every six weeks.

## Does it run on ARM64 machines?

Yes, on Linux and macOS.

## How are deployments configured?

Each deployment reads a deploy.toml file next to the project.

## Where are the preferences stored?

In a config folder in your home folder.
`

// scoreCase is a query with its best entry and that entry's exact score,
// and the rule or feature it exercises.
type scoreCase struct {
	exercises, query, id string
	score                float64
}

var scoreCases = []scoreCase{
	{"exact question", "how do i make a backup of my projects", "how-do-i-make-a-backup-of-my-projects", 0.969},
	{"phrasal verbs as one word", "back up my projects", "how-do-i-make-a-backup-of-my-projects", 0.945},
	{"phrasal verbs, everyday synonyms", "disable telemetry", "how-do-i-turn-off-telemetry", 0.882},
	{"phrasal verbs", "switch telemetry off", "how-do-i-turn-off-telemetry", 0.466},
	{"asking words", "why builds slow", "why-is-the-build-slow", 0.869},
	{"asking words", "when is it released", "when-is-the-next-release", 0.780},
	{"typos", "telemtry", "how-do-i-turn-off-telemetry", 0.712},
	{"typos of everyday words", "shoud i turn off telemetry", "how-do-i-turn-off-telemetry", 0.862},
	{"word families", "deployment configuration", "how-are-deployments-configured", 0.966},
	{"own synonyms, synonym parts", "where is the config", "where-are-the-preferences-stored", 0.914},
	{"a word in no entry", "does it run on x86", "does-it-run-on-arm64-machines", 0.163},
	{"unknown words, everyday weights", "is the build slow on kubernetes", "why-is-the-build-slow", 0.548},
	{"everyday weights", "please tell me why the build is slow", "why-is-the-build-slow", 0.769},
	{"split idf", "export archive", "how-do-i-make-a-backup-of-my-projects", 0.476},
}

func tinyIndex(t *testing.T, off rule) *Index {
	t.Helper()
	doc, err := Parse("tiny.md", []byte(tinyFAQ))
	if err != nil {
		t.Fatal(err)
	}
	return newIndex(New(doc), off)
}

// TestScores pins exact scores on a tiny FAQ, as fzf's tests do: changing
// a parameter, a coefficient or a rule changes some of them. After a
// deliberate change, update the numbers from the failures.
func TestScores(t *testing.T) {
	ix := tinyIndex(t, 0)
	for _, c := range scoreCases {
		res := ix.Search(c.query, Options{Limit: 1})
		if len(res.Matches) == 0 {
			t.Errorf("%s: %q: no match", c.exercises, c.query)
			continue
		}
		m := res.Matches[0]
		if m.Entry.ID != c.id || math.Abs(m.Score-c.score) > 0.0005 {
			t.Errorf("%s: %q: got %s %.3f, want %s %.3f", c.exercises, c.query, m.Entry.ID, m.Score, c.id, c.score)
		}
	}
}

// TestRulesChangeScores: switching any rule off changes a pinned score,
// so no rule is dead code.
func TestRulesChangeScores(t *testing.T) {
	on := tinyIndex(t, 0)
	for r := rule(1); r < 1<<numRules; r <<= 1 {
		off := tinyIndex(t, r)
		changed := false
		for _, c := range scoreCases {
			a, b := on.Search(c.query, Options{Limit: 1}), off.Search(c.query, Options{Limit: 1})
			if len(a.Matches) != len(b.Matches) || len(a.Matches) > 0 && (a.Matches[0].Entry != b.Matches[0].Entry || a.Matches[0].Score != b.Matches[0].Score) {
				changed = true
				break
			}
		}
		if !changed {
			t.Errorf("switching off %s changes no pinned score", ruleNames[bitIndex(r)])
		}
	}
}
