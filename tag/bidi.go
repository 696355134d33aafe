package tag

import (
	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// A bidirectional tagger has a second UPOS model, uposR, decoded greedily
// right to left: its tag features look at the UPOS it chose for the next
// two words (rightTagNames) instead of the previous two. Tagging runs it
// first, keeps its scores of every word, and adds them (times bidiWeight)
// to the left-to-right model's scores, so each word's UPOS weighs the
// evidence of both directions (Tsuruoka and Tsujii 2005, Shen et al.
// 2007).

// nextTagFeatures adds the right-to-left model's tag features of word i,
// given the tags next[i+1], next[i+2] already chosen (bos beyond the
// sentence).
func nextTagFeatures(s *sentence, i int, next []string, f *perceptron.Features) {
	t1, t2 := bos, bos
	if i+1 < len(next) {
		t1 = next[i+1]
	}
	if i+2 < len(next) {
		t2 = next[i+2]
	}
	tagFeatures(&rightTagNames, s, i, t1, t2, f)
}

// fitR2L makes one training pass of the right-to-left model over item it,
// whose static features are prepared; next is scratch space. It returns the
// number of words it tagged right.
func (t *Tagger) fitR2L(it *item, f *perceptron.Features, scores []float32, next []string) (int, []float32, []string) {
	s := &it.s
	n := len(it.words)
	next = append(next[:0], make([]string, n)...)
	ok := 0
	for i := n - 1; i >= 0; i-- {
		f.Reset()
		for _, x := range s.static[s.off[i]:s.off[i+1]] {
			f.AddFeature(x)
		}
		nextTagFeatures(s, i, next, f)
		scores = t.uposR.Scores(f.List(), scores)
		g := best(scores, t.uposAllowed[it.conv])
		paUpdate(t.uposR, it.upos[i], t.uposAllowed[it.conv], scores, f.List())
		if g == it.upos[i] {
			ok++
		}
		next[i] = t.upos.ClassName(g)
	}
	return ok, scores, next
}

// r2lScores runs the right-to-left model over the sentence in sc and
// leaves in sc.rscores[i*K:(i+1)*K] its scores of word i (K classes).
func (t *Tagger) r2lScores(sc *scratch, wf, cf []perceptron.Feature, conv Convention) {
	s := &sc.s
	n := len(s.words)
	k := t.upos.NumClasses()
	if cap(sc.rscores) < n*k {
		sc.rscores = make([]float32, n*k)
	}
	sc.rscores = sc.rscores[:n*k]
	sc.rIdx = append(sc.rIdx[:0], make([]int, n)...)
	sc.rNames = append(sc.rNames[:0], make([]string, n)...)
	for i := n - 1; i >= 0; i-- {
		sl := sc.slots[i]
		if c := sl.cached; c != nil {
			sc.scores = append(sc.scores[:0], c.uposR...)
		} else {
			sc.scores = t.uposR.Scores(wf[sl.start:sl.end], sc.scores)
		}
		t.uposR.AddScores(cf[sc.cOff[i]:sc.cOff[i+1]], sc.scores)
		sc.f.Reset()
		if t.tagHashR != nil {
			c1, c2 := -1, -1
			if i+1 < n {
				c1 = sc.rIdx[i+1]
			}
			if i+2 < n {
				c2 = sc.rIdx[i+2]
			}
			tagFeaturesOf(t.tagHashR, s, i, c1, c2, &sc.f)
		} else {
			nextTagFeatures(s, i, sc.rNames, &sc.f)
		}
		t.uposR.AddScores(sc.f.List(), sc.scores)
		u := best(sc.scores, t.uposAllowed[conv])
		sc.rIdx[i] = u
		sc.rNames[i] = t.upos.ClassName(u)
		copy(sc.rscores[i*k:(i+1)*k], sc.scores)
	}
}
