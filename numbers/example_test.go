package numbers_test

import (
	"fmt"

	"github.com/dabir-nlp/dabir/numbers"
)

func ExampleParse() {
	for _, s := range []string{"دو میلیون و پانصد هزار", "۲ میلیون", "۱۲٫۵", "بیستمین", "سه چهارم"} {
		n, _ := numbers.Parse(s)
		fmt.Println(n.Decimal, n.Kind)
	}
	// Output:
	// 2500000 cardinal
	// 2000000 cardinal
	// 12.5 cardinal
	// 20 ordinal
	// 0.75 fraction
}

func ExampleWords() {
	fmt.Println(numbers.Words(1357))
	fmt.Println(numbers.OrdinalWords(23))
	fmt.Println(numbers.OrdinalWordsPrenominal(20))
	fmt.Println(numbers.ToPersian("2022-02-04"))
	// Output:
	// هزار و سیصد و پنجاه و هفت
	// بیست و سوم
	// بیستمین
	// ۲۰۲۲-۰۲-۰۴
}
