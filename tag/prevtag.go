package tag

import "github.com/dabir-nlp/dabir/internal/perceptron"

// tagFeatureNames are the names of the features a UPOS model builds from
// the tags already chosen: the left-to-right model's look at the previous
// two words, the right-to-left model's at the next two (see bidi.go).
type tagFeatureNames struct {
	t1, t2t1, t1w, t1cl, t1hz, t1s3 string
}

var (
	leftTagNames  = tagFeatureNames{"t-1", "t-2t-1", "t-1w", "t-1cl", "t-1hz", "t-1s3"}
	rightTagNames = tagFeatureNames{"r+1", "r+2r+1", "r+1w", "r+1cl", "r+1hz", "r+1s3"}
)

// tagHashes holds, for one neighbour's UPOS tag (or the sentence
// boundary), the features and feature prefixes uposFeatures builds from it,
// so that a loaded tagger hashes only the word's own values per word.
type tagHashes struct {
	t1                    perceptron.Feature // "t-1"
	t2                    perceptron.Prefix  // "t-2t-1" with this tag as t-2
	t1w, t1cl, t1hz, t1s3 perceptron.Prefix
	name                  string
}

func newTagHashes(name string, n *tagFeatureNames) tagHashes {
	return tagHashes{
		t1:   perceptron.Hash(n.t1, name),
		t2:   perceptron.HashPrefix(n.t2t1, name),
		t1w:  perceptron.HashPrefix(n.t1w, name),
		t1cl: perceptron.HashPrefix(n.t1cl, name),
		t1hz: perceptron.HashPrefix(n.t1hz, name),
		t1s3: perceptron.HashPrefix(n.t1s3, name),
		name: name,
	}
}

// initTagHashes fills t.tagHash (and t.tagHashR for a bidirectional
// model): one entry per UPOS class, then the sentence boundary.
func (t *Tagger) initTagHashes() {
	make1 := func(n *tagFeatureNames) []tagHashes {
		hs := make([]tagHashes, 0, t.upos.NumClasses()+1)
		for _, name := range t.upos.Classes() {
			hs = append(hs, newTagHashes(name, n))
		}
		return append(hs, newTagHashes(bos, n))
	}
	t.tagHash = make1(&leftTagNames)
	if t.uposR != nil {
		t.tagHashR = make1(&rightTagNames)
	}
}

// uposFeaturesOf is uposFeatures for a loaded tagger, given the class
// numbers of the tags already chosen: it adds exactly the same features in
// the same order.
func (t *Tagger) uposFeaturesOf(s *sentence, i int, prev []int, f *perceptron.Features) {
	c1, c2 := -1, -1
	if i >= 1 {
		c1 = prev[i-1]
	}
	if i >= 2 {
		c2 = prev[i-2]
	}
	tagFeaturesOf(t.tagHash, s, i, c1, c2, f)
}

// tagFeaturesOf adds the tag features of word i from hashes hs, given the
// class numbers c1 of the nearer neighbour and c2 of the farther one (-1
// beyond the sentence).
func tagFeaturesOf(hs []tagHashes, s *sentence, i, c1, c2 int, f *perceptron.Features) {
	start := len(hs) - 1
	h1, h2 := &hs[start], &hs[start]
	if c1 >= 0 {
		h1 = &hs[c1]
	}
	if c2 >= 0 {
		h2 = &hs[c2]
	}
	w := s.words[i]
	e := s.lex[i]
	s3, _ := suffix(w, 3)
	f.AddFeature(h1.t1)
	f.AddFeature(h2.t2.Extend(h1.name))
	f.AddFeature(h1.t1w.Extend(w))
	f.AddFeature(h1.t1cl.Extend(e.class))
	f.AddFeature(h1.t1hz.Extend(e.hazm))
	f.AddFeature(h1.t1s3.Extend(s3))
}
