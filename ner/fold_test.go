package ner

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ desc, in, want string }{
		{"arabic yeh and kaf", "كيف", "کیف"},
		{"hamza yeh", "رئیس", "رییس"},
		{"zwnj to space", "بازی\u200cهای", "بازی های"},
		{"madda and diacritics", "آسیاَ", "اسیا"},
		{"tatweel", "ایـــران", "ایران"},
		{"digits", "۱۴ ٢٠", "14 20"},
		{"latin lower", "BRICS", "brics"},
		{"clean stays", "ایران", "ایران"},
		{"invalid utf-8", "\xffا", "\ufffdا"},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("%s: Fold(%+q) = %+q, want %+q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestShape(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ایران", "fa"}, {"Paris", "Lat"}, {"brics", "lat"}, {"۲۰۱۴", "num"}, {"G20", "mix"}, {"،", "punct"}, {"", "empty"},
	} {
		if got := Shape(tc.in); got != tc.want {
			t.Errorf("Shape(%+q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"", "كيف رئیس", "بازی\u200cهای", "\xff\xfe", "ABC ۱۲۳"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Fold(s)
		if !utf8.ValidString(got) {
			t.Errorf("Fold(%+q) = %+q: not valid UTF-8", s, got)
		}
		if again := Fold(got); again != got {
			t.Errorf("Fold not idempotent: %+q → %+q → %+q", s, got, again)
		}
	})
}
