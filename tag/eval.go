package tag

import (
	"fmt"

	"github.com/dabir-nlp/dabir/internal/conllu"
)

// Accuracy counts correct tags over a set of gold words.
type Accuracy struct {
	Words int // gold words tagged
	UPOS  int // words with the right UPOS
	XPOS  int // words with the right XPOS
	Feats int // words with the right FEATS (all features)
	All   int // words with UPOS, XPOS and FEATS all right
}

// Add adds b's counts to a.
func (a *Accuracy) Add(b Accuracy) {
	a.Words += b.Words
	a.UPOS += b.UPOS
	a.XPOS += b.XPOS
	a.Feats += b.Feats
	a.All += b.All
}

func pct(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return 100 * float64(n) / float64(d)
}

// String formats a as percentages.
func (a Accuracy) String() string {
	return fmt.Sprintf("words %d  UPOS %.2f%%  XPOS %.2f%%  UFeats %.2f%%  AllTags %.2f%%",
		a.Words, pct(a.UPOS, a.Words), pct(a.XPOS, a.Words), pct(a.Feats, a.Words), pct(a.All, a.Words))
}

// Percent returns the four accuracies in percent: UPOS, XPOS, UFeats and
// AllTags.
func (a Accuracy) Percent() (upos, xpos, feats, all float64) {
	return pct(a.UPOS, a.Words), pct(a.XPOS, a.Words), pct(a.Feats, a.Words), pct(a.All, a.Words)
}

// Evaluate tags the gold words of sents in convention conv and counts how
// many tags agree with the gold ones. Gold "_" and an empty predicted value
// are equal.
func (t *Tagger) Evaluate(sents []*conllu.Sentence, conv Convention) Accuracy {
	return Score(sents, func(words []string) []Tag { return t.TagAs(words, conv) })
}

// Score runs tagWords on the gold words of each sentence of sents and
// counts how many tags agree with the gold ones, as Evaluate does; it
// scores a tagger combined with later corrections.
func Score(sents []*conllu.Sentence, tagWords func(words []string) []Tag) Accuracy {
	var a Accuracy
	var words []string
	for _, s := range sents {
		words = words[:0]
		for _, w := range s.Words {
			words = append(words, w.Form)
		}
		tags := tagWords(words)
		for i, w := range s.Words {
			g := tags[i]
			u := g.UPOS == w.UPOS
			x := orUnderscore(g.XPOS) == orUnderscore(w.XPOS)
			f := orUnderscore(g.Feats) == orUnderscore(w.Feats)
			a.Words++
			if u {
				a.UPOS++
			}
			if x {
				a.XPOS++
			}
			if f {
				a.Feats++
			}
			if u && x && f {
				a.All++
			}
		}
	}
	return a
}

// Guess returns the convention a gold file most likely follows, from its
// XPOS tags: PerDT's Dadegan tags (N_IANM, PREP...) or Seraji's UPDT tags;
// Seraji-style files with PROPN are informal (iPerUDT).
func Guess(sents []*conllu.Sentence) Convention {
	var perdt, seraji, propn int
	for _, s := range sents {
		for _, w := range s.Words {
			switch w.XPOS {
			case "N_IANM", "N_ANM", "PREP", "V_ACT", "ADJ_AJP", "PUNC", "CONJ":
				perdt++
			case "N_SING", "N_PL", "P", "V_PRS", "V_PA", "DELM", "CON":
				seraji++
			}
			if w.UPOS == "PROPN" {
				propn++
			}
		}
	}
	switch {
	case perdt > seraji:
		return PerDT
	case propn > 0:
		return Informal
	}
	return Seraji
}
