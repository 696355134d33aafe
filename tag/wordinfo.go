package tag

import (
	"strings"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// wordInfo is what the context features of a loaded tagger need about one
// word that depends on the word alone: its folded form, lexicon entry and
// the hashes of the features that have the word (or its entry) as their
// only value, such as "w-1" of the word after it. A scratch keeps them per
// distinct word, so a frequent word is folded, looked up and hashed once,
// not once per sentence.
type wordInfo struct {
	folded string
	e      *lexEntry
	// As the neighbour of another word.
	wm1, wp1, wm2, wp2, nem1, nep1, clm1, clp1, hzm1, hzp1, s3m1, s3p1 perceptron.Feature
	// Of the word itself, per convention.
	tbw, tbs2 [numConventions]perceptron.Feature
	// Of its gold-tag dictionary entry e.auto[0]: joined with the
	// convention ("tbat"), as a neighbour ("at+1", "at+2") and the prefix
	// of its pair with the next word's ("atat+1").
	atp1, atp2 perceptron.Feature
	tbat       [numConventions]perceptron.Feature
	atPair     perceptron.Prefix
}

// newWordInfo computes the wordInfo of word w.
func (t *Tagger) newWordInfo(w string) *wordInfo {
	fw := fold(w)
	return neighbourInfo(fw, t.lookup(fw))
}

// neighbourInfo computes the wordInfo of folded word fw with entry e (also
// used for the sentence boundaries).
func neighbourInfo(fw string, e *lexEntry) *wordInfo {
	in := &wordInfo{folded: fw, e: e}
	in.wm1 = perceptron.Hash("w-1", fw)
	in.wp1 = perceptron.Hash("w+1", fw)
	in.wm2 = perceptron.Hash("w-2", fw)
	in.wp2 = perceptron.Hash("w+2", fw)
	in.nem1 = perceptron.Hash("ne-1", e.ne)
	in.nep1 = perceptron.Hash("ne+1", e.ne)
	in.clm1 = perceptron.Hash("cl-1", e.class)
	in.clp1 = perceptron.Hash("cl+1", e.class)
	in.hzm1 = perceptron.Hash("hz-1", e.hazm)
	in.hzp1 = perceptron.Hash("hz+1", e.hazm)
	a := e.auto[0]
	in.atp1 = perceptron.Hash("at+1", a)
	in.atp2 = perceptron.Hash("at+2", a)
	in.atPair = perceptron.HashPrefix("atat+1", a)
	s3, _ := suffix(fw, 3)
	in.s3m1 = perceptron.Hash("s3-1", s3)
	in.s3p1 = perceptron.Hash("s3+1", s3)
	s2, _ := suffix(fw, 2)
	for c := range numConventions {
		in.tbw[c] = perceptron.Hash("tbw", c.code(), fw)
		in.tbs2[c] = perceptron.Hash("tbs2", c.code(), s2)
		in.tbat[c] = perceptron.Hash("tbat", c.code(), a)
	}
	return in
}

// The boundary "words" before and after a sentence (see sentence.word and
// sentence.entry).
var (
	bosInfo = neighbourInfo(bos, noEntry)
	eosInfo = neighbourInfo(eos, noEntry)
	tbFeat  = func() (f [numConventions]perceptron.Feature) {
		for c := range numConventions {
			f[c] = perceptron.Hash("tb", c.code())
		}
		return f
	}()
)

// maxCachedWords bounds a scratch's wordInfos; they start afresh when full.
const maxCachedWords = 1 << 13

// wordInfos maps words to their wordInfo. It is not safe for concurrent use
// (each scratch has its own).
type wordInfos map[string]*wordInfo

// wordInfo returns the wordInfo of w, computing it on first use.
func (t *Tagger) wordInfo(sc *scratch, w string) *wordInfo {
	if in := sc.infos[w]; in != nil {
		return in
	}
	if sc.infos == nil || len(sc.infos) >= maxCachedWords {
		sc.infos = make(wordInfos, 1024)
	}
	in := t.newWordInfo(w)
	sc.infos[strings.Clone(w)] = in // do not keep the caller's text alive
	return in
}

// contextFeaturesOf is contextFeatures for a loaded tagger, reading the
// hashes of single-word features from info (info[i] is word i's): it adds
// exactly the same features in the same order.
func contextFeaturesOf(s *sentence, info []*wordInfo, i int, conv Convention, f *perceptron.Features) int {
	start := f.Len()
	w := s.words[i]
	e := s.lex[i]
	at := func(j int) *wordInfo {
		switch {
		case j < 0:
			return bosInfo
		case j >= len(info):
			return eosInfo
		}
		return info[j]
	}
	p1, n1 := at(i-1), at(i+1)
	f.AddFeature(p1.wm1)
	f.AddFeature(n1.wp1)
	f.AddFeature(tbFeat[conv])
	shared := f.Len() - start

	// The auto-tag dictionary (see contextFeatures).
	in := info[i]
	a0, a1 := e.auto[s.auto], n1.e.auto[s.auto]
	if a0 != "" {
		f.AddFeature(in.tbat[conv])
	}
	if a1 != "" {
		f.AddFeature(n1.atp1)
	}
	if n2 := at(i + 2); n2.e.auto[s.auto] != "" {
		f.AddFeature(n2.atp2)
	}
	if a0 != "" || a1 != "" {
		f.AddFeature(in.atPair.Extend(a1))
	}
	f.AddFeature(p1.nem1)
	f.AddFeature(n1.nep1)
	f.AddFeature(p1.clm1)
	f.AddFeature(n1.clp1)
	f.Add("clcl+1", e.class, n1.e.class)
	f.AddFeature(at(i - 2).wm2)
	f.AddFeature(at(i + 2).wp2)
	f.Add("w-1w", p1.folded, w)
	f.Add("ww+1", w, n1.folded)
	f.AddFeature(p1.hzm1)
	f.AddFeature(n1.hzp1)
	f.AddFeature(p1.s3m1)
	f.AddFeature(n1.s3p1)
	f.AddFeature(in.tbw[conv])
	f.AddFeature(in.tbs2[conv])
	return shared
}
