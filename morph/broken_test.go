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
		{"فعایا", "قضایا", "قضیه"},
		{"فعالی", "اراضی", "ارض"},
		{"اوائل", "اوایل", "اول"},
		{"فواعل", "شواهد", "شاهد"},
		{"فعل of a doubled root", "ملل", "ملت"},
		{"مفاعیل", "مفاهیم", "مفهوم"},
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
	l := Default()
	tests := []struct {
		desc, word, upos, want string
	}{
		{"plural in جات", "کارخانجات", "NOUN", "کارخانه"},
		{"plural in ‌جات", "میوه‌جات", "NOUN", "میوه"},
		{"a pronoun clitic after a vowel", "یشان", "PRON", "آنها"},
		{"a plural clitic left on a broken plural", "اطرافتان", "NOUN", "طرف"},
		{"a word in تان of its own", "داستان", "NOUN", "داستان"},
	}
	for _, tt := range tests {
		if got := l.Lemma(tt.word, tt.upos); got != tt.want {
			t.Errorf("%s: Lemma(%+q, %q) = %+q, want %+q", tt.desc, tt.word, tt.upos, got, tt.want)
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
