package faq

import "math"

// This file holds every number search uses: the hand-set parameters of
// reading and retrieval first, then the fitted coefficients of the model
// that turns an entry's features into its score.
//
// Refit the coefficients (and the threshold) after changing a feature, a
// parameter or a rule, from query files in the form `faq test` reads:
//
//	go test ./faq -run '^TestRefit$' -refit SETS.tsv [-ablate]
//
// SETS.tsv lists one query set per line, "FAQ.md<TAB>QUERIES.tsv" ("-"
// for the built-in FAQ); for a folder of FAQs beside their query files:
//
//	for q in DIR/*.queries.tsv; do printf '%s\t%s\n' "${q%.queries.tsv}.md" "$q"; done
//
// The fit weighs every set equally however many queries it holds, prints
// each set's figures fitted on all sets and on all others (leave one FAQ
// out) and the trade-off of P@1 and rejection against the threshold, and
// rewrites the block at the end of this file. With -ablate it prints
// instead what switching off each rule, or leaving out each feature, does
// to those figures.

// BM25: term-frequency saturation, and per field its weight and length
// normalisation. The answer part of a term's score counts answerShare of
// the phrasing part.
const (
	k1          = 1.2
	answerShare = 0.5
)

var (
	fieldWeight = [numFields]float64{fieldQuestion: 3, fieldAlias: 2, fieldTopic: 0.5, fieldAnswer: 1}
	fieldB      = [numFields]float64{fieldQuestion: 0.5, fieldAlias: 0.5, fieldTopic: 0, fieldAnswer: 0.75}
)

// Weights of query terms: how surely each was understood.
const (
	weightTypo    = 0.8 // a corrected typo
	relatedWeight = 0.7 // a stem of the term's word family, not the term
)

// How much of its weight a word as common in everyday English as "show"
// keeps (see specificity): an unknown one is mostly phrasing ("is it just
// another name for ..."), a known one says less about what is asked than
// a rare word does. Words no entry holds count against every entry at
// unknownWeight of their rarity.
const (
	everydayUnknown = 0.1
	everydayKnown   = 0.5
	unknownWeight   = 0.75
)

// Everyday English frequencies (Zipf scale: log10 of uses per billion
// words) between which a word goes from rare to common.
const (
	rareZipf   = 3.5 // "whiplash" 3.2, "database" 3.8, "knee" 4.2
	commonZipf = 5.5 // "pain" 5.0, "another" 5.7, "show" 5.7
	// Below inflectedZipf an inflected form reads at its base word's
	// frequency: "mails" (2.6) is as everyday as "mail" (4.6), "newer"
	// (3.0) as "new".
	inflectedZipf = rareZipf
)

// Word families: a stem and a corpus stem that extends it by a short
// suffix ("treat" and "treatment", "sciatic" and "sciatica") are
// probably the same word. Porter2 only strips inflections.
const (
	minFamilyPrefix = 5 // letters the two stems share at least
	maxFamilySuffix = 4 // letters the longer one adds at most
)

// poolSize is how many entries, best by BM25, are scored by the model.
// The right entry is among the first 20 for all but a few in a thousand
// public queries; it is nearly never found beyond the tenth.
const poolSize = 20

// Features, as the model reads them: logs keep a share of 0 finite. The
// margin is fitted whole but clipped when scoring, so that a far lead
// raises a score only so far: a question that only one entry touches is
// often one the FAQ does not answer. Unclipped, the built-in FAQ's five
// query files get an answer to 10 of their 82 questions it cannot
// answer, not 5.
const (
	coverFloor = 0.01
	maxMargin  = 3
)

// rankScore combines an entry's features into the number entries are
// ordered by: a log-linear mix of its BM25 score against the best one,
// its cover of the query and the phrasing cover.
func (m *coefficients) rankScore(f *features) float64 {
	return m.bm25*math.Log(f.bm25) + m.cover*math.Log(f.cover+coverFloor) + m.phrasing*f.phrasing
}

// confidence is an entry's score: the fitted probability that it answers
// the query, from its rank score, its margin over the best other entry's
// and the query's own features (the share of it no entry holds, and its
// size). It rises with the rank score and the margin (both fitted
// non-negative), so entries are ordered by rank score.
func (m *coefficients) confidence(rank, margin float64, q queryFeatures) float64 {
	margin = max(-maxMargin, min(margin, maxMargin))
	z := m.bias + m.rank*rank + m.margin*margin + m.unknown*q.unknown + m.size*logSize(q.size)
	return 1 / (1 + math.Exp(-z))
}

// logSize is the query's size as the model reads it: each further word
// says less than the one before.
func logSize(size float64) float64 { return math.Log1p(size) }

// coefficients are the model's fitted numbers.
type coefficients struct {
	// Rank score: weights of log BM25 share, log cover and phrasing cover.
	bm25, cover, phrasing float64
	// Confidence: intercept and weights of rank score, margin, unknown
	// share and log query size.
	bias, rank, margin, unknown, size float64
}

// The block below is written by TestRefit; do not edit it by hand.

// Threshold is the score a best match needs to be given as the answer:
// below it, search reports no confident match and offers the matches as
// suggestions.
const Threshold = 0.56

var model = coefficients{
	bm25: 2.382, cover: 2.317, phrasing: 3.684,
	bias: -1.180, rank: 0.573, margin: 0.449, unknown: -0.290, size: 0.977,
}
