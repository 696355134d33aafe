package morph

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"sync"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// The edit-script classifiers of the two styles, trained by 'dabir train
// lemma' on the embedded lexicon (see TrainFallback).
var (
	//go:embed lemma-perdt.model.gz
	embeddedPerDTModel []byte
	//go:embed lemma-seraji.model.gz
	embeddedSerajiModel []byte
)

var loadFallbacks = sync.OnceValues(func() (map[string]*fallback, error) {
	out := map[string]*fallback{}
	for style, data := range map[string][]byte{StylePerDT: embeddedPerDTModel, StyleSeraji: embeddedSerajiModel} {
		m, err := perceptron.Load(bytes.NewReader(data))
		if err != nil {
			return nil, errors.Join(ErrBadLexicon, err)
		}
		out[style] = newFallback(m)
	}
	return out, nil
})

func embeddedFallback(style string) (*fallback, error) {
	fbs, err := loadFallbacks()
	if err != nil {
		return nil, err
	}
	if fb := fbs[style]; fb != nil {
		return fb, nil
	}
	return fbs[StylePerDT], nil
}

// TrainFallback trains the edit-script classifier of a style (StylePerDT or
// StyleSeraji) on lexicon data written by BuildLexicon and writes it to w
// as gzip. The same lexicon always gives the same bytes. It takes under a
// second.
func TrainFallback(w io.Writer, lexicon []byte, style string) error {
	l, err := NewLemmatizer(LemmaOptions{Lexicon: lexicon, Style: style, RulesOnly: true})
	if err != nil {
		return err
	}
	return l.trainFallback(l.byFormPOS).m.Save(w)
}
