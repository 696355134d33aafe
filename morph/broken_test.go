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
