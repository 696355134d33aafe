package morph

import (
	"strings"
	"unicode/utf8"
)

// lemmaNumber is Lemma for a word whose grammatical number (UD Number:
// "Sing" or "Plur") is known; "" is Lemma. Where the gold table holds two
// lemmas for the word, the number picks (اعمال: عمل as a plural, اعمال as
// a singular); for an unseen word, a singular keeps its plural-looking
// ending and a plural loses it.
func (l *Lemmatizer) lemmaNumber(word, upos, number string) string {
	lem := l.Lemma(word, upos)
	if number == "" || upos != "NOUN" && upos != "PROPN" || number == "Sing" && l.style == StyleSeraji {
		// Seraji marks some plurals singular (دوستداران: N_SING,
		// Number=Sing, lemma دوستدار): there only the plural is evidence.
		return lem
	}
	if (number == "Sing") == (lem == word) {
		return lem // nothing to change
	}
	k := formPOS{word, upos}
	if alt, ok := l.altFormPOS[k]; ok {
		switch {
		case number == "Sing" && lem != word && alt == word && pluralEdit(word, lem):
			return word
		case number == "Plur" && lem == word && alt != word && pluralEdit(word, alt):
			return alt
		}
		return lem
	}
	if _, ok := l.byFormPOS[k]; ok {
		return lem
	}
	switch {
	case number == "Sing" && lem != word && pluralEdit(word, lem):
		return word
	case number == "Plur" && lem == word:
		if l.ownLemma(word) {
			return lem // a plural tag is no evidence against the gold data
		}
		return l.pluralSingular(word, upos)
	}
	return lem
}

// pluralSuffixes are the plural endings, with what replaces them (گان → ه:
// ستارگان → ستاره).
var pluralSuffixes = []struct{ strip, add string }{
	{"\u200cها", ""}, {"ها", ""}, {"گان", "ه"}, {"یان", "ی"}, {"ان", ""}, {"جات", "ه"}, {"ات", ""}, {"ات", "ت"}, {"ات", "ه"}, {"ین", ""},
}

// pluralEdit reports whether lemma comes from word by a plural ending or a
// broken plural.
func pluralEdit(word, lemma string) bool {
	strip, _, ok := suffixEdit(word, lemma)
	if !ok {
		return true
	}
	for _, p := range pluralSuffixes {
		if strip == p.strip {
			return true
		}
	}
	return false
}

// pluralSingular finds the singular of word, a plural the tables lack: a
// plural ending or broken plural pattern whose result the lexicons know,
// else the first plural ending that leaves two letters.
func (l *Lemmatizer) pluralSingular(word, upos string) string {
	for _, p := range pluralSuffixes {
		if stem, ok := strings.CutSuffix(word, p.strip); ok && utf8.RuneCountInString(stem) >= 2 {
			c := strings.TrimSuffix(stem, "\u200c") + p.add
			if wi := l.lx.info[c]; wi.freq > 0 || wi.raw > 0 || l.lemmas[c] {
				return l.Lemma(c, upos)
			}
		}
	}
	if s := l.brokenSingular(word); s != word {
		return s
	}
	for _, p := range pluralSuffixes[:5] { // ها, گان, یان, ان: not ات, whose stem may have lost a letter (عبارات → عبارت)
		if stem, ok := strings.CutSuffix(word, p.strip); ok && utf8.RuneCountInString(stem) >= 2 {
			return strings.TrimSuffix(stem, "\u200c") + p.add
		}
	}
	return word
}
