package morph

import (
	"strings"
	"testing"
)

// TestLemmaAt checks the choices that need the sentence: a host and its
// clitic (PerDT), the final ی from its neighbours, and the grammatical
// number from the features.
func TestLemmaAt(t *testing.T) {
	l := Default()
	tests := []struct {
		desc        string
		words, upos string // space-separated
		feats       string // space-separated, "_" for none; "" for no features at all
		i           int
		want        string
	}{
		{"host and clitic: PerDT lemma خودش", "خود ش را دید", "PRON PRON ADP VERB", "", 0, "خودش"},
		{"host and plural clitic", "با خود شان بردند", "ADP PRON PRON VERB", "", 1, "خودشان"},
		{"the clitic itself", "خود ش را دید", "PRON PRON ADP VERB", "", 1, "او"},
		{"خود without a clitic", "به خود گفت", "ADP PRON VERB", "", 1, "خود"},
		{"indefinite ی before که", "زنی که آمد", "NOUN SCONJ VERB", "", 0, "زن"},
		{"indefinite ی after یک", "یک کتابی خریدم", "NUM NOUN VERB", "", 1, "کتاب"},
		{"noun of its own in ی", "رهبری این گروه", "NOUN DET NOUN", "", 0, "رهبری"},
		{"indefinite ی after هیچ", "هیچ ماهیگیری نیامد", "DET NOUN VERB", "", 1, "ماهیگیر"},
		{"indefinite ی after هر, after a vowel", "هر دانشجویی آمد", "DET NOUN VERB", "", 1, "دانشجو"},
		{"indefinite ی after هیچ on a word only another treebank keeps whole", "هیچ پزشکی نیامد", "DET NOUN VERB", "", 1, "پزشک"},
		{"a word PerDT gives both ways: the context decides (childhood)", "در کودکی رفت", "ADP NOUN VERB", "", 1, "کودکی"},
		{"a word PerDT gives both ways: the context decides (a child)", "یک کودکی که آمد", "NUM NOUN SCONJ VERB", "", 1, "کودک"},
		{"a name takes no indefinite ی", "یک مرادی که آمد", "NUM PROPN SCONJ VERB", "", 1, "مرادی"},
		{"a name in ی, another", "یک نجفی که آمد", "NUM PROPN SCONJ VERB", "", 1, "نجفی"},
		{"the ezafe ی after ا on a name goes", "شورای شهر", "PROPN PROPN", "", 0, "شورا"},
		{"adjective in ‌ای", "برنامه‌های رسانه‌ای", "NOUN ADJ", "", 1, "رسانه‌ای"},
		{"an infinitive with ی is a word of its own", "یک بستنی خریدم", "NUM NOUN VERB", "", 1, "بستنی"},
		{"an infinitive with ی, unseen", "یک خوردنی که", "NUM NOUN SCONJ", "", 1, "خوردنی"},
		{"plural in ان from the features", "ستارگان درخشیدند", "NOUN VERB", "Number=Plur _", 0, "ستاره"},
		{"no features: the same word alone", "ستارگان درخشیدند", "NOUN VERB", "", 0, l.Lemma("ستارگان", "NOUN")},
		{"no parts of speech", "می‌روند", "", "", 0, "رفت"},
		{"index out of range", "کتاب", "NOUN", "", 3, ""},
	}
	for _, tt := range tests {
		s := Sentence{Forms: strings.Fields(tt.words)}
		if tt.upos != "" {
			s.UPOS = strings.Fields(tt.upos)
		}
		if tt.feats != "" {
			s.Feats = strings.Fields(strings.ReplaceAll(tt.feats, "_", "-"))
			for i, f := range s.Feats {
				if f == "-" {
					s.Feats[i] = ""
				}
			}
		}
		if got := l.LemmaAt(s, tt.i); got != tt.want {
			t.Errorf("%s: LemmaAt(%+q, %d) = %+q, want %+q", tt.desc, s.Forms, tt.i, got, tt.want)
		}
	}
}

// TestLemmaSentenceShortTags checks that tag slices shorter than the
// sentence are read as unknown tags, not a crash.
func TestLemmaSentenceShortTags(t *testing.T) {
	got := Default().LemmaSentence(Sentence{Forms: []string{"کتاب‌ها", "را", "خواندند"}, UPOS: []string{"NOUN"}, Feats: []string{}})
	want := []string{"کتاب", "را", "خواند"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("LemmaSentence = %+q, want %+q", got, want)
	}
}

func TestFeatValue(t *testing.T) {
	tests := []struct{ feats, name, want string }{
		{"Number=Plur|Person=3", "Number", "Plur"},
		{"Person=3|Number=Sing", "Number", "Sing"},
		{"Person=3", "Number", ""},
		{"", "Number", ""},
		{"Numbers=Plur", "Number", ""},
	}
	for _, tt := range tests {
		if got := featValue(tt.feats, tt.name); got != tt.want {
			t.Errorf("featValue(%q, %q) = %q, want %q", tt.feats, tt.name, got, tt.want)
		}
	}
}

// TestEzafeGlide checks the ی written after ا for the ezafe, which PerDT
// leaves out of the lemma of a word the gold tables lack.
func TestEzafeGlide(t *testing.T) {
	perdt := Default()
	seraji, err := NewLemmatizer(LemmaOptions{Style: StyleSeraji})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		desc       string
		l          *Lemmatizer
		word, upos string
		want       string
		ok         bool
	}{
		{"a noun the tables lack", perdt, "پیتزای", "NOUN", "پیتزا", true},
		{"a proper noun", perdt, "ناسای", "PROPN", "ناسا", true},
		{"a word the lexicons lack", perdt, "کاناپای", "NOUN", "", false},
		{"adjective in ‌ای is not an ezafe", perdt, "رسانه‌ای", "ADJ", "", false},
		{"not for an adposition", perdt, "برای", "ADP", "", false},
		{"Seraji keeps the ی after ا", seraji, "پیتزای", "NOUN", "", false},
		{"after و", perdt, "زانوی", "NOUN", "زانو", true},
		{"after و in Seraji too", seraji, "ترازوی", "NOUN", "ترازو", true},
		{"a word in وی of its own", perdt, "مثنوی", "NOUN", "", false},
	}
	for _, tt := range tests {
		got, ok := tt.l.ezafeGlide(tt.word, tt.upos)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: ezafeGlide(%+q, %q) = %+q, %v; want %+q, %v", tt.desc, tt.word, tt.upos, got, ok, tt.want, tt.ok)
		}
	}
}
