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

var (
	verbPrefixes = bytesList("نمی", "می", "برنمی", "برمی", "فرونمی", "فرومی", "درنمی", "درمی", "بازنمی", "بازمی", "فرانمی", "فرامی", "وانمی", "وامی")
	// suffixes that take a ZWNJ after a joining letter, longest first.
	suffixes = [][]byte{
		[]byte("هایشان"), []byte("هایتان"), []byte("هایمان"), []byte("هایی"), []byte("هایم"), []byte("هایت"), []byte("هایش"),
		[]byte("ترین"), []byte("های"), []byte("ها"), []byte("تر"),
	}
	// plural suffixes, which an unknown base may take.
	pluralSuffixes = bytesList("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های")
	// suffixes that take a ZWNJ only after a final ه.
	heSuffixes = bytesList("ایم", "اید", "اند", "ام", "ای", "اش", "ات", "مان", "تان", "شان")
	// clitics that take a ZWNJ after a final ی when written apart (هنری اش).
	yeClitics = bytesList("ای", "اش", "ام", "ات")
	// personal endings of verbs, longest first.
	verbEndings = [][]byte{[]byte("یند"), []byte("یید"), []byte("ییم"), []byte("یم"), []byte("ید"), []byte("ند"), []byte("م"), []byte("ی"), []byte("د"), []byte("")}
)

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
		if lex.CountBytes(base).Text > 0 {
			return w, e
		}
	}
	// An unknown word: a frequent pair written solid, the learned splitter,
	// then the rules.
	if r := n.solidPair(w); r != nil {
		return r, nil
	}
	if stemWithEnding(n.lex, w) {
		return w, e // a verb stem and a personal ending (بندیم): nothing to split
	}
	if r := n.split.Split(w); r != nil {
		return r, nil
	}
	if r := n.restoreByRule(w, 0); r != nil {
		return r, nil
	}
	return w, e
}

// restoreCached is restoreWord through the state's word cache, which also
// remembers what became of unknown words: names and rare words recur.
func (n *Normalizer) restoreCached(st *state, w []byte) ([]byte, *lexicon.Entry) {
	s := st.slot(n.lex, w)
	if s == nil {
		return n.restoreWord(w)
	}
	e := s.e
	if len(w) < 5 || e.Count.Known() || e.Joined != "" {
		return n.restoreEntry(w, e)
	}
	if r, ok := st.cache.restoration(s, n.split); ok {
		if len(r) == 0 {
			return w, e
		}
		return r, nil
	}
	out, oe := n.restoreEntry(w, e)
	if bytes.Equal(out, w) {
		s.restored = []byte{} // judged: stays as written
		return w, e
	}
	s.restored = append(make([]byte, 0, len(out)), out...)
	return out, oe
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
	// three letters or more: a plural of a word the lexicon lacks.
	if depth == 0 {
		for _, s := range pluralSuffixes {
			if base, ok := bytes.CutSuffix(w, s); ok && utf8.RuneCount(base) >= 3 {
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
	for _, e := range verbEndings {
		stem, ok := bytes.CutSuffix(rest, e)
		if ok && utf8.RuneCount(stem) >= 1 && lex.IsStem(stem) {
			return rest
		}
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

// joinWords decides, for each space inside the group, whether it is a
// half-space that was typed as a space (بین المللی, بازی های, می کند).
func (n *Normalizer) joinWords(st *state, words []gword) {
	for k := 0; k+1 < len(words); k++ {
		// left: the chain that ends at word k, as joined so far.
		a := k
		for a > 0 && words[a-1].gap != gapSpace {
			a--
		}
		left, le := words[k].form, words[k].entry(st, n.lex)
		if a < k {
			st.tmp = chainText(st.tmp[:0], words[a:k+1])
			left, le = st.tmp, st.entry(n.lex, st.tmp)
		}
		right := &words[k+1]
		if g := n.joinGap(st, left, le, right.form, right.entry(st, n.lex)); g != gapSpace {
			words[k].gap = g
			if right.cleaned != nil && !right.respelled && affixClass(left)&affVerbPrefix != 0 {
				// after می the word is a verb body, which the restorer
				// may have split on its own (بندیم → بن‌دیم)
				if body := n.verbBody(right.cleaned, 0); body != nil {
					right.form, right.e, right.cleaned = body, nil, nil
				}
			}
		} else if base, ok := bytes.CutSuffix(right.form, hamzaAbove); ok && len(base) > 0 {
			// the ezafe hamza closes the compound, it is not part of its
			// tail: تشکیل دهندهٔ is judged as تشکیل دهنده
			if g := n.joinGap(st, left, le, base, st.entry(n.lex, base)); g != gapSpace {
				words[k].gap = g
			}
		} else if right.cleaned != nil && !right.respelled {
			// the right word was split on its own (مندان → من‌دان), but it
			// may be the tail of a compound written apart (علاقه مندان)
			if g := n.joinGap(st, left, le, right.cleaned, st.entry(n.lex, right.cleaned)); g != gapSpace && n.joinedCount(st, st.tmp2).Text > 0 {
				words[k].gap = g
				right.form, right.e, right.cleaned = right.cleaned, nil, nil
			}
		}
	}
}

// joinedCount returns the counts of a candidate join of two words. Most
// such forms are no word at all: a Bloom filter turns away those with a
// ZWNJ before they reach the cache or the lexicon.
func (n *Normalizer) joinedCount(st *state, form []byte) lexicon.Count {
	if bytes.Contains(form, zwnjBytes) && !n.lex.MayKnowJoined(form) {
		return lexicon.Count{}
	}
	return st.entry(n.lex, form).Count
}

// joinGap decides what the space between left and right should be.
func (n *Normalizer) joinGap(st *state, left []byte, le *lexicon.Entry, right []byte, re *lexicon.Entry) byte {
	if len(left) == 0 || len(right) == 0 {
		return gapSpace
	}
	last, _ := utf8.DecodeLastRune(left)
	first, _ := utf8.DecodeRune(right)
	if last == zwnj || first == zwnj || !isPersianLetter(last) || !isPersianLetter(first) {
		return gapSpace
	}
	gap := byte(gapZWNJ)
	if nonJoining(last) {
		gap = gapNone
	}
	lex := n.lex
	la, ra := affixClass(left), affixClass(right)
	if la == 0 && ra == 0 && (gap == gapNone || !le.JoinPrefix && !re.BoundTail) {
		return gapSpace // the common case: nothing could join these two
	}
	st.tmp2 = append(st.tmp2[:0], left...)
	if gap == gapZWNJ {
		st.tmp2 = append(st.tmp2, zwnjBytes...)
	}
	st.tmp2 = append(st.tmp2, right...)
	joined := n.joinedCount(st, st.tmp2)
	if la == 0 && ra == 0 && joined.Text == 0 && joined.Lexicon < pairLexicon && !re.BoundTail {
		return gapSpace // no evidence for the joined form: the pair count cannot help
	}
	pair := lex.Pair(left, right)
	if gap == gapNone {
		// the two become one word without a ZWNJ: it must be a word the
		// restorer would leave alone, or a second pass would change it.
		if r, _ := n.restoreWord(st.tmp2); !bytes.Equal(r, st.tmp2) {
			return gapSpace
		}
	}
	switch {
	case la&affVerbPrefix != 0:
		if gap == gapZWNJ && utf8.RuneCount(right) >= 2 && (!st.respect || n.verbBody(right, 0) != nil) {
			return gap
		}
	case st.respect && ra&(affSuffix|affYe|affHe) == 0:
		// a writer who types half-spaces left this pair apart on purpose
		return gapSpace
	case la&affBi != 0:
		if pair == 0 && (joined.Known() || lex.CountBytes(right).Text > 0 || !re.Count.Known() && n.derivedFromKnown(right)) {
			return gap
		}
	case ra&affSuffix != 0:
		if (bytes.Equal(right, []byte("تر")) || bytes.Equal(right, []byte("تری"))) && pair > joined.Text {
			return gapSpace
		}
		return gap
	case ra&affYe != 0 && bytes.HasSuffix(left, []byte("ی")):
		if pair <= joined.Text {
			return gap
		}
	case ra&affHe != 0:
		if bytes.HasSuffix(left, []byte("ه")) && utf8.RuneCount(left) >= 3 && pair <= joined.Text {
			return gap
		}
	}
	if gap == gapNone || st.respect {
		return gapSpace // two words become one only through a known affix
	}
	if pair == 0 && joined.Text == 0 && le.Count.Known() && re.BoundTail {
		return gap
	}
	if joined.Text+pair > 0 {
		if joined.Text > pair {
			return gap
		}
		return gapSpace
	}
	if joined.Lexicon >= pairLexicon {
		return gap
	}
	return gapSpace
}

// stemWithEnding reports whether w is a known verb stem with a personal
// ending of at least two letters (بند + یم, خور + ند).
func stemWithEnding(lex *lexicon.ZWNJ, w []byte) bool {
	for _, e := range verbEndings {
		if len(e) < 4 {
			continue
		}
		if stem, ok := bytes.CutSuffix(w, e); ok && utf8.RuneCount(stem) >= 2 && lex.IsStem(stem) {
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
	best, at := uint32(0), 0
	for i := 0; i < len(w); {
		_, size := utf8.DecodeRune(w[i:])
		i += size
		if i >= len(w) {
			break
		}
		last, _ := utf8.DecodeLastRune(w[:i])
		if nonJoining(last) || utf8.RuneCount(w[:i]) < 2 || utf8.RuneCount(w[i:]) < 2 {
			continue
		}
		if c := n.lex.Pair(w[:i], w[i:]); c > best {
			best, at = c, i
		}
	}
	if best < solidPairMin {
		return nil
	}
	return join3(w[:at], w[at:])
}

// solidPairMin is how often a pair must be seen for solidPair.
var solidPairMin uint32 = 5

// derivedFromKnown reports whether w is a known word with a derivational
// ending written on: ی (تعادلی), انه (شرمانه), انهٔ.
func (n *Normalizer) derivedFromKnown(w []byte) bool {
	for _, suf := range derivEndings {
		if base, ok := bytes.CutSuffix(w, suf); ok && utf8.RuneCount(base) >= 2 && n.lex.CountBytes(base).Text > 0 {
			return true
		}
	}
	return false
}

var derivEndings = bytesList("انهٔ", "انه", "ی")

// Affix classes, as bits.
const (
	affVerbPrefix uint8 = 1 << iota // می, نمی, برمی...
	affBi                           // بی
	affSuffix                       // ها, های, تر, ترین...
	affHe                           // ام, ای, اند... after a final ه
	affYe                           // ای, اش, ام, ات after a final ی
)

// affixClass returns the classes of w as an affix, 0 for most words. It is
// a switch rather than a map for speed; TestAffixClassMatchesLists keeps it
// in step with the lists above, which the rules iterate.
func affixClass(w []byte) uint8 {
	if len(w) > 12 {
		return 0
	}
	switch string(w) {
	case "می", "نمی", "برنمی", "برمی", "فرونمی", "فرومی", "درنمی", "درمی", "بازنمی", "بازمی", "فرانمی", "فرامی", "وانمی", "وامی":
		return affVerbPrefix
	case "بی":
		return affBi
	case "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "ترین", "های", "ها", "تر":
		return affSuffix
	case "ای", "اش", "ام", "ات":
		return affHe | affYe
	case "ایم", "اید", "اند", "مان", "تان", "شان":
		return affHe
	}
	return 0
}

// IsAffix reports whether w is one of the pieces the restorer joins to a
// neighbouring word when they are written apart: a verb prefix (می، نمی،
// برمی…), بی, a plural or comparative suffix (ها، های، تر، ترین…) or a
// clitic (ام، ای، اند، اش…).
func IsAffix(w string) bool { return affixClass([]byte(w)) != 0 }

func bytesList(words ...string) [][]byte {
	out := make([][]byte, len(words))
	for i, w := range words {
		out[i] = []byte(w)
	}
	return out
}

// Compound splitting of unknown words: a split A‌B is taken when both parts
// are words and they often take part in ZWNJ compounds.
const (
	minTails = 4 // B ends at least this many compounds of the counted text
	minHeads = 8 // or A begins at least this many
)

// splitCompound returns w split into two known parts with a ZWNJ, or nil.
func (n *Normalizer) splitCompound(w []byte) []byte {
	bestScore, bestAt := uint32(0), -1
	for i := 0; i < len(w); {
		_, size := utf8.DecodeRune(w[i:])
		i += size
		a, b := w[:i], w[i:]
		if utf8.RuneCount(a) < 2 || utf8.RuneCount(b) < 3 || affixClass(b)&affHe != 0 {
			continue
		}
		last, _ := utf8.DecodeLastRune(a)
		if nonJoining(last) || !n.lex.CountBytes(a).Known() || !n.lex.CountBytes(b).Known() {
			continue
		}
		heads, tails := n.lex.CompoundParts(a, b)
		if tails < minTails && heads < minHeads {
			continue
		}
		if score := heads + tails; score > bestScore {
			bestScore, bestAt = score, i
		}
	}
	if bestAt < 0 {
		return nil
	}
	return join3(w[:bestAt], w[bestAt:])
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

// pluralSuffixesAll are the plural suffixes, ها included, longest first.
var pluralSuffixesAll = bytesList("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های", "ها")
