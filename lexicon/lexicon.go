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
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../cmd/dabir train zwnj -o zwnj.txt.gz

//go:embed zwnj.txt.gz
var zwnjData []byte

// ErrBadLexicon is wrapped by errors about a malformed lexicon file.
var ErrBadLexicon = errors.New("lexicon: bad lexicon")

// ZWNJ is the evidence for half-space restoration.
type ZWNJ struct {
	counts map[string]uint32 // word form (with its ZWNJs) -> count
	joined map[string]string // form with ZWNJs removed -> most frequent form with ZWNJ
	pairs  map[string]uint32 // "a b" (two words, one space) -> count
	stems  map[string]bool   // verb stems, past and present
	std    map[string]string // spelling variant -> standard form
}

// Count returns how often form was seen.
func (z *ZWNJ) Count(form string) uint32 { return z.counts[form] }

// CountBytes is Count for a byte slice; it does not allocate.
func (z *ZWNJ) CountBytes(form []byte) uint32 { return z.counts[string(form)] }

// Joined returns the most frequent form with ZWNJ whose letters, with the
// ZWNJs removed, spell key.
func (z *ZWNJ) Joined(key []byte) (string, bool) {
	f, ok := z.joined[string(key)]
	return f, ok
}

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
	s, ok := z.std[string(w)]
	return s, ok
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
// The format is UTF-8 text, one entry a line: "w<TAB>form<TAB>count" for a
// word, "p<TAB>a b<TAB>count" for a pair, "s<TAB>stem" for a verb stem.
func ReadZWNJ(r io.Reader) (*ZWNJ, error) {
	gz, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadLexicon, err)
	}
	z := &ZWNJ{counts: map[string]uint32{}, joined: map[string]string{}, pairs: map[string]uint32{}, stems: map[string]bool{}, std: map[string]string{}}
	sc := bufio.NewScanner(gz)
	for n := 1; sc.Scan(); n++ {
		cols := strings.Split(sc.Text(), "\t")
		bad := func() error { return fmt.Errorf("%w: line %d: %q", ErrBadLexicon, n, sc.Text()) }
		switch {
		case len(cols) == 2 && cols[0] == "s":
			z.stems[cols[1]] = true
		case len(cols) == 3 && cols[0] == "v":
			z.std[cols[1]] = cols[2]
		case len(cols) == 3 && (cols[0] == "w" || cols[0] == "p"):
			c, err := strconv.ParseUint(cols[2], 10, 32)
			if err != nil {
				return nil, bad()
			}
			if cols[0] == "p" {
				z.pairs[cols[1]] = uint32(c)
				continue
			}
			z.counts[cols[1]] = uint32(c)
		default:
			return nil, bad()
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadLexicon, err)
	}
	for form, c := range z.counts {
		if !strings.ContainsRune(form, '\u200C') {
			continue
		}
		key := strings.ReplaceAll(form, "\u200C", "")
		if old, ok := z.joined[key]; !ok || c > z.counts[old] || (c == z.counts[old] && form < old) {
			z.joined[key] = form
		}
	}
	return z, nil
}

// WriteZWNJ writes a lexicon in the format ReadZWNJ reads, sorted so that
// the output is reproducible.
func WriteZWNJ(w io.Writer, counts, pairs map[string]uint32, stems []string, std map[string]string) error {
	gz, _ := gzip.NewWriterLevel(w, gzip.BestCompression)
	bw := bufio.NewWriter(gz)
	for _, k := range sortedKeys(counts) {
		fmt.Fprintf(bw, "w\t%s\t%d\n", k, counts[k])
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
