// Package lexicon holds Dabir's embedded word data, derived from the shared
// data sets by `dabir train zwnj` (see the go:generate line below) and loaded
// lazily, once, on first use.
//
// The ZWNJ lexicon records, for Persian word forms written in clean text,
// how often each form and some word pairs were seen; the normalizer uses it
// to decide where half-spaces belong. A *ZWNJ is read-only after loading and
// safe for concurrent use.
package lexicon

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:generate go run ../cmd/dabir train zwnj -o zwnj.txt.gz

//go:embed zwnj.txt.gz
var zwnjData []byte

// ErrBadLexicon is wrapped by errors about a malformed lexicon file.
var ErrBadLexicon = errors.New("lexicon: bad lexicon")

// ZWNJ is the evidence for half-space restoration.
type ZWNJ struct {
	words map[string]*Entry // word form -> what is known of it
	pairs map[string]uint32 // "a b" (two words, one space) -> count
	stems map[string]bool   // verb stems, past and present
	heads map[string]uint32 // first parts of ZWNJ compounds in counted text -> how many compounds
	tails map[string]uint32 // last parts of ZWNJ compounds in counted text -> how many compounds
	// the same, counting only compounds seen three times or more: the
	// splitter's features, which must not see the rare words it learns from
	freqHeads, freqTails map[string]uint32
	// joinedFilter is a Bloom filter of the forms that hold a ZWNJ: most
	// pairs of words the restorer tries to join are no word at all, and
	// the filter turns them away without a look into the large map.
	joinedFilter []uint64
}

// CompoundParts returns how many distinct ZWNJ compounds of the counted
// text begin with head and end with tail.
func (z *ZWNJ) CompoundParts(head, tail []byte) (heads, tails uint32) {
	return z.heads[string(head)], z.tails[string(tail)]
}

// Count is the evidence for one word form.
type Count struct {
	Text    uint32 // occurrences in the counted clean text
	Lexicon uint32 // weight from word lists (0: not listed)
}

// Known reports whether the form was seen at all.
func (c Count) Known() bool { return c.Text > 0 || c.Lexicon > 0 }

// Total is the sum of both kinds of evidence.
func (c Count) Total() uint32 { return c.Text + c.Lexicon }

// Entry is what the lexicon knows of one word form.
type Entry struct {
	Count  Count  // evidence for the form as written
	Joined string // for a form without ZWNJ: its most frequent spelling with ZWNJs, if any
	// JoinedCount is the evidence for Joined.
	JoinedCount Count
	Standard    string // for a spelling variant: the standard spelling (رییس → رئیس)
	// JoinPrefix is set when some known form with ZWNJ starts with this form
	// followed by a ZWNJ: only then can a space after it be a half-space
	// typed as a space, short of an affix rule.
	JoinPrefix bool
	// BoundTail is set for a form seen only at the end of ZWNJ compounds of
	// the counted text, never as a word of its own (گرایی in چندجانبه‌گرایی).
	BoundTail bool
	joined    []byte // Joined, as bytes
}

// JoinedBytes returns Joined as a byte slice, without allocating; the
// caller must not modify it.
func (e *Entry) JoinedBytes() []byte { return e.joined }

// minBoundTails is how many compounds must end in a form for BoundTail.
const minBoundTails = 4

var noEntry Entry

// Lookup returns the entry of form, or an empty entry. It does not allocate.
func (z *ZWNJ) Lookup(form []byte) *Entry {
	if e := z.words[string(form)]; e != nil {
		return e
	}
	return &noEntry
}

// Count returns the evidence for form.
func (z *ZWNJ) Count(form string) Count {
	if e := z.words[form]; e != nil {
		return e.Count
	}
	return Count{}
}

// CountBytes is Count for a byte slice; it does not allocate.
func (z *ZWNJ) CountBytes(form []byte) Count { return z.Lookup(form).Count }

// Joined returns the most frequent form with ZWNJ whose letters, with the
// ZWNJs removed, spell key.
func (z *ZWNJ) Joined(key []byte) (string, bool) {
	e := z.Lookup(key)
	return e.Joined, e.Joined != ""
}

// IsJoinPrefix reports whether some known form with ZWNJ starts with p
// followed by a ZWNJ: only then can a space after p be a half-space typed as
// a space, short of an affix rule.
func (z *ZWNJ) IsJoinPrefix(p []byte) bool { return z.Lookup(p).JoinPrefix }

// Pair returns how often the words a and b were seen one after the other,
// separated by a space.
func (z *ZWNJ) Pair(a, b []byte) uint32 {
	var buf [128]byte
	if len(a)+len(b)+1 > len(buf) {
		return 0
	}
	n := copy(buf[:], a)
	buf[n] = ' '
	n++
	n += copy(buf[n:], b)
	return z.pairs[string(buf[:n])]
}

// Standard returns the standard spelling of the variant w (رییس → رئیس),
// and false when w is not a known variant.
func (z *ZWNJ) Standard(w []byte) (string, bool) {
	e := z.Lookup(w)
	return e.Standard, e.Standard != ""
}

// IsStem reports whether s is a known past or present verb stem.
func (z *ZWNJ) IsStem(s []byte) bool { return z.stems[string(s)] }

// DefaultZWNJ returns the embedded ZWNJ lexicon, loading it on first use.
var DefaultZWNJ = sync.OnceValue(func() *ZWNJ {
	z, err := ReadZWNJ(bytes.NewReader(zwnjData))
	if err != nil {
		panic("lexicon: embedded ZWNJ lexicon: " + err.Error()) // a build defect, caught by tests
	}
	return z
})

// ReadZWNJ reads a gzip-compressed ZWNJ lexicon as written by WriteZWNJ.
//
// The format is UTF-8 text, one entry a line: "w<TAB>form<TAB>text<TAB>lexicon"
// for a word (its two counts), "p<TAB>a b<TAB>count" for a pair, "s<TAB>stem" for a verb stem.
func ReadZWNJ(r io.Reader) (*ZWNJ, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadLexicon, err)
	}
	z := &ZWNJ{words: map[string]*Entry{}, pairs: map[string]uint32{}, stems: map[string]bool{},
		heads: map[string]uint32{}, tails: map[string]uint32{}, freqHeads: map[string]uint32{}, freqTails: map[string]uint32{}}
	entry := func(w string) *Entry {
		e := z.words[w]
		if e == nil {
			e = &Entry{}
			z.words[w] = e
		}
		return e
	}
	std := map[string]string{}
	sc := bufio.NewScanner(gz)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		bad := func() error { return fmt.Errorf("%w: line %d: %q", ErrBadLexicon, n, sc.Text()) }
		switch {
		case len(cols) == 2 && cols[0] == "s":
			z.stems[cols[1]] = true
		case len(cols) == 3 && cols[0] == "v":
			std[cols[1]] = cols[2]
		case len(cols) == 3 && cols[0] == "p":
			c, err := strconv.ParseUint(cols[2], 10, 32)
			if err != nil {
				return nil, bad()
			}
			z.pairs[cols[1]] = uint32(c)
		case len(cols) == 4 && cols[0] == "w":
			t, err1 := strconv.ParseUint(cols[2], 10, 32)
			l, err2 := strconv.ParseUint(cols[3], 10, 32)
			if err1 != nil || err2 != nil {
				return nil, bad()
			}
			entry(cols[1]).Count = Count{uint32(t), uint32(l)}
		default:
			return nil, bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadLexicon, err)
	}
	forms := make([]string, 0, len(z.words))
	for form := range z.words {
		forms = append(forms, form)
	}
	for _, form := range forms {
		c := z.words[form].Count
		if !strings.ContainsRune(form, '\u200C') {
			continue
		}
		parts := strings.Split(form, "\u200C")
		if c.Text > 0 {
			z.heads[parts[0]]++
			z.tails[parts[len(parts)-1]]++
		}
		if c.Text >= 3 {
			for i := 1; i < len(parts); i++ {
				z.freqHeads[strings.Join(parts[:i], "")]++
				z.freqTails[strings.Join(parts[i:], "")]++
			}
		}
		for i := 1; i < len(parts); i++ {
			entry(strings.Join(parts[:i], "\u200C")).JoinPrefix = true
		}
		key := strings.ReplaceAll(form, "\u200C", "")
		e := entry(key)
		if old := e.Joined; old == "" || better(c, z.words[old].Count) || (c == z.words[old].Count && form < old) {
			e.Joined = form
		}
	}
	for _, e := range z.words {
		if e.Joined != "" {
			e.JoinedCount = z.words[e.Joined].Count
			e.joined = []byte(e.Joined)
		}
	}
	for v, s := range std {
		entry(v).Standard = s
	}
	for tail, n := range z.tails {
		if e := entry(tail); n >= minBoundTails && e.Count.Text*4 < n && utf8.RuneCountInString(tail) >= 3 {
			e.BoundTail = true
		}
	}
	z.buildJoinedFilter()
	return z, nil
}

var filterSeed = maphash.MakeSeed()

// buildJoinedFilter fills joinedFilter with every form that holds a ZWNJ,
// about 16 bits a form, four bits in one 64-bit word: one memory access a
// test, and about one false positive in 400.
func (z *ZWNJ) buildJoinedFilter() {
	n := 0
	for form := range z.words {
		if strings.Contains(form, "\u200C") {
			n++
		}
	}
	size := 1
	for size < n/4+1 {
		size <<= 1
	}
	z.joinedFilter = make([]uint64, size)
	for form := range z.words {
		if strings.Contains(form, "\u200C") {
			word, bits := z.filterBits(maphash.String(filterSeed, form))
			z.joinedFilter[word] |= bits
		}
	}
}

func (z *ZWNJ) filterBits(h uint64) (word int, bits uint64) {
	word = int((h >> 32) & uint64(len(z.joinedFilter)-1))
	bits = 1<<(h&63) | 1<<((h>>6)&63) | 1<<((h>>12)&63) | 1<<((h>>18)&63)
	return word, bits
}

// MayKnowJoined reports whether form, a word with a ZWNJ, may be in the
// lexicon; false means it surely is not, and Lookup would say so more
// slowly. It does not allocate.
func (z *ZWNJ) MayKnowJoined(form []byte) bool {
	if len(z.joinedFilter) == 0 {
		return true
	}
	word, bits := z.filterBits(maphash.Bytes(filterSeed, form))
	return z.joinedFilter[word]&bits == bits
}

// better orders evidence: text counts first, then lexicon weight.
func better(a, b Count) bool {
	if a.Text != b.Text {
		return a.Text > b.Text
	}
	return a.Lexicon > b.Lexicon
}

// WriteZWNJ writes a lexicon in the format ReadZWNJ reads, sorted so that
// the output is reproducible.
func WriteZWNJ(w io.Writer, counts map[string]Count, pairs map[string]uint32, stems []string, std map[string]string) error {
	gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(gz)
	for _, k := range sortedKeys(counts) {
		fmt.Fprintf(bw, "w\t%s\t%d\t%d\n", k, counts[k].Text, counts[k].Lexicon)
	}
	for _, k := range sortedKeys(pairs) {
		fmt.Fprintf(bw, "p\t%s\t%d\n", k, pairs[k])
	}
	for _, s := range stems {
		fmt.Fprintf(bw, "s\t%s\n", s)
	}
	vs := make([]string, 0, len(std))
	for v := range std {
		vs = append(vs, v)
	}
	sort.Strings(vs)
	for _, v := range vs {
		fmt.Fprintf(bw, "v\t%s\t%s\n", v, std[v])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return gz.Close()
}
