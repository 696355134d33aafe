package tag

import (
	"slices"
	"testing"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// TestUposFeaturesOfMatches checks that a loaded tagger's precomputed
// previous-tag hashes give exactly the features uposFeatures gives, for
// every position and several histories of previous tags.
func TestUposFeaturesOfMatches(t *testing.T) {
	tg := Default()
	sentences := hashTestSentences
	classes := tg.upos.Classes()
	for _, words := range sentences {
		s := lexSentence(tg, words)
		for shift := 0; shift < len(classes); shift += 5 {
			var prev []int
			var names []string
			for i := range words {
				u := (i + shift) % len(classes)
				prev = append(prev, u)
				names = append(names, classes[u])
			}
			for i := range words {
				var want, got perceptron.Features
				uposFeatures(&s, i, names, &want)
				tg.uposFeaturesOf(&s, i, prev, &got)
				if !slices.Equal(want.List(), got.List()) {
					t.Errorf("words %+q, word %d, previous tags %+q: uposFeaturesOf differs from uposFeatures", words, i, names[:i])
				}
			}
		}
	}
}

// TestContextFeaturesOfMatches checks that a loaded tagger's per-word
// hashes give exactly the context features contextFeatures gives, in every
// convention.
func TestContextFeaturesOfMatches(t *testing.T) {
	tg := Default()
	sentences := hashTestSentences
	for _, words := range sentences {
		var s sentence
		var info []*wordInfo
		for _, w := range words {
			in := tg.newWordInfo(w)
			info = append(info, in)
			s.words = append(s.words, in.folded)
			s.lex = append(s.lex, in.e)
		}
		for c := range numConventions {
			for i := range words {
				var want, got perceptron.Features
				nw := contextFeatures(&s, i, c.code(), &want)
				ng := contextFeaturesOf(&s, info, i, c, &got)
				if nw != ng || !slices.Equal(want.List(), got.List()) {
					t.Errorf("words %+q, word %d, convention %v: contextFeaturesOf differs from contextFeatures", words, i, c)
				}
			}
		}
	}
}

// lexSentence returns a sentence holding only the folded words and their
// lexicon entries: what the previous- and next-tag features read.
func lexSentence(tg *Tagger, words []string) sentence {
	var s sentence
	for _, w := range words {
		fw := fold(w)
		s.words = append(s.words, fw)
		s.lex = append(s.lex, tg.lookup(fw))
	}
	return s
}

// hashTestSentences are the sentences on which the hash-table feature paths
// are checked against the string paths: Persian words with a half-space,
// punctuation, Latin, digits, a lone ZWNJ, an empty word, one word alone.
var hashTestSentences = [][]string{
	{"کتاب‌ها", "را", "به", "دانشگاه", "تهران", "بردند", "."},
	{"او", "بسیار", "خوشحال", "است"},
	{"xyz", "۱۲۳", "\u200c", ""},
	{"سازمان"},
}
