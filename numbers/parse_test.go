package numbers

import (
	"fmt"
	"math"
	"testing"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want string // decimal value
		kind Kind
	}{
		{"صفر", "0", Cardinal},
		{"یک", "1", Cardinal},
		{"نه", "9", Cardinal},
		{"ده", "10", Cardinal},
		{"یازده", "11", Cardinal},
		{"نوزده", "19", Cardinal},
		{"بیست", "20", Cardinal},
		{"بیست و پنج", "25", Cardinal},
		{"بیست‌وپنج", "25", Cardinal},
		{"بيست و پنج", "25", Cardinal},
		{"سی و سه", "33", Cardinal},
		{"نود و نه", "99", Cardinal},
		{"صد", "100", Cardinal},
		{"یکصد", "100", Cardinal},
		{"صد و یک", "101", Cardinal},
		{"صد و ده", "110", Cardinal},
		{"دویست و پنجاه", "250", Cardinal},
		{"سیصد و شصت و پنج", "365", Cardinal},
		{"نهصد و نود و نه", "999", Cardinal},
		{"هزار", "1000", Cardinal},
		{"یک هزار", "1000", Cardinal},
		{"هزار و یک", "1001", Cardinal},
		{"هزار و دویست", "1200", Cardinal},
		{"دو هزار", "2000", Cardinal},
		{"یازده هزار", "11000", Cardinal},
		{"سیصد هزار", "300000", Cardinal},
		{"هزار و چهارصد", "1400", Cardinal},
		{"هزار و سیصد و پنجاه و هفت", "1357", Cardinal},
		{"دو هزار و بیست و دو", "2022", Cardinal},
		{"یک میلیون", "1000000", Cardinal},
		{"دو میلیون و پانصد هزار", "2500000", Cardinal},
		{"یک میلیون و هزار", "1001000", Cardinal},
		{"سه میلیارد", "3000000000", Cardinal},
		{"هزار میلیارد", "1000000000000", Cardinal},
		{"دو هزار میلیارد", "2000000000000", Cardinal},
		{"دو هزار و پانصد میلیارد", "2500000000000", Cardinal},
		{"یک هزار میلیارد و سیصد میلیون", "1000300000000", Cardinal},
		{"یک تریلیون", "1000000000000", Cardinal},
		{"۲ میلیون", "2000000", Cardinal},
		{"2 میلیون", "2000000", Cardinal},
		{"٢ ميليون", "2000000", Cardinal},
		{"۱۲۰ هزار", "120000", Cardinal},
		{"۳ هزار و ۵۰۰", "3500", Cardinal},
		{"۲٫۵ میلیون", "2500000", Cardinal},
		{"۱.۵ میلیارد", "1500000000", Cardinal},
		{"1.1 میلیون", "1100000", Cardinal},
		{"۰٫۳ میلیون", "300000", Cardinal},
		{"دو و نیم", "2.5", Cardinal},
		{"دو و نیم میلیون", "2500000", Cardinal},
		{"یک میلیون و نیم", "1500000", Cardinal},
		{"سه و نیم", "3.5", Cardinal},
		{"نیم", "0.5", Cardinal},
		{"یک ربع", "0.25", Cardinal},
		{"سه ربع", "0.75", Cardinal},
		{"منفی سه", "-3", Cardinal},
		{"منفی بیست و پنج", "-25", Cardinal},
		{"دوازده ممیز پنج", "12.5", Cardinal},
		{"سه ممیز چهارده", "3.14", Cardinal},
		{"صفر ممیز صفر پنج", "0.05", Cardinal},
		{"سه ممیز یک چهار", "3.14", Cardinal},
		{"۱۲", "12", Cardinal},
		{"12", "12", Cardinal},
		{"١٢", "12", Cardinal},
		{"۰۰۷", "7", Cardinal},
		{"۱۲٫۵", "12.5", Cardinal},
		{"12.50", "12.5", Cardinal},
		{"۱٬۲۰۰", "1200", Cardinal},
		{"1,200", "1200", Cardinal},
		{"۱٬۲۰۰٬۰۰۰", "1200000", Cardinal},
		{"1,234.5", "1234.5", Cardinal},
		{"۳٫۱۴۱۵", "3.1415", Cardinal},
		{"یکم", "1", Ordinal},
		{"اول", "1", Ordinal},
		{"نخست", "1", Ordinal},
		{"نخستین", "1", Ordinal},
		{"اولین", "1", Ordinal},
		{"دوم", "2", Ordinal},
		{"دومین", "2", Ordinal},
		{"سوم", "3", Ordinal},
		{"سومین", "3", Ordinal},
		{"چهارم", "4", Ordinal},
		{"نهم", "9", Ordinal},
		{"دهم", "10", Ordinal},
		{"یازدهم", "11", Ordinal},
		{"بیستم", "20", Ordinal},
		{"بیستمین", "20", Ordinal},
		{"بیست و یکم", "21", Ordinal},
		{"بیست و دوم", "22", Ordinal},
		{"بیست و سوم", "23", Ordinal},
		{"بیست‌و‌پنجمین", "25", Ordinal},
		{"سی‌ام", "30", Ordinal},
		{"سی ام", "30", Ordinal},
		{"سی‌امین", "30", Ordinal},
		{"سی و یکم", "31", Ordinal},
		{"چهلمین", "40", Ordinal},
		{"صدم", "100", Ordinal},
		{"صدمین", "100", Ordinal},
		{"صد و یکمین", "101", Ordinal},
		{"هزارمین", "1000", Ordinal},
		{"دو هزارمین", "2000", Ordinal},
		{"۲۰ام", "20", Ordinal},
		{"۲۰ امین", "20", Ordinal},
		{"یک سوم", "0.333333333333333", Fraction},
		{"دو سوم", "0.666666666666667", Fraction},
		{"سه چهارم", "0.75", Fraction},
		{"یک دهم", "0.1", Fraction},
		{"پنج صدم", "0.05", Fraction},
		{"سه هزارم", "0.003", Fraction},
		{"یک‌پنجم", "0.2", Fraction},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if !ok || got.Decimal != tt.want || got.Kind != tt.kind {
			t.Errorf("Parse(%+q) = %+v, %v; want %s %v", tt.in, got, ok, tt.want, tt.kind)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, in := range []string{"", "و", "سلام", "بیست و", "پنج و شش", "بیست پنج", "بیست و صد",
		"و پنج", "صد و هزار و", "1,2", "۱٬۲۰", "منفی", "هزار هزار", "دو سه", "ممیز پنج"} {
		if got, ok := Parse(in); ok {
			t.Errorf("Parse(%+q) = %+v, want no number", in, got)
		}
	}
}

func TestParseTokensLongest(t *testing.T) {
	tests := []struct {
		in   string
		used int
		want string
	}{
		{"دو میلیون و پانصد هزار تومان", 5, "2500000"},
		{"بیست و پنج و", 3, "25"},
		{"پنج و شش", 1, "5"},
		{"دو سه روز", 1, "2"},
		{"صد و بیست نفر", 3, "120"},
	}
	for _, tt := range tests {
		n, used := ParseTokens(SplitTokens(tt.in))
		if used != tt.used || n.Decimal != tt.want {
			t.Errorf("ParseTokens(%+q) = %+v, %d; want %s, %d", tt.in, n, used, tt.want, tt.used)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		n    int64
		want string
	}{
		{0, "صفر"},
		{1, "یک"},
		{9, "نه"},
		{10, "ده"},
		{13, "سیزده"},
		{20, "بیست"},
		{25, "بیست و پنج"},
		{100, "صد"},
		{101, "صد و یک"},
		{230, "دویست و سی"},
		{999, "نهصد و نود و نه"},
		{1000, "هزار"},
		{1001, "هزار و یک"},
		{1200, "هزار و دویست"},
		{1400, "هزار و چهارصد"},
		{2022, "دو هزار و بیست و دو"},
		{21000, "بیست و یک هزار"},
		{100000, "صد هزار"},
		{1000000, "یک میلیون"},
		{2500000, "دو میلیون و پانصد هزار"},
		{1000000000, "یک میلیارد"},
		{1000000000000, "یک هزار میلیارد"},
		{-7, "منفی هفت"},
	}
	for _, tt := range tests {
		if got := Words(tt.n); got != tt.want {
			t.Errorf("Words(%d) = %+q, want %+q", tt.n, got, tt.want)
		}
	}
}

func TestOrdinalWords(t *testing.T) {
	tests := []struct {
		n          int64
		want, pren string
	}{
		{1, "یکم", "یکمین"},
		{2, "دوم", "دومین"},
		{3, "سوم", "سومین"},
		{20, "بیستم", "بیستمین"},
		{23, "بیست و سوم", "بیست و سومین"},
		{30, "سی\u200cام", "سی\u200cامین"},
		{100, "صدم", "صدمین"},
		{1000, "هزارم", "هزارمین"},
		{1357, "هزار و سیصد و پنجاه و هفتم", "هزار و سیصد و پنجاه و هفتمین"},
	}
	for _, tt := range tests {
		if got := OrdinalWords(tt.n); got != tt.want {
			t.Errorf("OrdinalWords(%d) = %+q, want %+q", tt.n, got, tt.want)
		}
		if got := OrdinalWordsPrenominal(tt.n); got != tt.pren {
			t.Errorf("OrdinalWordsPrenominal(%d) = %+q, want %+q", tt.n, got, tt.pren)
		}
	}
}

func TestDigits(t *testing.T) {
	tests := []struct{ in, latin, persian string }{
		{"۱۴۰۰", "1400", "۱۴۰۰"},
		{"٢٠٢٢", "2022", "۲۰۲۲"},
		{"سال 2014", "سال 2014", "سال ۲۰۱۴"},
		{"a१२b", "a12b", "a۱۲b"},
		{"\xff۱", "\xff1", "\xff۱"},
		{"", "", ""},
	}
	for _, tt := range tests {
		if got := ToLatin(tt.in); got != tt.latin {
			t.Errorf("ToLatin(%+q) = %+q, want %+q", tt.in, got, tt.latin)
		}
		if got := ToPersian(tt.in); got != tt.persian {
			t.Errorf("ToPersian(%+q) = %+q, want %+q", tt.in, got, tt.persian)
		}
	}
}

func TestWordsRoundTrip(t *testing.T) {
	for n := int64(0); n <= 20000; n++ {
		checkRoundTrip(t, n)
	}
	for n := int64(0); n <= 1e7; n += 997 { // a sample of the range 0…10⁷
		checkRoundTrip(t, n)
	}
	for n := int64(1); n < 1e15; n = n*7 + 3 {
		checkRoundTrip(t, n)
	}
}

func checkRoundTrip(t *testing.T, n int64) {
	t.Helper()
	w := Words(n)
	got, ok := Parse(w)
	if !ok || got.Decimal != fmt.Sprint(n) || got.Kind != Cardinal {
		t.Fatalf("Parse(Words(%d) = %+q) = %+v, %v", n, w, got, ok)
	}
	if n == 0 {
		return
	}
	// "دو هزارم", "ده میلیونم" alone read as the fractions 2/1000, 10/10⁶;
	// their -ین forms are the ordinals.
	fraction := false
	if n > 1000 && n%1000 == 0 {
		m := n
		for m%1000 == 0 {
			m /= 1000
		}
		fraction = m < 1000
	}
	for _, o := range []string{OrdinalWords(n), OrdinalWordsPrenominal(n)} {
		got, ok = Parse(o)
		if fraction && o == OrdinalWords(n) {
			continue
		}
		if !ok || got.Decimal != fmt.Sprint(n) || got.Kind != Ordinal {
			t.Fatalf("Parse(%+q) = %+v, %v; want ordinal %d", o, got, ok, n)
		}
	}
}

func FuzzWordsRoundTrip(f *testing.F) {
	for _, n := range []int64{0, 1, 25, 1000, 1400, 2500000, 9999999} {
		f.Add(n)
	}
	f.Fuzz(func(t *testing.T, n int64) {
		if n < 0 {
			n = -n
		}
		if n < 0 {
			return
		}
		n %= 10_000_001 // the range 0…10⁷
		checkRoundTrip(t, n)
	})
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"بیست و پنج", "۲ میلیون", "۱۲٫۵", "سی‌ام", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, ok := Parse(s)
		if ok && n.Decimal == "" {
			t.Fatalf("Parse(%+q) ok with empty decimal", s)
		}
		// a whole number read from words is written back to the same value
		if ok && n.Kind == Cardinal && n.Value == math.Trunc(n.Value) && math.Abs(n.Value) < 1e15 {
			w := Words(int64(n.Value))
			if back, ok2 := Parse(w); !ok2 || back.Value != n.Value {
				t.Fatalf("Parse(%+q) = %v; Words gives %+q, which parses to %+v", s, n.Value, w, back)
			}
		}
		toks := SplitTokens(s)
		_, used := ParseTokens(toks)
		if used < 0 || used > len(toks) {
			t.Fatalf("ParseTokens used %d of %d", used, len(toks))
		}
	})
}

func TestDecimalWords(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12.5", "دوازده ممیز پنج"},
		{"3.14", "سه ممیز چهارده"},
		{"0.05", "صفر ممیز صفر پنج"},
		{"-2.5", "منفی دو ممیز پنج"},
		{"1400", "هزار و چهارصد"},
	}
	for _, tt := range tests {
		got, ok := DecimalWords(tt.in)
		if !ok || got != tt.want {
			t.Errorf("DecimalWords(%+q) = %+q, %v; want %+q", tt.in, got, ok, tt.want)
		}
		back, ok := Parse(got)
		if !ok || back.Decimal != tt.in {
			t.Errorf("Parse(%+q) = %+v, want %s", got, back, tt.in)
		}
	}
	for _, bad := range []string{"", "1.", ".5", "1e5", "۱۲", "1.2.3"} {
		if got, ok := DecimalWords(bad); ok {
			t.Errorf("DecimalWords(%+q) = %+q, want failure", bad, got)
		}
	}
}

func BenchmarkParse(b *testing.B) {
	in := []string{"دو میلیون و پانصد هزار", "۱٬۲۰۰", "بیست و پنجمین", "سه چهارم", "۲ میلیون"}
	for b.Loop() {
		for _, s := range in {
			Parse(s)
		}
	}
}

func BenchmarkWords(b *testing.B) {
	for b.Loop() {
		Words(2_500_125)
	}
}
