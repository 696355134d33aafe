package ner

import (
	"math"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// lattice holds the reusable buffers of Viterbi decoding. It is not safe for
// concurrent use.
type lattice struct {
	static []float32 // static[i*L+c]: score of label c at word i without the label features
	delta  []float32 // best score of a labelling of words 0..i ending in c
	back   []int16   // label of word i-1 on that best labelling
	trans  []float32 // scores of the label features for one previous label
	f      perceptron.Features
	out    []int
}

// reset makes room for n words and L labels.
func (lat *lattice) reset(n, L int) {
	lat.static = growFloats(lat.static, n*L)
	lat.delta = growFloats(lat.delta, n*L)
	if cap(lat.back) < n*L {
		lat.back = make([]int16, n*L)
	}
	lat.back = lat.back[:n*L]
	lat.trans = growFloats(lat.trans, L)
}

func growFloats(s []float32, n int) []float32 {
	if cap(s) < n {
		return make([]float32, n)
	}
	return s[:n]
}

var negInf = float32(math.Inf(-1))

// viterbi returns the best labelling of the sentence of n words under the
// recognizer's model, given the static scores in lat.static and the scores
// of the label features: trans(i, t) fills t[(p+1)*L+c] with the score of
// label c at word i after label p (-1 at the start of the sentence). The
// best labelling maximizes the sum over words of both, among labellings
// whose I- labels all continue an entity of the same type.
func (r *Recognizer) viterbi(n int, lat *lattice, trans func(i int, t []float32)) []int {
	L := len(r.labels)
	lat.trans = growFloats(lat.trans, (L+1)*L)
	for i := 0; i < n; i++ {
		row := lat.delta[i*L : (i+1)*L]
		back := lat.back[i*L : (i+1)*L]
		st := lat.static[i*L : (i+1)*L]
		trans(i, lat.trans)
		if i == 0 {
			t := lat.trans[:L]
			for k := 0; k < L; k++ {
				row[k] = negInf
				if r.allowed(-1, k) {
					row[k] = st[k] + t[k]
					back[k] = -1
				}
			}
			continue
		}
		prevRow := lat.delta[(i-1)*L : i*L]
		for k := 0; k < L; k++ {
			best, arg := negInf, -1
			for p := 0; p < L; p++ {
				if !r.allowed(p, k) {
					continue
				}
				if v := prevRow[p] + lat.trans[(p+1)*L+k]; v > best {
					best, arg = v, p
				}
			}
			row[k] = best + st[k]
			back[k] = int16(arg)
		}
	}
	lat.out = lat.out[:0]
	if n == 0 {
		return lat.out
	}
	if cap(lat.out) < n {
		lat.out = make([]int, n)
	}
	lat.out = lat.out[:n]
	last := lat.delta[(n-1)*L : n*L]
	best := 0
	for k := range last {
		if last[k] > last[best] {
			best = k
		}
	}
	for i := n - 1; i >= 0; i-- {
		lat.out[i] = best
		best = int(lat.back[i*L+best])
	}
	return lat.out
}

// featureTrans fills t as viterbi's trans does, from the label features of
// word i under model m (used while training, when the weights change).
func (r *Recognizer) featureTrans(c *context, i int, t []float32, f *perceptron.Features) {
	L := len(r.labels)
	for p := -1; p < L; p++ {
		row := t[(p+1)*L : (p+2)*L]
		if i == 0 && p >= 0 {
			clear(row)
			continue
		}
		f.Reset()
		c.labelFeatures(i, p, f)
		r.model.Scores(f.List(), row)
	}
}
