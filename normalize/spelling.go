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

// searchFolds are the letters folded together for search keys.
var searchFolds = strings.NewReplacer(
	"ئ", "ی", "أ", "ا", "إ", "ا", "ؤ", "و", "ة", "ه", "\u0654", "", "آ", "ا",
)

// foldSearch folds w for search; it reports false when nothing changes.
func foldSearch(w []byte) (string, bool) {
	s := string(w)
	f := searchFolds.Replace(s)
	return f, f != s
}
