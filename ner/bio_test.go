package ner

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func TestReadBIO(t *testing.T) {
	in := "فرهاد\tB-PER\nسرخ‌های\tB-ORG\r\nپایتخت\tI-ORG\n\n\nسلام\tO\nایران\t\n"
	got, err := ReadBIO(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"فرهاد", "سرخ‌های", "پایتخت"}, Labels: []string{"B-PER", "B-ORG", "I-ORG"}},
		{Words: []string{"سلام", "ایران"}, Labels: []string{"O", "O"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ReadBIO:\n got %+q\nwant %+q", got, want)
	}
}

func TestReadBIOErrors(t *testing.T) {
	for _, tc := range []struct{ desc, in string }{
		{"no tab", "فرهاد B-PER\n"},
		{"bad tag", "فرهاد\tPER\n"},
	} {
		if _, err := ReadBIO(strings.NewReader(tc.in)); err == nil {
			t.Errorf("%s: no error for %+q", tc.desc, tc.in)
		}
	}
}

func TestReadParsTwiNER(t *testing.T) {
	for _, tc := range []struct {
		file      string
		sentences int
		tokens    int
		per       int
	}{
		{"train.txt", 6417, 207990, 5611},
		{"dev.txt", 446, 14927, 403},
		{"test.txt", 303, 10000, 244},
	} {
		f, err := os.Open(sharedtest.Path(t, "ner", "ParsTwiNER", tc.file))
		if err != nil {
			t.Fatal(err)
		}
		ss, err := ReadBIO(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", tc.file, err)
		}
		tokens, per := 0, 0
		for _, s := range ss {
			tokens += len(s.Words)
			for _, e := range Entities(s.Labels) {
				if e.Type == "PER" {
					per++
				}
			}
		}
		if len(ss) != tc.sentences || tokens != tc.tokens {
			t.Errorf("%s: %d sentences, %d tokens; want %d, %d", tc.file, len(ss), tokens, tc.sentences, tc.tokens)
		}
		// B- tags counted by the data README; an I-PER after a non-PER
		// label would add more, so this is a lower bound.
		if per < tc.per {
			t.Errorf("%s: %d PER entities, want at least %d", tc.file, per, tc.per)
		}
	}
}
