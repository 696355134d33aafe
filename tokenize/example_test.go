package tokenize_test

import (
	"fmt"

	"github.com/dabir-nlp/dabir/tokenize"
)

func Example() {
	text := "کتابش را در سال ۱۳۹۹ خرید. قیمت ۲٫۵ میلیون بود!"
	for _, s := range tokenize.Tokenize(text) {
		fmt.Println("sentence:", text[s.Span.Start:s.Span.End])
		for _, t := range s.Tokens {
			fmt.Printf("  %s %v %q\n", t.Text, t.Span, t.Words)
		}
	}
	// Output:
	// sentence: کتابش را در سال ۱۳۹۹ خرید.
	//   کتابش {0 10} ["کتاب" "ش"]
	//   را {11 15} []
	//   در {16 20} []
	//   سال {21 27} []
	//   ۱۳۹۹ {28 36} []
	//   خرید {37 45} []
	//   . {45 46} []
	// sentence: قیمت ۲٫۵ میلیون بود!
	//   قیمت {47 55} []
	//   ۲٫۵ {56 62} []
	//   میلیون {63 75} []
	//   بود {76 82} []
	//   ! {82 83} []
}
