package dabir

import (
	"github.com/dabir-nlp/dabir/ner"
	"github.com/dabir-nlp/dabir/tag"
)

// nameTags corrects, in place, the tags of the words inside the names the
// recognizer found (ner.RetagNames, in the Seraji conventions the
// pipeline's tagger follows): a foreign name the tagger took for a verb
// (بریکس) becomes a noun, and so does a person's surname it took for an
// adjective (مهدوی).
func nameTags(tags []rawTag, ents []rawEntity) {
	if len(ents) == 0 {
		return
	}
	tt := make([]tag.Tag, len(tags))
	for i, t := range tags {
		tt[i] = tag.Tag{UPOS: t.upos, XPOS: t.xpos, Feats: t.feats}
	}
	es := make([]ner.Entity, len(ents))
	for i, e := range ents {
		es[i] = ner.Entity{Type: e.typ, Start: e.start, End: e.end}
	}
	ner.RetagNames(tt, es, tag.Seraji)
	for i, t := range tt {
		tags[i] = rawTag{upos: t.UPOS, xpos: t.XPOS, feats: t.Feats}
	}
}
