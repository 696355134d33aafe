package cli

import (
	"bufio"
	"io"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/morph"
)

// conlluFillers run, in order, on every sentence of "dabir analyze --from
// conllu" before the lemmatizer: a tagger registers itself here (from its own
// file's init) to fill UPOS, XPOS and FEATS, which the lemmatizer then uses.
var conlluFillers []func(o *AnalyzeOptions, s *conllu.Sentence)

func init() {
	analyzeFromCoNLLU = func(env *Env, o *AnalyzeOptions, r io.Reader, w io.Writer) error {
		return analyzeCoNLLU(env, r, w, func(s *conllu.Sentence) {
			for _, f := range conlluFillers {
				f(o, s)
			}
			if !o.NoLemma {
				fillLemmas(morph.Default(), s)
			}
		})
	}
}

// analyzeCoNLLU reads CoNLL-U from r and writes it to w, sentence by
// sentence, after fill has filled in the columns it knows. The tokens,
// comments, multiword ranges and every column fill leaves alone are kept as
// they were.
func analyzeCoNLLU(env *Env, r io.Reader, w io.Writer, fill func(*conllu.Sentence)) error {
	cr := conllu.NewReader(r)
	bw := bufio.NewWriterSize(w, 64<<10)
	for {
		s, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			bw.Flush()
			return err
		}
		fill(s)
		if err := conllu.Write(bw, s); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// fillLemmas sets LEMMA of every word from the sentence's forms and, when
// present, their UPOS and FEATS.
func fillLemmas(l *morph.Lemmatizer, s *conllu.Sentence) {
	ms := morph.Sentence{
		Forms: make([]string, len(s.Words)),
		UPOS:  make([]string, len(s.Words)),
		Feats: make([]string, len(s.Words)),
	}
	for i, w := range s.Words {
		ms.Forms[i] = w.Form
		if w.UPOS != "_" {
			ms.UPOS[i] = w.UPOS
		}
		if w.Feats != "_" {
			ms.Feats[i] = w.Feats
		}
	}
	for i, lemma := range l.LemmaSentence(ms) {
		s.Words[i].Lemma = lemma
	}
}
