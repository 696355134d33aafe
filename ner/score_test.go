package ner

import (
	"math"
	"reflect"
	"strings"
	"testing"
)

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		desc   string
		labels string
		want   []Entity
	}{
		{"empty", "", nil},
		{"all O", "O O O", nil},
		{"one", "O B-PER I-PER O", []Entity{{"PER", 1, 3}}},
		{"at end", "O B-LOC", []Entity{{"LOC", 1, 2}}},
		{"adjacent B", "B-LOC B-LOC", []Entity{{"LOC", 0, 1}, {"LOC", 1, 2}}},
		{"I without B", "O I-ORG I-ORG", []Entity{{"ORG", 1, 3}}},
		{"type change", "B-PER I-LOC", []Entity{{"PER", 0, 1}, {"LOC", 1, 2}}},
		{"I after O", "B-PER O I-PER", []Entity{{"PER", 0, 1}, {"PER", 2, 3}}},
	} {
		got := Entities(strings.Fields(tc.labels))
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: Entities(%+q) = %+v, want %+v", tc.desc, tc.labels, got, tc.want)
		}
	}
}

func TestScore(t *testing.T) {
	var s Score
	// gold: PER 0-2, LOC 3; pred: PER 0-1 (wrong span), LOC 3 (right), ORG 4 (spurious)
	s.Add(strings.Fields("B-PER I-PER O B-LOC O"), strings.Fields("B-PER O O B-LOC B-ORG"))
	s.Add(strings.Fields("B-PER O"), strings.Fields("B-PER O"))
	want := map[string]Counts{
		"PER": {Gold: 2, Pred: 2, Correct: 1},
		"LOC": {Gold: 1, Pred: 1, Correct: 1},
		"ORG": {Gold: 0, Pred: 1, Correct: 0},
	}
	for typ, w := range want {
		if got := *s.ByType[typ]; got != w {
			t.Errorf("%s: %+v, want %+v", typ, got, w)
		}
	}
	all := s.Overall(MainTypes...)
	if all != (Counts{Gold: 3, Pred: 4, Correct: 2}) {
		t.Errorf("overall %+v", all)
	}
	if p, r, f := all.Precision(), all.Recall(), all.F1(); math.Abs(p-0.5) > 1e-9 || math.Abs(r-2.0/3) > 1e-9 || math.Abs(f-4.0/7) > 1e-9 {
		t.Errorf("P %v R %v F1 %v", p, r, f)
	}
	var b strings.Builder
	if err := s.WriteTable(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "PER+LOC+ORG") || !strings.Contains(b.String(), "0.5714") {
		t.Errorf("table:\n%s", b.String())
	}
}

func TestCountsZero(t *testing.T) {
	var c Counts
	if c.Precision() != 0 || c.Recall() != 0 || c.F1() != 0 {
		t.Errorf("zero counts give %v %v %v", c.Precision(), c.Recall(), c.F1())
	}
}
