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
func (c *context) reset(words []string, upos []string, g *Gazetteer, cl *Clusters, wt *WordTags, sp *spellScores) {
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
		in := c.cache.get(w, cl, wt, sp)
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

// staticFeatures adds the features of word i that do not depend on the
// labels. The first ones are the word's own (wordInfo.own), whose scores a
// loaded recognizer caches per word.
func (c *context) staticFeatures(i int, f *perceptron.Features) {
	w := c.folded[i]
	in := c.info[i]
	last := len(c.info) - 1
	for _, x := range in.own {
		f.AddFeature(x)
	}
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
	f.Add("shape-1", c.shapeAt(i-1), c.shapes[i])
	f.Add("shape+1", c.shapes[i], c.shapeAt(i+1))

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

	f.Add("w-2w-1", c.word(i-2), c.word(i-1))
	f.Add("w+1w+2", c.word(i+1), c.word(i+2))
	f.Add("c-2", c.clsAt(i-2))
	f.Add("c+2", c.clsAt(i+2))
	if i >= 1 {
		f.AddFeature(c.info[i-1].hzm1)
	} else {
		f.AddFeature(hzm1BOS)
	}
	if i+1 <= last {
		f.AddFeature(c.info[i+1].hzp1)
	} else {
		f.AddFeature(hzp1EOS)
	}

	if i >= 1 && c.info[i-1].spm1 != 0 {
		f.AddFeature(c.info[i-1].spm1)
	}
	if i+1 <= last && c.info[i+1].spp1 != 0 {
		f.AddFeature(c.info[i+1].spp1)
	}

	if c.upos != nil {
		f.Add("t", c.upos[i])
		f.Add("t-1t", c.tag(i-1), c.upos[i])
		f.Add("tt+1", c.upos[i], c.tag(i+1))
		f.Add("tw", c.upos[i], w)
	}
}

// labelFeatures adds the features of word i that depend on the label p of
// the word before it (a class number; -1 at the start of the sentence):
// the label alone and joined with the word, the next word and the word's
// class.
func (c *context) labelFeatures(i, p int, f *perceptron.Features) {
	in := c.info[i]
	f.AddFeature(withLabel(featP1, p))
	f.AddFeature(withLabel(in.w, p))
	if i+1 < len(c.info) {
		f.AddFeature(withLabel(c.info[i+1].wp1, p))
	} else {
		f.AddFeature(withLabel(wp1EOS, p))
	}
	f.AddFeature(withLabel(in.cF, p))
}

var featP1 = perceptron.Hash("p1")

// withLabel joins feature x with label class p (-1: start of sentence) into
// a new feature.
func withLabel(x perceptron.Feature, p int) perceptron.Feature {
	h := (uint64(x) ^ uint64(p+2)*0x9e3779b97f4a7c15) * 0xbf58476d1ce4e5b9
	return perceptron.Feature(h ^ h>>31)
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
