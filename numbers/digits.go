package numbers

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Zero digits of the scripts that Persian text mixes most often; pass one to
// ConvertDigits.
const (
	LatinZero       = '0'      // 0123456789
	ArabicIndicZero = '\u0660' // ٠١٢٣٤٥٦٧٨٩, used in Arabic text
	PersianZero     = '\u06F0' // ۰۱۲۳۴۵۶۷۸۹, the extended Arabic-Indic digits of Persian and Urdu
)

// DigitValue returns the value 0–9 of r if r is a decimal digit of any script
// (Unicode category Nd), or -1 if it is not.
func DigitValue(r rune) int {
	if r < utf8.RuneSelf {
		if r >= '0' && r <= '9' {
			return int(r - '0')
		}
		return -1
	}
	if r >= 0x06F0 && r <= 0x06F9 {
		return int(r - 0x06F0)
	}
	if r >= 0x0660 && r <= 0x0669 {
		return int(r - 0x0660)
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	// Nd ranges are made of whole blocks of ten that start at a zero.
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// ConvertDigits returns s with every decimal digit, of whatever script,
// replaced by the digit of the same value in the script whose zero is zero
// (LatinZero, PersianZero, ArabicIndicZero or any other Nd zero). Other
// characters, including invalid UTF-8, are kept as they are.
func ConvertDigits(s string, zero rune) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if v := DigitValue(r); v >= 0 && !(r == zero+rune(v)) {
			if b.Len() == 0 && i > 0 {
				b.Grow(len(s) + 8)
				b.WriteString(s[:i])
			} else if b.Len() == 0 {
				b.Grow(len(s) + 8)
			}
			b.WriteRune(zero + rune(v))
			i += size
			continue
		}
		if b.Cap() > 0 {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	if b.Cap() == 0 {
		return s
	}
	return b.String()
}

// ToLatin returns s with all digits as 0–9.
func ToLatin(s string) string { return ConvertDigits(s, LatinZero) }

// ToPersian returns s with all digits as ۰–۹.
func ToPersian(s string) string { return ConvertDigits(s, PersianZero) }
