package morph

import "testing"

// A noun the gold data has as its own lemma keeps it, even where a word
// list calls it a plural or the tagger marks it plural: کرونا (an iPerUDT
// PROPN) is no broken plural of کران. Real plurals still lose their ending.
func TestOwnLemmaNotSingularized(t *testing.T) {
	l := Default()
	s := Sentence{
		Forms: []string{"مقابله", "با", "کرونا", "و", "اعضای", "کتاب‌ها"},
		UPOS:  []string{"NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "NOUN"},
		Feats: []string{"Number=Sing", "_", "Number=Plur", "_", "Number=Plur", "Number=Plur"},
	}
	want := []string{"مقابله", "با", "کرونا", "و", "عضو", "کتاب"}
	got := l.LemmaSentence(s)
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%+q: lemma %+q, want %+q", s.Forms[i], got[i], want[i])
		}
	}
	if got := l.Lemma("کرونا", "NOUN"); got != "کرونا" {
		t.Errorf("Lemma(کرونا, NOUN) = %+q", got)
	}
}
