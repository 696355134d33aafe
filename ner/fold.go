package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the matching key of a word: Arabic letter variants become
// their Persian forms (ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و),
// diacritics, tatweel and invisible format characters other than ZWNJ are
// removed, ZWNJ becomes a space (so that بازی‌های and بازی های match), Persian
// and Arabic-Indic digits become ASCII and letters are lower-cased. Fold is a
// search folding for features and gazetteer look-ups, not a way to write
// Persian; invalid UTF-8 bytes are kept as U+FFFD.
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r2, keep := foldRune(r); keep {
			b.WriteRune(r2)
		}
	}
	return b.String()
}

// isFolded reports whether Fold would return s unchanged.
func isFolded(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		if r2, keep := foldRune(r); !keep || r2 != r {
			return false
		}
		i += n
	}
	return true
}

// foldRune maps one rune; keep is false for runes Fold removes.
func foldRune(r rune) (out rune, keep bool) {
	switch {
	case r < utf8.RuneSelf:
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A'), true
		}
		return r, true
	case r == 'ي' || r == 'ى' || r == 'ئ' || r == 'ی':
		return 'ی', true
	case r == 'ك':
		return 'ک', true
	case r == 'ة' || r == 'ۀ' || r == 'ە':
		return 'ه', true
	case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
		return 'ا', true
	case r == 'ؤ':
		return 'و', true
	case r == 0x200C:
		return ' ', true
	case r == 0x0640: // tatweel
		return 0, false
	case 0x064B <= r && r <= 0x065F, r == 0x0670: // harakat, superscript alef
		return 0, false
	case '۰' <= r && r <= '۹':
		return '0' + (r - '۰'), true
	case '٠' <= r && r <= '٩':
		return '0' + (r - '٠'), true
	case unicode.Is(unicode.Cf, r): // ZWJ, LRM, RLM, BOM...
		return 0, false
	}
	return unicode.ToLower(r), true
}

// Shape is a coarse description of a word's characters: "fa" (Persian or
// Arabic letters), "lat" (Latin letters, "Lat" when capitalized), "num"
// (digits), "punct", or "mix" for a mixture.
func Shape(w string) string {
	var fa, lat, upper, dig, other bool
	first := true
	for _, r := range w {
		switch {
		case unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r):
			fa = true
		case r < 0x250 && unicode.IsLetter(r):
			lat = true
			if first && unicode.IsUpper(r) {
				upper = true
			}
		case unicode.IsDigit(r):
			dig = true
		case r == 0x200C:
		default:
			other = true
		}
		first = false
	}
	n := 0
	for _, b := range []bool{fa, lat, dig} {
		if b {
			n++
		}
	}
	switch {
	case n > 1:
		return "mix"
	case fa:
		return "fa"
	case lat && upper:
		return "Lat"
	case lat:
		return "lat"
	case dig:
		return "num"
	case other:
		return "punct"
	}
	return "empty"
}
