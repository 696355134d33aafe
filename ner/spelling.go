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
	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// SpellingClasses are the classes a Spelling model tells apart: ordinary
// words (O), the three main name types, and the other entity types (OTH).
var SpellingClasses = []string{"O", "PER", "LOC", "ORG", "OTH"}

// Spelling estimates from a word's letters alone how likely it is to be
// part of a person's, place's or organization's name: a softmax regression
// over the character n-grams (one to four letters, with the word's start
// and end marked) of the folded word. It learns from the words of the
// training sentences, so it gives a word never seen there (a foreign name
// written in Persian letters, a Persian surname in -ی or -زاده) the
// likelihoods of words spelt like it. Spelling is read-only once made and
// safe for concurrent use.
type Spelling struct {
	w    map[uint64][]float32 // n-gram hash → weight per class
	bias []float32
}

// spellN is the longest n-gram, in letters with the start and end marks.
const spellN = 4

// spellEpochs is the number of passes over the words when training.
const spellEpochs = 6

// ngrams appends the hashes of the character n-grams of folded word w.
func ngrams(w string, out []uint64) []uint64 {
	rs := make([]rune, 0, len(w)+2)
	rs = append(rs, '^')
	rs = append(rs, []rune(w)...)
	rs = append(rs, '$')
	for i := range rs {
		h := uint64(14695981039346656037)
		for n := 1; n <= spellN && i+n <= len(rs); n++ {
			r := rs[i+n-1]
			for _, b := range []byte(string(r)) {
				h ^= uint64(b)
				h *= 1099511628211
			}
			if n == 1 && (r == '^' || r == '$') {
				continue
			}
			out = append(out, h^uint64(n))
		}
	}
	return out
}

// Probs returns the probability of each of SpellingClasses for folded
// word w, written into out (grown as needed).
func (s *Spelling) Probs(w string, out []float32) []float32 {
	out = append(out[:0], s.bias...)
	for _, g := range ngrams(w, nil) {
		if ws, ok := s.w[g]; ok {
			for k, x := range ws {
				out[k] += x
			}
		}
	}
	softmax(out)
	return out
}

func softmax(x []float32) {
	m := x[0]
	for _, v := range x {
		m = max(m, v)
	}
	var sum float32
	for k, v := range x {
		x[k] = float32(math.Exp(float64(v - m)))
		sum += x[k]
	}
	for k := range x {
		x[k] /= sum
	}
}

// spellExample is a word with its distribution over SpellingClasses.
type spellExample struct {
	grams  []uint64
	target []float32
}

// trainSpelling fits a Spelling model to examples (word → class counts).
func trainSpelling(examples map[string][]float32, epochs int, seed uint64) *Spelling {
	words := make([]string, 0, len(examples))
	for w := range examples {
		words = append(words, w)
	}
	sort.Strings(words)
	ex := make([]spellExample, len(words))
	C := len(SpellingClasses)
	for i, w := range words {
		t := make([]float32, C)
		var sum float32
		for _, v := range examples[w] {
			sum += v
		}
		for k, v := range examples[w] {
			t[k] = v / sum
		}
		ex[i] = spellExample{grams: ngrams(w, nil), target: t}
	}
	s := &Spelling{w: map[uint64][]float32{}, bias: make([]float32, C)}
	p := make([]float32, C)
	const l2 = 1e-4
	for ep := 0; ep < epochs; ep++ {
		lr := float32(0.2 / (1 + float64(ep)))
		for _, i := range perceptron.Order(len(ex), seed+uint64(ep)) {
			e := &ex[i]
			copy(p, s.bias)
			for _, g := range e.grams {
				if ws, ok := s.w[g]; ok {
					for k, x := range ws {
						p[k] += x
					}
				}
			}
			softmax(p)
			for k := range p {
				p[k] -= e.target[k] // gradient of the log loss
				s.bias[k] -= lr * p[k] * 0.1
			}
			for _, g := range e.grams {
				ws := s.w[g]
				if ws == nil {
					ws = make([]float32, C)
					s.w[g] = ws
				}
				for k := range ws {
					ws[k] -= lr * (p[k] + l2*ws[k])
				}
			}
		}
	}
	s.round()
	return s
}

// round rounds the weights to the three significant digits Write keeps
// and drops the n-grams whose weights are all below 0.005, so that a
// model behaves the same before and after Write and ReadSpelling.
func (s *Spelling) round() {
	r := func(x float32) float32 {
		v, _ := strconv.ParseFloat(strconv.FormatFloat(float64(x), 'g', 3, 32), 32)
		return float32(v)
	}
	for k := range s.bias {
		s.bias[k] = r(s.bias[k])
	}
	for g, ws := range s.w {
		big := false
		for k, x := range ws {
			ws[k] = r(x)
			big = big || math.Abs(float64(ws[k])) >= 0.005
		}
		if !big {
			delete(s.w, g)
		}
	}
}

// spellingFolds is the number of parts the training words are cut into for
// the Spelling scores of training words: a word's score comes from the
// model trained on the other parts.
const spellingFolds = 5

// spellScores gives the Spelling probabilities of a folded word: jackknifed
// ones for the training words, those of the full model for the others.
type spellScores struct {
	full  *Spelling
	known map[string][]float32
}

func (s *spellScores) probs(w string) []float32 {
	if s == nil {
		return nil
	}
	if p, ok := s.known[w]; ok {
		return p
	}
	if s.full == nil {
		return nil
	}
	return s.full.Probs(w, nil)
}

// spellingExamples counts, for every folded word of sents, how often it is
// O or part of a name of each type. It adds as ordinary words (O, once
// each) the words of wt that are frequent (ten or more in Hazm's counts)
// and not nouns, and the words of tb never tagged a proper noun; and the
// single words of the place, person and organization names of base once
// each.
func spellingExamples(sents []Sentence, base *Gazetteer, wt *WordTags, tb map[string]WordUse) map[string][]float32 {
	ex := map[string][]float32{}
	add := func(w string, k int, n float32) {
		v := ex[w]
		if v == nil {
			v = make([]float32, len(SpellingClasses))
			ex[w] = v
		}
		v[k] += n
	}
	for _, s := range sents {
		for i, w := range s.Words {
			f := Fold(w)
			if f == "" || strings.ContainsAny(f, " ") {
				continue
			}
			add(f, spellClass(s.Labels[i]), 1)
		}
	}
	if wt != nil {
		for w, tag := range wt.m {
			if len(tag) < 2 || tag[0] == '0' || tag[1:] == "N" || strings.ContainsAny(w, " ") {
				continue
			}
			add(w, 0, 1)
		}
	}
	for w, u := range tb {
		if u.Proper == 0 && !strings.ContainsAny(w, " ") {
			add(w, 0, 1)
		}
	}
	if base != nil {
		for phrase, bits := range base.entries {
			k := 0
			switch {
			case bits&(gazBit("PER")) != 0:
				k = 1
			case bits&(gazBit("TERR")|gazBit("CITY")|gazBit("LOC")) != 0:
				k = 2
			case bits&(gazBit("ORG")) != 0:
				k = 3
			default:
				continue
			}
			for _, w := range strings.Fields(phrase) {
				add(w, k, 1)
			}
		}
	}
	return ex
}

func gazBit(class string) uint32 {
	k, _ := gazClass(class)
	return 1 << k
}

// spellClass returns the SpellingClasses index of a BIO label.
func spellClass(label string) int {
	if label == "O" || len(label) < 3 {
		return 0
	}
	switch label[2:] {
	case "PER":
		return 1
	case "LOC":
		return 2
	case "ORG":
		return 3
	}
	return 4
}

// newSpellScores trains the full Spelling model on examples and, for the
// training words, jackknifed scores.
func newSpellScores(examples map[string][]float32, epochs int, seed uint64) *spellScores {
	s := &spellScores{full: trainSpelling(examples, epochs, seed), known: map[string][]float32{}}
	for k := 0; k < spellingFolds; k++ {
		part := map[string][]float32{}
		for w, v := range examples {
			if spellFold(w) != k {
				part[w] = v
			}
		}
		m := trainSpelling(part, epochs, seed)
		for w := range examples {
			if spellFold(w) == k {
				s.known[w] = m.Probs(w, nil)
			}
		}
	}
	return s
}

func spellFold(w string) int {
	return int(uint64(perceptron.Hash(w)) % spellingFolds)
}

// spellBins are the upper bounds of the probability bins of the features.
var spellBins = []float32{0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.65, 0.8, 0.9, 0.95}

func spellBin(p float32) string {
	for k, b := range spellBins {
		if p < b {
			return classNames[k]
		}
	}
	return classNames[len(spellBins)]
}

// Write writes the model as gzip-compressed text: the classes, the biases,
// then one line per n-gram hash with its weights, sorted.
func (s *Spelling) Write(w io.Writer) error {
	keys := make([]uint64, 0, len(s.w))
	for k := range s.w {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	return gzipio.Write(w, func(bw *bufio.Writer) {
		fmt.Fprintf(bw, "spelling\t%s\n", strings.Join(SpellingClasses, "\t"))
		writeFloats(bw, "bias", s.bias)
		for _, k := range keys {
			writeFloats(bw, strconv.FormatUint(k, 36), s.w[k])
		}
	})
}

// writeFloats writes one line: key, then each weight with 3 significant
// digits, tab-separated.
func writeFloats(w *bufio.Writer, key string, xs []float32) {
	w.WriteString(key)
	for _, x := range xs {
		w.WriteByte('\t')
		w.WriteString(strconv.FormatFloat(float64(x), 'g', 3, 32))
	}
	w.WriteByte('\n')
}

// ReadSpelling reads a model written by Write.
func ReadSpelling(r io.Reader) (*Spelling, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("ner: bad spelling model: %w", err)
	}
	sc := bufio.NewScanner(zr)
	s := &Spelling{w: map[uint64][]float32{}}
	C := len(SpellingClasses)
	line := 0
	for sc.Scan() {
		line++
		parts := strings.Split(sc.Text(), "\t")
		if line == 1 {
			if parts[0] != "spelling" || strings.Join(parts[1:], "\t") != strings.Join(SpellingClasses, "\t") {
				return nil, fmt.Errorf("ner: bad spelling model header %q", sc.Text())
			}
			continue
		}
		if len(parts) != C+1 {
			return nil, fmt.Errorf("ner: bad spelling model line %d", line)
		}
		ws := make([]float32, C)
		for k, p := range parts[1:] {
			x, err := strconv.ParseFloat(p, 32)
			if err != nil {
				return nil, fmt.Errorf("ner: bad spelling model line %d: %w", line, err)
			}
			ws[k] = float32(x)
		}
		if parts[0] == "bias" {
			s.bias = ws
			continue
		}
		k, err := strconv.ParseUint(parts[0], 36, 64)
		if err != nil {
			return nil, fmt.Errorf("ner: bad spelling model line %d: %w", line, err)
		}
		s.w[k] = ws
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: bad spelling model: %w", err)
	}
	if s.bias == nil {
		return nil, fmt.Errorf("ner: spelling model without biases")
	}
	return s, nil
}
