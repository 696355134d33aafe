package normalize_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dabir-nlp/dabir/normalize"
	"golang.org/x/text/transform"
)

func Example() {
	n := normalize.Default()
	fmt.Println(n.String("رييس جمهور درباره مسایل بین المللی تاكيد كرد كه همكاريها ادامه مييابد ."))
	// Output: رئیس‌جمهور درباره مسائل بین‌المللی تأکید کرد که همکاری‌ها ادامه می‌یابد.
}

func ExampleNew() {
	// Only letters and digits; no punctuation, spacing or half-space changes.
	n := normalize.New(normalize.Options{Letters: true, Digits: normalize.DigitsLatin})
	fmt.Println(n.String("علي ۱۴ سال دارد"))
	// Output: علی 14 سال دارد
}

func ExampleNormalizer_Map() {
	in := "میکند 2014"
	out, offsets := normalize.Default().Map(in)
	year := strings.Index(out, "۲۰۱۴")
	fmt.Printf("%s | %q comes from %q\n", out, out[year:], in[offsets[year]:offsets[len(out)]])
	// Output: می‌کند ۲۰۱۴ | "۲۰۱۴" comes from "2014"
}

func ExampleNormalizer_Transform() {
	// Stream any amount of text through the normalizer.
	r := transform.NewReader(strings.NewReader("كتابها\nبازی های المپیک\n"), normalize.Default())
	io.Copy(os.Stdout, r)
	// Output:
	// کتاب‌ها
	// بازی‌های المپیک
}

func ExampleOptions_respectZWNJ() {
	// A line that already has half-spaces is its writer's: solid words and
	// spaced compounds stay, affixes standing apart are still joined.
	n := normalize.Default()
	fmt.Println(n.String("نامهها را رئیس جمهور می‌خواند و کتاب ها را می بیند"))
	// The same words on a line without half-spaces are restored in full.
	fmt.Println(n.String("نامهها را رئیس جمهور میخواند"))
	// Output:
	// نامهها را رئیس جمهور می‌خواند و کتاب‌ها را می‌بیند
	// نامه‌ها را رئیس‌جمهور می‌خواند
}
