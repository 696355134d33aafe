package lexicon

import (
	"strings"
	"testing"
)

// TestJoinedFilter checks the Bloom filter: every form with a ZWNJ passes
// (no false negatives), and most made-up joins are turned away.
func TestJoinedFilter(t *testing.T) {
	z := DefaultZWNJ()
	n := 0
	for form := range z.words {
		if strings.Contains(form, "\u200C") {
			n++
			if !z.MayKnowJoined([]byte(form)) {
				t.Fatalf("MayKnowJoined(%+q) = false for a form of the lexicon", form)
			}
		}
	}
	if n < 1000 {
		t.Fatalf("only %d forms with a ZWNJ in the lexicon", n)
	}
	passed, tried := 0, 0
	for _, a := range []string{"کتاب", "دیروز", "سلام", "پنجره", "تهران", "سیب", "آسمان", "درخت"} {
		for _, b := range []string{"آبی", "زرد", "رفت", "کوه", "دریا", "بلند", "کوچک", "شب"} {
			form := a + "\u200C" + b
			if z.Count(form).Known() {
				continue
			}
			tried++
			if z.MayKnowJoined([]byte(form)) {
				passed++
			}
		}
	}
	if passed*20 > tried {
		t.Errorf("%d of %d made-up joins pass the filter", passed, tried)
	}
}
