// Package faq reads FAQs written in Markdown and finds the entry that
// answers a question.
//
// Open reads FAQ files (or folders of them) into an Index; NewIndex
// indexes entries a program built itself. Index.Search answers a
// question: its Result holds the best matches, each with a score from 0
// to 1, whether the best is confident enough to be the answer, the
// urgent notes the question calls (Index.Warnings) and, through
// Result.Explain, why. Parse reads one document, with the problems a FAQ
// author would want to fix.
//
// # Documents
//
// Parse reads one Markdown document with goldmark (block structure only;
// questions are parsed inline for their text). Questions are headings
// (Markdown, or an HTML <h1>-<h6> that starts a block) or, in other
// shapes: a bold paragraph worded as a question or marked Q: (**Q: …**,
// **Q**. …, **How …?**), a Q:/A: pair (В:/О:, 问：/答：), the summary of
// a top-level <details> element, a list item led by a bold question
// (1. **How …?**; its bold statements too, in a list of such questions
// or one whose items all open with a bold line), the term of a
// definition list, the title of an MkDocs
// admonition of the question type (question, help, faq) or worded as a
// question (??? faq "How …?", its answer indented below). They form an
// outline: each one's parent is the nearest one above it at a shallower
// level, the other shapes sitting below every heading.
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
//     whose wording no other heading repeats and that does not name its
//     subject only by pointing back ("How do I work around the issue?",
//     "Why does this happen?"). A childless heading at an
//     entry's level worded as sub-headings are elsewhere (a stray
//     "### Solution") belongs to the entry before it.
//   - Code blocks, HTML comments, front matter (YAML or TOML), tables of
//     contents (lists or headings of links into the same file, kramdown's
//     {:toc}), rules, <style> and <script> hold no questions and are no
//     answer. Wrapper HTML (<div markdown="1">, </details>, <p>) and
//     templating ({% … %}, {{ … }}, Hugo's {{< … >}}) are removed from
//     questions and answers outside code, keeping a templated link's
//     text; the "Q:" marker is removed from a question, and "A:" markers
//     from its answer.
//   - A question reads as a person sees it: markup removed but for code,
//     which keeps its backticks (<code>x</code> too).
//   - An entry's id is its {#id} or {: #id } attribute (an HTML heading's
//     or summary's id or name, an empty anchor's just before a question),
//     else a GitHub-style slug of its question (single hyphens, at most
//     64 bytes, cut at a word); repeated ids get -1, -2, ...
//   - An HTML comment or paragraph starting "Also asked as:" lists other
//     wordings; a last paragraph starting "Sources:" lists references.
//     An answer carries the definitions of the reference links it uses.
//   - Front matter may set title, disclaimer, synonyms, threshold (the
//     score the document's entries need to answer, for an author who has
//     measured the FAQ with faq test), urgent (see Urgent notes) and
//     unanswered (see Unanswered questions).
//
// Parse records in Document.Problems what a FAQ author would want to fix
// (text in no entry, questions without answers, a code fence never
// closed, duplicate questions, few entries in a large file with the
// shape its questions may be in, ...); Check adds answers that are only
// a list of links and unanswered questions that an entry asks.
//
// # Matching
//
// Search works in four steps, each in a file named after it.
//
// Reading (query.go). NewIndex indexes four fields of every entry: the
// question, its other wordings (aliases and sub-headings), the topic and
// the answer (without link destinations, http(s) addresses and HTML
// tags, whose words are not what the text is about). Text is lower-cased, stripped of accents and apostrophes,
// split into words of letters and digits (a digit followed by a letter
// starts a new word, so "L5-S1", "l5s1" and "l5 s1" read alike; text in
// Chinese, Japanese or Korean, unspaced, gives each pair of neighbouring
// characters as a word, and a query's pairs that no entry holds are
// skipped, since they mostly span two words), cleared
// of Snowball's English stop words (but "why", "where", "when", "who",
// "which", "vs" and "versus", which say what kind of answer is wanted) and reduced
// to Snowball (Porter2) stems. A phrasal verb that a synonym group names
// ("turn off") reads as one stem; its verb counts alone too. Every phrase
// of a synonym group also indexes the group as a term of its own. The
// groups are the FAQ's own (front matter) and everyday ones that hold for
// nearly any FAQ (data/synonyms.txt: "remove", "delete", "uninstall"); a
// phrase in one of the FAQ's groups is left out of the everyday ones, so
// the author decides what it means. The query is read the same way,
// skipping asking words the FAQ never uses. A word the index does not
// know is, unless it is a word of everyday English ("brother" is no typo
// of "bother"), corrected to the nearest corpus word with the same first
// letter (one edit up to seven letters, two beyond; in words of five
// letters or fewer only a likely slip: a dropped letter, a swap, a QWERTY
// neighbour's key, or a key hit twice); failing that, a likely slip of
// one of the most used English words ("shoud") is read as that word.
// Each term also matches corpus stems of its word family (one extends the
// other by at most four letters: "treat", "treatment") at 0.7 of its
// weight. Each term weighs by its rarity in the FAQ and, because that
// misleads in small FAQs, in everyday English (package wordfreq): a word
// as common as "show" keeps half its weight, a word as rare as
// "whiplash" all of it.
//
// Retrieval (retrieve.go). Each term scores every entry holding it with
// BM25 (k1 1.2) in two parts, each with its own inverse document
// frequency: the phrasings (question weight 3, aliases 2) and, at half
// weight, the answer (topic 0.5). The 20 best entries go on.
//
// Features (features.go). For each of them: its BM25 score as a share
// of the best; its cover, the share of the query's information (terms
// weighted by rarity) it holds, where words no entry holds count against
// every entry; its phrasing cover, how closely the query and its question
// (or the best of its other wordings) match, both ways: the share of the
// phrasing the query covers and the share of the query the phrasing
// holds.
//
// Scoring (model.go). A log-linear mix of the three features is the
// entry's rank score. Its score is a logistic function of the rank score,
// its margin over the best other entry's, the share of the query no
// entry holds and the query's size (its terms, everyday words counting
// less: the longer the question, the less of it even the right entry
// holds): the probability, fitted on
// the public query sets of many FAQs (each counted once), that the entry
// answers the query. Matches are ordered by score, ties in document
// order, and the best is the answer when its score reaches Threshold (or
// its document's threshold, or Options.MinScore); otherwise the matches
// are suggestions. Threshold is the lowest at which at most one in five
// questions that no entry answers gets an answer, over the public sets. TestRefit
// refits the coefficients and threshold, and with -ablate measures what
// each reading rule adds.
//
// # Unanswered questions
//
// A FAQ may list, in its YAML front matter, examples of questions near its
// subject that it does not answer:
//
//	unanswered:
//	  - How much does treatment cost?
//	  - How long is the waiting list for an operation?
//
// Search indexes them as the wordings of one more entry (FAQ.Unanswered),
// scored like the others but never a match: an entry's margin is its lead
// over them too, so a question closer to them than to any entry gets a
// low score and the entries as suggestions. The entries' statistics
// (document frequencies, field lengths) leave them out: they never change
// the order of the entries, nor any score for a question none of whose
// words they hold.
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
// fewest words that only the urgent case uses. A sign in double quotes
// (in YAML, '"wet myself"') is an exact phrase, for the few whose meaning
// lies in their stop words: its words, stop words included, must follow
// one another in the question, so "I wet myself" calls it and "wet heat"
// does not. A document's Problems
// (what faq check prints) name an urgent entry that names no entry, an
// urgent block with nothing to show or no signs, and a sign of stop
// words only.
package faq
