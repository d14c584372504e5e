package faq

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/faqtool/faq/internal/queryset"
)

var (
	refitSets = flag.String("refit", "", "TestRefit: fit the model on the query sets listed in this file (lines FAQ.md<TAB>QUERIES.tsv, - for the built-in FAQ) and rewrite model.go")
	ablate    = flag.Bool("ablate", false, "TestRefit: also refit with each rule switched off and print the figures, writing nothing")
)

// TestRefit fits the model's coefficients and threshold on query sets
// and rewrites the fitted block of model.go; with -ablate it prints what
// each rule adds instead. It runs only when asked (see model.go).
func TestRefit(t *testing.T) {
	if *refitSets == "" {
		t.Skip("refits the ranking model only when asked: go test ./faq -run '^TestRefit$' -refit SETS.tsv")
	}
	sets, err := readFitSets(*refitSets)
	if err != nil {
		t.Fatal(err)
	}
	if *ablate {
		fmt.Printf("%-20s %28s %28s\n", "rule switched off", "fitted on all: P@1  rej", "left out: P@1  rej")
		for r := rule(0); r < 1<<numRules; r = max(1, r<<1) {
			name := "none"
			if r != 0 {
				name = ruleNames[bitIndex(r)]
			}
			fit := fitModel(collect(t, sets, r), nil, nil)
			fmt.Printf("%-20s %22.3f %5.3f %22.3f %5.3f\n", name, fit.all.p1, fit.all.rej, fit.loo.p1, fit.loo.rej)
			if r == 1<<(numRules-1) {
				break
			}
		}
		data := collect(t, sets, 0)
		for _, feature := range modelFeatures {
			dropped = feature
			fit := fitModel(data, nil, nil)
			fmt.Printf("%-20s %22.3f %5.3f %22.3f %5.3f\n", "feature "+feature, fit.all.p1, fit.all.rej, fit.loo.p1, fit.loo.rej)
		}
		dropped = ""
		return
	}
	var names []string
	for _, s := range sets {
		names = append(names, s.name)
	}
	fit := fitModel(collect(t, sets, 0), names, os.Stdout)
	if err := writeModel("model.go", fit.coef, fit.threshold); err != nil {
		t.Fatal(err)
	}
}

func bitIndex(r rule) int {
	i := 0
	for r > 1 {
		r >>= 1
		i++
	}
	return i
}

// A fitSet is a FAQ and its query file.
type fitSet struct {
	name, faq, queries string
}

func readFitSets(name string) ([]fitSet, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []fitSet
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		md, q, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("%s: want FAQ.md<TAB>QUERIES.tsv: %q", name, line)
		}
		set := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(q), ".tsv"), ".queries")
		out = append(out, fitSet{set, md, q})
	}
	return out, nil
}

// A fitQuery is a query with what the model needs of its candidates.
type fitQuery struct {
	set        int
	answerable bool
	query      queryFeatures
	cands      []fitCandidate
}

type fitCandidate struct {
	f        features
	right    bool
	minScore float64 // the entry's document's own threshold, or 0
	// unanswered is the FAQ's questions it does not answer (front
	// matter): scored with the entries, as Search does, but never given.
	unanswered bool
}

// collect reads every set and scores each query's candidates' features,
// with the rules off switched off.
func collect(t *testing.T, sets []fitSet, off rule) [][]fitQuery {
	out := make([][]fitQuery, len(sets))
	for si, s := range sets {
		path := s.faq
		if path == "-" {
			path = builtinFAQ
		}
		opened, err := Open([]string{path}, nil)
		if err != nil {
			t.Fatal(err)
		}
		f := opened.FAQ()
		ix := newIndex(f, off)
		cases, err := queryset.Read(s.queries)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			terms := ix.readQuery(c.Query)
			q := ix.newQueryInfo(terms)
			fq := fitQuery{set: si, answerable: c.Answerable(), query: q.queryFeatures}
			pool := ix.retrieve(terms, "")
			for _, cand := range pool {
				fc := fitCandidate{f: ix.features(q, cand, pool[0].bm25), unanswered: ix.isUnanswered(cand.doc)}
				if !fc.unanswered {
					e := &f.Entries[cand.doc]
					fc.right, fc.minScore = c.Accepts(e.ID, e.Question), e.minScore
				}
				fq.cands = append(fq.cands, fc)
			}
			out[si] = append(out[si], fq)
		}
	}
	return out
}

// figures are macro averages over sets, each set counted once: P@1 over
// every set, rejection over the sets with unanswerable queries.
type figures struct{ p1, rej float64 }

type fitResult struct {
	coef      coefficients
	threshold float64
	all, loo  figures
}

// fitModel fits the coefficients and threshold on all sets, and again on
// all sets but one for each set, to report how the fit does on a FAQ it
// has not seen. With w set it prints each set's figures.
func fitModel(sets [][]fitQuery, names []string, w *os.File) fitResult {
	var res fitResult
	res.coef, res.threshold = fitOn(sets, -1)
	res.all = evaluate(sets, -1, res.coef, res.threshold, true, nil)
	loo := make([]figures, len(sets))
	for i := range sets {
		c, th := fitOn(sets, i)
		one := evaluate(sets[i:i+1], -1, c, th, true, nil)
		loo[i] = one
	}
	res.loo = macroOf(loo)
	if w != nil {
		per := make([]figures, len(sets))
		evaluate(sets, -1, res.coef, res.threshold, true, per)
		fmt.Fprintf(w, "%-16s %20s %20s\n", "set", "fitted on all", "left out")
		for i := range sets {
			fmt.Fprintf(w, "%-16s P@1 %.3f rej %.3f  P@1 %.3f rej %.3f\n", names[i], per[i].p1, per[i].rej, loo[i].p1, loo[i].rej)
		}
		fmt.Fprintf(w, "%-16s P@1 %.3f rej %.3f  P@1 %.3f rej %.3f\n", "macro", res.all.p1, res.all.rej, res.loo.p1, res.loo.rej)
		fmt.Fprintf(w, "coefficients %+v, threshold %.2f\n", res.coef, res.threshold)
		fmt.Fprintln(w, "threshold  P@1    rejection (fitted on all, every FAQ at the threshold; at 0 the first match is always given)")
		for th := 0.0; th < 0.81; th += 0.05 {
			if th > 0 && th < 0.29 {
				continue
			}
			f := evaluate(sets, -1, res.coef, th, false, nil) // every set at th
			fmt.Fprintf(w, "%.2f       %.3f  %.3f\n", th, f.p1, f.rej)
		}
	}
	return res
}

// maxFalseAnswers is the share of questions no entry answers that may
// still get an answer: the false-answer rate the threshold is chosen for.
const maxFalseAnswers = 0.2

// fitOn fits on every set but skip (none when -1): the rank weights by
// softmax over each answerable query's candidates, then the confidence
// by logistic regression on each query's best candidate, then the lowest
// threshold that keeps the false-answer rate within maxFalseAnswers.
func fitOn(sets [][]fitQuery, skip int) (coefficients, float64) {
	weight := func(si int) float64 { return 1 / float64(len(sets[si])) }
	// Rank weights.
	var lists [][][]float64
	var rights [][]bool
	var lw []float64
	for si, qs := range sets {
		if si == skip {
			continue
		}
		for _, q := range qs {
			if !q.answerable || len(q.cands) == 0 {
				continue
			}
			var xs [][]float64
			var rs []bool
			any := false
			for _, c := range q.cands {
				xs = append(xs, rankFeatures(&c.f))
				rs = append(rs, c.right)
				any = any || c.right
			}
			if any {
				lists, rights, lw = append(lists, xs), append(rights, rs), append(lw, weight(si))
			}
		}
	}
	r := fitSoftmax(lists, rights, lw, 0.01)
	coef := coefficients{bm25: r[0], cover: r[1], phrasing: r[2]}
	// Confidence, on each query's best candidate by rank score (the
	// confidence's other inputs are fitted yet).
	byRank := coef
	byRank.rank = 1
	var xs [][]float64
	var ys []bool
	var cw []float64
	for si, qs := range sets {
		if si == skip {
			continue
		}
		for _, q := range qs {
			if top, ok := bestOf(q, &byRank); ok {
				xs = append(xs, []float64{top.rank, use("margin", top.margin), use("unknown", q.query.unknown), use("size", logSize(q.query.size))})
				ys = append(ys, q.answerable && q.cands[top.i].right)
				cw = append(cw, weight(si))
			}
		}
	}
	c := fitLogistic(xs, ys, cw, 0.01)
	coef.bias, coef.rank, coef.margin, coef.unknown, coef.size = c[0], max(c[1], 0), max(c[2], 0), c[3], c[4]
	// Threshold: the lowest at which at most maxFalseAnswers of the
	// unanswerable queries are answered (macro over sets), every set
	// read with it: it is the threshold of FAQs that set none, and a FAQ
	// that sets a stricter one must not make it laxer for the others.
	threshold := 0.95
	for th := 0.05; th < 0.95; th += 0.01 {
		if f := evaluate(sets, skip, coef, th, false, nil); f.rej >= 1-maxFalseAnswers {
			threshold = math.Round(th*100) / 100
			break
		}
	}
	return coef, threshold
}

// modelFeatures name the model's inputs, for -ablate: each is left out in
// turn (its input fitted as 0, so its coefficient comes out 0).
var modelFeatures = []string{"bm25", "cover", "phrasing", "margin", "unknown", "size"}

// dropped is the feature -ablate leaves out, or "".
var dropped string

// use returns v, or 0 for the feature -ablate leaves out.
func use(name string, v float64) float64 {
	if name == dropped {
		return 0
	}
	return v
}

// rankFeatures are the inputs of the rank score, in coefficient order.
func rankFeatures(f *features) []float64 {
	return []float64{use("bm25", math.Log(f.bm25)), use("cover", math.Log(f.cover+coverFloor)), use("phrasing", f.phrasing)}
}

type topCandidate struct {
	i                   int
	rank, margin, score float64
}

// bestOf scores a query's candidates as Search does and returns the best
// entry: the FAQ's unanswered questions score with them but are passed
// over.
func bestOf(q fitQuery, c *coefficients) (topCandidate, bool) {
	pool := make([]scored, len(q.cands))
	for i := range q.cands {
		pool[i] = scored{doc: int32(i), f: q.cands[i].f}
	}
	c.order(pool, q.query)
	for _, s := range pool {
		if !q.cands[s.doc].unanswered {
			return topCandidate{int(s.doc), s.rank, s.margin, s.score}, true
		}
	}
	return topCandidate{}, false
}

// evaluate returns the macro figures of coefficients c and threshold th
// on every set but skip, with own set each FAQ's own threshold where it
// has one; per, when not nil, gets each set's figures.
func evaluate(sets [][]fitQuery, skip int, c coefficients, th float64, own bool, per []figures) figures {
	var figs []figures
	for si, qs := range sets {
		if si == skip {
			continue
		}
		var pos, hits, neg, refused int
		for _, q := range qs {
			top, ok := bestOf(q, &c)
			answered := false
			if ok {
				need := th
				if m := q.cands[top.i].minScore; own && m > 0 {
					need = m
				}
				answered = top.score >= need
			}
			switch {
			case q.answerable:
				pos++
				if answered && q.cands[top.i].right {
					hits++
				}
			default:
				neg++
				if !answered {
					refused++
				}
			}
		}
		one := figures{float64(hits) / float64(max(pos, 1)), -1}
		if neg > 0 {
			one.rej = float64(refused) / float64(neg)
		}
		if per != nil {
			per[si] = one
		}
		figs = append(figs, one)
	}
	return macroOf(figs)
}

func macroOf(figs []figures) figures {
	var m figures
	var nr int
	for _, f := range figs {
		m.p1 += f.p1
		if f.rej >= 0 {
			m.rej += f.rej
			nr++
		}
	}
	m.p1 /= float64(max(len(figs), 1))
	if nr > 0 {
		m.rej /= float64(nr)
	} else {
		m.rej = -1 // no set has unanswerable queries: none to count
	}
	return m
}

// fitSoftmax fits weights (no intercept) maximising the weighted log
// likelihood of the right candidates under a softmax over each list, by
// Newton's method with an L2 penalty l2.
func fitSoftmax(lists [][][]float64, rights [][]bool, w []float64, l2 float64) []float64 {
	d := len(lists[0][0])
	beta := make([]float64, d)
	for range 50 {
		g := make([]float64, d)
		h := newMatrix(d)
		for li, xs := range lists {
			p := softmax(xs, beta)
			mean := make([]float64, d)
			for k, x := range xs {
				for i := range d {
					mean[i] += p[k] * x[i]
				}
			}
			nRight := 0.0
			for _, r := range rights[li] {
				if r {
					nRight++
				}
			}
			for k, x := range xs {
				for i := range d {
					if rights[li][k] {
						g[i] -= w[li] / nRight * (x[i] - mean[i])
					}
					for j := range d {
						h[i][j] += w[li] * p[k] * (x[i] - mean[i]) * (x[j] - mean[j])
					}
				}
			}
		}
		newtonStep(beta, g, h, l2, 0)
	}
	return beta
}

func softmax(xs [][]float64, beta []float64) []float64 {
	p := make([]float64, len(xs))
	top := math.Inf(-1)
	for k, x := range xs {
		for i, v := range x {
			p[k] += beta[i] * v
		}
		top = max(top, p[k])
	}
	sum := 0.0
	for k := range p {
		p[k] = math.Exp(p[k] - top)
		sum += p[k]
	}
	for k := range p {
		p[k] /= sum
	}
	return p
}

// fitLogistic fits an intercept and weights by weighted logistic
// regression, by Newton's method with an L2 penalty l2 on the weights.
func fitLogistic(xs [][]float64, ys []bool, w []float64, l2 float64) []float64 {
	d := len(xs[0]) + 1
	beta := make([]float64, d)
	for range 50 {
		g := make([]float64, d)
		h := newMatrix(d)
		for n, x := range xs {
			x := append([]float64{1}, x...)
			z := 0.0
			for i := range d {
				z += beta[i] * x[i]
			}
			p := 1 / (1 + math.Exp(-z))
			y := 0.0
			if ys[n] {
				y = 1
			}
			for i := range d {
				g[i] += w[n] * (p - y) * x[i]
				for j := range d {
					h[i][j] += w[n] * p * (1 - p) * x[i] * x[j]
				}
			}
		}
		newtonStep(beta, g, h, l2, 1) // no penalty on the intercept
	}
	return beta
}

// newtonStep adds an L2 penalty l2 on beta[from:] to the gradient g and
// Hessian h of a loss and takes one Newton step.
func newtonStep(beta, g []float64, h [][]float64, l2 float64, from int) {
	for i := from; i < len(beta); i++ {
		g[i] += l2 * beta[i]
		h[i][i] += l2
	}
	step := solve(h, g)
	for i := range beta {
		beta[i] -= step[i]
	}
}

func newMatrix(d int) [][]float64 {
	m := make([][]float64, d)
	for i := range m {
		m[i] = make([]float64, d)
	}
	return m
}

// solve solves a x = b by Gauss-Jordan elimination with partial pivoting.
func solve(a [][]float64, b []float64) []float64 {
	n := len(b)
	m := make([][]float64, n)
	for i := range m {
		m[i] = append(append([]float64(nil), a[i]...), b[i])
	}
	for c := range n {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		m[c], m[p] = m[p], m[c]
		if math.Abs(m[c][c]) < 1e-12 {
			continue
		}
		for r := range n {
			if r != c {
				f := m[r][c] / m[c][c]
				for k := c; k <= n; k++ {
					m[r][k] -= f * m[c][k]
				}
			}
		}
	}
	x := make([]float64, n)
	for i := range x {
		if math.Abs(m[i][i]) > 1e-12 {
			x[i] = m[i][n] / m[i][i]
		}
	}
	return x
}

// fittedBlock is the part of model.go that writeModel replaces.
var fittedBlock = regexp.MustCompile(`(?s)// The block below is written by TestRefit.*\z`)

// writeModel rewrites the fitted block at the end of model.go.
func writeModel(name string, c coefficients, threshold float64) error {
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !fittedBlock.Match(src) {
		return fmt.Errorf("%s: no fitted block", name)
	}
	block := fmt.Sprintf(`// The block below is written by TestRefit; do not edit it by hand.

// Threshold is the score a best match needs to be given as the answer:
// below it, search reports no confident match and offers the matches as
// suggestions.
const Threshold = %.2f

var model = coefficients{
	bm25: %.3f, cover: %.3f, phrasing: %.3f,
	bias: %.3f, rank: %.3f, margin: %.3f, unknown: %.3f, size: %.3f,
}
`, threshold, c.bm25, c.cover, c.phrasing, c.bias, c.rank, c.margin, c.unknown, c.size)
	return os.WriteFile(name, fittedBlock.ReplaceAll(src, []byte(block)), 0o644)
}

// TestBestOfPassesOverUnanswered: in the fit, as in Search, a FAQ's
// unanswered questions score with the entries (the best entry's margin is
// its lead over them too) but are never the answer.
func TestBestOfPassesOverUnanswered(t *testing.T) {
	q := fitQuery{answerable: true, cands: []fitCandidate{
		{f: features{bm25: 1, cover: 1, phrasing: 1}, unanswered: true},
		{f: features{bm25: 0.8, cover: 0.6, phrasing: 0.5}, right: true},
		{f: features{bm25: 0.5, cover: 0.3, phrasing: 0.2}},
	}}
	top, ok := bestOf(q, &model)
	if !ok || top.i != 1 {
		t.Fatalf("best %+v, %v; want the second candidate", top, ok)
	}
	if top.margin >= 0 {
		t.Errorf("margin %.3f: the unanswered questions lead, so it should be negative", top.margin)
	}
	if _, ok := bestOf(fitQuery{cands: q.cands[:1]}, &model); ok {
		t.Error("only unanswered questions: a best entry was given")
	}
}
