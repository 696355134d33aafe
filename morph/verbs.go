package morph

import "strings"

// Verb inflection, as written in standard Persian with ZWNJ:
//
//	[preverb] [ن|ب|م|می‌|نمی‌] stem [ending] [‌ام|‌ای|‌است|‌ایم|‌اید|‌اند]
//
// The lemma of a verb in the UD Persian treebanks is its past stem, without
// a preverb (برگشت → گشت).

var (
	progressive = []string{"نمی\u200c", "می\u200c", "نمی", "می"}
	// personal endings, longest first
	pastEndings    = []string{"یم", "ید", "ند", "ه", "ن", "م", "ی", ""}
	presentEndings = []string{"یند", "یم", "ید", "ند", "یی", "م", "ی", "د", ""}
	perfectAux     = []string{"\u200cایم", "\u200cاید", "\u200cاند", "\u200cاست", "\u200cام", "\u200cای", "ایم", "اید", "اند", "ام", "ای"}
	preverbs       = []string{"باز", "فرا", "فرو", "بر", "در", "وا", "ور"}
)

// verbAnalysis is one reading of a word as a verb form.
type verbAnalysis struct {
	past        string // the past stem: the lemma
	prefixed    bool   // it carries می‌/نمی‌/ب/ن/م
	progressive bool   // it carries می‌/نمی‌
	present     bool   // it was read on the present stem
}

// analyzeVerb reads w as an inflected verb against the known stems. When
// several readings fit, the one whose stem the gold data uses most wins.
func (lx *lexicon) analyzeVerb(w string) (verbAnalysis, bool) {
	var best verbAnalysis
	bestScore := -1
	consider := func(a verbAnalysis, ok bool) {
		if !ok {
			return
		}
		if sc := lx.stemFreq[a.past]; sc > bestScore {
			best, bestScore = a, sc
		}
	}
	consider(lx.verbCore(w))
	consider(lx.analyzePrefixed(w))
	for _, pv := range preverbs {
		if rest, ok := strings.CutPrefix(w, pv); ok && len(rest) > 4 {
			rest = strings.TrimPrefix(rest, "\u200c")
			consider(lx.verbCore(rest))
			consider(lx.analyzePrefixed(rest))
		}
	}
	return best, bestScore >= 0
}

func (lx *lexicon) analyzePrefixed(w string) (verbAnalysis, bool) {
	for _, p := range progressive {
		if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
			if a, ok := lx.verbCore(rest); ok {
				a.prefixed, a.progressive = true, true
				return a, true
			}
		}
	}
	for _, p := range []string{"ن", "ب", "م"} {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || rest == "" {
			continue
		}
		cands := []string{rest}
		// ن/ب before a stem starting with آ or ا: نیامد, بیاید, نیفتاد, بیاندیشند.
		if r, ok := strings.CutPrefix(rest, "یا"); ok {
			cands = append(cands, "آ"+r)
		}
		if r, ok := strings.CutPrefix(rest, "ی"); ok {
			cands = append(cands, "ا"+r, r)
		}
		for _, c := range cands {
			if a, ok := lx.verbCore(c); ok && (p != "م" || a.present) {
				a.prefixed = true
				return a, true
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
