package ner

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/dabir-nlp/dabir/internal/gzipio"
)

// Clusters maps folded words to word classes learned from raw text: words
// that occur in similar contexts (the words before and after them) share a
// class, so a name never seen in the training data may still share a class
// with names that were. Clusters is read-only once made and safe for
// concurrent use.
type Clusters struct {
	ids map[string]uint16
	n   int
}

// NumClasses returns the number of classes.
func (c *Clusters) NumClasses() int { return c.n }

// Len returns the number of words with a class.
func (c *Clusters) Len() int {
	if c == nil {
		return 0
	}
	return len(c.ids)
}

// Of returns the class of a folded word.
func (c *Clusters) Of(folded string) (int, bool) {
	if c == nil {
		return 0, false
	}
	id, ok := c.ids[folded]
	return int(id), ok
}

// TrainClusters groups the words of sents (already folded) that occur at
// least minCount times into n classes with the exchange algorithm (Martin,
// Liermann and Ney 1998): starting from classes by frequency rank, each word
// in turn moves to the class that most raises the likelihood of the class
// bigram model, for iters passes. Rarer words are one pseudo-word for the
// counts and get no class. The result depends only on the input.
func TrainClusters(sents [][]string, n, minCount, iters int) *Clusters {
	if n < 2 || n > 1<<16 {
		n = 2
	}
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	vocab := make([]string, 0, len(freq))
	for w, f := range freq {
		if f >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	// word ids: 0..V-1 vocabulary, V the rare pseudo-word, V+1 sentence boundary
	V := len(vocab)
	id := make(map[string]int, V)
	for i, w := range vocab {
		id[w] = i
	}
	nw := V + 2
	wordOf := func(w string) int {
		if i, ok := id[w]; ok {
			return i
		}
		return V
	}
	// bigram counts per word: right[w] = following words, left[w] = preceding
	type pair struct{ w, n int }
	bigram := map[[2]int]int{}
	uni := make([]int, nw)
	for _, s := range sents {
		prev := V + 1
		uni[prev]++
		for _, w := range s {
			x := wordOf(w)
			bigram[[2]int{prev, x}]++
			uni[x]++
			prev = x
		}
		bigram[[2]int{prev, V + 1}]++
	}
	left := make([][]pair, nw)
	right := make([][]pair, nw)
	keys := make([][2]int, 0, len(bigram))
	for k := range bigram {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		c := bigram[k]
		right[k[0]] = append(right[k[0]], pair{k[1], c})
		left[k[1]] = append(left[k[1]], pair{k[0], c})
	}

	// classes: vocabulary words by rank; the two pseudo-words fixed in
	// classes of their own (n and n+1) that never change.
	C := n + 2
	class := make([]int, nw)
	for i := 0; i < V; i++ {
		class[i] = i % n
	}
	class[V], class[V+1] = n, n+1
	N := make([]float64, C*C) // class bigram counts
	Nc := make([]float64, C)  // class unigram counts
	for _, k := range keys {
		N[class[k[0]]*C+class[k[1]]] += float64(bigram[k])
	}
	for w := 0; w < nw; w++ {
		Nc[class[w]] += float64(uni[w])
	}
	f := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	L := make([]float64, C) // class counts of w's left neighbours (w itself excluded)
	R := make([]float64, C)
	var lc, rc []int // classes with non-zero L / R
	move := func(w, b int, sign float64, self float64) {
		for _, c := range lc {
			N[c*C+b] += sign * L[c]
		}
		for _, c := range rc {
			N[b*C+c] += sign * R[c]
		}
		N[b*C+b] += sign * self
		Nc[b] += sign * float64(uni[w])
	}
	for it := 0; it < iters; it++ {
		changed := 0
		for w := 0; w < V; w++ {
			self := 0.0
			lc, rc = lc[:0], rc[:0]
			for _, p := range left[w] {
				if p.w == w {
					self += float64(p.n)
					continue
				}
				c := class[p.w]
				if L[c] == 0 {
					lc = append(lc, c)
				}
				L[c] += float64(p.n)
			}
			for _, p := range right[w] {
				if p.w == w {
					continue
				}
				c := class[p.w]
				if R[c] == 0 {
					rc = append(rc, c)
				}
				R[c] += float64(p.n)
			}
			a := class[w]
			move(w, a, -1, self)
			best, bestGain := a, math.Inf(-1)
			nwf := float64(uni[w])
			for b := 0; b < n; b++ {
				gain := 0.0
				for _, c := range lc {
					if c != b {
						x := N[c*C+b]
						gain += f(x+L[c]) - f(x)
					}
				}
				for _, c := range rc {
					if c != b {
						x := N[b*C+c]
						gain += f(x+R[c]) - f(x)
					}
				}
				x := N[b*C+b]
				gain += f(x+L[b]+R[b]+self) - f(x)
				gain -= 2 * (f(Nc[b]+nwf) - f(Nc[b]))
				if gain > bestGain+1e-9 {
					best, bestGain = b, gain
				}
			}
			move(w, best, +1, self)
			if best != a {
				class[w] = best
				changed++
			}
			for _, c := range lc {
				L[c] = 0
			}
			for _, c := range rc {
				R[c] = 0
			}
		}
		if changed == 0 {
			break
		}
	}
	out := &Clusters{ids: make(map[string]uint16, V), n: n}
	for i, w := range vocab {
		out.ids[w] = uint16(class[i])
	}
	return out
}

// Write writes the clusters as gzip-compressed lines "class<TAB>word",
// sorted by class then word.
func (c *Clusters) Write(w io.Writer) error {
	words := make([]string, 0, len(c.ids))
	for k := range c.ids {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool {
		if c.ids[words[i]] != c.ids[words[j]] {
			return c.ids[words[i]] < c.ids[words[j]]
		}
		return words[i] < words[j]
	})
	return gzipio.Write(w, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "%d\n", c.n)
		for _, k := range words {
			fmt.Fprintf(bw, "%d\t%s\n", c.ids[k], k)
		}
	})
}

// ReadClusters reads clusters written by Write.
func ReadClusters(r io.Reader) (*Clusters, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: bad clusters: %w", err)
	}
	sc := bufio.NewScanner(zr)
	if !sc.Scan() {
		return nil, fmt.Errorf("ner: bad clusters: empty")
	}
	n, err := strconv.Atoi(sc.Text())
	if err != nil || n < 1 || n > 1<<16 {
		return nil, fmt.Errorf("ner: bad clusters: class count %q", sc.Text())
	}
	c := &Clusters{ids: map[string]uint16{}, n: n}
	for sc.Scan() {
		k, w, ok := strings.Cut(sc.Text(), "\t")
		id, err := strconv.Atoi(k)
		if !ok || err != nil || id < 0 || id >= n {
			return nil, fmt.Errorf("ner: bad clusters line %q", sc.Text())
		}
		c.ids[w] = uint16(id)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: bad clusters: %w", err)
	}
	return c, nil
}
