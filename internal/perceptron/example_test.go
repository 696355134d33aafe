package perceptron_test

import (
	"bytes"
	"fmt"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// Example trains a classifier that tells verbs from nouns by their first and
// last letters, saves it and loads it back.
func Example() {
	data := []struct{ word, class string }{
		{"می‌رود", "VERB"}, {"می‌خورد", "VERB"}, {"رفت", "VERB"}, {"خورد", "VERB"},
		{"کتاب", "NOUN"}, {"کتاب‌ها", "NOUN"}, {"خانه", "NOUN"}, {"درخت", "NOUN"},
	}
	features := func(word string, f *perceptron.Features) {
		r := []rune(word)
		f.Reset()
		f.Add("bias")
		f.Add("word", word)
		f.Add("prefix", string(r[:min(3, len(r))]))
		f.Add("suffix", string(r[max(0, len(r)-2):]))
	}

	m := perceptron.New()
	var f perceptron.Features
	for epoch := 0; epoch < 5; epoch++ {
		for _, i := range perceptron.Order(len(data), uint64(epoch)) {
			features(data[i].word, &f)
			m.Learn(m.Class(data[i].class), f.List())
		}
	}
	m.Average(0)

	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		panic(err)
	}
	loaded, err := perceptron.Load(&buf)
	if err != nil {
		panic(err)
	}
	for _, w := range []string{"می‌نویسد", "خانه‌ها"} {
		features(w, &f)
		fmt.Println(w, loaded.ClassName(loaded.Predict(f.List())))
	}
	// Output:
	// می‌نویسد VERB
	// خانه‌ها NOUN
}
