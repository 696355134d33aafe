package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dabir-nlp/dabir/internal/gzipio"
)

// GazClasses are the classes a gazetteer entry may have. CLDR gives
// countries and regions (TERR), cities (CITY) and languages (LANG); the
// training data gives names of every entity type (PER, LOC, ...) and the
// single words that are mostly part of names of a type (wPER, wLOC, ...) or
// often are (in a fifth to a half of their occurrences: hPER, hLOC, ...).
var GazClasses = []string{"TERR", "CITY", "LANG", "PER", "LOC", "ORG", "EVE", "POG", "NAT",
	"wPER", "wLOC", "wORG", "wEVE", "wPOG", "wNAT",
	"hPER", "hLOC", "hORG", "hEVE", "hPOG", "hNAT"}

// maxGazTokens bounds the length of a gazetteer phrase in folded tokens.
const maxGazTokens = 8

// Gazetteer is a set of names, each a sequence of folded words with a set of
// classes. Build one with Add and look names up with Match. It is safe for
// concurrent use once it is no longer being added to.
type Gazetteer struct {
	entries  map[string]uint32 // folded phrase → class bit set
	prefixes map[string]bool   // proper prefixes of phrases, at word boundaries
}

// NewGazetteer returns an empty gazetteer.
func NewGazetteer() *Gazetteer {
	return &Gazetteer{entries: map[string]uint32{}, prefixes: map[string]bool{}}
}

func gazClass(name string) (int, bool) {
	for i, c := range GazClasses {
		if c == name {
			return i, true
		}
	}
	return 0, false
}

// Add adds the name phrase (words separated by spaces or ZWNJ) with the class
// class, one of GazClasses. Names longer than eight words are ignored.
func (g *Gazetteer) Add(class, phrase string) error {
	c, ok := gazClass(class)
	if !ok {
		return fmt.Errorf("ner: unknown gazetteer class %q", class)
	}
	words := strings.Fields(Fold(phrase))
	if len(words) == 0 || len(words) > maxGazTokens {
		return nil
	}
	key := strings.Join(words, " ")
	g.entries[key] |= 1 << c
	for i := 1; i < len(words); i++ {
		g.prefixes[strings.Join(words[:i], " ")] = true
	}
	return nil
}

// Len returns the number of distinct phrases.
func (g *Gazetteer) Len() int { return len(g.entries) }

// Lookup returns the classes of a phrase (nil if it is not in the gazetteer).
func (g *Gazetteer) Lookup(phrase string) []string {
	bits := g.entries[strings.Join(strings.Fields(Fold(phrase)), " ")]
	var out []string
	for i, c := range GazClasses {
		if bits&(1<<i) != 0 {
			out = append(out, c)
		}
	}
	return out
}

// gazMark is what the gazetteer says about one word of a sentence: for each
// class, whether some match of that class begins at the word (begin) or
// covers it without beginning there (inside).
type gazMark struct {
	begin, inside uint32
	long          uint32 // classes of matches of two or more words covering the word
	long3         uint32 // classes of matches of three or more words covering the word
}

// match marks the words of a sentence (already folded) covered by gazetteer
// phrases, writing into marks (len(marks) == len(folded)).
func (g *Gazetteer) match(folded []string, marks []gazMark, buf []byte) []byte {
	for i := range marks {
		marks[i] = gazMark{}
	}
	return g.scan(folded, buf, func(i, j int, bits uint32) {
		marks[i].begin |= bits
		for k := i + 1; k <= j; k++ {
			marks[k].inside |= bits
		}
		if j > i {
			for k := i; k <= j; k++ {
				marks[k].long |= bits
				if j-i >= 2 {
					marks[k].long3 |= bits
				}
			}
		}
	})
}

// scan calls found(i, j, bits) for every gazetteer phrase that is the
// folded words i through j (inclusive), in order of i then j, extending a
// phrase only while it is the prefix of some entry. It returns buf, grown
// to hold the longest phrase tried, for the next call. A nil or empty
// gazetteer finds nothing.
func (g *Gazetteer) scan(folded []string, buf []byte, found func(i, j int, bits uint32)) []byte {
	if g == nil || len(g.entries) == 0 {
		return buf
	}
	for i := range folded {
		buf = buf[:0]
		for j := i; j < len(folded) && j-i < maxGazTokens*2; j++ {
			if j > i {
				buf = append(buf, ' ')
			}
			buf = append(buf, folded[j]...)
			if bits, ok := g.entries[string(buf)]; ok {
				found(i, j, bits)
			}
			if !g.prefixes[string(buf)] {
				break
			}
		}
	}
	return buf
}

// Write writes the gazetteer as gzip-compressed lines "CLASS<TAB>phrase",
// sorted, so that the same gazetteer always gives the same bytes.
func (g *Gazetteer) Write(w io.Writer) error {
	lines := make([]string, 0, len(g.entries))
	for k, bits := range g.entries {
		for i, c := range GazClasses {
			if bits&(1<<i) != 0 {
				lines = append(lines, c+"\t"+k)
			}
		}
	}
	sort.Strings(lines)
	return gzipio.Write(w, func(bw *bufio.Writer) {
		for _, l := range lines {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
	})
}

// ReadGazetteer reads a gazetteer written by Write.
func ReadGazetteer(r io.Reader) (*Gazetteer, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: bad gazetteer: %w", err)
	}
	g := NewGazetteer()
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		class, phrase, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			return nil, fmt.Errorf("ner: bad gazetteer line %q", sc.Text())
		}
		if err := g.Add(class, phrase); err != nil {
			return nil, err
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: bad gazetteer: %w", err)
	}
	return g, nil
}

// Clone returns a copy of g that can be added to without changing g.
func (g *Gazetteer) Clone() *Gazetteer {
	c := NewGazetteer()
	for k, v := range g.entries {
		c.entries[k] = v
	}
	for k := range g.prefixes {
		c.prefixes[k] = true
	}
	return c
}

// gazSpan is a match of a gazetteer phrase over words [start, end).
type gazSpan struct {
	start, end int
	bits       uint32
}

// spans returns the matches of two or more words in a folded sentence.
func (g *Gazetteer) spans(folded []string, buf []byte) ([]gazSpan, []byte) {
	var out []gazSpan
	buf = g.scan(folded, buf, func(i, j int, bits uint32) {
		if j > i {
			out = append(out, gazSpan{i, j + 1, bits})
		}
	})
	return out, buf
}
