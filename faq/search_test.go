package faq

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestRanking is a ranking table in the spirit of fzf's assertMatch:
// queries written for this test (not taken from any evaluation set) and
// the entry that must rank first, or "" when none may answer.
func TestRanking(t *testing.T) {
	ix := NewIndex(loadDefault(t))
	tests := []struct {
		query, want string
	}{
		{"What does the S1 nerve control?", "s1-nerve-function"},
		{"epidural steroid injection s1", "pinched-s1-steroid-injection"},
		{"sacroiliac joint provocation tests", "si-joint-tests"},
		{"physiotherapy for a trapped s1 nerve", "pinched-s1-physical-therapy"},
		{"painkillers for a pinched s1 nerve", "pinched-s1-medications"},
		{"L5S1 healing time", "l5-s1-healing-time"},
		{"sacro iliac joint mri", "si-joint-mri"},
		{"sciatca and the si joint", "si-joint-and-sciatica"},
		{"how long do si joint injections last", "si-joint-injection"},
		{"where does SI joint pain spread", "si-joint-pain-location"},
		{"herniated disc pinching the s1 root", "pinched-s1-causes"},
		{"is s1 nerve pain just another name for sciatica", "s1-nerve-vs-sciatica"},
		{"where is sacroiliac pain felt", "si-joint-pain-location"},
		{"how to grow tomatoes", ""},
		{"ulnar nerve entrapment at the elbow", ""},
		{"how do i reset my router password", ""},
		{"how long does a concussion last", ""},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			res := ix.Search(tt.query, Options{})
			switch {
			case tt.want == "" && res.Confident:
				t.Errorf("answered by %s, want none (matches %v)", res.Matches[0].Entry.ID, ids(res.Matches))
			case tt.want != "" && (len(res.Matches) == 0 || res.Matches[0].Entry.ID != tt.want):
				t.Errorf("matches %v, want %s first", ids(res.Matches), tt.want)
			}
		})
	}
}

func ids(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Entry.ID)
	}
	return out
}

func TestSearchExplains(t *testing.T) {
	ix := NewIndex(loadDefault(t))
	how := map[string]reading{}
	for _, term := range queryTerms(ix, "sacroilliac physio") {
		if _, ok := how[term.words]; !ok {
			how[term.words] = term.how
		}
	}
	if how["sacroilliac"] != readTypo {
		t.Errorf("sacroilliac understood as %q, want typo", how["sacroilliac"])
	}
	if how["physio"] != readSynonym {
		t.Errorf("physio understood as %q, want synonym", how["physio"])
	}
}

func TestSearchDeterministicTies(t *testing.T) {
	f := New(&Document{Entries: []Entry{
		{ID: "a", Question: "Same question?", Answer: "Same answer."},
		{ID: "b", Question: "Same question?", Answer: "Same answer."},
	}})
	ix := NewIndex(f)
	for range 20 {
		if got := ix.Search("same question", Options{}).Matches[0].Entry.ID; got != "a" {
			t.Fatalf("tie went to %s, want the first entry", got)
		}
	}
}

func TestSearchTopic(t *testing.T) {
	ix := NewIndex(loadDefault(t))
	res := ix.Search("injection", Options{Topic: "si joint", Limit: 10})
	for _, m := range res.Matches {
		if m.Entry.Topic != "SI joint" {
			t.Errorf("%s has topic %q", m.Entry.ID, m.Entry.Topic)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b  string
		limit int
		want  int
	}{
		{"nerve", "nerve", 2, 0},
		{"nreve", "nerve", 2, 1}, // swap
		{"damge", "damage", 2, 1},
		{"sacroilliac", "sacroiliac", 2, 1},
		{"kitten", "sitting", 3, 3},
		{"abc", "xyzxyz", 1, 2}, // over the limit: limit+1
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.limit); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.limit, got, tt.want)
		}
	}
}

func TestLikelySlip(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"plint", "pylint", true},   // a letter dropped
		{"pylinnt", "pylint", true}, // a letter added
		{"stnad", "stand", true},    // neighbours swapped
		{"stsnd", "stand", true},    // s is next to a
		{"faet", "fast", true},      // e is diagonally next to s
		{"plint", "print", false},   // l is far from r
		{"proxxy", "proxy", true},   // a key hit twice
		{"helkm", "helm", true},     // k is next to l
		{"vuex", "vue", false},      // an x after an e is no slip
		{"stald", "stand", false},
		{"st1nd", "stand", false}, // digits are not placed
	}
	for _, tt := range tests {
		if got := likelySlip(tt.a, tt.b); got != tt.want {
			t.Errorf("likelySlip(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// A misspelt word goes to the word reached by a likely slip, even where
// a word reached by a distant key is more common.
func TestTypoCorrectionPrefersLikelySlips(t *testing.T) {
	ix := NewIndex(New(&Document{Entries: []Entry{
		{ID: "print", Question: "How do I print the report?", Answer: "Print it from the menu, or print to a file."},
		{ID: "pylint", Question: "How does it compare to pylint?", Answer: "It checks less."},
		{ID: "stand", Question: "What does the name stand for?", Answer: "Nothing."},
	}}))
	for w, want := range map[string]string{"plint": "pylint", "stsnd": "stand", "stnad": "stand"} {
		if c, _ := ix.correct(w); c != want {
			t.Errorf("correct(%q) = %q, want %q", w, c, want)
		}
	}
	for _, w := range []string{"stald", "namex"} {
		if c, ok := ix.correct(w); ok {
			t.Errorf("correct(%s) = %q; a distant key in a short word is no slip", w, c)
		}
	}
}

// An unknown word a likely slip from one of the most used English words
// is that word, which says nothing; other unknown words stay unknown.
func TestEverydaySlip(t *testing.T) {
	ix := NewIndex(New(&Document{Entries: []Entry{{ID: "a", Question: "How do I print?", Answer: "From the menu."}}}))
	for w, want := range map[string]string{
		"shoud":   "should",
		"untill":  "until",
		"wher":    "where",
		"withut":  "without",
		"wifi":    "", // a word of its own, not "wife" (f and e are far apart)
		"nuxt":    "", // not "next"
		"shld":    "", // two letters dropped
		"grpc":    "",
		"sciatca": "", // far from any everyday word
		"teh":     "", // too short to call a slip
	} {
		if got, _ := ix.everydaySlip(w); got != want {
			t.Errorf("everydaySlip(%q) = %q, want %q", w, got, want)
		}
	}
}

func TestTypoCorrectionIsConservative(t *testing.T) {
	ix := NewIndex(loadDefault(t))
	for _, w := range []string{"bake", "link", "done", "spiral", "brother"} {
		if c, ok := ix.correct(w); ok {
			t.Errorf("%q corrected to %q; real words must not be", w, c)
		}
	}
	for w, want := range map[string]string{"sciatca": "sciatica", "nerv": "nerve", "steriod": "steroid"} {
		if c, _ := ix.correct(w); c != want {
			t.Errorf("correct(%q) = %q, want %q", w, c, want)
		}
	}
	rare := NewIndex(New(&Document{Entries: []Entry{
		{ID: "double", Question: "Why is every line double?", Answer: "Regular output repeats it."},
	}}))
	for _, w := range []string{"doable", "regulate"} {
		if c, ok := rare.correct(w); ok {
			t.Errorf("%q corrected to %q; a rare word is still a word", w, c)
		}
	}
}

func TestWords(t *testing.T) {
	tests := map[string]string{
		"L5-S1":                  "l5 s1",
		"l5s1":                   "l5 s1",
		"Don’t":                  "dont",
		"Prometheus's config":    "prometheus config",
		"vis-à-vis":              "vis a vis",
		"ＦＵＬＬwidth":              "fullwidth",
		"64bit x509":             "64 bit x509",
		"\"keg-only\" <formula>": "keg only formula",
		"安装软件":                   "安装 装软 软件",
		"如何卸载？":                  "如何 何卸 卸载",
		"支持Linux吗":               "支持 linux 吗",
		"パスワードを忘れた":              "パス スワ ワー ード ドを を忘 忘れ れた",
		"한국어 FAQ":                "한국 국어 faq",
	}
	for in, want := range tests {
		var got []string
		for _, w := range words(in) {
			got = append(got, w.text)
		}
		if strings.Join(got, " ") != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClosestIDs(t *testing.T) {
	f := loadDefault(t)
	if got := f.ClosestIDs("si-joint-mr", 3); len(got) == 0 || got[0] != "si-joint-mri" {
		t.Errorf("ClosestIDs(si-joint-mr) = %v", got)
	}
	// Longer than sahilm/fuzzy can score without overflowing: must not
	// panic or return garbage.
	long := strings.Repeat("s1-nerve-function", 10)
	_ = f.ClosestIDs(long, 3)
}

// A question word the FAQ uses tells entries apart; one it never uses is
// skipped, not held against every entry as unknown.
func TestSearchAskingWords(t *testing.T) {
	f := New(&Document{Entries: []Entry{
		{ID: "when", Question: "When do releases happen?", Answer: "Every six weeks, on a Tuesday."},
		{ID: "why", Question: "Why do releases happen on Tuesdays?", Answer: "Tuesday suits every time zone."},
	}})
	ix := NewIndex(f)
	wantFirst(t, ix, true, map[string]string{"when are releases": "when", "why are releases on tuesday": "why"})
	noWhy := New(&Document{Entries: []Entry{{ID: "a", Question: "Does it support Windows?", Answer: "Yes, Windows 10 and later."}}})
	for _, term := range queryTerms(NewIndex(noWhy), "why windows vs linux") {
		if term.words == "why" || term.words == "vs" {
			t.Errorf("%s searched as %q (%s) in a FAQ that never uses it", term.words, term.term, term.how)
		}
	}
	compares := New(&Document{Entries: []Entry{{ID: "c", Question: "How does it compare to Linux?", Answer: "It is faster."}}})
	vs := ""
	for _, term := range queryTerms(NewIndex(compares), "windows vs linux") {
		if term.words == "vs" && term.how == readSynonym {
			vs = term.term
		}
	}
	if vs != groupTerm([][]string{{"compar"}}) {
		t.Errorf("vs searched as %q in a FAQ that compares, want the compare group", vs)
	}
	// The things compared are the subject: "vs" alone does not make an
	// entry that compares other things an answer.
	web := NewIndex(New(&Document{Entries: []Entry{
		{ID: "web", Question: "How does it compare to web components?", Answer: "It adds routing and state management."},
		{ID: "fast", Question: "Is it fast?", Answer: "Yes."},
	}}))
	wantFirst(t, web, true, map[string]string{"web components vs it": "web"})
	if res := web.Search("pinia vs vuex for state management", Options{}); res.Confident {
		t.Errorf("pinia vs vuex: got %v (confident), want no confident match", ids(res.Matches))
	}
}

// Chinese, Japanese and Korean text is searched by pairs of characters:
// a query finds the entry that holds its words however they are split,
// and pairs no entry holds (across two words) count for nothing.
func TestSearchCJK(t *testing.T) {
	ix := NewIndex(New(&Document{Entries: []Entry{
		{ID: "install", Question: "如何安装这个软件？", Answer: "下载安装包，然后双击运行。"},
		{ID: "uninstall", Question: "如何卸载？", Answer: "在控制面板中删除程序。"},
		{ID: "systems", Question: "支持哪些操作系统？", Answer: "支持 Windows、macOS 和 Linux。"},
		{ID: "password", Question: "パスワードを忘れました", Answer: "リセットリンクを使ってください。"},
	}}))
	wantFirst(t, ix, true, map[string]string{
		"怎么安装软件":     "install",
		"卸载软件":       "uninstall",
		"操作系统":       "systems",
		"支持 Linux 吗": "systems",
		"パスワードを忘れた":  "password",
	})
	if res := ix.Search("天气怎么样", Options{}); len(res.Matches) > 0 {
		t.Errorf("天气怎么样 (the weather): got %v, want no match", ids(res.Matches))
	}
	// Japanese grammar in hiragana is no content: "how do I cancel my
	// contract" is not the password question, nor is "how do I".
	ja := NewIndex(New(&Document{Entries: []Entry{
		{ID: "password", Question: "パスワードを変更するにはどうすればいいですか？", Answer: "設定画面から変更できます。"},
		{ID: "invoice", Question: "請求書はどこでダウンロードできますか？", Answer: "アカウントページからダウンロードできます。"},
	}}))
	wantFirst(t, ja, true, map[string]string{"パスワードを変えたい": "password", "請求書": "invoice"})
	for _, q := range []string{"解約するにはどうすればいいですか", "どうすればいいですか？"} {
		if res := ja.Search(q, Options{}); res.Confident {
			t.Errorf("%s: got %v (confident), want no confident match", q, ids(res.Matches))
		}
	}
}

// Words the FAQ lacks weigh by how rare they are in everyday English: an
// everyday word is phrasing, a rare one a subject the FAQ does not cover.
func TestSearchEverydayWords(t *testing.T) {
	f := New(&Document{Entries: []Entry{
		{ID: "tz", Question: "Can I change the timezone?", Answer: "Set the TZ variable; times are stored in UTC."},
		{ID: "logs", Question: "How do I rotate logs?", Answer: "Use logrotate."},
	}})
	ix := NewIndex(f)
	everyday := ix.Search("can i change the timezone please show me", Options{})
	rare := ix.Search("can i change the timezone in kubernetes", Options{})
	if !everyday.Confident || everyday.Matches[0].Entry.ID != "tz" {
		t.Errorf("everyday words: got %v (confident %v), want tz", ids(everyday.Matches), everyday.Confident)
	}
	if len(rare.Matches) == 0 || rare.Matches[0].Score >= everyday.Matches[0].Score {
		t.Errorf("a rare unknown word (%v) should cost more than everyday ones (%v)", rare.Matches, everyday.Matches)
	}
	for _, tt := range []struct {
		word     string
		min, max float64
	}{
		{"show", 0, 0.2},
		{"kubernetes", 1, 1},
		{"whiplash", 1, 1},
		{"database", 0.7, 1},
		{"setups", 0.7, 0.9}, // not listed; "setup" is
	} {
		if got := ix.specificity(tt.word); got < tt.min || got > tt.max {
			t.Errorf("specificity(%q) = %.2f, want %.1f..%.1f", tt.word, got, tt.min, tt.max)
		}
	}
}

// An Index is safe for concurrent searches (it fills caches on first
// use); run with -race to check.
func TestSearchConcurrent(t *testing.T) {
	ix := NewIndex(loadDefault(t))
	queries := []string{"si joint mri", "how long does l5 s1 take to heal", "sacroilliac injection", "epidural steroid", "why is my s1 nerve pinched"}
	want := make([]string, len(queries))
	for i, q := range queries {
		want[i] = ids(NewIndex(loadDefault(t)).Search(q, Options{}).Matches)[0]
	}
	done := make(chan error)
	for g := range 8 {
		go func() {
			for k := range 20 {
				i := (g + k) % len(queries)
				if got := ids(ix.Search(queries[i], Options{}).Matches)[0]; got != want[i] {
					done <- fmt.Errorf("%q: got %s, want %s", queries[i], got, want[i])
					return
				}
			}
			done <- nil
		}()
	}
	for range 8 {
		if err := <-done; err != nil {
			t.Error(err)
		}
	}
}

// Everyday synonyms apply to any FAQ; a FAQ's own group takes a word out
// of them, so its author decides what the word means.
func TestSearchCommonSynonyms(t *testing.T) {
	entries := []Entry{
		{ID: "uninstall", Question: "How do I uninstall the tool?", Answer: "Run the uninstall script."},
		{ID: "upgrade", Question: "How do I upgrade installed packages?", Answer: "Run the upgrade command."},
		{ID: "alerts", Question: "Can I send alerts?", Answer: "Yes, through the alert manager."},
		{ID: "arguments", Question: "How do I pass build arguments?", Answer: "List them after the target."},
		{ID: "many", Question: "Why does it fetch so many dependencies?", Answer: "Each tool brings its own."},
		{ID: "dependencies", Question: "How do I add dependencies?", Answer: "Name them in the manifest."},
		{ID: "terminate", Question: "How can I terminate a build?", Answer: "Press the button."},
		{ID: "failed", Question: "Why did my build fail?", Answer: "Read its log."},
	}
	ix := NewIndex(New(&Document{Entries: entries}))
	wantFirst(t, ix, false, map[string]string{
		"how do i remove the tool":       "uninstall",
		"update my packages":             "upgrade",
		"email notifications":            "alerts",
		"get rid of the tool completely": "uninstall",
		"custom build flags":             "arguments",
		"lots of dependencies":           "many",
		"cancel a running build":         "terminate",
	})
	own := NewIndex(New(&Document{Entries: entries, Synonyms: [][]string{{"update", "refresh"}}}))
	for _, term := range queryTerms(own, "update my packages") {
		if term.words == "update" && slices.Contains(term.synonyms, "upgrade") {
			t.Errorf("update searched as %v, though the FAQ's own group holds it", term.synonyms)
		}
	}
}

// Each phrase of the common synonyms belongs to one group: a query reads
// a phrase as one group only.
func TestCommonSynonymsData(t *testing.T) {
	groups, _ := commonSynonyms()
	if len(groups) < 20 {
		t.Fatalf("%d common synonym groups; is data/synonyms.txt embedded?", len(groups))
	}
	seen := map[string][]string{}
	for _, g := range groups {
		for _, m := range g {
			stems := stemsOf(m)
			n := 0 // words of two letters or more ("k8s" reads as "k8" and "s")
			for _, w := range words(m) {
				if len(w.text) > 1 {
					n++
				}
			}
			read := len(stems) + strings.Count(strings.Join(stems, " "), "+") // a folded particle counts
			if len(stems) == 0 || (n > 1 && read < 2) {
				t.Errorf("%q in %v is read as %q: it leans on stop words", m, g, stems)
			}
			k := strings.Join(stems, " ")
			if prev, dup := seen[k]; dup && !slices.Equal(prev, g) {
				t.Errorf("%q is in %v and in %v", m, prev, g)
			}
			seen[k] = g
		}
	}
}

// A phrasal verb a synonym group names reads as one word: "turn off" is
// "disable", not "turn on"; its verb still counts alone too.
func TestSearchPhrasalVerbs(t *testing.T) {
	f := New(&Document{Entries: []Entry{
		{ID: "disable", Question: "How do I disable the cache?", Answer: "Set cache to false."},
		{ID: "enable", Question: "How do I enable the cache?", Answer: "Set cache to true."},
		{ID: "login", Question: "Why can't I log in?", Answer: "Check your password."},
		{ID: "logs", Question: "Where are the logs kept?", Answer: "In the state folder."},
	}})
	ix := NewIndex(f)
	wantFirst(t, ix, false, map[string]string{
		"turn off the cache":      "disable",
		"turn on the cache":       "enable",
		"cache switched on":       "enable",
		"cannot sign in":          "login",
		"where are the log files": "logs",
	})
}

// wantFirst checks that each query's best match is the entry named, and,
// when confident is set, that it is given as the answer.
func wantFirst(t *testing.T, ix *Index, confident bool, want map[string]string) {
	t.Helper()
	for q, id := range want {
		res := ix.Search(q, Options{})
		if len(res.Matches) == 0 || res.Matches[0].Entry.ID != id || confident && !res.Confident {
			t.Errorf("%q: got %v (confident %v), want %s first", q, ids(res.Matches), res.Confident, id)
		}
	}
}

// queryTerms returns how ix reads query.
func queryTerms(ix *Index, query string) []queryTerm {
	return ix.readQuery(query)
}

// A document's front matter may set its own threshold; Options.MinScore
// still wins, and an impossible one is a problem, not a setting.
func TestSearchFrontMatterThreshold(t *testing.T) {
	const body = "# FAQ\n\n## How do I reset the router?\n\nHold the button for ten seconds.\n"
	score := func(threshold string, minScore float64) (float64, bool) {
		doc, err := Parse("t.md", []byte("---\nthreshold: "+threshold+"\n---\n"+body))
		if err != nil {
			t.Fatal(err)
		}
		res := NewIndex(New(doc)).Search("router reset", Options{MinScore: minScore})
		return res.Matches[0].Score, res.Confident
	}
	s, _ := score("0", 0)
	if _, ok := score(fmt.Sprint(s+0.01), 0); ok {
		t.Errorf("a threshold above the score %.3f still answers", s)
	}
	if _, ok := score(fmt.Sprint(s-0.01), 0); !ok {
		t.Errorf("a threshold below the score %.3f does not answer", s)
	}
	if _, ok := score(fmt.Sprint(s+0.01), s-0.01); !ok {
		t.Error("Options.MinScore does not win over the front matter")
	}
	doc, _ := Parse("t.md", []byte("---\nthreshold: 1.5\n---\n"+body))
	if len(doc.Problems) != 1 || !strings.Contains(doc.Problems[0].Message, "threshold 1.5 is not between 0 and 1") {
		t.Errorf("problems %v, want the bad threshold named", doc.Problems)
	}
}

// TestLookupByHand: Lookup finds entries of a FAQ built by hand, from
// goroutines at once (go test -race), and ones added after its index.
func TestLookupByHand(t *testing.T) {
	f := &FAQ{Entries: []Entry{{ID: "a", Question: "A?"}, {ID: "b", Question: "B?"}}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if e, ok := f.Lookup("b"); !ok || e.Question != "B?" {
				t.Errorf("Lookup(b) = %v, %v", e, ok)
			}
		}()
	}
	wg.Wait()
	NewIndex(f)
	f.Entries = append(f.Entries, Entry{ID: "c", Question: "C?"})
	if e, ok := f.Lookup("c"); !ok || e.Question != "C?" {
		t.Errorf("an entry added after the index: %v, %v", e, ok)
	}
	if _, ok := f.Lookup("nope"); ok {
		t.Error("Lookup(nope) found something")
	}
}

func TestNewIndexNil(t *testing.T) {
	if res := NewIndex(nil).Search("anything at all", Options{}); res.Confident || len(res.Matches) != 0 {
		t.Errorf("an index of nothing found %+v", res.Matches)
	}
}

// unansweredFAQ lists, in its front matter, questions it does not answer.
const unansweredFAQ = `---
unanswered:
  - How much does the pro plan cost?
  - "  Can I get   a refund?  "
  - ""
---
# Tool FAQ

## How do I install it?

Download the installer and run it.

## Which plans are there?

A free plan, and a pro plan with more storage and priority support.

## How do I cancel the pro plan?

Open the billing page and choose cancel; the plan runs to the end of the month.
`

// TestUnanswered: a question closer to the FAQ's unanswered questions than
// to any entry is refused with the entries as suggestions (without those
// questions, "what does the pro plan cost" is answered by the entry on
// cancelling it); other questions are answered as before; the cache keeps
// them.
func TestUnanswered(t *testing.T) {
	doc, err := Parse("tool.md", []byte(unansweredFAQ))
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"How much does the pro plan cost?", "Can I get a refund?"}; !slices.Equal(doc.Unanswered, want) {
		t.Fatalf("Unanswered = %q, want %q", doc.Unanswered, want)
	}
	without := *doc
	without.Unanswered = nil
	plain := NewIndex(New(&without))
	if res := plain.Search("what does the pro plan cost", Options{}); !res.Confident {
		t.Fatalf("without unanswered questions: not answered (%v); the test needs a question that is", ids(res.Matches))
	}
	built := NewIndex(New(doc))
	data, err := built.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	cached, err := ReadIndex(data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cached.FAQ().Unanswered, doc.Unanswered) || cached.Len() != 3 {
		t.Fatalf("after the cache: Unanswered %q, %d entries", cached.FAQ().Unanswered, cached.Len())
	}
	for _, ix := range []*Index{built, cached} {
		for _, q := range []string{"what does the pro plan cost", "refund for the pro plan"} {
			res := ix.Search(q, Options{})
			if res.Confident || len(res.Matches) == 0 {
				t.Errorf("%q: answered %v, or no suggestions", q, ids(res.Matches))
			}
			for i, m := range res.Matches {
				if m.Entry == nil || m.Entry.ID == "" || i > 0 && m.Score > res.Matches[i-1].Score {
					t.Errorf("%q: match %d is %+v", q, i, m)
				}
			}
			if !strings.Contains(res.Explain(), "lists as unanswered") {
				t.Errorf("%q: the explanation does not say why:\n%s", q, res.Explain())
			}
		}
		for q, want := range map[string]string{"which plans are there": "which-plans-are-there", "cancel pro plan": "how-do-i-cancel-the-pro-plan"} {
			if res := ix.Search(q, Options{}); !res.Confident || res.Matches[0].Entry.ID != want {
				t.Errorf("%q: %v (confident %v), want %s", q, ids(res.Matches), res.Confident, want)
			}
		}
		// None of these words is in the unanswered questions: every score
		// is as without them.
		for _, q := range []string{"install it", "how do i cancel", "billing page storage"} {
			res, before := ix.Search(q, Options{}), plain.Search(q, Options{})
			if len(res.Matches) != len(before.Matches) || len(res.Matches) == 0 {
				t.Errorf("%q: %v, without unanswered questions %v", q, ids(res.Matches), ids(before.Matches))
				continue
			}
			for i := range before.Matches {
				if res.Matches[i].Score != before.Matches[i].Score || res.Matches[i].Entry.ID != before.Matches[i].Entry.ID {
					t.Errorf("%q: scores %v, without unanswered questions %v", q, res.Matches, before.Matches)
					break
				}
			}
		}
		if res := ix.Search("what does the pro plan cost", Options{Topic: "tool faq"}); res.Confident {
			t.Errorf("with a topic: answered %v", ids(res.Matches))
		}
	}
}
