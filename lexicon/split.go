package lexicon

import (
	"bytes"
	_ "embed"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

//go:embed zwnj-split.model.gz
var splitData []byte

// Splitter predicts where the half-spaces of a word that the lexicon does
// not know belong (تکاندهنده → تکان‌دهنده), one decision per place between
// two letters. It is an averaged perceptron over the letters around the
// place and what the lexicon knows of the two sides, trained by
// `dabir train zwnj` on the rare words of the counted text. A Splitter is
// read-only and safe for concurrent use.
type Splitter struct {
	model *perceptron.Model
	lex   *ZWNJ
}

// Split classes.
const (
	SplitNo  = "-"
	SplitYes = "zwnj"
)

// DefaultSplitter returns the embedded Splitter, loaded on first use.
var DefaultSplitter = sync.OnceValue(func() *Splitter {
	m, err := perceptron.Load(bytes.NewReader(splitData))
	if err != nil {
		panic("lexicon: embedded split model: " + err.Error()) // a build defect, caught by tests
	}
	return &Splitter{model: m, lex: DefaultZWNJ()}
})

// NewSplitter returns a Splitter with model m over lexicon z.
func NewSplitter(m *perceptron.Model, z *ZWNJ) *Splitter { return &Splitter{model: m, lex: z} }

// Split returns w with a ZWNJ at every place the model predicts one, or nil
// when it predicts none. w must hold no ZWNJ.
func (s *Splitter) Split(w []byte) []byte {
	fp := featuresPool.Get().(*perceptron.Features)
	defer featuresPool.Put(fp)
	f := fp
	var scores [2]float32
	yes, ok := s.model.ClassIndex(SplitYes)
	if !ok {
		return nil
	}
	var out []byte
	last := 0                // where the last half-space was put
	lastMargin := float32(0) // and by how much the model wanted it
	runesSince := 0          // letters since then
	for at := 0; at < len(w); {
		_, size := utf8.DecodeRune(w[at:])
		at += size
		runesSince++
		if at >= len(w) || !s.lex.SplitFeatures(w, at, f) {
			continue
		}
		sc := s.model.Scores(f.List(), scores[:0])
		if perceptron.Argmax(sc) != yes {
			continue
		}
		margin := sc[yes] - sc[1-yes]
		if margin < minMargin {
			continue
		}
		if last > 0 && runesSince < 2 {
			// two half-spaces around one letter (دریافت‌ه‌ایم): keep the
			// one the model is surer of
			if margin <= lastMargin {
				continue
			}
			out = append(out[:len(out)-len("\u200C")], w[last:at]...)
			out = append(out, "\u200C"...)
			last, lastMargin, runesSince = at, margin, 0
			continue
		}
		out = append(out, w[last:at]...)
		out = append(out, "\u200C"...)
		last, lastMargin, runesSince = at, margin, 0
	}
	if out == nil {
		return nil
	}
	return append(out, w[last:]...)
}

// minMargin is how much more the model must score a half-space than none
// for Split to put it: ties and near-ties leave the word solid (chosen on
// the dev sets: PerDT dev deleted F1 0.9733 -> 0.9735, changed on clean
// gold 0.058% -> 0.053%, Seraji dev the same; 2 and more lose recall).
const minMargin = 1

var featuresPool = sync.Pool{New: func() any { return new(perceptron.Features) }}

// SplitFeatures resets f and adds the features of the place at byte at of
// w (between two letters). It reports false where a ZWNJ cannot stand: after
// a letter that does not join, or within two letters of an edge.
func (z *ZWNJ) SplitFeatures(w []byte, at int, f *perceptron.Features) bool {
	a, b := w[:at], w[at:]
	na, nb := utf8.RuneCount(a), utf8.RuneCount(b)
	last, _ := utf8.DecodeLastRune(a)
	if na < 2 || nb < 2 || doesNotJoin(last) {
		return false
	}
	f.Reset()
	f.Add("bias")
	for k := 1; k <= 3; k++ {
		if k <= na {
			f.AddBytes(leftNames[k], lastRunes(a, k))
		}
		if k <= nb {
			f.AddBytes(rightNames[k], firstRunes(b, k))
		}
	}
	f.AddBytes("L2R2", lastRunes(a, 2), firstRunes(b, 2))
	f.AddBytes("L1R1", lastRunes(a, 1), firstRunes(b, 1))
	if na <= 6 {
		f.AddBytes("A", a)
	}
	if nb <= 6 {
		f.AddBytes("B", b)
	}
	ca, cb := z.Lookup(a), z.Lookup(b)
	f.Add("knownA", bin(ca.Count.Text), bin(ca.Count.Lexicon))
	f.Add("knownB", bin(cb.Count.Text), bin(cb.Count.Lexicon))
	f.Add("knownAB", strconv.FormatBool(ca.Count.Known()), strconv.FormatBool(cb.Count.Known()))
	f.Add("heads", bin(z.freqHeads[string(a)]))
	f.Add("tails", bin(z.freqTails[string(b)]))
	f.Add("len", smallInts[min(na, 6)], smallInts[min(nb, 6)])
	return true
}

var (
	leftNames  = [4]string{"", "L1", "L2", "L3"}
	rightNames = [4]string{"", "R1", "R2", "R3"}
	smallInts  = [7]string{"0", "1", "2", "3", "4", "5", "6"}
)

// bin buckets a count on a log scale.
func bin(n uint32) string {
	switch {
	case n == 0:
		return "0"
	case n < 3:
		return "1"
	case n < 10:
		return "2"
	case n < 100:
		return "3"
	}
	return "4"
}

func lastRunes(b []byte, k int) []byte {
	i := len(b)
	for ; k > 0 && i > 0; k-- {
		_, size := utf8.DecodeLastRune(b[:i])
		i -= size
	}
	return b[i:]
}

func firstRunes(b []byte, k int) []byte {
	i := 0
	for ; k > 0 && i < len(b); k-- {
		_, size := utf8.DecodeRune(b[i:])
		i += size
	}
	return b[:i]
}

// doesNotJoin reports whether r is a letter after which no ZWNJ is needed.
func doesNotJoin(r rune) bool {
	switch r {
	case 'ا', 'آ', 'أ', 'إ', 'ٱ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ؤ', 'ء', 'ة', 'ۀ':
		return true
	}
	return false
}
