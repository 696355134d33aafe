package tag

import (
	"slices"
	"testing"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// TestNextTagFeaturesOfMatches checks that the precomputed hashes of the
// right-to-left model's tag features give exactly the features
// nextTagFeatures gives, for every position and several sequences of next
// tags.
func TestNextTagFeaturesOfMatches(t *testing.T) {
	tg := Default()
	classes := tg.upos.Classes()
	var hs []tagHashes
	for _, name := range classes {
		hs = append(hs, newTagHashes(name, &rightTagNames))
	}
	hs = append(hs, newTagHashes(bos, &rightTagNames))
	sentences := hashTestSentences
	for _, words := range sentences {
		s := lexSentence(tg, words)
		for shift := 0; shift < len(classes); shift += 3 {
			var next []int
			var names []string
			for i := range words {
				u := (i*7 + shift) % len(classes)
				next = append(next, u)
				names = append(names, classes[u])
			}
			for i := range words {
				var want, got perceptron.Features
				nextTagFeatures(&s, i, names, &want)
				c1, c2 := -1, -1
				if i+1 < len(next) {
					c1 = next[i+1]
				}
				if i+2 < len(next) {
					c2 = next[i+2]
				}
				tagFeaturesOf(hs, &s, i, c1, c2, &got)
				if !slices.Equal(want.List(), got.List()) {
					t.Errorf("words %+q, word %d, next tags %+q: tagFeaturesOf differs from nextTagFeatures", words, i, names[i+1:])
				}
				var left perceptron.Features
				uposFeatures2(&s, i, names[max(i, 1)-1], bos, &left)
				if slices.ContainsFunc(got.List(), func(x perceptron.Feature) bool { return slices.Contains(left.List(), x) }) {
					t.Errorf("words %+q, word %d: a right-to-left tag feature has the hash of a left-to-right one", words, i)
				}
			}
		}
	}
}
