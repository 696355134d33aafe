package morph

import (
	"bytes"
	_ "embed"
	"errors"
	"io"
	"sync"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// The classifiers of the two styles, trained by 'dabir train lemma' on the
// embedded lexicon (see TrainFallback and TrainContext): the edit scripts
// for unseen words, and the final ی in context.
var (
	//go:embed lemma-perdt.model.gz
	embeddedPerDTModel []byte
	//go:embed lemma-seraji.model.gz
	embeddedSerajiModel []byte
	//go:embed lemma-perdt-context.model.gz
	embeddedPerDTContext []byte
	//go:embed lemma-seraji-context.model.gz
	embeddedSerajiContext []byte
)

type styleModels struct {
	fb *fallback
	ye *perceptron.Model
}

var loadModels = sync.OnceValues(func() (map[string]styleModels, error) {
	out := map[string]styleModels{}
	for style, data := range map[string][2][]byte{
		StylePerDT:  {embeddedPerDTModel, embeddedPerDTContext},
		StyleSeraji: {embeddedSerajiModel, embeddedSerajiContext},
	} {
		m, err := perceptron.Load(bytes.NewReader(data[0]))
		if err != nil {
			return nil, errors.Join(ErrBadLexicon, err)
		}
		ye, err := perceptron.Load(bytes.NewReader(data[1]))
		if err != nil {
			return nil, errors.Join(ErrBadLexicon, err)
		}
		out[style] = styleModels{newFallback(m), ye}
	}
	return out, nil
})

func embeddedModels(style string) (*fallback, *perceptron.Model, error) {
	ms, err := loadModels()
	if err != nil {
		return nil, nil, err
	}
	m, ok := ms[style]
	if !ok {
		m = ms[StylePerDT]
	}
	return m.fb, m.ye, nil
}

// TrainFallback trains the edit-script classifier of a style (StylePerDT or
// StyleSeraji) on lexicon data written by BuildLexicon and writes it to w
// as gzip. The same lexicon always gives the same bytes. It takes under a
// second.
func TrainFallback(w io.Writer, lexicon []byte, style string) error {
	l, err := NewLemmatizer(LemmaOptions{Lexicon: lexicon, Style: style, RulesOnly: true, asTreebanks: true})
	if err != nil {
		return err
	}
	return l.trainFallback(l.byFormPOS).m.Save(w)
}

// TrainContext trains the classifier of a style that settles a final ی
// from its context (see Lemmatizer.LemmaAt) on lexicon data written by
// BuildLexicon, and writes it to w as gzip. The same lexicon always gives
// the same bytes.
func TrainContext(w io.Writer, lexicon []byte, style string) error {
	l, err := NewLemmatizer(LemmaOptions{Lexicon: lexicon, Style: style, RulesOnly: true, asTreebanks: true})
	if err != nil {
		return err
	}
	return l.trainYe(nil).Save(w)
}
