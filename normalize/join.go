package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
)

// joinWords decides, for each space inside the group, whether it is a
// half-space that was typed as a space (بین المللی, بازی های, می کند).
func (n *Normalizer) joinWords(st *state, words []gword) {
	for k := 0; k+1 < len(words); k++ {
		// left: the chain that ends at word k, as joined so far.
		a := k
		for a > 0 && words[a-1].gap != gapSpace {
			a--
		}
		right := &words[k+1]
		if a == k && plainPair(&words[k], right) {
			continue // joinGap would say gapSpace, and so would the tests below
		}
		left, le := words[k].form, words[k].entry(st, n.lex)
		if a < k {
			st.tmp = chainText(st.tmp[:0], words[a:k+1])
			left, le = st.tmp, st.entry(n.lex, st.tmp)
		}
		if g := n.joinGap(st, left, le, right.form, right.entry(st, n.lex)); g != gapSpace {
			words[k].gap = g
			if right.cleaned != nil && !right.respelled && affixClass(left)&affVerbPrefix != 0 {
				// after می the word is a verb body, which the restorer
				// may have split on its own (بندیم → بن‌دیم)
				if body := n.verbBody(right.cleaned, 0); body != nil {
					right.form, right.ref, right.cleaned = body, lexRef{}, nil
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
				right.form, right.ref, right.cleaned = right.cleaned, lexRef{}, nil
			}
		}
	}
}

// plainPair reports, from the flags of the two words' entries alone,
// that nothing can join them: joinGap's common case (no affix, no
// compound evidence, not the ezafe ی nor a spoken clitic), and the right word neither ends in
// the ezafe hamza nor was split by the restorer.
func plainPair(left, right *gword) bool {
	return left.ref.fl&flNoJoinPrefix != 0 && right.ref.fl&flNoBoundTail != 0 &&
		right.cleaned == nil && !bytes.HasSuffix(right.form, hamzaAbove) && plainForms(left.form, right.form)
}

// plainForms reports that neither word is an affix, nor the right one the
// ezafe ی or a spoken clitic: the forms' part of joinGap's early exit,
// which plainPair shares.
func plainForms(left, right []byte) bool {
	return !bytes.Equal(right, ezafeYeWord) && affixClass(left) == 0 && affixClass(right) == 0 && spokenTail(right) == 0
}

// ezafeYeWord is the ezafe ی typed as a word of its own after a word in ه.
var ezafeYeWord = []byte("ی")

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
	if !le.JoinPrefix && !re.BoundTail && plainForms(left, right) {
		// the common case, cheaply: no affix, no evidence of a compound,
		// not the ezafe ی; every test below would end in gapSpace.
		return gapSpace
	}
	last, first := lastArabic(left), firstArabic(right)
	if last < 0 {
		last, _ = utf8.DecodeLastRune(left)
	}
	if first < 0 {
		first, _ = utf8.DecodeRune(right)
	}
	if last == zwnj || first == zwnj || !isPersianLetter(last) || !isPersianLetter(first) {
		return gapSpace
	}
	gap := byte(gapZWNJ)
	if nonJoining(last) {
		gap = gapNone
	}
	if gap == gapZWNJ && bytes.Equal(right, ezafeYeWord) && bytes.HasSuffix(left, []byte("ه")) && utf8.RuneCount(left) >= 2 {
		return gap // the ezafe ی after a word in ه, typed apart: خانه ی من
	}
	if gap == gapZWNJ && !st.respect {
		switch spokenTail(right) {
		case tailSpokenClitic:
			// حوصله م, همه ش: a spoken clitic after a silent ه
			if utf8.RuneCount(left) >= 3 && n.silentHeWord(left) {
				return gap
			}
		case tailSpokenPlural:
			// کتاب هام, دوست هاشون: a spoken plural with a clitic
			if utf8.RuneCount(left) >= 2 && le.Count.Text > 0 {
				return gap
			}
		}
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
	var joined lexicon.Count
	if gap == gapZWNJ {
		// joinedCount, knowing that the form holds a ZWNJ
		if n.lex.MayKnowJoined(st.tmp2) {
			joined = st.entry(n.lex, st.tmp2).Count
		}
	} else {
		joined = n.joinedCount(st, st.tmp2)
	}
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
		if bytes.HasPrefix(right, []byte("ها")) && endsInPlural(left) {
			return gapSpace // no plural of a plural: فروشگاههای های‌استریت
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

// endsInPlural reports whether w ends in the plural suffix ‌ها, ‌های or
// ‌هایی after its half-space (تنهایی ends in no plural).
func endsInPlural(w []byte) bool {
	for _, s := range [][]byte{[]byte("\u200cها"), []byte("\u200cهای"), []byte("\u200cهایی")} {
		if bytes.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

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
