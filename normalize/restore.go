package normalize

import (
	"bytes"
	"unicode/utf8"
)

// Thresholds of the half-space restorer, chosen on the dev sets' text.
const (
	knownCount    = 3 // a form seen this often is a word as written
	joinedRatio   = 3 // a ZWNJ form must be seen this many times more than the form as written
	minJoined     = 2 // and at least this often
	pairMinJoined = 2 // a pair join needs the joined form this often
	pairRatio     = 1 // and more often than the two words as a pair times this
)

var (
	verbPrefixes = [][]byte{[]byte("نمی"), []byte("می")}
	// suffixes that take a ZWNJ after a joining letter, longest first.
	suffixes = [][]byte{
		[]byte("هایشان"), []byte("هایتان"), []byte("هایمان"), []byte("هایی"), []byte("هایم"), []byte("هایت"), []byte("هایش"),
		[]byte("ترین"), []byte("های"), []byte("ها"), []byte("تر"),
	}
	// suffixes that take a ZWNJ only after a final ه.
	heSuffixes = [][]byte{[]byte("ایم"), []byte("اید"), []byte("اند"), []byte("ام"), []byte("ای"), []byte("اش"), []byte("ات")}
	// personal endings of verbs, longest first.
	verbEndings = [][]byte{[]byte("یند"), []byte("یید"), []byte("ییم"), []byte("یم"), []byte("ید"), []byte("ند"), []byte("م"), []byte("ی"), []byte("د"), []byte("")}
)

// restoreWord returns w with its missing half-spaces put back, or w itself.
// w holds no ZWNJ.
func (n *Normalizer) restoreWord(w []byte) []byte {
	lex := n.lex
	if utf8.RuneCount(w) < 3 {
		return w
	}
	c := lex.CountBytes(w)
	if f, ok := lex.Joined(w); ok {
		if cf := lex.Count(f); cf >= minJoined && cf > joinedRatio*c {
			return []byte(f)
		}
	}
	if c >= knownCount {
		return w
	}
	if r := n.restoreByRule(w, 0); r != nil {
		return r
	}
	return w
}

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
	}
	for _, s := range suffixes {
		if base, ok := bytes.CutSuffix(w, s); ok && n.knownBase(base, depth) != nil {
			return join3(n.knownBase(base, depth), s)
		}
	}
	for _, s := range heSuffixes {
		if base, ok := bytes.CutSuffix(w, s); ok && bytes.HasSuffix(base, []byte("ه")) {
			if b := n.knownBase(base, depth); b != nil {
				return join3(b, s)
			}
		}
	}
	return nil
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
	if n.lex.CountBytes(base) >= knownCount {
		return base
	}
	if f, ok := n.lex.Joined(base); ok && n.lex.Count(f) >= knownCount {
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
		st.tmp = chainText(st.tmp[:0], words[a:k+1])
		if g := n.joinGap(st, st.tmp, words[k+1].form); g != gapSpace {
			words[k].gap = g
		}
	}
}

// joinGap decides what the space between left and right should be.
func (n *Normalizer) joinGap(st *state, left, right []byte) byte {
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
	// the joined form and its evidence
	st.tmp2 = append(st.tmp2[:0], left...)
	if gap == gapZWNJ {
		st.tmp2 = append(st.tmp2, zwnjBytes...)
	}
	st.tmp2 = append(st.tmp2, right...)
	joined := lex.CountBytes(st.tmp2)
	pair := lex.Pair(left, right)
	switch {
	case bytes.Equal(left, []byte("می")) || bytes.Equal(left, []byte("نمی")):
		if utf8.RuneCount(right) >= 2 {
			return gap
		}
	case isSuffix(right, suffixes):
		if bytes.Equal(right, []byte("تر")) && pair > joined {
			return gapSpace
		}
		return gap
	case isSuffix(right, heSuffixes):
		if bytes.HasSuffix(left, []byte("ه")) && utf8.RuneCount(left) >= 2 && pair <= joined {
			return gap
		}
	}
	if joined >= pairMinJoined && joined > pairRatio*pair {
		return gap
	}
	return gapSpace
}

func isSuffix(w []byte, list [][]byte) bool {
	for _, s := range list {
		if bytes.Equal(w, s) {
			return true
		}
	}
	return false
}
