package normalize

import (
	"os"
	"strings"
	"testing"
)

// TestNewsSample runs the default normalizer on the sample article, whose
// half-spaces were all deleted (میکند) or typed as spaces (بین المللی), and
// checks every restored word, the words that must stay apart, and that no
// other half-space appears.
func TestNewsSample(t *testing.T) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := Default().String(string(data))
	want := map[string]int{
		// spaced in the input
		"رئیس‌جمهور": 8, "رئیس‌جمهوری": 1, "بین‌المللی": 7, "بازی‌های": 4, "چالش‌ها": 1, "بحران‌های": 1,
		"همه‌گیری": 2, "عادلانه‌تر": 1, "همه‌جانبه": 1, "چندجانبه‌گرایی": 2,
		// deleted in the input
		"هم‌آهنگی": 5, "کرده‌اند": 3, "پرداخته‌اند": 1, "توانسته‌اند": 1, "می‌کند": 1, "سختی‌ها": 1,
		"همکاری‌های": 1, "زمینه‌های": 1, "زیرساخت‌های": 1, "قاره‌های": 1, "پروژه‌های": 1, "فناوری‌های": 1,
		"سیاست‌گذاری": 1, "دارایی‌ها": 1, "بزرگ‌تر": 1, "بی‌نظیر": 1, "دست‌آوردهای": 1, "همین‌طور": 1,
	}
	got := map[string]int{}
	for _, w := range strings.FieldsFunc(out, func(r rune) bool { return strings.ContainsRune(" \n.،:()«»", r) }) {
		if strings.ContainsRune(w, '\u200C') {
			got[w]++
		}
	}
	for w, n := range want {
		if got[w] != n {
			t.Errorf("%+q: %d times, want %d", w, got[w], n)
		}
	}
	for w, n := range got {
		if want[w] == 0 {
			t.Errorf("unexpected half-space in %+q (%d times)", w, n)
		}
	}
	for _, apart := range []string{"شی جین پینگ", "انجام دهند", "حائز اهمیت", "داده شده", "دو جانبه"} {
		if !strings.Contains(out, apart) {
			t.Errorf("%+q should stay apart", apart)
		}
	}
	for _, variant := range []string{"رییس", "مسایل", "تاکید", "تاسیس"} {
		if strings.Contains(out, variant) {
			t.Errorf("variant %+q left in the standard profile", variant)
		}
	}
}
