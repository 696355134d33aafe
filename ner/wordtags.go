package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dabir-nlp/dabir/internal/gzipio"
)

// WordTags maps folded words to what a general dictionary says of them: a
// frequency band and the first part of speech of Hazm's word list
// (words.dat), e.g. "4N" for a frequent noun and "0AJ" for an adjective
// with no count. Names are mostly absent from it or rare, so the tag of a
// word and of its neighbours tells common words from names. WordTags is
// read-only once made and safe for concurrent use.
type WordTags struct {
	m map[string]string
}

// Len returns the number of words with a tag.
func (t *WordTags) Len() int {
	if t == nil {
		return 0
	}
	return len(t.m)
}

// Of returns the tag of a folded word ("" when it has none).
func (t *WordTags) Of(folded string) string {
	if t == nil {
		return ""
	}
	return t.m[folded]
}

// ReadHazmWords reads Hazm's words.dat ("word<TAB>count<TAB>POS[,POS...]"
// per line) into word tags: half the number of decimal digits of the count
// (0 for no count, 1 for up to 99, ... ) followed by the first POS. When
// two entries fold to one word, the one with the higher count wins.
func ReadHazmWords(r io.Reader) (*WordTags, error) {
	t := &WordTags{m: map[string]string{}}
	best := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		parts := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
		if len(parts) < 3 {
			if strings.TrimSpace(sc.Text()) == "" {
				continue
			}
			return nil, fmt.Errorf("ner: words line %d: want word, count and POS: %q", n, sc.Text())
		}
		count, err := strconv.Atoi(parts[1])
		if err != nil || count < 0 {
			return nil, fmt.Errorf("ner: words line %d: bad count %q", n, parts[1])
		}
		w := Fold(parts[0])
		if w == "" || strings.ContainsAny(w, " \t") {
			continue
		}
		if c, ok := best[w]; ok && c >= count {
			continue
		}
		best[w] = count
		digits := 0
		for c := count; c > 0; c /= 10 {
			digits++
		}
		pos, _, _ := strings.Cut(parts[2], ",")
		t.m[w] = strconv.Itoa(digits/2) + pos
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: words line %d: %w", n+1, err)
	}
	return t, nil
}

// Write writes the tags as gzip-compressed lines "word<TAB>tag", sorted, so
// that the same tags always give the same bytes.
func (t *WordTags) Write(w io.Writer) error {
	words := make([]string, 0, len(t.m))
	for k := range t.m {
		words = append(words, k)
	}
	sort.Strings(words)
	return gzipio.Write(w, func(bw *bufio.Writer) {
		for _, k := range words {
			bw.WriteString(k)
			bw.WriteByte('\t')
			bw.WriteString(t.m[k])
			bw.WriteByte('\n')
		}
	})
}

// ReadWordTags reads tags written by Write.
func ReadWordTags(r io.Reader) (*WordTags, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: bad word tags: %w", err)
	}
	t := &WordTags{m: map[string]string{}}
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		w, tag, ok := strings.Cut(sc.Text(), "\t")
		if !ok || w == "" {
			return nil, fmt.Errorf("ner: bad word tags line %q", sc.Text())
		}
		t.m[w] = tag
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: bad word tags: %w", err)
	}
	return t, nil
}
