package ner

import (
	"os"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func TestDefaultLoads(t *testing.T) {
	r, err := defaultRecognizer()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	want := map[string]bool{"PER": true, "LOC": true, "ORG": true, "EVE": true, "POG": true, "NAT": true}
	for _, typ := range r.Types() {
		delete(want, typ)
	}
	if len(want) > 0 {
		t.Errorf("types %v: missing %v", r.Types(), want)
	}
}

func TestRecognize(t *testing.T) {
	r := Default()
	for _, tc := range []struct {
		desc string
		in   string
		want []string // "TYPE:words"
	}{
		{"person and country", "ولادیمیر پوتین رییس جمهور روسیه به تهران آمد .", []string{"PER:ولادیمیر پوتین", "LOC:روسیه", "LOC:تهران"}},
		{"no entity", "امروز هوا خیلی خوب است و ما به پارک رفتیم .", nil},
		{"organization", "سازمان ملل متحد درباره ایران بیانیه داد .", []string{"ORG:سازمان ملل متحد", "LOC:ایران"}},
	} {
		words := strings.Fields(tc.in)
		var got []string
		for _, e := range r.Recognize(words, nil) {
			got = append(got, e.Type+":"+strings.Join(words[e.Start:e.End], " "))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: Recognize(%+q)\n got %+q\nwant %+q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestRecognizeOddInput(t *testing.T) {
	r := Default()
	long := make([]string, 10000)
	for i := range long {
		long[i] = []string{"در", "تهران", "علی", "گفت", "که", "hello", "۱۲۳", "،"}[i%8]
	}
	for _, tc := range []struct {
		desc  string
		words []string
	}{
		{"nil", nil},
		{"empty words", []string{"", "", ""}},
		{"latin", strings.Fields("The quick brown fox jumps over the lazy dog in Paris .")},
		{"invalid utf-8", []string{"\xff\xfe", "ایران", "\x00"}},
		{"10000 words", long},
	} {
		labels := r.Labels(tc.words, nil)
		if len(labels) != len(tc.words) {
			t.Errorf("%s: %d labels for %d words", tc.desc, len(labels), len(tc.words))
		}
		for _, e := range r.Recognize(tc.words, nil) {
			if e.Start < 0 || e.End > len(tc.words) || e.Start >= e.End {
				t.Errorf("%s: bad entity %+v", tc.desc, e)
			}
		}
	}
}

// TestParsTwiNERFloor checks the embedded model on the ParsTwiNER test set,
// the only one it was not trained on (it learns from train and dev; every
// choice was made on dev with a model trained on train alone). The floor
// guards against a damaged or regressed model; the figures of the README
// come from dabir eval ner.
func TestParsTwiNERFloor(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "ner", "ParsTwiNER", "test.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadBIO(f)
	if err != nil {
		t.Fatal(err)
	}
	var s Score
	r := Default()
	for _, x := range sents {
		s.Add(x.Labels, r.Labels(x.Words, nil))
	}
	if f1 := s.Overall(MainTypes...).F1(); f1 < 0.74 {
		t.Errorf("test F1 over PER/LOC/ORG %.4f, want ≥ 0.74", f1)
	}
}
