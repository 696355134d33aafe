package morph_test

import (
	"fmt"

	"github.com/dabir-nlp/dabir/morph"
)

func ExampleLemmatizer_Lemma() {
	l := morph.Default()
	fmt.Println(l.Lemma("می‌نویسند", "VERB"))
	fmt.Println(l.Lemma("کتاب‌ها", "NOUN"))
	fmt.Println(l.Lemma("افراد", ""))
	// Output:
	// نوشت
	// کتاب
	// فرد
}

func ExampleStemmer_Stem() {
	s := morph.NewStemmer()
	for _, w := range []string{"کتاب‌هایشان", "حیوانات", "بزرگ‌ترین", "ایران", "علی"} {
		fmt.Println(w, "→", s.Stem(w))
	}
	// Output:
	// کتاب‌هایشان → کتاب
	// حیوانات → حیوان
	// بزرگ‌ترین → بزرگ
	// ایران → ایران
	// علی → علی
}

func ExampleSplitClitics() {
	fmt.Printf("%q\n", morph.SplitClitics("کتاب‌هایش"))
	fmt.Printf("%q\n", morph.SplitClitics("مردم"))
	// Output:
	// ["کتاب\u200cهای" "ش"]
	// []
}

func ExampleLemmatizer_LemmaSentence() {
	l := morph.Default()
	s := morph.Sentence{
		Forms: []string{"خود", "ش", "زنی", "را", "دید", "که", "ستارگان", "را", "می‌شمرد"},
		UPOS:  []string{"PRON", "PRON", "NOUN", "ADP", "VERB", "SCONJ", "NOUN", "ADP", "VERB"},
		Feats: []string{"", "", "Number=Sing", "", "", "", "Number=Plur", "", ""},
	}
	fmt.Println(l.LemmaSentence(s))
	// Output:
	// [خودش او زن را دید که ستاره را شمرد]
}
