package morph

import "strings"

// Verb inflection, as written in standard Persian with ZWNJ:
//
//	[ن|ب|می‌|نمی‌] stem [ending] [‌ام|‌ای|‌است|‌ایم|‌اید|‌اند]
//
// The lemma of a verb in the UD Persian treebanks is its past stem.

var (
	progressive = []string{"نمی\u200c", "می\u200c", "نمی", "می"}
	// personal endings, longest first
	pastEndings    = []string{"یم", "ید", "ند", "ه", "ن", "م", "ی", ""}
	presentEndings = []string{"یند", "یم", "ید", "ند", "یی", "م", "ی", "د", ""}
	perfectAux     = []string{"\u200cایم", "\u200cاید", "\u200cاند", "\u200cاست", "\u200cام", "\u200cای", "ایم", "اید", "اند", "ام", "ای"}
)

// verbAnalysis is one reading of a word as a verb form.
type verbAnalysis struct {
	past     string // the past stem: the lemma
	prefixed bool   // it carries می‌/نمی‌/ب/ن
	present  bool   // it was read on the present stem
}

// analyzeVerb reads w as an inflected verb, trying the prefixes and
// endings above against the known stems. It returns false when no reading
// fits.
func (lx *lexicon) analyzeVerb(w string) (verbAnalysis, bool) {
	if a, ok := lx.verbCore(w); ok {
		return a, true
	}
	if a, ok := lx.analyzePrefixed(w); ok {
		return a, true
	}
	// Preverbs (برگشت, درمی‌آید, وامی‌ماند): the treebanks lemmatize to the simple verb.
	for _, pv := range preverbs {
		if rest, ok := strings.CutPrefix(w, pv); ok && len(rest) > 2 {
			rest = strings.TrimPrefix(rest, "\u200c")
			if a, ok := lx.verbCore(rest); ok {
				return a, true
			}
			if a, ok := lx.analyzePrefixed(rest); ok {
				return a, true
			}
		}
	}
	return verbAnalysis{}, false
}

var preverbs = []string{"باز", "فرا", "بر", "در", "وا", "ور", "فرو"}

func (lx *lexicon) analyzePrefixed(w string) (verbAnalysis, bool) {
	for _, p := range progressive {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			if a, ok := lx.verbCore(rest); ok {
				a.prefixed = true
				return a, true
			}
		}
	}
	for _, p := range []string{"ن", "ب"} {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			if a, ok := lx.verbCore(rest); ok {
				a.prefixed = true
				return a, true
			}
			// ن/ب before a stem starting with آ or ا: نیامد, بیاید, نیفتاد.
			if r, ok := strings.CutPrefix(rest, "یا"); ok {
				if a, ok := lx.verbCore("آ" + r); ok {
					a.prefixed = true
					return a, true
				}
			}
			if r, ok := strings.CutPrefix(rest, "ی"); ok {
				if a, ok := lx.verbCore("ا" + r); ok {
					a.prefixed = true
					return a, true
				}
			}
		}
	}
	return verbAnalysis{}, false
}

// verbCore reads s (without prefixes) as stem + ending.
func (lx *lexicon) verbCore(s string) (verbAnalysis, bool) {
	for _, aux := range perfectAux {
		if rest, ok := strings.CutSuffix(s, aux); ok && strings.HasSuffix(rest, "ه") {
			if past := strings.TrimSuffix(rest, "ه"); lx.past[past] {
				return verbAnalysis{past: past}, true
			}
		}
	}
	for _, e := range pastEndings {
		if stem, ok := strings.CutSuffix(s, e); ok && stem != "" && lx.past[stem] {
			return verbAnalysis{past: stem}, true
		}
	}
	for _, e := range presentEndings {
		if stem, ok := strings.CutSuffix(s, e); ok && stem != "" {
			if pasts := lx.present[stem]; len(pasts) > 0 {
				return verbAnalysis{past: pasts[0], present: true}, true
			}
		}
	}
	return verbAnalysis{}, false
}
