package cli

import (
	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/tag"
)

// The tagger fills UPOS, XPOS and FEATS of "dabir analyze --from conllu"
// (gold tokens in, tags out) before the lemmatizer runs, unless --notag.
// Tags follow the Seraji convention.
func init() {
	conlluFillers = append(conlluFillers, func(o *AnalyzeOptions, s *conllu.Sentence) {
		if o.NoTag {
			return
		}
		fillTags(tag.Default(), s)
	})
}

// fillTags sets UPOS, XPOS and FEATS of every word of s.
func fillTags(t *tag.Tagger, s *conllu.Sentence) {
	words := make([]string, len(s.Words))
	for i, w := range s.Words {
		words[i] = w.Form
	}
	for i, tg := range t.Tag(words) {
		w := &s.Words[i]
		w.UPOS, w.XPOS, w.Feats = tg.UPOS, tg.XPOS, tg.Feats
	}
}
