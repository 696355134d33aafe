package tag

import (
	"math"
	"sort"
)

// exchangeClusters groups the words of sents that occur at least minCount
// times into k classes so that a class bigram model predicts the text well
// (the exchange algorithm of Kneser and Ney, 1993): words used in the same
// contexts end up in the same class, a generalization that helps the tagger
// with words it never saw tagged. It returns each word's class; the result
// depends only on the input.
func exchangeClusters(sents [][]string, count map[string]int, k, minCount, iterations int) map[string]int {
	// Word ids by descending frequency; id 0 is the sentence boundary and
	// id 1 stands for every rare word.
	type wc struct {
		w string
		c int
	}
	var vocab []wc
	for w, c := range count {
		if c >= minCount {
			vocab = append(vocab, wc{w, c})
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if vocab[i].c != vocab[j].c {
			return vocab[i].c > vocab[j].c
		}
		return vocab[i].w < vocab[j].w
	})
	id := make(map[string]int32, len(vocab))
	for i, v := range vocab {
		id[v.w] = int32(i + 2)
	}
	V := len(vocab) + 2
	n := make([]int64, V)
	type pair struct{ a, b int32 }
	bigram := map[pair]int64{}
	for _, s := range sents {
		prev := int32(0)
		for _, w := range s {
			x, ok := id[w]
			if !ok {
				x = 1
			}
			n[x]++
			bigram[pair{prev, x}]++
			prev = x
		}
		bigram[pair{prev, 0}]++
		n[0]++
	}
	// Adjacency lists, sorted for determinism.
	type nb struct {
		v int32
		c int64
	}
	left := make([][]nb, V)
	right := make([][]nb, V)
	pairs := make([]pair, 0, len(bigram))
	for p := range bigram {
		pairs = append(pairs, p)
	}
	sort.Slice(pairs, func(i, j int) bool {
		if pairs[i].a != pairs[j].a {
			return pairs[i].a < pairs[j].a
		}
		return pairs[i].b < pairs[j].b
	})
	for _, p := range pairs {
		c := bigram[p]
		right[p.a] = append(right[p.a], nb{p.b, c})
		left[p.b] = append(left[p.b], nb{p.a, c})
	}
	// f(x) = x log x, tabulated for small counts.
	const tab = 1 << 20
	flog := make([]float64, tab)
	for i := 1; i < tab; i++ {
		flog[i] = float64(i) * math.Log(float64(i))
	}
	f := func(x int64) float64 {
		if x < tab {
			return flog[x]
		}
		return float64(x) * math.Log(float64(x))
	}
	// Initial classes: boundary alone in class 0, words by rank.
	cls := make([]int32, V)
	for w := 1; w < V; w++ {
		cls[w] = int32(1 + (w-1)%(k-1))
	}
	N := make([]int64, k*k) // class bigram counts
	Nc := make([]int64, k)  // class unigram counts
	for _, p := range pairs {
		N[int(cls[p.a])*k+int(cls[p.b])] += bigram[p]
	}
	for w := 0; w < V; w++ {
		Nc[cls[w]] += n[w]
	}
	Lw := make([]int64, k)
	Rw := make([]int64, k)
	var lc, rc []int
	for it := 0; it < iterations; it++ {
		moved := 0
		for w := 1; w < V; w++ {
			a := int(cls[w])
			lc, rc = lc[:0], rc[:0]
			var self int64
			for _, e := range left[w] {
				if int(e.v) == w {
					self += e.c
					continue
				}
				c := int(cls[e.v])
				if Lw[c] == 0 {
					lc = append(lc, c)
				}
				Lw[c] += e.c
			}
			for _, e := range right[w] {
				if int(e.v) == w {
					continue
				}
				c := int(cls[e.v])
				if Rw[c] == 0 {
					rc = append(rc, c)
				}
				Rw[c] += e.c
			}
			// Take w out of class a.
			for _, c := range lc {
				N[c*k+a] -= Lw[c]
			}
			for _, c := range rc {
				N[a*k+c] -= Rw[c]
			}
			N[a*k+a] -= self
			Nc[a] -= n[w]
			bestK, bestD := a, math.Inf(-1)
			for c2 := 1; c2 < k; c2++ {
				d := -2 * (f(Nc[c2]+n[w]) - f(Nc[c2]))
				for _, c := range rc {
					x := N[c2*k+c]
					d += f(x+Rw[c]) - f(x)
				}
				for _, c := range lc {
					x := N[c*k+c2]
					d += f(x+Lw[c]) - f(x)
				}
				if d > bestD+1e-9 || c2 == a && d >= bestD-1e-9 {
					bestK, bestD = c2, d
				}
			}
			if bestK != a {
				moved++
			}
			b := bestK
			for _, c := range lc {
				N[c*k+b] += Lw[c]
				Lw[c] = 0
			}
			for _, c := range rc {
				N[b*k+c] += Rw[c]
				Rw[c] = 0
			}
			N[b*k+b] += self
			Nc[b] += n[w]
			cls[w] = int32(b)
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]int, len(vocab))
	for w, i := range id {
		out[w] = int(cls[i])
	}
	return out
}
