package normalize

import "strings"

// spell returns the spelling of w that the Spelling option asks for, and
// whether it differs from w.
func (n *Normalizer) spell(w []byte) (string, bool) {
	switch n.opts.Spelling {
	case SpellingStandard:
		return n.lex.Standard(w)
	case SpellingSearch:
		return foldSearch(w)
	}
	return "", false
}

// searchFolds are the letters folded together for search keys; half-spaces
// are dropped, so that می‌کند, میکند and (once restored) می کند meet.
var searchFolds = strings.NewReplacer(
	"ئ", "ی", "أ", "ا", "إ", "ا", "ؤ", "و", "ة", "ه", "\u0654", "", "آ", "ا", "\u200C", "",
)

// foldSearch folds w for search; it reports false when nothing changes.
func foldSearch(w []byte) (string, bool) {
	s := string(w)
	f := searchFolds.Replace(s)
	if f == "" {
		return s, false // a lone mark: folding must not make a word vanish
	}
	return f, f != s
}
