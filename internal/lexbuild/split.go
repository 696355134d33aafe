package lexbuild

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
	"github.com/dabir-nlp/dabir/lexicon"
)

// SplitEpochs is how many passes TrainSplitter makes over its examples.
const SplitEpochs = 6

// TrainSplitter trains the half-space splitter for unknown words. It learns
// from the rare forms of the counted text (seen once or twice, in no word
// list): they stand for the words the lexicon will not know at run time.
// Every place between two letters of such a form, with its ZWNJs removed,
// is an example: ZWNJ or not.
func TrainSplitter(lex *ZWNJLexicon, z *lexicon.ZWNJ) *perceptron.Model {
	var forms []string
	for w, c := range lex.Counts {
		if c.Text >= 1 && c.Text <= 2 && c.Lexicon == 0 && utf8.RuneCountInString(w) >= 4 {
			forms = append(forms, w)
		}
	}
	sort.Strings(forms) // a reproducible order before the seeded shuffles
	type example struct {
		word []byte
		at   int
		yes  bool
	}
	var examples []example
	for _, form := range forms {
		word := []byte(strings.ReplaceAll(form, "\u200C", ""))
		zw := map[int]bool{} // byte offsets in word where form has a ZWNJ
		off := 0
		for _, part := range strings.Split(form, "\u200C") {
			off += len(part)
			zw[off] = true
		}
		for at := 0; at < len(word); {
			_, size := utf8.DecodeRune(word[at:])
			at += size
			if at < len(word) {
				examples = append(examples, example{word, at, zw[at]})
			}
		}
	}
	m := perceptron.New(lexicon.SplitNo, lexicon.SplitYes)
	no, yes := m.Class(lexicon.SplitNo), m.Class(lexicon.SplitYes)
	var f perceptron.Features
	for epoch := 0; epoch < SplitEpochs; epoch++ {
		for _, i := range perceptron.Order(len(examples), uint64(epoch)+1) {
			e := examples[i]
			if !z.SplitFeatures(e.word, e.at, &f) {
				continue
			}
			truth := no
			if e.yes {
				truth = yes
			}
			m.Learn(truth, f.List())
		}
	}
	m.Average(0.01)
	return m
}
