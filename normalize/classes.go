package normalize

import "unicode"

const zwnj = '\u200C'

// isPersianLetter reports whether r is a letter of the Arabic script as
// written in Persian text (after the letter step).
func isPersianLetter(r rune) bool {
	return (r >= 0x621 && r <= 0x64A) || (r >= 0x66E && r <= 0x6D3) || r == 0x6D5 || (r >= 0x6FA && r <= 0x6FC) || r == 0x6FF
}

// isMark reports whether r is an Arabic combining mark (diacritic, hamza above).
func isMark(r rune) bool {
	return (r >= 0x64B && r <= 0x65F) || r == 0x670 || (r >= 0x6D6 && r <= 0x6ED && r != 0x6DD && r != 0x6DE && r != 0x6E9)
}

// isWordRune reports whether r may stand inside a Persian word.
func isWordRune(r rune) bool { return isPersianLetter(r) || isMark(r) || r == zwnj }

// firstArabic returns the first rune of b when it is a two-byte letter of
// the Arabic block (U+0600–06FF), most of Persian text, and -1 otherwise:
// a test small enough to be inlined, before utf8.DecodeRune.
func firstArabic(b []byte) rune {
	if len(b) >= 2 && b[0] >= 0xD8 && b[0] <= 0xDB && b[1]&0xC0 == 0x80 {
		return rune(b[0]&0x1F)<<6 | rune(b[1]&0x3F)
	}
	return -1
}

// lastArabic is firstArabic for the last rune of b.
func lastArabic(b []byte) rune {
	if n := len(b); n >= 2 && b[n-2] >= 0xD8 && b[n-2] <= 0xDB && b[n-1]&0xC0 == 0x80 {
		return rune(b[n-2]&0x1F)<<6 | rune(b[n-1]&0x3F)
	}
	return -1
}

// arabicWordRune is isWordRune for the Arabic block, U+0600–06FF, indexed
// by r-0x600: one load for the scanner's inner loop.
var arabicWordRune = func() (t [256]bool) {
	for i := range t {
		t[i] = isWordRune(rune(0x600 + i))
	}
	return t
}()

// digitValue returns the value of a Latin, Arabic-Indic or Persian digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= '٠' && r <= '٩':
		return int(r - '٠')
	case r >= '۰' && r <= '۹':
		return int(r - '۰')
	}
	return -1
}

// isLatinLetter reports whether r is a letter outside the Arabic script.
func isLatinLetter(r rune) bool {
	if r < 0x80 {
		return (r|0x20) >= 'a' && (r|0x20) <= 'z'
	}
	return unicode.IsLetter(r) && !unicode.Is(unicode.Arabic, r)
}

// nonJoining holds the letters that do not join the letter after them, so a
// ZWNJ after them is never needed.
func nonJoining(r rune) bool {
	switch r {
	case 'ا', 'آ', 'أ', 'إ', 'ٱ', 'د', 'ذ', 'ر', 'ز', 'ژ', 'و', 'ؤ', 'ء', 'ة', 'ۀ':
		return true
	}
	return false
}
