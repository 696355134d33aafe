package zwnjeval

import (
	"strings"
	"unicode"
)

// FoldLetters maps s to a form in which the letter and punctuation changes
// another normalizer may make do not count: Arabic letter forms become the
// Persian ones, digits become ASCII, Persian punctuation and guillemets
// become their ASCII counterparts, and tatweel, diacritics and directional
// marks are dropped. Spaces and ZWNJs are kept, so the half-space decisions
// of a tool that also rewrites letters (as Virastar does) can be scored
// against gold that it did not otherwise change.
func FoldLetters(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\u200C' || r == ' ':
			return r
		case r >= '۰' && r <= '۹':
			return '0' + r - '۰'
		case r >= '٠' && r <= '٩':
			return '0' + r - '٠'
		case unicode.Is(unicode.Mn, r) || r == 'ـ' || unicode.Is(unicode.Cf, r):
			return -1
		}
		switch r {
		case 'ي', 'ى', 'ئ':
			return 'ی'
		case 'ك':
			return 'ک'
		case 'ۀ', 'ة':
			return 'ه'
		case 'أ', 'إ', 'ٱ':
			return 'ا'
		case 'ؤ':
			return 'و'
		case '،', '٬':
			return ','
		case '؛':
			return ';'
		case '؟':
			return '?'
		case '٫':
			return '.'
		case '«', '»', '“', '”':
			return '"'
		case '\t', '\u00A0':
			return ' '
		}
		return r
	}, s)
}
