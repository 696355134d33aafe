package tag

import "github.com/dabir-nlp/dabir/internal/perceptron"

// tagHashes holds, for one previous UPOS tag (or the sentence start), the
// features and feature prefixes uposFeatures builds from it, so that a
// loaded tagger hashes only the word's own values per word.
type tagHashes struct {
	t1                    perceptron.Feature // "t-1"
	t2                    perceptron.Prefix  // "t-2t-1" with this tag as t-2
	t1w, t1cl, t1hz, t1s3 perceptron.Prefix
	name                  string
}

func newTagHashes(name string) tagHashes {
	return tagHashes{
		t1:   perceptron.Hash("t-1", name),
		t2:   perceptron.HashPrefix("t-2t-1", name),
		t1w:  perceptron.HashPrefix("t-1w", name),
		t1cl: perceptron.HashPrefix("t-1cl", name),
		t1hz: perceptron.HashPrefix("t-1hz", name),
		t1s3: perceptron.HashPrefix("t-1s3", name),
		name: name,
	}
}

// initTagHashes fills t.tagHash: one entry per UPOS class, then the
// sentence start.
func (t *Tagger) initTagHashes() {
	t.tagHash = make([]tagHashes, 0, t.upos.NumClasses()+1)
	for _, name := range t.upos.Classes() {
		t.tagHash = append(t.tagHash, newTagHashes(name))
	}
	t.tagHash = append(t.tagHash, newTagHashes(bos))
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
	t.uposFeaturesOf2(s, i, c1, c2, f)
}

// uposFeaturesOf2 is uposFeaturesOf given the class numbers c1 of word i-1
// and c2 of word i-2 (-1 before the sentence).
func (t *Tagger) uposFeaturesOf2(s *sentence, i, c1, c2 int, f *perceptron.Features) {
	start := len(t.tagHash) - 1
	h1, h2 := &t.tagHash[start], &t.tagHash[start]
	if c1 >= 0 {
		h1 = &t.tagHash[c1]
	}
	if c2 >= 0 {
		h2 = &t.tagHash[c2]
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
