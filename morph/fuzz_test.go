package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzLemma(f *testing.F) {
	for _, s := range []string{"می‌کند", "کتاب‌ها", "زمینهٔ", "ٔ", "ن", "نمی‌", "\xff", "اطراف", "بیاید"} {
		f.Add(s, "")
		f.Add(s, "NOUN")
		f.Add(s, "VERB")
	}
	l := Default()
	f.Fuzz(func(t *testing.T, w, upos string) {
		got := l.Lemma(w, upos)
		if w != "" && got == "" {
			t.Fatalf("Lemma(%+q, %q) is empty", w, upos)
		}
		if utf8.ValidString(w) && !utf8.ValidString(got) {
			t.Fatalf("Lemma(%+q, %q) = %+q: invalid UTF-8", w, upos, got)
		}
	})
}

func FuzzSplitClitics(f *testing.F) {
	for _, s := range []string{"کتابش", "کتاب‌هایشان", "خانه‌ام", "مرا", "صدایش", "کجاست", "\xffش", "‌ام"} {
		f.Add(s)
	}
	sp := DefaultSplitter()
	f.Fuzz(func(t *testing.T, w string) {
		parts := sp.Split(w)
		if parts == nil {
			return
		}
		if len(parts) < 2 {
			t.Fatalf("Split(%+q) = %+q: one part", w, parts)
		}
		for _, p := range parts {
			if p == "" {
				t.Fatalf("Split(%+q) = %+q: empty part", w, parts)
			}
		}
		// The words spell the token (a ZWNJ the treebank drops aside).
		if strings.ReplaceAll(strings.Join(parts, ""), "\u200c", "") != strings.ReplaceAll(w, "\u200c", "") {
			t.Fatalf("Split(%+q) = %+q does not spell the word", w, parts)
		}
	})
}
