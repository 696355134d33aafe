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
