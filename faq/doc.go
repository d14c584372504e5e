// Package faq reads FAQs written in Markdown and finds the entry that
// answers a question.
//
// # Documents
//
// Parse reads one Markdown document with goldmark (block structure only;
// questions are parsed inline for their text). Questions are headings
// (Markdown, or an HTML <h1>-<h6> that starts a block) or, in other
// shapes: a bold paragraph worded as a question or marked Q: (**Q: …**,
// **Q**. …, **How …?**), a Q:/A: pair, the summary of a top-level
// <details> element, a list item led by a bold question (1. **How …?**),
// the term of a definition list. They form an outline: each one's parent
// is the nearest one above it at a shallower level, the other shapes
// sitting below every heading.
//
//   - The title is a first heading alone at the shallowest level, or one
//     that repeats the front matter's title; what precedes the first
//     question or section (after the title) is the introduction.
//   - A question with content below it and nothing deeper is an entry,
//     worded as a question or not; its answer runs to the next question
//     that is not part of it.
//   - A heading with questions below it is a section, which gives them
//     their topic, or an entry whose sub-headings structure its answer. A
//     question heading is an entry unless it has no answer of its own
//     and questions below it; otherwise a heading with a question, a
//     deeper outline or two questions of another shape below it is a
//     section; one whose sub-headings are worded as other answers' are
//     ("Symptom", "Solution") or whose neighbours are mostly entries is
//     an entry; else a section. A section's own prose is an entry named
//     by it: nothing is dropped.
//   - Below an entry, headings and questions belong to its answer (a
//     heading's text is searched as another wording of the question),
//     except a follow-up: a question heading with an answer of its own
//     whose wording no other heading repeats. A childless heading at an
//     entry's level worded as sub-headings are elsewhere (a stray
//     "### Solution") belongs to the entry before it.
//   - Code blocks, HTML comments, front matter (YAML or TOML), tables of
//     contents (lists or headings of links into the same file, kramdown's
//     {:toc}), rules, <style> and <script> hold no questions and are no
//     answer. Wrapper HTML (<div markdown="1">, </details>, <p>) and
//     templating ({% … %}, {{ … }}, Hugo's {{< … >}}) are removed from
//     questions and answers outside code, keeping a templated link's
//     text; "A:" markers are removed from answers to Q: questions.
//   - A question reads as a person sees it: markup removed but for code,
//     which keeps its backticks (<code>x</code> too).
//   - An entry's id is its {#id} or {: #id } attribute (an HTML heading's
//     or summary's id or name, an empty anchor's just before a question),
//     else a GitHub-style slug of its question (single hyphens, at most
//     64 bytes, cut at a word); repeated ids get -1, -2, ...
//   - An HTML comment or paragraph starting "Also asked as:" lists other
//     wordings; a last paragraph starting "Sources:" lists references.
//     An answer carries the definitions of the reference links it uses.
//
// Parse records in Document.Problems what a FAQ author would want to fix
// (text in no entry, questions without answers, a code fence never
// closed, duplicate questions, few entries in a large file with the
// shape its questions may be in, ...); Check adds answers that are only
// a list of links.
//
// # Matching
//
// NewIndex indexes four fields of every entry: the question, its other
// wordings (aliases and sub-headings), the topic and the answer. Text is
// lower-cased, stripped of accents and apostrophes, split into words of
// letters and digits (a digit followed by a letter starts a new word, so
// "L5-S1", "l5s1" and "l5 s1" read alike), cleared of stop words (but
// "why", "where", "when", "who", "vs" and "versus", which say what kind
// of answer is wanted, are kept) and reduced to Snowball (Porter2) stems, British
// endings read as American ones ("organise", "colour"). A phrasal verb
// that a synonym group names ("turn off") reads as one stem, though its
// particle is a stop word; its verb counts alone too. Every phrase of a
// synonym group also indexes the group as a term of its own. The
// groups are the FAQ's own (front matter) and everyday ones that hold for
// nearly any FAQ (data/synonyms.txt: "remove", "delete", "uninstall";
// "versus", "compare"); a phrase in one of the FAQ's groups is left out of
// the everyday ones, so the author decides what it means. A group no
// entry holds counts as an unknown word.
//
// Search reads the query the same way (skipping question words the FAQ's
// text never uses), and for each word the index does not know it tries, in
// order: joining it with the next word ("sacro iliac"; a particle such as
// "up" too, so "back up" finds "backup"), splitting it in two known words
// that the FAQ writes side by side ("sacro-iliac"), and, unless it is a
// word of everyday English ("brother" is no typo of "bother"), correcting
// a typo to the nearest corpus word with the same first letter (one edit
// up to seven letters, two beyond; in words of five letters or fewer only
// a likely slip: a dropped letter, a swap, a QWERTY neighbour's key, or a
// key hit twice or with its neighbour, so "vuex" is not "vue"; among
// words as near, one a likely slip away wins: "plint" is "pylint", not
// "print").
// Synonym phrases in the query become their group; the words they replaced
// still count, at half weight. Each term also matches corpus stems of its
// word family (one extends the other by at most four letters: "treat",
// "treatment"; or by a one-digit version: "sdl", "sdl2"), at 0.7 of its
// weight.
//
// Each term scores an entry with BM25 (k1 1.2) in two parts, each with its
// own inverse document frequency: the phrasings (question weight 3,
// aliases 2) and, at half weight, the answer (topic 0.5). The ten best
// entries are then re-ranked by the geometric mean of their share of the
// best score and their confidence, with a bonus (up to 20%) for pairs of
// neighbouring query words that are neighbours in one of the entry's
// phrasings too. Ties keep document order.
//
// Confidence, from 0 to 1, is the share of the query's information the
// entry holds — each term weighted by its rarity in the FAQ and counted
// fully when a phrasing holds it, 0.7 when only the answer does; words no
// entry holds count against every entry at 0.75 of the rarest word's
// weight — scaled by how much of the entry's best phrasing the query
// covers (from 0.75 for none to 1 for all; a phrasing that shares only
// an asking word such as "why" counts as none), and halved when the query
// names identifiers such as "L4" and the entry's question names others.
// "vs" and "versus" count neither way: the things compared are what a
// comparison is about.
// Rarity in the FAQ alone misleads on small FAQs, where "another" or
// "show" may appear nowhere, so each word's weight, in the query and in
// the phrasings, is scaled by its rarity in everyday English too
// (package wordfreq): a word as common as "show" keeps half its weight
// when the FAQ knows it and a tenth when it does not, a word as rare as
// "whiplash" keeps all of it. An entry is an answer when
// its confidence reaches Threshold; otherwise Search still returns the
// best matches, as suggestions.
package faq
