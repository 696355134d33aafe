package normalize

import (
	"bytes"
	"unicode/utf8"
)

// A word written Xهای whose half-space was lost reads two ways: X‌های, a
// plural with the ezafe (شکست‌های), or Xه‌ای, a word in ه with the
// indefinite or adjectival ای (شکسته‌ای). The counts usually favour the
// plural, but the ezafe always binds the word to a following noun phrase:
// before punctuation or a word that cannot open one (از، که، را، و…),
// the plural cannot stand, and Xه‌ای is taken when Xه is a word.

var (
	aiPlural  = []byte("\u200Cهای") // X‌های
	aiAfterHe = []byte("\u200Cای")  // Xه‌ای, after the ه
)

// noEzafeAfter lists words that never follow an ezafe: prepositions,
// conjunctions, را and forms of the copula.
var noEzafeAfter = map[string]bool{
	"از": true, "که": true, "را": true, "و": true, "به": true, "با": true,
	"در": true, "تا": true, "برای": true, "بر": true, "است": true, "بود": true,
	"شد": true, "هست": true, "نیست": true, "باشد": true, "یا": true, "اما": true,
}

// fixPluralsBeforeStops turns each restored X‌های of the group words into
// Xه‌ای where the word after it cannot follow an ezafe, nor, for the last
// word, what ends the group (toks[j] on: punctuation, a line end).
func (n *Normalizer) fixPluralsBeforeStops(words []gword, in *buffer, toks []token, j int) {
	for k := range words {
		w := &words[k]
		if w.cleaned == nil || w.respelled || !bytes.HasSuffix(w.form, aiPlural) {
			continue
		}
		if k+1 < len(words) && !noEzafeAfter[string(words[k+1].form)] || k+1 == len(words) && !groupStop(in, toks, j) {
			continue
		}
		if _, base, ok := n.heAiReading(w.form); ok {
			w.form, w.ref = append(base, aiAfterHe...), lexRef{}
		}
	}
}

// pluralOrHeAi reads a restored X‌های of an unknown X as Xه‌ای when Xه is
// a word the counts know better than X (گزینهای → گزینه‌ای, not
// گزین‌های): the letters are the same.
func (n *Normalizer) pluralOrHeAi(r []byte) []byte {
	x, base, ok := n.heAiReading(r)
	if !ok || n.lex.CountBytes(base).Total() <= n.lex.CountBytes(x).Total() {
		return r
	}
	return append(base, aiAfterHe...)
}

// heAiReading returns, for a restored r = X‌های whose X holds no other
// half-space (a compound is left alone), X and Xه, when Xه is a word of
// the counted text: the two bases of the two readings.
func (n *Normalizer) heAiReading(r []byte) (x, base []byte, ok bool) {
	x, ok = bytes.CutSuffix(r, aiPlural)
	if !ok || bytes.Contains(x, zwnjBytes) {
		return nil, nil, false
	}
	base = append(x[:len(x):len(x)], "ه"...)
	if n.lex.CountBytes(base).Text == 0 {
		return nil, nil, false
	}
	return x, base, true
}

// groupStop reports whether the group of words that ends before toks[j] is
// followed by closing or sentence punctuation or a line end, which cannot
// follow an ezafe.
func groupStop(in *buffer, toks []token, j int) bool {
	if j < len(toks) && toks[j].kind == tkSpace {
		j++
	}
	if j >= len(toks) {
		return false
	}
	switch t := toks[j]; t.kind {
	case tkNewline:
		return true
	case tkPunct:
		return closing(runeAt(in.b, t.s))
	}
	return false
}

// silentHeEvidence are the endings whose half-space after a final ه the
// counted text writes when the ه is silent (خانه‌ای، خانه‌ها).
var silentHeEvidence = bytesList("ای", "ها", "های", "اش")

// ezafeYe restores the ezafe ی written after a silent ه (آیندهی → آینده‌ی):
// Xه must be a word whose ه the counted text shows to be silent (see
// silentHe: خانه‌ای, همهٔ); a ه that is sounded joins them both
// (توجهی, گروهی, کلاهی), whatever the plural (کلاه‌ها).
func (n *Normalizer) ezafeYe(w []byte) []byte {
	base, ok := bytes.CutSuffix(w, []byte("ی"))
	if !ok || !bytes.HasSuffix(base, []byte("ه")) || utf8.RuneCount(base) < 3 || n.lex.CountBytes(base).Text == 0 {
		return nil
	}
	if n.silentHeWord(base) {
		return join3(base, []byte("ی"))
	}
	return nil
}

// silentHeWord reports whether w ends in a ه the counted text shows to be
// silent (see silentHe); one after ا or و is taken as sounded, as it mostly
// is (راه، کلاه، دادگاه، گروه، کوه).
func (n *Normalizer) silentHeWord(w []byte) bool {
	return bytes.HasSuffix(w, []byte("ه")) && !bytes.HasSuffix(w, []byte("اه")) && !bytes.HasSuffix(w, []byte("وه")) && n.silentHe(w)
}

// silentHe reports whether the counted text shows the final ه of base to be
// silent: by a half-space before ای, ها or اش (خانه‌ای), or by the ezafe
// written as a hamza above it (همهٔ).
func (n *Normalizer) silentHe(base []byte) bool {
	for _, s := range silentHeEvidence {
		if n.lex.CountBytes(join3(base, s)).Text > 0 {
			return true
		}
	}
	return n.lex.CountBytes(append(base[:len(base):len(base)], hamzaAbove...)).Text > 0
}
