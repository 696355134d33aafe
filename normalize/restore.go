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

// spokenHeWord reports whether base + ه is the spoken form of a known word
// in انه (خونه for خانه, دیوونه for دیوانه).
func (n *Normalizer) spokenHeWord(base []byte) bool {
	stem, ok := bytes.CutSuffix(base, []byte("ون"))
	if !ok {
		return false
	}
	w := make([]byte, 0, len(base)+2)
	w = append(append(w, stem...), "انه"...)
	return n.lex.CountBytes(w).Text > 0
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
	if bytes.HasSuffix(base, []byte("اه")) || bytes.HasSuffix(base, []byte("وه")) {
		return nil // mostly a sounded ه: راه، کلاه، دادگاه، گروه، کوه
	}
	if n.silentHe(base) {
		return join3(base, []byte("ی"))
	}
	return nil
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

// spokenClitics are the clitics spoken Persian writes after a silent ه with
// a half-space (حوصله‌م, همه‌ش, بقیه‌س, شده‌ن, خونه‌مون), longest first.
var spokenClitics = bytesList("مون", "تون", "شون", "م", "ت", "ش", "س", "ن")

// spokenClitic restores the half-space of a spoken clitic after a word in
// silent ه (حوصلهم → حوصله‌م), by the same evidence as ezafeYe.
func (n *Normalizer) spokenClitic(w []byte) []byte {
	for _, s := range spokenClitics {
		base, ok := bytes.CutSuffix(w, s)
		if !ok || !bytes.HasSuffix(base, []byte("ه")) || utf8.RuneCount(base) < 3 || n.lex.CountBytes(base).Text == 0 {
			continue
		}
		if bytes.HasSuffix(base, []byte("اه")) || bytes.HasSuffix(base, []byte("وه")) {
			return nil
		}
		if n.silentHe(base) {
			return join3(base, s)
		}
		return nil
	}
	return nil
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

// solidPair splits an unknown word that is two words the counted text
// often writes one after the other (همینطور → همین‌طور): the space or
// half-space between them was lost, and a word written as one takes a
// half-space. It returns nil when no split has such a pair.
func (n *Normalizer) solidPair(w []byte) []byte {
	at := bestSplit(w, 2, func(a, b []byte) uint32 {
		if c := n.lex.Pair(a, b); c >= solidPairMin {
			return c
		}
		return 0
	})
	if at < 0 {
		return nil
	}
	return join3(w[:at], w[at:])
}

// bestSplit returns the place in w where a half-space would stand between
// a part of at least two letters that ends in a joining letter and a part
// of at least minRight letters, with the highest positive score (the first
// of equals), or -1 when every place scores 0.
func bestSplit(w []byte, minRight int, score func(a, b []byte) uint32) int {
	best, at := uint32(0), -1
	for i := 0; i < len(w); {
		_, size := utf8.DecodeRune(w[i:])
		i += size
		a, b := w[:i], w[i:]
		if utf8.RuneCount(a) < 2 || utf8.RuneCount(b) < minRight {
			continue
		}
		if last, _ := utf8.DecodeLastRune(a); nonJoining(last) {
			continue
		}
		if c := score(a, b); c > best {
			best, at = c, i
		}
	}
	return at
}

// solidPairMin is how often a pair must be seen for solidPair.
var solidPairMin uint32 = 5

// Compound splitting of unknown words: a split A‌B is taken when both parts
// are words and they often take part in ZWNJ compounds.
const (
	minTails = 4 // B ends at least this many compounds of the counted text
	minHeads = 8 // or A begins at least this many
)

// splitCompound returns w split into two parts with a ZWNJ, or nil: a known
// head and a known or bound tail.
func (n *Normalizer) splitCompound(w []byte) []byte {
	at := bestSplit(w, 3, func(a, b []byte) uint32 {
		if affixClass(b)&affHe != 0 || !n.lex.CountBytes(a).Known() {
			return 0
		}
		// the tail must be a word, or a form seen only as a tail (دهندگان)
		// after a head of three letters or more (رای‌دهندگان, not دک‌ترها)
		if eb := n.lex.Lookup(b); !eb.Count.Known() && !(eb.BoundTail && utf8.RuneCount(a) >= 3) {
			return 0
		}
		heads, tails := n.lex.CompoundParts(a, b)
		if tails < minTails && heads < minHeads {
			return 0
		}
		return heads + tails
	})
	if at < 0 {
		return nil
	}
	return join3(w[:at], w[at:])
}

// rarePlural splits a rarely written solid plural of a common word
// (دخالتهای → دخالت‌های): the standard writes ها apart.
func (n *Normalizer) rarePlural(w []byte, e *lexicon.Entry) []byte {
	for _, suf := range pluralSuffixesAll {
		base, ok := bytes.CutSuffix(w, suf)
		if !ok || utf8.RuneCount(base) < 2 {
			continue
		}
		last, _ := utf8.DecodeLastRune(base)
		if nonJoining(last) || last == 'ه' || last == 'ی' {
			return nil
		}
		if n.lex.CountBytes(base).Text >= rareBase*max(e.Count.Text, 1) {
			return join3(base, suf)
		}
		return nil
	}
	return nil
}

// plausibleSplit vets a split r of the unknown word w proposed by the
// learned splitter, which knows letters, not words: a comparative ending
// (تر، ترین) must follow a known word or one in silent ه (سبعانه‌ترین),
// or loanwords in -تر are cut (پارامتر → پارام‌تر); and a known word with the copula ند written on
// (یکدیگرند) is not a compound.
func (n *Normalizer) plausibleSplit(w, r []byte) bool {
	i := bytes.LastIndex(r, zwnjBytes)
	if i < 0 {
		return true
	}
	head, tail := r[:i], r[i+len(zwnjBytes):]
	if (bytes.Equal(tail, []byte("تر")) || bytes.Equal(tail, []byte("ترین"))) && !n.lex.CountBytes(head).Known() && !bytes.HasSuffix(head, []byte("ه")) {
		return false
	}
	if base, ok := bytes.CutSuffix(w, []byte("ند")); ok && n.lex.CountBytes(base).Text >= copulaBase {
		return false
	}
	return true
}

// copulaBase is how often a word must be seen for a ند after it to be
// taken for the copula.
const copulaBase = 5

// minEndingBase is how often a word must be seen for knownWithEnding.
const minEndingBase = 2

// solidEndings are endings written solid: plural ان/ات/ین, pronoun
// clitics, personal endings and the copula ست after a vowel.
var solidEndings = bytesList("شان", "تان", "مان", "ست", "ان", "ات", "ین", "یم", "ید", "ند", "م", "ت", "ش")

// knownWithEnding reports whether w is a word the counted text has seen at
// least minEndingBase times, written solid, with an ending that is written
// solid on it (شاهدان, بازیکنم, نیکوست): nothing to split, where the compound
// splitter would cut شاه‌دان. A base in silent ه takes its endings apart
// (خانه‌ات), one in ی all but ان (زندگی‌ام, ایرانیان), and a verb prefix
// leaves the word to the verb rules (میگم → می‌گم).
func (n *Normalizer) knownWithEnding(w []byte) bool {
	for _, s := range solidEndings {
		base, ok := bytes.CutSuffix(w, s)
		if !ok || utf8.RuneCount(base) < 3 {
			continue
		}
		last, _ := utf8.DecodeLastRune(base)
		if last == 'ه' || last == 'ی' && !bytes.Equal(s, []byte("ان")) {
			continue
		}
		if bytes.Equal(s, []byte("ست")) && last != 'ا' && last != 'و' {
			continue // the copula ست follows a vowel (نیکوست)
		}
		if bytes.HasPrefix(base, []byte("می")) || bytes.HasPrefix(base, []byte("نمی")) {
			continue // a verb prefix: the rules decide (میگم → می‌گم)
		}
		e := n.lex.Lookup(base)
		if e.Count.Text >= minEndingBase && (e.Joined == "" || !prefer(e.JoinedCount, e.Count)) {
			return true
		}
	}
	return false
}

// minWordAcross is how often a word must be seen to count as frequent for
// wordAcross.
const minWordAcross = 10

// wordAcross reports whether a frequent word ends w and begins one or two
// letters before at (درنهایت: نهایت), so the cut at at splits it.
func (n *Normalizer) wordAcross(w []byte, at int) bool {
	i := at
	for k := 0; k < 2 && i > 0; k++ {
		_, size := utf8.DecodeLastRune(w[:i])
		i -= size
		if n.lex.CountBytes(w[i:]).Text >= minWordAcross {
			return true
		}
	}
	return false
}
