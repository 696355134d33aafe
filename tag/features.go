package tag

import (
	"strings"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// sentence holds one sentence being tagged or trained on: the folded words,
// their lexicon entries and the features that do not depend on decisions
// (computed once, shared by both decoding stages).
type sentence struct {
	words  []string // folded forms
	lex    []*lexEntry
	static []perceptron.Feature // features of word i: static[off[i]:off[i+1]]
	off    []int
	mid    []int // static[off[i]:mid[i]] are the ones the XPOS+FEATS stage uses
	auto   int   // which auto-tag dictionary of lexEntry to use
}

// boundary words beyond the sentence ends.
const (
	bos = "<s>"
	eos = "</s>"
)

var noEntry = &lexEntry{hazm: "-"}

// prepare fills s for words tagged in convention conv.
func (t *Tagger) prepare(s *sentence, words []string, conv Convention) {
	n := len(words)
	s.words = s.words[:0]
	s.lex = s.lex[:0]
	for _, w := range words {
		fw := fold(w)
		s.words = append(s.words, fw)
		s.lex = append(s.lex, t.lookup(fw))
	}
	s.static = s.static[:0]
	s.off = append(s.off[:0], 0)
	s.mid = s.mid[:0]
	s.auto = t.autoIdx
	var wf, cf perceptron.Features
	tb := conv.code()
	for i := 0; i < n; i++ {
		wf.Reset()
		cf.Reset()
		ws := wordFeatures(s.words[i], s.lex[i], s.auto, &wf)
		cs := contextFeatures(s, i, tb, &cf)
		s.static = append(s.static, wf.List()[:ws]...)
		s.static = append(s.static, cf.List()[:cs]...)
		s.mid = append(s.mid, len(s.static))
		s.static = append(s.static, wf.List()[ws:]...)
		s.static = append(s.static, cf.List()[cs:]...)
		s.off = append(s.off, len(s.static))
	}
}

// lookup returns the lexicon entry of a folded word; a word with ZWNJ that
// is not listed falls back to its form without ZWNJ.
func (t *Tagger) lookup(w string) *lexEntry {
	if e := t.lex[w]; e != nil {
		return e
	}
	if strings.ContainsRune(w, zwnj) {
		if e := t.lex[strings.ReplaceAll(w, "\u200c", "")]; e != nil {
			return e
		}
	}
	return noEntry
}

func (s *sentence) word(i int) string {
	if i < 0 {
		return bos
	}
	if i >= len(s.words) {
		return eos
	}
	return s.words[i]
}

func (s *sentence) entry(i int) *lexEntry {
	if i < 0 || i >= len(s.lex) {
		return noEntry
	}
	return s.lex[i]
}

// wordFeatures adds the features that depend on the word alone (so they
// can be cached per word) and returns how many of the first ones the
// XPOS+FEATS stage uses; the rest serve UPOS only. auto selects the entry's
// auto-tag dictionary.
func wordFeatures(w string, e *lexEntry, auto int, f *perceptron.Features) int {
	start := f.Len()
	f.Add("b")
	f.Add("w", w)
	for n := 1; n <= 4; n++ {
		suf, ok := suffix(w, n)
		if !ok {
			break
		}
		f.Add(sufNames[n], suf)
	}
	for n := 1; n <= 3; n++ {
		pre, ok := prefix(w, n)
		if !ok {
			break
		}
		f.Add(preNames[n], pre)
	}
	if a, b, ok := strings.Cut(w, "\u200c"); ok {
		f.Add("zf", a)
		if j := strings.LastIndex(b, "\u200c"); j >= 0 {
			b = b[j+len("\u200c"):]
		}
		f.Add("zl", b)
	}
	f.Add("sh", shape(w))
	f.Add("hz", e.hazm)
	f.Add("cl", e.class)
	shared := f.Len() - start

	f.Add("fq", e.freq)
	f.Add("ne", e.ne)
	f.Add("L", e.left[0])
	f.Add("L", e.left[1])
	f.Add("R", e.right[0])
	f.Add("R", e.right[1])
	if at := e.auto[auto]; at != "" {
		f.Add("at", at)
	}
	return shared
}

// contextFeatures adds the features of word i that look at its neighbours
// or the convention, and returns how many of the first ones the XPOS+FEATS
// stage uses.
func contextFeatures(s *sentence, i int, tb string, f *perceptron.Features) int {
	start := f.Len()
	w := s.words[i]
	e := s.lex[i]
	p1, n1 := s.word(i-1), s.word(i+1)
	f.Add("w-1", p1)
	f.Add("w+1", n1)
	f.Add("tb", tb)
	shared := f.Len() - start

	// The auto-tag dictionary is empty unless the model was trained with
	// the gold-tag dictionary (or self-trained); the word's own entry is a
	// word feature ("at"). The previous word's entry, and the next one's
	// joined with the convention, lowered held-out UPOS (94.27 without
	// both, 94.18 with them, over seeds 1-3).
	at, at1 := e.auto[s.auto], s.entry(i + 1).auto[s.auto]
	if at != "" {
		f.Add("tbat", tb, at)
	}
	if at1 != "" {
		f.Add("at+1", at1)
	}
	if a := s.entry(i + 2).auto[s.auto]; a != "" {
		f.Add("at+2", a)
	}
	if at != "" || at1 != "" {
		f.Add("atat+1", at, at1)
	}
	f.Add("ne-1", s.entry(i-1).ne)
	f.Add("ne+1", s.entry(i+1).ne)
	f.Add("cl-1", s.entry(i-1).class)
	f.Add("cl+1", s.entry(i+1).class)
	f.Add("clcl+1", e.class, s.entry(i+1).class)
	f.Add("w-2", s.word(i-2))
	f.Add("w+2", s.word(i+2))
	f.Add("w-1w", p1, w)
	f.Add("ww+1", w, n1)
	f.Add("hz-1", s.entry(i-1).hazm)
	f.Add("hz+1", s.entry(i+1).hazm)
	s3p, _ := suffix(p1, 3)
	s3n, _ := suffix(n1, 3)
	f.Add("s3-1", s3p)
	f.Add("s3+1", s3n)
	s2, _ := suffix(w, 2)
	f.Add("tbw", tb, w)
	f.Add("tbs2", tb, s2)
	return shared
}

var (
	sufNames = [...]string{"", "s1", "s2", "s3", "s4"}
	preNames = [...]string{"", "p1", "p2", "p3"}
)

// uposFeatures adds the features of word i that depend on the UPOS tags
// already chosen for the words before it: the previous tags, and the
// previous tag joined with the word, its class, its Hazm tags and its last
// three letters (the last three: PerDT held-out +0.17 over seeds 1-3).
func uposFeatures(s *sentence, i int, prev []string, f *perceptron.Features) {
	t1, t2 := bos, bos
	if i >= 1 {
		t1 = prev[i-1]
	}
	if i >= 2 {
		t2 = prev[i-2]
	}
	uposFeatures2(s, i, t1, t2, f)
}

// uposFeatures2 is uposFeatures given the tags t1 of word i-1 and t2 of
// word i-2 (bos before the sentence).
func uposFeatures2(s *sentence, i int, t1, t2 string, f *perceptron.Features) {
	tagFeatures(&leftTagNames, s, i, t1, t2, f)
}

// tagFeatures adds the features named by n of word i given the tags t1 of
// its nearer and t2 of its farther neighbour on one side (bos beyond the
// sentence).
func tagFeatures(n *tagFeatureNames, s *sentence, i int, t1, t2 string, f *perceptron.Features) {
	f.Add(n.t1, t1)
	f.Add(n.t2t1, t2, t1)
	w := s.words[i]
	f.Add(n.t1w, t1, w)
	e := s.lex[i]
	f.Add(n.t1cl, t1, e.class)
	f.Add(n.t1hz, t1, e.hazm)
	s3, _ := suffix(w, 3)
	f.Add(n.t1s3, t1, s3)
}

// restFeatures adds the features of word i for the XPOS+FEATS stage, given
// the UPOS tags of the whole sentence and the classes chosen before i.
func restFeatures(s *sentence, i int, tb string, upos []string, prevRest string, f *perceptron.Features) {
	w := s.words[i]
	u := upos[i]
	s2, _ := suffix(w, 2)
	s3, _ := suffix(w, 3)
	um1, up1 := bos, eos
	if i > 0 {
		um1 = upos[i-1]
	}
	if i+1 < len(upos) {
		up1 = upos[i+1]
	}
	f.Add("u", u)
	f.Add("uw", u, w)
	f.Add("us2", u, s2)
	f.Add("us3", u, s3)
	f.Add("uhz", u, s.lex[i].hazm)
	f.Add("u-1", um1, u)
	f.Add("u+1", u, up1)
	f.Add("x-1", prevRest)
	f.Add("tbu", tb, u)
}

// conjoin turns every feature of the XPOS+FEATS stage into its conjunction
// with the word's UPOS. A weight row then only holds the XPOS+FEATS classes
// seen with that UPOS (a few, not hundreds), which is what makes scoring
// fast, and each UPOS learns its own use of a feature.
func conjoin(feats []perceptron.Feature, upos string) {
	conjoinSalt(feats, uposSalt(upos))
}

// uposSalt is the salt conjoin mixes into the features of a word tagged upos.
func uposSalt(upos string) uint64 { return uint64(perceptron.Hash("U", upos)) }

// conjoinSalt is conjoin with the salt of the UPOS tag already computed.
func conjoinSalt(feats []perceptron.Feature, salt uint64) {
	for i, x := range feats {
		feats[i] = perceptron.Feature((uint64(x) ^ salt) * 0x9e3779b97f4a7c15)
	}
}
