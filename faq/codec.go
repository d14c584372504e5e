package faq

import (
	"encoding/binary"
	"errors"
	"math"
	"slices"
	"sort"
	"strings"
	"unsafe"
)

// The index format, of the cache and of MarshalBinary: a header line
// (cacheVersion), then uvarints, length-prefixed strings, fixed-width
// postings and, last, every entry's phrasings with their words' weights
// as little-endian float64s.

type encoder struct{ b []byte }

func (e *encoder) uint(v uint64) { e.b = binary.AppendUvarint(e.b, v) }
func (e *encoder) int(v int)     { e.uint(uint64(v)) }
func (e *encoder) str(s string)  { e.int(len(s)); e.b = append(e.b, s...) }
func (e *encoder) strs(s []string) {
	e.int(len(s))
	for _, x := range s {
		e.str(x)
	}
}

func encodeIndex(ix *Index) []byte {
	e := &encoder{b: make([]byte, 0, 1<<20)}
	e.b = append(e.b, cacheVersion+"\n"...)
	f := ix.faq
	e.int(len(f.Entries))
	for i := range f.Entries {
		en := &f.Entries[i]
		e.str(en.ID)
		e.str(en.Question)
		e.str(en.Topic)
		e.str(en.File)
		e.str(en.Disclaimer)
		e.uint(math.Float64bits(en.minScore))
		e.int(en.Line)
		e.strs(en.Aliases)
		e.str(en.Answer)
		e.strs(en.Sources)
	}
	e.strs(f.Unanswered)
	e.int(len(f.Synonyms))
	for _, g := range f.Synonyms {
		e.strs(g)
	}
	e.int(len(f.Urgent))
	for i := range f.Urgent {
		u := &f.Urgent[i]
		e.str(u.Note)
		e.str(u.Entry)
		e.strs(u.Signs)
		for _, s := range u.compiled() {
			e.strs(s)
		}
	}
	// The whole synonym table, common groups and stems included: stemming
	// its few hundred phrases would cost more than the rest of loading.
	e.int(len(ix.syn.groups))
	for i, g := range ix.syn.groups {
		e.strs(g)
		for _, st := range ix.syn.stems[i] {
			e.strs(st)
		}
	}
	terms := make([]string, 0, len(ix.terms))
	for t := range ix.terms {
		terms = append(terms, t)
	}
	sort.Strings(terms)
	e.strs(terms)
	// Postings are fixed-width, so that loading is a loop over one slice.
	for _, t := range terms {
		e.int(len(ix.postings[ix.terms[t]]))
	}
	for len(e.b)%4 != 0 {
		e.b = append(e.b, 0) // postings start 4-byte aligned
	}
	for _, t := range terms {
		for _, p := range ix.postings[ix.terms[t]] {
			e.b = binary.LittleEndian.AppendUint32(e.b, uint32(p.doc))
			for _, tf := range p.tf {
				e.b = binary.LittleEndian.AppendUint16(e.b, tf)
			}
		}
	}
	for _, l := range ix.lens {
		for _, n := range l {
			e.b = binary.LittleEndian.AppendUint32(e.b, n)
		}
	}
	words := make([]string, 0, len(ix.vocab))
	for w := range ix.vocab {
		words = append(words, w)
	}
	sort.Strings(words)
	e.int(len(words))
	for _, w := range words {
		e.str(w)
		e.int(int(ix.vocab[w]))
	}
	// Every entry's phrasings, stemmed: stemming and weighing their
	// words would cost a search more than the rest of scoring.
	for doc := range ix.docs() {
		phs := ix.phrasings(int32(doc), false)
		e.int(len(phs))
		for _, ph := range phs {
			e.strs(ph.stems)
			for _, w := range ph.everyday {
				e.b = binary.LittleEndian.AppendUint64(e.b, math.Float64bits(w))
			}
		}
	}
	return e.b
}

// skipPhrasings reads past an entry's phrasings, checking only that they
// are there.
func (d *decoder) skipPhrasings() {
	for range d.count() {
		n := d.count()
		for range n {
			d.str()
		}
		if 8*n > len(d.b) {
			d.err, d.b = errCorrupt, nil
			return
		}
		d.b = d.b[8*n:]
	}
}

// decodePhrasings decodes the phrasings skipPhrasings read past.
func decodePhrasings(b []byte) []phrasing {
	d := &decoder{b: b}
	out := make([]phrasing, d.count())
	for i := range out {
		ph := &out[i]
		ph.stems = d.strs()
		ph.everyday = make([]float64, len(ph.stems))
		for k := range ph.everyday {
			ph.everyday[k] = math.Float64frombits(binary.LittleEndian.Uint64(d.b))
			d.b = d.b[8:]
		}
	}
	return out
}

var errCorrupt = errors.New("corrupt index cache")

// MarshalBinary encodes the index in the format of Open's cache, for
// ReadIndex: a program can build the index of a FAQ it embeds ahead of
// time.
func (ix *Index) MarshalBinary() ([]byte, error) {
	ix.ready()
	return encodeIndex(ix), nil
}

// ReadIndex decodes an index that MarshalBinary encoded. The index refers
// to data, which must not change afterwards; an index from another
// version of this package, or damaged, is an error.
func ReadIndex(data []byte) (*Index, error) { return decodeIndex(data) }

// postingSize is a posting's size on disk, and in memory: its fields,
// little-endian, with no padding.
const postingSize = 4 + 2*int(numFields)

// postingsOf reads the postings section. On a little-endian machine the
// bytes already are []posting, so they are used in place; elsewhere they
// are decoded into a new slice.
func postingsOf(b []byte) []posting {
	n := len(b) / postingSize
	if n == 0 {
		return nil
	}
	if unsafe.Sizeof(posting{}) == uintptr(postingSize) && isLittleEndian() && uintptr(unsafe.Pointer(&b[0]))%unsafe.Alignof(posting{}) == 0 {
		return unsafe.Slice((*posting)(unsafe.Pointer(&b[0])), n)
	}
	all := make([]posting, n)
	for k := range all {
		p := &all[k]
		p.doc = int32(binary.LittleEndian.Uint32(b))
		for fl := range p.tf {
			p.tf[fl] = binary.LittleEndian.Uint16(b[4+2*fl:])
		}
		b = b[postingSize:]
	}
	return all
}

func isLittleEndian() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}

// decoder reads what encoder wrote. Strings alias the buffer, which must
// stay unchanged: decoding copies almost nothing.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uint() uint64 {
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

// count reads a length that must be possible given the bytes left.
func (d *decoder) count() int {
	v := d.uint()
	if v > uint64(len(d.b)) {
		d.err, d.b = errCorrupt, nil
		return 0
	}
	return int(v)
}

func (d *decoder) str() string {
	n := d.count()
	if n == 0 {
		return ""
	}
	s := unsafe.String(&d.b[0], n)
	d.b = d.b[n:]
	return s
}

func (d *decoder) strs() []string {
	n := d.count()
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func decodeIndex(buf []byte) (*Index, error) {
	header := cacheVersion + "\n"
	if !strings.HasPrefix(unsafe.String(unsafe.SliceData(buf), len(buf)), header) {
		return nil, errCorrupt
	}
	d := &decoder{b: buf[len(header):]}
	f := &FAQ{Entries: make([]Entry, d.count())}
	for i := range f.Entries {
		en := &f.Entries[i]
		en.ID = d.str()
		en.Question = d.str()
		en.Topic = d.str()
		en.File = d.str()
		en.Disclaimer = d.str()
		en.minScore = math.Float64frombits(d.uint())
		en.Line = int(d.uint())
		en.Aliases = d.strs()
		en.Answer = d.str()
		en.Sources = d.strs()
	}
	f.Unanswered = d.strs()
	f.Synonyms = make([][]string, d.count())
	for i := range f.Synonyms {
		f.Synonyms[i] = d.strs()
	}
	if n := d.count(); n > 0 {
		f.Urgent = make([]Urgent, n)
		for i := range f.Urgent {
			u := &f.Urgent[i]
			u.Note = d.str()
			u.Entry = d.str()
			u.Signs = d.strs()
			u.from = slices.Clone(u.Signs)
			u.signs = make([][]string, len(u.Signs))
			for k := range u.signs {
				u.signs[k] = d.strs()
			}
		}
	}
	groups := make([][]string, d.count())
	stems := make([][][]string, len(groups))
	for i := range groups {
		groups[i] = d.strs()
		stems[i] = make([][]string, len(groups[i]))
		for k := range stems[i] {
			stems[i][k] = d.strs()
		}
	}
	terms := d.strs()
	ix := &Index{
		faq:        f,
		unanswered: unansweredEntry(f),
		terms:      make(map[string]int32, len(terms)),
		postings:   make([][]posting, len(terms)),
		syn:        buildSynonymTable(groups, stems),
	}
	n := ix.docs()
	ix.lens = make([][numFields]uint32, n)
	counts := make([]int, len(terms))
	total := 0
	for i := range counts {
		counts[i] = d.count()
		total += counts[i]
	}
	pad := (4 - (len(buf)-len(d.b))%4) % 4
	if d.err != nil || pad > len(d.b) {
		return nil, errCorrupt
	}
	d.b = d.b[pad:]
	if total*postingSize+n*4*int(numFields) > len(d.b) {
		return nil, errCorrupt
	}
	all := postingsOf(d.b[:total*postingSize])
	b := d.b[total*postingSize:]
	for _, p := range all {
		if p.doc < 0 || int(p.doc) >= n {
			return nil, errCorrupt
		}
	}
	for id, t := range terms {
		ix.terms[t] = int32(id)
		ix.postings[id], all = all[:counts[id]:counts[id]], all[counts[id]:]
	}
	for i := range ix.lens {
		for fl := range ix.lens[i] {
			ix.lens[i][fl] = binary.LittleEndian.Uint32(b)
			b = b[4:]
		}
	}
	d.b = b
	words := d.count()
	ix.vocab = make(map[string]int32, words)
	for range words {
		w := d.str()
		ix.vocab[w] = int32(d.uint())
	}
	// Phrasings are decoded when a search first scores their entry.
	ix.phrData, ix.phrOff = d.b, make([]uint32, n)
	for doc := range ix.phrOff {
		ix.phrOff[doc] = uint32(len(ix.phrData) - len(d.b))
		d.skipPhrasings()
	}
	if d.err != nil || len(d.b) != 0 {
		return nil, errCorrupt
	}
	f.index()
	ix.finish()
	ix.sortOnce.Do(func() { ix.sorted = plainTerms(terms) })
	return ix, nil
}

// plainTerms returns the sorted terms without synonym groups.
func plainTerms(sorted []string) []string {
	out := make([]string, 0, len(sorted))
	for _, t := range sorted {
		if !strings.HasPrefix(t, "~") {
			out = append(out, t)
		}
	}
	return out
}
