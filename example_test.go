package dabir_test

import (
	"encoding/json"
	"fmt"
	"os"
	"time"

	"github.com/dabir-nlp/dabir"
)

// Analyze a sentence typed on an Arabic keyboard with a doubled space: the
// tokens are found in the normalized text, but each keeps the span of the
// text as the user wrote it.
func Example() {
	p := dabir.New(dabir.Options{})
	text := "او  به كتابخانه رفت."
	doc := p.Analyze(text)
	fmt.Println(doc.Normalized)
	for _, t := range doc.Sentences[0].Tokens {
		fmt.Printf("%s\t%q\t%v\t%s\n", t.Norm, text[t.Span.Start:t.Span.End], t.Span, t.UPOS)
	}
	// Output:
	// او به کتابخانه رفت.
	// او	"او"	{0 4}	PRON
	// به	"به"	{6 10}	ADP
	// کتابخانه	"كتابخانه"	{11 27}	NOUN
	// رفت	"رفت"	{28 34}	VERB
	// .	"."	{34 35}	PUNCT
}

// Switch stages off: here only normalization and tokenization run.
func ExampleNew() {
	p := dabir.New(dabir.Options{NoTag: true, NoLemma: true, NoEntities: true, NoDates: true})
	fmt.Println(p.Stages())
	doc := p.Analyze("کتابهای  خوب")
	for _, c := range doc.Changes {
		fmt.Printf("%q → %q at %v\n", c.Old, c.New, c.From)
	}
	// Output:
	// [normalize tokenize]
	// "" → "\u200c" at {8 8}
	// " " → "" at {15 16}
}

// Dates come with their value in the Jalali, Gregorian and Hijri
// calendars; a reference day resolves partial dates.
func ExamplePipeline_Analyze_dates() {
	p := dabir.New(dabir.Options{NoEntities: true, Reference: time.Date(2022, 2, 10, 0, 0, 0, 0, time.UTC)})
	doc := p.Analyze("جلسه روز ۱۴ بهمن ۱۴۰۰ برگزار شد.")
	for _, e := range doc.Entities {
		fmt.Println(e.Type, e.Text, e.Jalali, e.Gregorian)
	}
	// Output:
	// DATE ۱۴ بهمن ۱۴۰۰ 1400-11-14 2022-02-03
}

// A Doc encodes as JSON; spans are byte offsets into "text".
func ExamplePipeline_Analyze_json() {
	p := dabir.New(dabir.Options{NoTag: true, NoLemma: true, NoEntities: true, NoDates: true})
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(p.Analyze("سلام!").Sentences)
	// Output:
	// [{"span":{"start":0,"end":9},"text":"سلام!","tokens":[{"text":"سلام","span":{"start":0,"end":8},"norm":"سلام","norm_span":{"start":0,"end":8}},{"text":"!","span":{"start":8,"end":9},"norm":"!","norm_span":{"start":8,"end":9}}]}]
}
