package ner

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// context holds what the features need about one sentence, computed once
// per sentence. It is reused between sentences to avoid allocation.
type context struct {
	folded []string
	shapes []string
	marks  []gazMark
	upos   []string // nil when no tags were given
	cls    []string // word class of each word ("" when none)
	stem   []uint32 // gazetteer classes of the word without a suffix
	suf2   []string // last two letters of each word
	info   []*wordInfo
	buf    []byte
	// cache keeps the wordInfo of words seen before; nil caches nothing.
	cache *wordCache
}

// reset prepares c for words, looking them up in g.
func (c *context) reset(words []string, upos []string, g *Gazetteer, cl *Clusters) {
	n := len(words)
	c.folded = grow(c.folded, n)
	c.shapes = grow(c.shapes, n)
	c.cls = grow(c.cls, n)
	c.suf2 = grow(c.suf2, n)
	if cap(c.stem) < n {
		c.stem = make([]uint32, n)
	}
	c.stem = c.stem[:n]
	if cap(c.marks) < n {
		c.marks = make([]gazMark, n)
	}
	c.marks = c.marks[:n]
	if cap(c.info) < n {
		c.info = make([]*wordInfo, n)
	}
	c.info = c.info[:n]
	for i, w := range words {
		in := c.cache.get(w, cl)
		c.info[i] = in
		c.folded[i] = in.folded
		c.shapes[i] = in.shape
		c.cls[i] = in.cls
	}
	c.upos = nil
	if len(upos) == n {
		c.upos = upos
	}
	c.buf = g.match(c.folded, c.marks, c.buf)
	for i, w := range c.folded {
		c.stem[i] = 0
		if c.marks[i].begin == 0 && c.marks[i].inside == 0 {
			c.stem[i] = g.stemClasses(w)
		}
		c.suf2[i] = c.info[i].suf2
	}
}

// suffixes that may follow a name inside one word (plural, ezafe, pronoun
// clitics, informal object marker); longest first.
var nameSuffixes = []string{" های", " ها", "های", "ها", "یی", "ای", "ی", "ام", "اش", "شان", "مان", "تان", "م", "ش", "ت", "و", "رو", "ه"}

// stemClasses returns the gazetteer classes of w once a suffix is removed.
func (g *Gazetteer) stemClasses(w string) uint32 {
	if g == nil {
		return 0
	}
	for _, suf := range nameSuffixes {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			if bits := g.entries[strings.TrimSpace(w[:len(w)-len(suf)])]; bits != 0 {
				return bits
			}
		}
	}
	return 0
}

// lastRunes returns the last n runes of w (all of w when shorter).
func lastRunes(w string, n int) string {
	end := len(w)
	for k := 0; k < n && end > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(w[:end])
		end -= size
	}
	return w[end:]
}

func grow(s []string, n int) []string {
	if cap(s) < n {
		return make([]string, n)
	}
	return s[:n]
}

const (
	bos = "<s>"
	eos = "</s>"
)

func (c *context) word(i int) string {
	switch {
	case i < 0:
		return bos
	case i >= len(c.folded):
		return eos
	}
	return c.folded[i]
}

func (c *context) tag(i int) string {
	switch {
	case i < 0:
		return bos
	case i >= len(c.upos):
		return eos
	}
	return c.upos[i]
}

// features adds the features of word i to f; prev holds the labels
// already given to words 0..i-1.
func (c *context) features(i int, prev []string, f *perceptron.Features) {
	w := c.folded[i]
	in := c.info[i]
	last := len(c.info) - 1
	f.AddFeature(featB)
	f.AddFeature(in.w)
	if i >= 1 {
		f.AddFeature(c.info[i-1].wm1)
	} else {
		f.AddFeature(wm1BOS)
	}
	if i+1 <= last {
		f.AddFeature(c.info[i+1].wp1)
	} else {
		f.AddFeature(wp1EOS)
	}
	if i >= 2 {
		f.AddFeature(c.info[i-2].wm2)
	} else {
		f.AddFeature(wm2BOS)
	}
	if i+2 <= last {
		f.AddFeature(c.info[i+2].wp2)
	} else {
		f.AddFeature(wp2EOS)
	}
	f.Add("w-1w", c.word(i-1), w)
	f.Add("ww+1", w, c.word(i+1))
	// affixes of up to four characters
	for _, x := range in.affix {
		f.AddFeature(x)
	}
	f.AddFeature(in.shapeF)
	f.Add("shape-1", c.shapeAt(i-1), c.shapes[i])
	f.Add("shape+1", c.shapes[i], c.shapeAt(i+1))
	f.AddFeature(in.lenF)

	p1, p2 := bos, bos
	if i > 0 {
		p1 = prev[i-1]
	}
	if i > 1 {
		p2 = prev[i-2]
	}
	f.Add("p1", p1)
	f.Add("p2p1", p2, p1)
	f.Add("p1w", p1, w)
	f.Add("p1w+1", p1, c.word(i+1))

	f.AddFeature(in.cF)
	if i >= 1 {
		f.AddFeature(c.info[i-1].cm1)
	} else {
		f.AddFeature(cm1BOS)
	}
	if i+1 <= last {
		f.AddFeature(c.info[i+1].cp1)
	} else {
		f.AddFeature(cp1EOS)
	}
	f.Add("c-1c", c.clsAt(i-1), c.cls[i])
	f.Add("cc+1", c.cls[i], c.clsAt(i+1))
	f.Add("p1c", p1, c.cls[i])

	for k, name := range GazClasses {
		if c.stem[i]&(1<<k) != 0 {
			f.Add("gS", name)
		}
	}
	if i > 0 {
		f.AddFeature(c.info[i-1].s2m1)
	}
	if i+1 < len(c.suf2) {
		f.AddFeature(c.info[i+1].s2p1)
	}

	for d := -1; d <= 1; d++ {
		j := i + d
		if j < 0 || j >= len(c.marks) {
			continue
		}
		m := c.marks[j]
		for k, name := range GazClasses {
			bit := uint32(1) << k
			if m.begin&bit != 0 {
				f.Add("gB", offsets[d+1], name)
			}
			if m.inside&bit != 0 {
				f.Add("gI", offsets[d+1], name)
			}
			if d == 0 && m.long&bit != 0 {
				f.Add("gL", name)
			}
			if d == 0 && m.long3&bit != 0 {
				f.Add("gL3", name)
			}
		}
	}

	if c.upos != nil {
		f.Add("t", c.upos[i])
		f.Add("t-1t", c.tag(i-1), c.upos[i])
		f.Add("tt+1", c.upos[i], c.tag(i+1))
		f.Add("tw", c.upos[i], w)
	}
}

func (c *context) clsAt(i int) string {
	switch {
	case i < 0:
		return bos
	case i >= len(c.cls):
		return eos
	}
	return c.cls[i]
}

// classNames are the decimal names of word classes, made once.
var classNames = func() []string {
	s := make([]string, 1<<16)
	for i := range s {
		s[i] = strconv.Itoa(i)
	}
	return s
}()

var offsets = [3]string{"-1", "0", "+1"}

func (c *context) shapeAt(i int) string {
	switch {
	case i < 0:
		return bos
	case i >= len(c.shapes):
		return eos
	}
	return c.shapes[i]
}

func lenBucket(n int) string {
	switch {
	case n <= 1:
		return "1"
	case n == 2:
		return "2"
	case n == 3:
		return "3"
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	}
	return "9+"
}
