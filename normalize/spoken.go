package normalize

import (
	"bytes"
	"unicode/utf8"
)

// Spoken Persian: clitics and plurals as they are spoken and written in
// informal text (حوصله‌م, کتاب‌هام, خونه for خانه).

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
		if n.silentHeWord(base) {
			return join3(base, s)
		}
		return nil
	}
	return nil
}

// spokenTail tells whether w is a clitic of spoken Persian that the
// standard writes after a half-space: a pronoun or copula after a silent ه
// (حوصله‌م, همه‌ش, بقیه‌س), or a plural with a pronoun (کتاب‌هام). It is 0
// for every other word.
func spokenTail(w []byte) int {
	if len(w) > len("هاشون") {
		return 0
	}
	switch string(w) {
	case "م", "ت", "ش", "س", "ن", "مون", "تون", "شون":
		return tailSpokenClitic
	case "هام", "هات", "هاش", "هامون", "هاتون", "هاشون":
		return tailSpokenPlural
	}
	return 0
}

// Kinds of spokenTail.
const (
	tailSpokenClitic = 1 + iota // م, ش, مون… after a silent ه
	tailSpokenPlural            // هام, هاش, هاشون… after a word
)
