package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
)

// Compound splitting of unknown words, and the tests that keep a word whole
// where a split would cut a known word.

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

// Compound splitting of unknown words: a split A‌B is taken when both parts
// are words and they often take part in ZWNJ compounds.
const (
	minTails = 4 // B ends at least this many compounds of the counted text
	minHeads = 8 // or A begins at least this many
)
