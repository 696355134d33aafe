package ner

import (
	"bytes"
	"strings"
	"testing"
)

// TestSpellingOfUnseenNames checks the embedded spelling model on foreign
// names that occur nowhere in ParsTwiNER (Macron, Scholz, Williamson,
// Guardiola) against common words: a person is each name's likeliest class,
// and each name looks more like a name than every common word does. (Persian
// surnames in -ی, such as فریدونی, still look like ordinary adjectives to it.)
func TestSpellingOfUnseenNames(t *testing.T) {
	r := Default()
	if r.sp == nil || r.sp.full == nil {
		t.Fatal("the embedded model has no spelling model")
	}
	sp := r.sp.full
	names := []string{"ماکرون", "شولتس", "ویلیامسون", "گاردیولا"}
	common := []string{"کتاب", "رفتند", "خوشحالی", "دانشجویان", "سیاست\u200cهای", "می\u200cخواهم", "امروز"}
	lowest := float32(1)
	for _, w := range names {
		p := sp.Probs(Fold(w), nil)
		lowest = min(lowest, 1-p[0])
		for k := range p {
			if p[k] > p[1] {
				t.Errorf("name %+q: %s more likely than PER (%v)", w, SpellingClasses[k], p)
			}
		}
	}
	for _, c := range common {
		if p := 1 - sp.Probs(Fold(c), nil)[0]; p >= lowest {
			t.Errorf("common word %+q is as name-like (%.3f) as the least name-like name (%.3f)", c, p, lowest)
		}
	}
}

func TestSpellingTrainAndRoundTrip(t *testing.T) {
	sents := []Sentence{
		{Words: []string{"آقای", "احمدی", "به", "تهران", "رفت"}, Labels: []string{"O", "B-PER", "O", "B-LOC", "O"}},
		{Words: []string{"خانم", "محمدی", "در", "شیراز", "بود"}, Labels: []string{"O", "B-PER", "O", "B-LOC", "O"}},
		{Words: []string{"کریمی", "و", "رحیمی", "آمدند"}, Labels: []string{"B-PER", "O", "B-PER", "O"}},
	}
	sp := trainSpelling(spellingExamples(sents, nil, nil, nil), 20, 1)
	var buf bytes.Buffer
	if err := sp.Write(&buf); err != nil {
		t.Fatal(err)
	}
	back, err := ReadSpelling(&buf)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"احمدی", "تهران", "رفت", "کاظمی", ""} {
		a, b := sp.Probs(w, nil), back.Probs(w, nil)
		for k := range a {
			if a[k] != b[k] {
				t.Errorf("%+q: probabilities %v after a round trip, %v before", w, b, a)
				break
			}
		}
	}
	// A surname in -ی never seen looks like the surnames it was taught.
	if p := sp.Probs("کاظمی", nil); p[1] <= p[0] {
		t.Errorf("کاظمی: P(PER) %.3f not above P(O) %.3f", p[1], p[0])
	}
	for _, in := range []string{"not gzip", ""} {
		if _, err := ReadSpelling(strings.NewReader(in)); err == nil {
			t.Errorf("ReadSpelling(%+q): no error", in)
		}
	}
}
