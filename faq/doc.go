// Package faq reads FAQs written in Markdown and finds the entry that
// answers a question.
//
// # Documents
//
// Parse reads one Markdown document with goldmark (block structure only;
// headings are parsed inline for their plain text). The top-level headings
// form an outline:
//
//   - A first heading alone at the shallowest level is the title; its
//     content is an intro, not an entry.
//   - The entry level is the heading level whose headings most often have
//     content of their own (a question counts twice; ties go to the
//     shallower level). Each heading there is an entry, its answer the
//     Markdown up to the next heading at that level or above.
//   - Shallower headings are sections and give the entries below them
//     their topic (else the title, else the file's name), unless one is a
//     question with an answer and no entries under it.
//   - Deeper headings belong to the answer above them and are searched as
//     its other wordings, except a follow-up question: a question with an
//     answer whose wording no other heading repeats. With no entry above,
//     deeper headings are entries.
//   - An HTML block that starts with a heading element (<h3>...</h3>,
//     ending its line) is a heading too; its text is what a browser
//     shows.
//   - Code blocks, HTML comments and front matter (YAML or TOML) never
//     hold headings. Front matter may set title, disclaimer, synonyms
//     and urgent (see Urgent notes).
//   - An entry's id is its {#id} or {: #id } attribute (an HTML heading's
//     id or name), else a GitHub-style slug of its question; repeated ids
//     get -1, -2, ...
//   - An HTML comment or paragraph starting "Also asked as:" lists other
//     wordings; a last paragraph starting "Sources:" lists references.
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
//
// # Urgent notes
//
// A FAQ whose readers may need help now (a medical FAQ and its red flags,
// a security FAQ and a breach) names in its YAML front matter an urgent
// note, an urgent entry or both, and the signs that call them:
//
//	urgent:
//	  entry: when-to-get-help
//	  note: "**Go to an emergency department now** if ..."
//	  signs:
//	    - numb groin
//	    - can't pee
//	    - both legs
//
// Index.Warnings reads a question for the signs, apart from search and
// ranking, so that a front end shows the note first whatever entry the
// question lands on, and also when it is refused. Every word of a sign
// must be in the question, in any order, within two words more than the
// sign's length ("lost control of my bladder" holds "lost bladder
// control"). Words compare by stem; stop words are skipped except those
// that change what a sign means: negations, which all read alike
// ("can't", "cannot", "unable", "no", "without", "lost"), and quantities
// ("both legs" is not "legs"). "A&E" is one word. A question word the
// FAQ does not hold is corrected as search corrects typos, to a word of
// the FAQ's text ("bladdr" is "bladder" when an entry says "bladder").
// So "numb groin" fires on "my groin feels numb" and "numbness in the
// groin" but not on "will the numbness go away": write each sign as the
// fewest words that only the urgent case uses. A document's Problems
// (what faq check prints) name an urgent entry that names no entry, an
// urgent block with nothing to show or no signs, and a sign of stop
// words only.
package faq
