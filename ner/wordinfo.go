package ner

import (
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// wordInfo is what the features need about one word that depends on the
// word alone (and the word classes): its folded form, shape, class and the
// hashes of the features that have the word as their only value. It is
// computed once per distinct word and kept in a decoder's wordCache, so a
// frequent word is folded and hashed once, not once per sentence.
type wordInfo struct {
	folded, shape, cls, suf2 string
	hz                       string // tag in the WordTags
	runes                    int    // runes in folded
	// Features of the word itself.
	w, shapeF, lenF, cF, hzF perceptron.Feature
	// own lists the features of the word alone, in the order
	// staticFeatures adds them: "b", "w", "suf", "pre", "shape", "len", "c",
	// "hz", and with a Spelling model "spP", "spL", "spO", "spE", "spA".
	own []perceptron.Feature
	// Features of a neighbour that is this word: "w-1" of the word after it,
	// "w+1" of the word before it, and so on.
	wm1, wp1, wm2, wp2, cm1, cp1, s2m1, s2p1, hzm1, hzp1 perceptron.Feature
	// Spelling features of a neighbour (0 without a Spelling model).
	spm1, spp1 perceptron.Feature
	// pre holds the scores of the features of own under the cache's
	// model; nil until first used.
	pre []float32
	// clsID is the word's class number plus one (0: no class).
	clsID int
	// wTrans and nextTrans hold the scores of the label features of the
	// word ("p1w") and of the word as the next one ("p1w+1") for every
	// previous label, laid out as viterbi's trans; nil when all are zero.
	// transDone tells whether they were computed.
	wTrans, nextTrans sparseTrans
	transDone         bool
}

// labelTrans computes in.wTrans and in.nextTrans under r's model once.
func (in *wordInfo) labelTrans(r *Recognizer) {
	if in.transDone {
		return
	}
	in.transDone = true
	in.wTrans = r.sparseTransOf(in.w)
	in.nextTrans = r.sparseTransOf(in.wp1)
}

// prefix returns the scores of the word's own features under the model m
// the cache belongs to. Scores add up feature by feature in list order, so
// adding the other features to them gives exactly the scores of the whole
// list.
func (in *wordInfo) prefix(m *perceptron.Model) []float32 {
	if in.pre == nil {
		in.pre = m.Scores(in.own, nil)
	}
	return in.pre
}

// Features of the sentence boundaries.
var (
	featB   = perceptron.Hash("b")
	wm1BOS  = perceptron.Hash("w-1", bos)
	wp1EOS  = perceptron.Hash("w+1", eos)
	wm2BOS  = perceptron.Hash("w-2", bos)
	wp2EOS  = perceptron.Hash("w+2", eos)
	cm1BOS  = perceptron.Hash("c-1", bos)
	cp1EOS  = perceptron.Hash("c+1", eos)
	hzm1BOS = perceptron.Hash("hz-1", bos)
	hzp1EOS = perceptron.Hash("hz+1", eos)
)

// newWordInfo computes the wordInfo of word w.
func newWordInfo(w string, cl *Clusters, wt *WordTags, sp *spellScores) *wordInfo {
	in := &wordInfo{folded: Fold(w), shape: Shape(w)}
	f := in.folded
	if k, ok := cl.Of(f); ok {
		in.cls = classNames[k]
		in.clsID = k + 1
	}
	in.suf2 = lastRunes(f, 2)
	in.hz = wt.Of(f)
	n := utf8.RuneCountInString(f)
	in.runes = n
	in.w = perceptron.Hash("w", f)
	in.own = append(in.own, featB, in.w)
	for k, end := 1, len(f); k <= 4 && k < n; k++ {
		_, size := utf8.DecodeLastRuneInString(f[:end])
		end -= size
		in.own = append(in.own, perceptron.Hash("suf", f[end:]))
	}
	for k, start := 1, 0; k <= 3 && k < n; k++ {
		_, size := utf8.DecodeRuneInString(f[start:])
		start += size
		in.own = append(in.own, perceptron.Hash("pre", f[:start]))
	}
	in.shapeF = perceptron.Hash("shape", in.shape)
	in.lenF = perceptron.Hash("len", lenBucket(n))
	in.cF = perceptron.Hash("c", in.cls)
	in.hzF = perceptron.Hash("hz", in.hz)
	in.own = append(in.own, in.shapeF, in.lenF, in.cF, in.hzF)
	if p := sp.probs(f); p != nil {
		best := 0
		for k := range p {
			if p[k] > p[best] {
				best = k
			}
		}
		e := spellBin(1 - p[0])
		in.own = append(in.own,
			perceptron.Hash("spP", spellBin(p[1])),
			perceptron.Hash("spL", spellBin(p[2])),
			perceptron.Hash("spO", spellBin(p[3])),
			perceptron.Hash("spE", e),
			perceptron.Hash("spA", SpellingClasses[best], spellBin(p[best])))
		in.spm1 = perceptron.Hash("spE-1", e)
		in.spp1 = perceptron.Hash("spE+1", e)
	}
	in.hzm1 = perceptron.Hash("hz-1", in.hz)
	in.hzp1 = perceptron.Hash("hz+1", in.hz)
	in.wm1 = perceptron.Hash("w-1", f)
	in.wp1 = perceptron.Hash("w+1", f)
	in.wm2 = perceptron.Hash("w-2", f)
	in.wp2 = perceptron.Hash("w+2", f)
	in.cm1 = perceptron.Hash("c-1", in.cls)
	in.cp1 = perceptron.Hash("c+1", in.cls)
	in.s2m1 = perceptron.Hash("s2-1", in.suf2)
	in.s2p1 = perceptron.Hash("s2+1", in.suf2)
	return in
}

// maxCachedWords bounds a wordCache; it starts afresh when full.
const maxCachedWords = 1 << 13

// wordCache maps words to their wordInfo for one set of word classes and
// word tags. The zero value is ready to use; a nil *wordCache caches
// nothing. It is not safe for concurrent use (each decoder has its own).
type wordCache struct {
	cl    *Clusters
	wt    *WordTags
	sp    *spellScores
	model *perceptron.Model // the model of the wordInfo.pre scores
	m     map[string]*wordInfo
}

// use makes wc serve a recognizer with model m, word classes cl and word
// tags wt, emptying it if it served another one.
func (wc *wordCache) use(m *perceptron.Model, cl *Clusters, wt *WordTags, sp *spellScores) {
	if wc.model != m || wc.cl != cl || wc.wt != wt || wc.sp != sp {
		wc.m, wc.model, wc.cl, wc.wt, wc.sp = nil, m, cl, wt, sp
	}
}

// get returns the wordInfo of w under the word classes cl and tags wt.
func (wc *wordCache) get(w string, cl *Clusters, wt *WordTags, sp *spellScores) *wordInfo {
	if wc == nil {
		return newWordInfo(w, cl, wt, sp)
	}
	if wc.m == nil || wc.cl != cl || wc.wt != wt || wc.sp != sp || len(wc.m) >= maxCachedWords {
		wc.m = make(map[string]*wordInfo, 1024)
		wc.cl, wc.wt, wc.sp = cl, wt, sp
	}
	if in := wc.m[w]; in != nil {
		return in
	}
	in := newWordInfo(w, cl, wt, sp)
	wc.m[strings.Clone(w)] = in // do not keep the caller's text alive
	return in
}
