package morph

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// MinStemRunes is the shortest stem the Stemmer leaves: it never cuts a
// word below two letters.
const MinStemRunes = 2

// Stemmer strips Persian inflection for search: plural suffixes (ها, ان,
// ات), the ezafe and indefinite ی after them, pronominal clitics after a
// plural or a ZWNJ, and the comparative and superlative تر / ترین. It never
// touches a protected word (a word of the embedded lexicon that is not a
// plural, such as ایران, علی, قربان, تنها), never leaves fewer than
// MinStemRunes letters, and strips ان and ات only when what remains is a
// known word (حیوانات → حیوان, never حیو). It does not conjugate verbs back
// to a stem; use the Lemmatizer for that.
//
// A Stemmer is safe for concurrent use.
type Stemmer struct {
	lx *lexicon
}

var defaultStemmer = sync.OnceValue(func() *Stemmer {
	lx, err := loadDefaultLexicon()
	if err != nil {
		panic(err) // the embedded lexicon is part of the build; tests load it
	}
	return &Stemmer{lx: lx}
})

// NewStemmer returns the shared Stemmer built from the embedded lexicon.
func NewStemmer() *Stemmer { return defaultStemmer() }

// protected reports whether w is a word of its own that must not be cut.
func (s *Stemmer) protected(w string) bool {
	k, ok := s.lx.known[w]
	return ok && k.freq > 0 && k.pos&posPL == 0
}

// known reports whether w is a noun or adjective the lexicon knows, or a
// relational adjective in ی of one (ایرانی, شورشی).
func (s *Stemmer) known(w string) bool {
	if k, ok := s.lx.known[w]; ok && k.pos&(posN|posAJ) != 0 {
		return true
	}
	if r, ok := strings.CutSuffix(w, "ی"); ok && long(r) {
		k, ok := s.lx.known[r]
		return ok && k.pos&(posN|posAJ) != 0
	}
	return false
}

var (
	stemClitics = []string{"\u200cشان", "\u200cمان", "\u200cتان", "\u200cاش", "\u200cام", "\u200cات",
		"شان", "مان", "تان", "یش", "یم", "یت", "ش", "م", "ت"}
	stemPlurals = []string{"\u200cهایی", "\u200cهای", "\u200cها", "هایی", "های", "ها"}
	stemDegrees = []string{"\u200cترین", "\u200cتر", "ترین", "تر"}
)

// Stem returns the stem of word, or word itself when nothing applies.
func (s *Stemmer) Stem(word string) string {
	if utf8.RuneCountInString(word) <= MinStemRunes || s.protected(word) {
		return word
	}
	w := strings.TrimSuffix(word, "\u0654") // ezafe hamza: خانهٔ
	w = strings.TrimSuffix(w, "\u200c")
	// Clitics only after a plural or a ZWNJ, where they are unambiguous.
	for _, c := range stemClitics {
		rest, ok := strings.CutSuffix(w, c)
		if !ok || !long(rest) {
			continue
		}
		afterPlural := strings.HasSuffix(rest, "های") || strings.HasPrefix(c, "ی") && strings.HasSuffix(rest, "ها")
		if strings.HasPrefix(c, "\u200c") || afterPlural {
			w = rest
			break
		}
	}
	// Indefinite/ezafe ی after a plural: کتاب‌هایی, مردانی.
	for _, p := range stemPlurals {
		if rest, ok := strings.CutSuffix(w, p); ok && long(strings.TrimSuffix(rest, "\u200c")) {
			return s.finish(strings.TrimSuffix(rest, "\u200c"))
		}
	}
	for _, p := range []string{"انی", "ان", "اتی", "ات"} {
		if rest, ok := strings.CutSuffix(w, p); ok && long(rest) {
			// ی before ان after a vowel: دانشجویان → دانشجو.
			if r2, ok := strings.CutSuffix(rest, "ی"); ok && long(r2) && (strings.HasSuffix(r2, "و") || strings.HasSuffix(r2, "ا")) && s.known(r2) {
				return r2
			}
			// گان after a silent ه: نویسندگان → نویسنده.
			if r2, ok := strings.CutSuffix(rest, "گ"); ok && p == "ان" && long(r2) && s.known(r2+"ه") {
				return r2 + "ه"
			}
			if s.known(rest) {
				return rest
			}
			// ات after ه: لحظات → لحظه (but not ملاقات → ملاقه).
			if strings.HasPrefix(p, "ات") && s.known(rest+"ه") && s.lx.known[rest+"ه"].freq >= s.lx.known[word].freq {
				return rest + "ه"
			}
			// A long unknown word: a plural all the same (دندانپزشکان).
			if p == "ان" && utf8.RuneCountInString(rest) >= 5 && s.lx.known[word].freq == 0 {
				return rest
			}
		}
	}
	for _, d := range stemDegrees {
		if rest, ok := strings.CutSuffix(w, d); ok && long(rest) && (strings.HasPrefix(d, "\u200c") || s.known(rest)) {
			return rest
		}
	}
	if w != word && long(w) {
		return w
	}
	return word
}

// finish strips a comparative left under a plural (بزرگ‌ترها → بزرگ).
func (s *Stemmer) finish(w string) string {
	if s.protected(w) {
		return w
	}
	for _, d := range stemDegrees {
		if rest, ok := strings.CutSuffix(w, d); ok && long(rest) && (strings.HasPrefix(d, "\u200c") || s.known(rest)) {
			return rest
		}
	}
	return w
}

func long(s string) bool { return utf8.RuneCountInString(s) >= MinStemRunes }
