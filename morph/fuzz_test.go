package morph

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func FuzzLemma(f *testing.F) {
	for _, s := range []string{"می‌کند", "کتاب‌ها", "زمینهٔ", "ٔ", "ن", "نمی‌", "\xff", "اطراف", "بیاید",
		"آن‌ها", "‌ها", "یشان", "هموارتر", "‌تر", "کارخانجات", "جات", "اطرافتان", "فلسطینیان", "وی", "زانوی"} {
		f.Add(s, "")
		f.Add(s, "NOUN")
		f.Add(s, "VERB")
		f.Add(s, "PRON")
		f.Add(s, "ADJ")
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

// FuzzLemmaSentence lemmatizes a sentence of space-separated words with
// the given tags in context: one lemma per word, none empty for a word that
// is not, valid UTF-8 for valid input, and the same as LemmaAt word by word.
func FuzzLemmaSentence(f *testing.F) {
	f.Add("خود ش را دید", "PRON PRON ADP VERB", "_ Number=Sing _ _")
	f.Add("زنی که آمد", "NOUN SCONJ VERB", "Number=Sing _ _")
	f.Add("ستارگان درخشیدند", "NOUN VERB", "Number=Plur _")
	f.Add("کتابی \xff ی", "NOUN", "Number=")
	l := Default()
	f.Fuzz(func(t *testing.T, words, upos, feats string) {
		s := Sentence{Forms: strings.Fields(words), UPOS: strings.Fields(upos), Feats: strings.Fields(feats)}
		got := l.LemmaSentence(s)
		if len(got) != len(s.Forms) {
			t.Fatalf("LemmaSentence(%+q) gave %d lemmas for %d words", s, len(got), len(s.Forms))
		}
		for i := range s.Forms {
			if got[i] == "" {
				t.Fatalf("LemmaSentence(%+q)[%d] is empty", s, i)
			}
			if utf8.ValidString(words) && utf8.ValidString(upos) && utf8.ValidString(feats) && !utf8.ValidString(got[i]) {
				t.Fatalf("LemmaSentence(%+q)[%d] = %+q: invalid UTF-8", s, i, got[i])
			}
			if at := l.LemmaAt(s, i); at != got[i] {
				t.Fatalf("LemmaAt(%+q, %d) = %+q, LemmaSentence gave %+q", s, i, at, got[i])
			}
		}
	})
}
