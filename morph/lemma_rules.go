package morph

import (
	"strings"
	"unicode/utf8"
)

// maxContext is the longest form suffix (in runes) the rules condition on.
const maxContext = 5

// maxRules is how many of the most frequent rules are kept per context.
const maxRules = 6

// An unknown word is kept as its own lemma when, at an ending of at least
// minKeepContext+1 letters seen minKeepSupport times, the gold data keeps
// most words whole (برده‌فروشی, like other words in ‌فروشی).
var minKeepContext, minKeepSupport = 4, 3

// yeRatio: an unseen word in ی whose stem is less than yeRatio times as
// frequent in the raw train text is a word of its own (پایداری), not the
// stem with the indefinite ی (کاغذی).
var yeRatio = 8

// suffixEdit describes lemma as form with a suffix replaced. It fails when
// the two share less than two characters (broken plurals such as افراد → فرد
// are learned as whole words instead).
func suffixEdit(form, lemma string) (strip, add string, ok bool) {
	i := 0
	for i < len(form) && i < len(lemma) {
		r1, n1 := utf8.DecodeRuneInString(form[i:])
		r2, _ := utf8.DecodeRuneInString(lemma[i:])
		if r1 != r2 {
			break
		}
		i += n1
	}
	if utf8.RuneCountInString(form[:i]) < 2 {
		return "", "", false
	}
	return form[i:], lemma[i:], true
}

// suffixes returns the suffixes of form from minRunes to maxContext runes
// long (never the whole form when it is longer than that).
func suffixes(form string, minRunes int) []string {
	var out []string
	n := 0
	for i := len(form); i > 0; {
		if n >= minRunes && n > 0 {
			out = append(out, form[i:])
		}
		if n == maxContext {
			break
		}
		_, size := utf8.DecodeLastRuneInString(form[:i])
		i -= size
		n++
	}
	if n >= minRunes && n < maxContext && n > 0 {
		out = append(out, form)
	}
	return out
}

// applyRules lemmatizes word, which the gold tables lack, by the suffix
// rules of upos (or "*"), longest ending first and the most frequent rule
// first: the first rule whose result the lexicons know wins, or a dominant
// rule whatever its result; else word is kept.
func (l *Lemmatizer) applyRules(word, upos string) string {
	ctxs := suffixes(word, 1)
	formFreq := l.lx.known[word].freq
	formKnown := l.lemmas[word] || formFreq > 0 && l.lx.known[word].pos&posPL == 0
	for i := len(ctxs) - 1; i >= 0; i-- { // longest context first
		rs := l.rules[formPOS{ctxs[i], upos}]
		total := 0
		for _, r := range rs {
			total += r.count
		}
		for _, r := range rs {
			if r.strip == "" && r.add == "" {
				// Keep the word when the lexicon knows it, or when keeping is
				// what the gold data mostly does at this long an ending.
				if formKnown || i >= minKeepContext && total >= minKeepSupport && 2*r.count > total {
					return word
				}
				continue
			}
			stem, ok := strings.CutSuffix(word, r.strip)
			if !ok || stem == "" {
				continue
			}
			cand := strings.TrimSuffix(stem, "\u200c") + r.add
			candFreq := l.lx.known[cand].freq
			if l.lemmas[cand] || candFreq > 0 || l.lx.known[cand].pos&posPL != 0 || l.lx.rawFreq[cand] > 2*l.lx.rawFreq[word] {
				if r.strip == "ی" && r.add == "" && (upos == "PROPN" || upos == "ADJ" || formFreq > 0 && candFreq < 20*formFreq ||
					l.lx.rawFreq[word] > 0 && l.lx.rawFreq[cand] < yeRatio*l.lx.rawFreq[word]) {
					continue // a word of its own (میزبانی), not میزبان + indefinite ی
				}
				return cand
			}
			// An unknown stem is still trusted after a dominant, unambiguous
			// suffix such as the plural ‌ها.
			if total >= 10 && r.count*10 >= total*9 && utf8.RuneCountInString(r.strip) >= 2 {
				return cand
			}
		}
	}
	return word
}
