package tag_test

import (
	"fmt"

	"github.com/dabir-nlp/dabir/tag"
)

// Example tags one sentence, given as words, with the embedded model.
func Example() {
	words := []string{"من", "کتاب‌ها", "را", "به", "کتابخانه", "بردم", "."}
	for i, t := range tag.Default().Tag(words) {
		fmt.Println(words[i], t.UPOS)
	}
	// Output:
	// من PRON
	// کتاب‌ها NOUN
	// را PART
	// به ADP
	// کتابخانه NOUN
	// بردم VERB
	// . PUNCT
}
