package morph

import (
	"bytes"
	"testing"
)

// TestEmbeddedClassifiersAreCurrent checks that the embedded edit-script
// classifiers are what 'dabir train lemma' trains on the embedded lexicon
// (training is deterministic).
func TestEmbeddedClassifiersAreCurrent(t *testing.T) {
	for _, tt := range []struct {
		style    string
		embedded []byte
	}{
		{StylePerDT, embeddedPerDTModel},
		{StyleSeraji, embeddedSerajiModel},
	} {
		var buf bytes.Buffer
		if err := TrainFallback(&buf, embeddedLexicon, tt.style); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), tt.embedded) {
			t.Errorf("morph/lemma-%s.model.gz is stale: run go generate ./morph", tt.style)
		}
	}
}

// TestEmbeddedContextClassifiersAreCurrent is the same check for the
// classifiers of the final ی in context.
func TestEmbeddedContextClassifiersAreCurrent(t *testing.T) {
	for _, tt := range []struct {
		style    string
		embedded []byte
	}{
		{StylePerDT, embeddedPerDTContext},
		{StyleSeraji, embeddedSerajiContext},
	} {
		var buf bytes.Buffer
		if err := TrainContext(&buf, embeddedLexicon, tt.style); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(buf.Bytes(), tt.embedded) {
			t.Errorf("morph/lemma-%s-context.model.gz is stale: run go generate ./morph", tt.style)
		}
	}
}

// TestClassifier asks the edit-script classifier itself (not the gold
// tables) for the lemma of nouns: a final ی that is the indefinite article
// goes, one that is part of the word stays, plural suffixes go.
func TestClassifier(t *testing.T) {
	l := Default()
	tests := []struct {
		word, upos, want string
	}{
		{"کاغذی", "NOUN", "کاغذ"}, // کاغذ + indefinite ی
		{"مشکلاتی", "NOUN", "مشکل"},
		{"مدرسه‌ای", "NOUN", "مدرسه"},
		{"کارگاه‌هایی", "NOUN", "کارگاه"},
		{"پایداری", "NOUN", "پایداری"}, // nouns of their own in ی
		{"میزبانی", "NOUN", "میزبانی"},
		{"مهربانی", "NOUN", "مهربانی"},
		{"خستگی", "NOUN", "خستگی"},
		{"دوستی", "NOUN", "دوستی"},
		{"ناشناخته‌ها", "NOUN", "ناشناخته"},
		{"گفتگوها", "NOUN", "گفتگو"},
		{"آزمایشگاه‌های", "NOUN", "آزمایشگاه"},
		{"درختان", "NOUN", "درخت"},
		{"دانشمندان", "NOUN", "دانشمند"},
		{"پرندگان", "NOUN", "پرنده"},
		{"روستاییان", "NOUN", "روستایی"},
	}
	for _, tt := range tests {
		if got := l.classify(tt.word, tt.upos); got != tt.want {
			t.Errorf("classify(%+q, %q) = %+q, want %+q", tt.word, tt.upos, got, tt.want)
		}
	}
}

// TestRulesOnlyOption checks that RulesOnly turns the classifier off and
// that the default lemmatizer has one.
func TestRulesOnlyOption(t *testing.T) {
	l, err := NewLemmatizer(LemmaOptions{RulesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if l.fb != nil {
		t.Errorf("RulesOnly lemmatizer has a classifier")
	}
	if Default().fb == nil {
		t.Errorf("default lemmatizer has no classifier")
	}
}
