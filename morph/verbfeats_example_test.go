package morph_test

import (
	"fmt"

	"github.com/dabir-nlp/dabir/morph"
)

func ExampleLemmatizer_VerbFeatures() {
	l := morph.Default()
	for _, w := range []string{"خواندم", "نمی‌رفتند", "بخوانیم", "خوانده‌ام", "کند"} {
		if xpos, feats, ok := l.VerbFeatures(w, "VERB"); ok {
			fmt.Println(w, xpos, feats)
		} else {
			fmt.Println(w, "undecided") // کند: subjunctive of کردن, or past of کندن
		}
	}
	// Output:
	// خواندم V_PA Number=Sing|Person=1|Tense=Past
	// نمی‌رفتند V_PA Number=Plur|Person=3|Polarity=Neg|Tense=Past
	// بخوانیم V_SUB Mood=Sub|Number=Plur|Person=1|Tense=Pres|VerbForm=Fin
	// خوانده‌ام V_PP Number=Sing|Person=1|VerbForm=Part
	// کند undecided
}
