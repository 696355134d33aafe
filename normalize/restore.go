package normalize

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
)

// Thresholds of the half-space restorer, chosen on the dev sets' text.
const (
	textRatio    = 1  // in counted text, a ZWNJ form must beat the form as written by this factor
	lexiconRatio = 3  // with word-list evidence only, by this factor
	minLexicon   = 2  // and have at least this weight
	pairLexicon  = 2  // a pair joined on word-list evidence alone needs this weight
	rareSolid    = 1  // a solid plural seen at most this often in counted text
	rareBase     = 20 // is split when its base is this many times more common
)

// prefer reports whether the evidence for a form with a ZWNJ (f) beats the
// evidence for the alternative written without it (w).
func prefer(f, w lexicon.Count) bool {
	if f.Text+w.Text > 0 {
		return f.Text > textRatio*w.Text
	}
	return f.Lexicon >= minLexicon && f.Lexicon > lexiconRatio*w.Lexicon
}

// restoreWord returns w with its missing half-spaces put back, or w itself
// with its lexicon entry. w holds no ZWNJ.
func (n *Normalizer) restoreWord(w []byte) ([]byte, *lexicon.Entry) {
	return n.restoreEntry(w, n.lex.Lookup(w))
}

// restoreEntry is restoreWord for a word whose entry e was looked up.
func (n *Normalizer) restoreEntry(w []byte, e *lexicon.Entry) ([]byte, *lexicon.Entry) {
	lex := n.lex
	if len(w) < 5 { // fewer than three letters
		return w, e
	}
	if r := n.restoreDemonstrative(w); r != nil {
		return r, nil
	}
	if e.Joined != "" {
		f := e.JoinedCount
		if prefer(f, e.Count) || suffixZWNJ(e.Joined) && f.Text > 0 && 2*f.Text >= e.Count.Text {
			// the standard writes these suffixes apart: ها, های, تر, ترین
			return e.JoinedBytes(), nil
		}
	}
	if e.Count.Known() {
		if e.Joined == "" && e.Count.Text <= rareSolid {
			if r := n.rarePlural(w, e); r != nil {
				return r, nil
			}
		}
		return w, e
	}
	if base, ok := bytes.CutSuffix(w, hamzaAbove); ok {
		// the ezafe hamza of اساسنامهٔ: restore اساسنامه, then put it back
		if r, _ := n.restoreWord(base); !bytes.Equal(r, base) {
			return append(r[:len(r):len(r)], hamzaAbove...), nil
		}
		return w, e
	}
	// A known word with the indefinite or adjectival ی written on: میزی.
	if base, ok := bytes.CutSuffix(w, []byte("ی")); ok && !bytes.HasSuffix(base, []byte("ه")) && !bytes.HasSuffix(base, []byte("ی")) {
		// after a vowel, the ezafe ی of a word the word lists know (بلایای)
		if c := lex.CountBytes(base); c.Text > 0 || c.Known() && (bytes.HasSuffix(base, []byte("ا")) || bytes.HasSuffix(base, []byte("و"))) {
			return w, e
		}
	}
	if n.knownWithEnding(w) {
		return w, e
	}
	// An unknown word: a frequent pair written solid, the learned splitter,
	// then the rules.
	if r := n.solidPair(w); r != nil {
		return r, nil
	}
	if stemAndEnding(n.lex, w, 2, len("یم")) {
		return w, e // a verb stem and a personal ending (بندیم): nothing to split
	}
	if r := n.pluralOfKnown(w); r != nil {
		return n.pluralOrHeAi(r), nil
	}
	if r := n.compoundWithClitic(w); r != nil {
		return r, nil
	}
	if r := n.split.Split(w); r != nil && n.plausibleSplit(w, r) {
		return n.pluralOrHeAi(r), nil
	}
	if r := n.restoreByRule(w, 0); r != nil {
		return n.pluralOrHeAi(r), nil
	}
	return w, e
}

// solidEntry reports whether restoreEntry(w, e) surely returns w and e
// unchanged: w is shorter than three letters, or a known word with no
// half-space form that is not a rare solid plural candidate. It must
// follow the tests at the top of restoreEntry.
func solidEntry(w []byte, e *lexicon.Entry) bool {
	return len(w) < 5 || e.Joined == "" && e.Count.Known() && e.Count.Text > rareSolid
}

// pluralOfKnown splits the plural suffix off an unknown word whose base is
// a word the counted text writes solid or with its own half-space
// (پناهگاههای → پناهگاه‌های, not پناه‌گاه‌های as the splitter, which knows
// letters and not words, would have it). It returns nil otherwise.
func (n *Normalizer) pluralOfKnown(w []byte) []byte {
	for i, s := range pluralSuffixesSpoken {
		base, ok := bytes.CutSuffix(w, s)
		if !ok || utf8.RuneCount(base) < 3 {
			continue
		}
		if (i >= len(pluralSuffixesAll) || string(s) == "هایم" || string(s) == "های") && n.lex.CountBytes(append(base[:len(base):len(base)], "ه"...)).Text > 0 {
			// هایم, های and the spoken هاش may be ه‌ایم, ه‌ای and ه‌اش after a
			// word in ه (دریافته‌ایم, خانه‌اش)
			continue
		}
		if i >= len(pluralSuffixesAll) && n.spokenHeWord(base) {
			continue // خونهات is خونه‌ات, خونه spoken for خانه
		}
		if last, _ := utf8.DecodeLastRune(base); nonJoining(last) || !isPersianLetter(last) {
			continue
		}
		if e := n.lex.Lookup(base); e.Count.Text > 0 || e.Joined != "" {
			r, _ := n.restoreEntry(base, e) // the base's own half-spaces (وبسایتهای → وب‌سایت‌های)
			return join3(r, s)
		}
	}
	return nil
}

// compoundWithClitic restores an unknown word that is a compound the
// lexicon knows only with its half-space, plus a pronoun clitic written on
// (وبسایتش → وب‌سایتش). A base in ه or ی is left to the rules of those
// letters, whose clitics take a half-space or a glide, and a base in ها is
// no plural (نامهاش is نامه‌اش). It returns nil otherwise.
func (n *Normalizer) compoundWithClitic(w []byte) []byte {
	for _, c := range attachedClitics {
		base, ok := bytes.CutSuffix(w, c)
		if !ok || utf8.RuneCount(base) < 4 || bytes.HasSuffix(base, []byte("ه")) || bytes.HasSuffix(base, []byte("ی")) || bytes.HasSuffix(base, []byte("ها")) {
			continue // after ها the clitic is written هایش: نامهاش is نامه‌اش
		}
		e := n.lex.Lookup(base)
		if e.Joined == "" {
			continue
		}
		if r, _ := n.restoreEntry(base, e); !bytes.Equal(r, base) {
			return append(r[:len(r):len(r)], c...)
		}
	}
	return nil
}

// restoreCached is restoreWord through the state's word cache, which also
// remembers what became of unknown words: names and rare words recur. When
// w comes back unchanged, its entry comes with its flags.
func (n *Normalizer) restoreCached(st *state, w []byte) ([]byte, lexRef) {
	s := st.slot(n.lex, w)
	if s == nil {
		r, e := n.restoreWord(w)
		return r, lexRef{e: e}
	}
	e := s.e
	if s.fl&flSolid != 0 {
		return w, lexRef{e, s.fl}
	}
	if e.Count.Known() || e.Joined != "" {
		r, re := n.restoreEntry(w, e)
		return r, refOf(r, w, re, s.fl)
	}
	if r, ok := st.cache.restoration(s, n.split); ok {
		if len(r) == 0 {
			return w, lexRef{e, s.fl}
		}
		return r, lexRef{}
	}
	out, oe := n.restoreEntry(w, e)
	if bytes.Equal(out, w) {
		s.restored = []byte{} // judged: stays as written
		return w, lexRef{e, s.fl}
	}
	s.restored = append(make([]byte, 0, len(out)), out...)
	return out, lexRef{e: oe}
}

// refOf returns the reference of restoreEntry's answer r, re for w: with
// w's flags when r is w.
func refOf(r, w []byte, re *lexicon.Entry, fl entryFlags) lexRef {
	if bytes.Equal(r, w) {
		return lexRef{re, fl}
	}
	return lexRef{e: re}
}

var hamzaAbove = []byte("\u0654")

// restoreByRule splits an unknown word w by the rules of verb prefixes and
// suffixes; it returns nil when no rule applies.
func (n *Normalizer) restoreByRule(w []byte, depth int) []byte {
	if depth > 2 {
		return nil
	}
	for _, p := range verbPrefixes {
		rest, ok := bytes.CutPrefix(w, p)
		if !ok || utf8.RuneCount(rest) < 2 {
			continue
		}
		if restored := n.verbBody(rest, depth); restored != nil {
			return join3(p, restored)
		}
		// an unknown word of می + three letters or more that ends like a
		// verb is a verb whose stem the lexicon lacks (می‌فشانید).
		if depth == 0 && utf8.RuneCount(rest) >= 3 && utf8.RuneCount(rest) <= 6 && verbEnding(rest) {
			return join3(p, rest)
		}
	}
	for _, s := range suffixes {
		if base, ok := bytes.CutSuffix(w, s); ok {
			if b := n.knownBase(base, depth); b != nil {
				return join3(b, s)
			}
		}
	}
	// An unknown word that ends in a plural suffix after an unknown base of
	// three letters or more: a plural of a word the lexicon lacks, unless
	// the suffix's letters begin a frequent word (درنهایت: نهایت).
	if depth == 0 {
		for _, s := range pluralSuffixes {
			if base, ok := bytes.CutSuffix(w, s); ok && utf8.RuneCount(base) >= 3 && !n.wordAcross(w, len(base)) {
				if last, _ := utf8.DecodeLastRune(base); !nonJoining(last) && isPersianLetter(last) {
					return join3(base, s)
				}
			}
		}
	}
	for _, s := range yeClitics {
		if base, ok := bytes.CutSuffix(w, s); ok && bytes.HasSuffix(base, []byte("ی")) && utf8.RuneCount(base) >= 3 {
			if b := n.knownBase(base, depth); b != nil {
				return join3(b, s)
			}
		}
	}
	for _, s := range heSuffixes {
		if base, ok := bytes.CutSuffix(w, s); ok && bytes.HasSuffix(base, []byte("ه")) && utf8.RuneCount(base) >= 3 {
			if b := n.knownBase(base, depth); b != nil {
				return join3(b, s)
			}
		}
	}
	if r := n.ezafeYe(w); r != nil {
		return r
	}
	if r := n.spokenClitic(w); r != nil {
		return r
	}
	if rest, ok := bytes.CutPrefix(w, []byte("بی")); ok && utf8.RuneCount(rest) >= 3 && n.lex.CountBytes(rest).Text > 0 {
		return join3([]byte("بی"), rest)
	}
	return n.splitCompound(w)
}

// suffixZWNJ reports whether the last half-space of f comes before a
// plural or comparative suffix.
func suffixZWNJ(f string) bool {
	i := strings.LastIndex(f, "\u200C")
	return i >= 0 && affixClass([]byte(f[i+len("\u200C"):]))&affSuffix != 0
}

// verbEnding reports whether w ends in a personal ending of a verb.
func verbEnding(w []byte) bool {
	for _, e := range verbEndings {
		if len(e) > 0 && bytes.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// knownBase returns base (restored if needed) when it is a known word that
// ends in a joining letter, else nil.
func (n *Normalizer) knownBase(base []byte, depth int) []byte {
	if utf8.RuneCount(base) < 2 {
		return nil
	}
	last, _ := utf8.DecodeLastRune(base)
	if nonJoining(last) || last == zwnj {
		return nil
	}
	if n.lex.CountBytes(base).Known() {
		return base
	}
	if f, ok := n.lex.Joined(base); ok {
		return []byte(f)
	}
	if bytes.HasPrefix(base, []byte("می")) || bytes.HasPrefix(base, []byte("نمی")) {
		return n.restoreByRule(base, depth+1)
	}
	return nil
}

// verbBody returns the part of a verb after می/نمی, restored, when it is a
// verb form: a known form, or a stem with a personal ending.
func (n *Normalizer) verbBody(rest []byte, depth int) []byte {
	lex := n.lex
	if stemAndEnding(lex, rest, 1, 0) {
		return rest
	}
	// a past participle with an auxiliary: میکردهاند → می‌کرده‌اند
	for _, s := range heSuffixes {
		if base, ok := bytes.CutSuffix(rest, s); ok && bytes.HasSuffix(base, []byte("ه")) {
			if stem := base[:len(base)-len("ه")]; lex.IsStem(stem) {
				return join3(base, s)
			}
		}
	}
	if stem, ok := bytes.CutSuffix(rest, []byte("ه")); ok && lex.IsStem(stem) {
		return rest
	}
	return nil
}

// join3 returns a + ZWNJ + b in a new slice.
func join3(a, b []byte) []byte {
	out := make([]byte, 0, len(a)+len(zwnjBytes)+len(b))
	out = append(out, a...)
	out = append(out, zwnjBytes...)
	return append(out, b...)
}

// stemAndEnding reports whether w is a known verb stem of at least
// minStem letters followed by one of the personal endings of at least
// minEnding bytes ("" included when minEnding is 0).
func stemAndEnding(lex *lexicon.ZWNJ, w []byte, minStem, minEnding int) bool {
	for _, e := range verbEndings {
		if len(e) < minEnding {
			continue
		}
		if stem, ok := bytes.CutSuffix(w, e); ok && utf8.RuneCount(stem) >= minStem && lex.IsStem(stem) {
			return true
		}
	}
	return false
}
