package ner

import (
	"fmt"
	"strings"
	"testing"
)

func TestLink(t *testing.T) {
	for _, tc := range []struct {
		desc     string
		mentions []string // "TYPE:words"
		want     []int
	}{
		{"spelling variants and surname",
			[]string{"PER:ویلادیمیر پوتین", "LOC:روسیه", "PER:پوتین", "PER:ولادیمیر پوتین", "PER:ولادیمیر پوتین"},
			[]int{3, 1, 3, 3, 3}},
		{"different people", []string{"PER:علی دایی", "PER:علی کریمی"}, []int{0, 1}},
		{"same form, different types", []string{"LOC:چین", "ORG:چین"}, []int{0, 1}},
		{"arabic letters fold", []string{"LOC:ايران", "LOC:ایران"}, []int{0, 0}},
		{"surname only for people", []string{"ORG:بانک ملت", "ORG:ملت"}, []int{0, 1}},
		{"short words need exact match", []string{"LOC:چین", "LOC:چیز"}, []int{0, 1}},
		{"none", nil, []int{}},
	} {
		var words [][]string
		var types []string
		for _, m := range tc.mentions {
			typ, w, _ := strings.Cut(m, ":")
			types = append(types, typ)
			words = append(words, strings.Fields(w))
		}
		got := Link(words, types, nil)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: Link(%+q) = %v, want %v", tc.desc, tc.mentions, got, tc.want)
		}
	}
}

func TestLinkKnownBreaksTies(t *testing.T) {
	words := [][]string{strings.Fields("ویلادیمیر پوتین"), strings.Fields("ولادیمیر پوتین")}
	types := []string{"PER", "PER"}
	known := func(w string) bool { return w == "ولادیمیر" || w == "پوتین" }
	if got := Link(words, types, known); got[0] != 1 || got[1] != 1 {
		t.Errorf("with a word list: %v, want [1 1]", got)
	}
	if got := Link(words, types, nil); got[0] != 0 || got[1] != 0 {
		t.Errorf("without a word list: %v, want [0 0]", got)
	}
}

func TestEditDistance(t *testing.T) {
	for _, tc := range []struct {
		a, b  string
		limit int
		want  int
	}{
		{"ولادیمیر", "ویلادیمیر", 2, 1},
		{"abc", "abc", 1, 0},
		{"kitten", "sitting", 3, 3},
		{"kitten", "sitting", 1, 2},
		{"", "abc", 5, 3},
	} {
		if got := editDistance([]rune(tc.a), []rune(tc.b), tc.limit); got != tc.want {
			t.Errorf("editDistance(%+q, %+q, %d) = %d, want %d", tc.a, tc.b, tc.limit, got, tc.want)
		}
	}
}
