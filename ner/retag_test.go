package ner

import (
	"testing"

	"github.com/dabir-nlp/dabir/tag"
)

// RetagNames turns verbs inside any name, and adjectives inside a person's
// name, into the convention's name tag; everything else keeps its tag.
func TestRetagNames(t *testing.T) {
	words := []string{"جرمی", "کوربین", "و", "اتحادیه", "اقتصادی", "اوراسیا", "و", "گروه", "بریکس", "ایرانی", "آمد"}
	tags := []tag.Tag{
		{UPOS: "NOUN"}, {UPOS: "VERB"}, {UPOS: "CCONJ"},
		{UPOS: "NOUN"}, {UPOS: "ADJ"}, {UPOS: "NOUN"}, {UPOS: "CCONJ"},
		{UPOS: "NOUN"}, {UPOS: "VERB"}, {UPOS: "ADJ"}, {UPOS: "VERB"},
	}
	ents := []Entity{{"PER", 0, 2}, {"ORG", 3, 6}, {"ORG", 7, 9}, {"NAT", 9, 10}, {"PER", 10, 99}}
	RetagNames(tags, ents, tag.Seraji)
	want := []string{"NOUN", "NOUN", "CCONJ", "NOUN", "ADJ", "NOUN", "CCONJ", "NOUN", "NOUN", "ADJ", "VERB"}
	for i, w := range want {
		if tags[i].UPOS != w {
			t.Errorf("%s: %s, want %s", words[i], tags[i].UPOS, w)
		}
	}
	if tags[1] != (tag.Tag{UPOS: "NOUN", XPOS: "N_SING", Feats: "Number=Sing"}) {
		t.Errorf("Seraji name tag %+v", tags[1])
	}
	if got := NameTag(tag.PerDT, "PER"); got.UPOS != "PROPN" || got.XPOS != "N_ANM" {
		t.Errorf("PerDT person name tag %+v", got)
	}
	if got := NameTag(tag.PerDT, "LOC"); got.XPOS != "N_IANM" {
		t.Errorf("PerDT place name tag %+v", got)
	}
}

// On a real sentence the recognizer's name overrides the tagger's verb.
func TestRetagNamesSentence(t *testing.T) {
	words := []string{"در", "چارچوب", "سازوکار", "همکاری", "گروه", "بریکس", "تلاش", "کند"}
	tags := tag.Default().Tag(words)
	if tags[5].UPOS != "VERB" {
		t.Logf("the tagger no longer reads بریکس as a verb: %+v", tags[5])
	}
	ents := Default().Recognize(words, tags)
	found := false
	for _, e := range ents {
		found = found || e.Start <= 5 && 5 < e.End
	}
	if !found {
		t.Fatalf("بریکس not inside a recognized name: %+v", ents)
	}
	RetagNames(tags, ents, tag.Seraji)
	for _, e := range ents {
		for i := e.Start; i < e.End; i++ {
			if tags[i].UPOS == "VERB" {
				t.Errorf("%s inside %s tagged VERB", words[i], e.Type)
			}
		}
	}
	if tags[7].UPOS == "NOUN" {
		t.Errorf("the verb کند after the name lost its tag: %+v", tags[7])
	}
}
