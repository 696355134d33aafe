package morph

import "testing"

func TestBrokenPlural(t *testing.T) {
	l := Default()
	tests := []struct {
		desc, plural, want string
	}{
		{"افاعیل before مفاعیل", "احادیث", "حدیث"},
		{"افعال", "اطراف", "طرف"},
		{"افعال of a hollow root", "اموال", "مال"},
		{"فعول", "امور", "امر"},
		{"فعول of a doubled root", "حقوق", "حق"},
		{"آفعال", "آثار", "اثر"},
		{"فعائل in ه", "نتایج", "نتیجه"},
		{"فعائل in ت", "علائم", "علامت"},
		{"فعائل: فعیله before the other readings (not عشرت)", "عشایر", "عشیره"},
		{"مفاعیل of a root in ی", "شیاطین", "شیطان"},
		{"فعایا", "قضایا", "قضیه"},
		{"فعالی", "اراضی", "ارض"},
		{"اوائل", "اوایل", "اول"},
		{"فواعل", "شواهد", "شاهد"},
		{"فعل of a doubled root", "ملل", "ملت"},
		{"مفاعیل", "مفاهیم", "مفهوم"},
		{"مفاعیل of a root in و (not موزون)", "موازین", "میزان"},
		{"not a plural (کاتب by the pattern)", "کتاب", "کتاب"},
		{"a regular plural is left to the suffix rules", "آیات", "آیات"},
	}
	for _, tt := range tests {
		if got := l.brokenPlural(tt.plural, "NOUN"); got != tt.want {
			t.Errorf("%s: brokenPlural(%+q, NOUN) = %+q, want %+q", tt.desc, tt.plural, got, tt.want)
		}
	}
}

func TestJatPluralAndCliticHost(t *testing.T) {
	checkLemmas(t, Default(), []lemmaCase{
		{"plural in جات", "کارخانجات", "NOUN", "کارخانه"},
		{"plural in ‌جات", "میوه‌جات", "NOUN", "میوه"},
		{"a pronoun clitic after a vowel", "یشان", "PRON", "آنها"},
		{"a plural clitic left on a broken plural", "اطرافتان", "NOUN", "طرف"},
		{"a word in تان of its own", "داستان", "NOUN", "داستان"},
		{"a plural clitic on a plural Hazm lists", "آثارشان", "NOUN", "اثر"},
		{"a plural clitic on a plural in ات", "اوقاتتان", "NOUN", "وقت"},
	})
}

func TestPluralEndings(t *testing.T) {
	l := Default()
	yan := []struct {
		form, lem, want string
		ok              bool
	}{
		{"شورشیان", "شورش", "شورشی", true},
		{"انقلابیان", "انقلاب", "انقلابی", true},
		{"دانشجویان", "دانشجو", "", false}, // a glide after a vowel
		{"آقایان", "آقا", "", false},
		{"ایرانیان", "ایرانی", "", false}, // the ی already kept
		{"پایان", "پایان", "", false},
	}
	for _, tt := range yan {
		if got, ok := yanStem(tt.form, tt.lem); got != tt.want || ok != tt.ok {
			t.Errorf("yanStem(%+q, %+q) = %+q, %v; want %+q, %v", tt.form, tt.lem, got, ok, tt.want, tt.ok)
		}
	}
	in := []struct {
		form, upos, want string
		ok               bool
	}{
		{"متهمین", "NOUN", "متهم", true},
		{"مخترعین", "NOUN", "مخترع", true},
		{"مهاجمین", "NOUN", "مهاجم", true},
		{"میانگین", "NOUN", "", false},  // no word میانگ
		{"ماشین", "NOUN", "", false},    // too short a stem
		{"مهم‌ترین", "ADJ", "", false},  // a superlative
		{"مهم‌ترین", "NOUN", "", false}, // a superlative
		{"فعالین", "NOUN", "", false},   // not in م…ین
	}
	for _, tt := range in {
		if got, ok := l.inPlural(tt.form, tt.upos); got != tt.want || ok != tt.ok {
			t.Errorf("inPlural(%+q, %q) = %+q, %v; want %+q, %v", tt.form, tt.upos, got, ok, tt.want, tt.ok)
		}
	}
}

func TestRespelling(t *testing.T) {
	tests := []struct {
		form, lemma string
		want        bool
	}{
		{"خانوم", "خانم", true},
		{"بلیت", "بلیط", true},
		{"جم", "جمع", true},
		{"کتاب‌ها", "کتاب", false},
		{"ستارگان", "ستاره", false},
		{"زنی", "زن", false},
		{"اطراف", "طرف", false},
	}
	for _, tt := range tests {
		if got := respelling(tt.form, tt.lemma); got != tt.want {
			t.Errorf("respelling(%+q, %+q) = %v, want %v", tt.form, tt.lemma, got, tt.want)
		}
	}
}

// A plural in ‌ها another treebank kept whole loses its ending in the
// PerDT style; a word that only looks so, or another part of speech, not.
func TestZwnjPlural(t *testing.T) {
	l := Default()
	tests := []struct {
		desc, word, upos, want string
		ok                     bool
	}{
		{"plural with ezafe", "تمرین‌های", "NOUN", "تمرین", true},
		{"plural", "فلس‌ها", "NOUN", "فلس", true},
		{"no joiner: left to the rules", "تمرینهای", "NOUN", "", false},
		{"a determiner stays", "مدت‌ها", "DET", "", false},
		{"unknown stem", "قزقزک‌ها", "NOUN", "", false},
	}
	for _, tt := range tests {
		got, ok := l.zwnjPlural(tt.word, tt.upos)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: zwnjPlural(%+q, %q) = %+q, %v, want %+q, %v", tt.desc, tt.word, tt.upos, got, ok, tt.want, tt.ok)
		}
	}
	if got := l.Lemma("تمرین‌های", "NOUN"); got != "تمرین" {
		t.Errorf("Lemma(%+q, NOUN) = %+q, want %+q", "تمرین‌های", got, "تمرین")
	}
}
