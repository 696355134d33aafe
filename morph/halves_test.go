package morph

import (
	"bytes"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// TestHalvesLexiconShare checks the learning-curve lexicon: a Lemmatizer
// that leaves out the sentences past the leading quarter of its learning
// half holds fewer of its own treebank's (form, UPOS) entries than one that
// keeps them, and both hold some.
func TestHalvesLexiconShare(t *testing.T) {
	dir := sharedtest.Path(t)
	var buf bytes.Buffer
	if _, err := BuildHalvesLexiconShare(&buf, dir, func(n int) int { return n / 4 }); err != nil {
		t.Fatal(err)
	}
	own := func(exclude ...string) int {
		l, err := NewLemmatizer(LemmaOptions{Style: StylePerDT, Lexicon: buf.Bytes(), Exclude: exclude, RulesOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		return len(l.own)
	}
	whole := own("perdt-dev-b", "perdt-dev-b-rest")
	quarter := own("perdt-dev-b", "perdt-dev-b-rest", "perdt-dev-rest")
	if quarter == 0 || quarter >= whole {
		t.Errorf("own entries: %d from a quarter of the even half, %d from all of it; want 0 < quarter < all", quarter, whole)
	}
}
