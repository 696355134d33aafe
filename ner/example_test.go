package ner_test

import (
	"fmt"
	"strings"

	"github.com/dabir-nlp/dabir/ner"
)

func ExampleRecognizer_Recognize() {
	words := strings.Fields("ولادیمیر پوتین رییس جمهور روسیه به تهران آمد .")
	for _, e := range ner.Default().Recognize(words, nil) {
		fmt.Println(e.Type, strings.Join(words[e.Start:e.End], " "))
	}
	// Output:
	// PER ولادیمیر پوتین
	// LOC روسیه
	// LOC تهران
}

func ExampleRecognizer_Find() {
	text := "ویلادیمیر پوتین در مسکو بود. پوتین گفت که ولادیمیر پوتین و روسیه آماده‌اند."
	for _, m := range ner.Default().Find(text) {
		fmt.Println(m.Span.Start, m.Span.End, m.Type, m.Text, "→", m.Normalized)
	}
	// Output:
	// 0 29 PER ویلادیمیر پوتین → ولادیمیر پوتین
	// 35 43 LOC مسکو → مسکو
	// 52 62 PER پوتین → ولادیمیر پوتین
	// 75 102 PER ولادیمیر پوتین → ولادیمیر پوتین
	// 106 116 LOC روسیه → روسیه
}
