package ner

import (
	"bytes"
	"strings"
	"testing"
)

func TestReadHazmWords(t *testing.T) {
	in := "کتاب\t13807075\tN,AJ,RES\n" +
		"آباجی\t0\tN\n" +
		"زیبا\t95\tAJ\n" +
		"\n" +
		"كتاب\t12\tN\n" // Arabic kaf folds to کتاب; the higher count stays
	wt, err := ReadHazmWords(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc, word, want string
	}{
		{"frequent noun: 8 digits", "کتاب", "4N"},
		{"no count", "آباجی", "0N"},
		{"two digits", "زیبا", "1AJ"},
		{"absent", "پوتین", ""},
	}
	for _, tc := range tests {
		if got := wt.Of(Fold(tc.word)); got != tc.want {
			t.Errorf("%s: Of(%+q) = %+q, want %+q", tc.desc, tc.word, got, tc.want)
		}
	}
	var buf bytes.Buffer
	if err := wt.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadWordTags(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != wt.Len() {
		t.Fatalf("round trip: %d words, want %d", back.Len(), wt.Len())
	}
	for _, tc := range tests {
		if got := back.Of(Fold(tc.word)); got != tc.want {
			t.Errorf("round trip: Of(%+q) = %+q, want %+q", tc.word, got, tc.want)
		}
	}
}

func TestReadHazmWordsBad(t *testing.T) {
	for _, in := range []string{"کتاب\tN\n", "کتاب\tx\tN\n", "کتاب\t-3\tN\n"} {
		if _, err := ReadHazmWords(strings.NewReader(in)); err == nil {
			t.Errorf("ReadHazmWords(%+q): no error", in)
		}
	}
	if _, err := ReadWordTags(strings.NewReader("not gzip")); err == nil {
		t.Error("ReadWordTags of text that is not gzip: no error")
	}
}
