package tag

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

const zwnj = '\u200c'

// fold returns the form of word under which the tagger looks it up: Arabic
// yeh and kaf become Persian, diacritics, tatweel and joiners are dropped,
// every digit becomes 0 and Latin letters are lower-cased. Word-internal
// ZWNJ is kept. Already folded words are returned without allocation.
func fold(word string) string {
	clean := true
	for i := 0; i < len(word); i++ {
		b := word[i]
		if b >= 0x80 || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z') {
			clean = false
			break
		}
	}
	if clean {
		return word
	}
	needs := false
	for _, r := range word {
		if foldRune(r) != r {
			needs = true
			break
		}
	}
	if !needs {
		return word
	}
	var b strings.Builder
	b.Grow(len(word))
	for _, r := range word {
		if f := foldRune(r); f >= 0 {
			b.WriteRune(f)
		}
	}
	return b.String()
}

// foldRune maps one rune for fold; -1 drops it.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		if r >= '0' && r <= '9' {
			return '0'
		}
		if r >= 'A' && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	case r == 'ي' || r == 'ى':
		return 'ی'
	case r == 'ك':
		return 'ک'
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r == 0x200D, r == 0x200F, r == 0x200E, r == 0xFEFF:
		return -1
	case r >= '۰' && r <= '۹', r >= '٠' && r <= '٩':
		return '0'
	case r == utf8.RuneError:
		return r
	}
	if unicode.IsUpper(r) {
		return unicode.ToLower(r)
	}
	return r
}

// shape classes of a rune.
const (
	shPersian = 1 << iota
	shDigit
	shLatin
	shPunct
	shZWNJ
	shOther
)

// shapeNames indexes a shape bit set to its feature value.
var shapeNames [64]string

func init() {
	for i := range shapeNames {
		var b strings.Builder
		for j, c := range "PDLZ.X" {
			bit := []int{shPersian, shDigit, shLatin, shZWNJ, shPunct, shOther}[j]
			if i&bit != 0 {
				b.WriteRune(c)
			}
		}
		shapeNames[i] = b.String()
	}
}

// shape returns a short description of the kinds of characters in word,
// such as "P" (Persian letters), "D" (digits), "PZ" (letters and ZWNJ).
func shape(word string) string {
	s := 0
	for _, r := range word {
		switch {
		case r == zwnj:
			s |= shZWNJ
		case r >= '0' && r <= '9', r >= '۰' && r <= '۹', r >= '٠' && r <= '٩':
			s |= shDigit
		case r >= 0x0600 && r <= 0x06FF, r >= 0xFB50 && r <= 0xFEFC:
			if unicode.IsLetter(r) || unicode.IsMark(r) {
				s |= shPersian
			} else {
				s |= shPunct
			}
		case r < 0x80 && unicode.IsLetter(r), unicode.Is(unicode.Latin, r):
			s |= shLatin
		case unicode.IsPunct(r) || unicode.IsSymbol(r) && r < 0x2000:
			s |= shPunct
		default:
			s |= shOther
		}
	}
	return shapeNames[s]
}

// suffix returns the last n runes of s (all of s when shorter) and whether
// s had more than n runes.
func suffix(s string, n int) (string, bool) {
	i := len(s)
	for k := 0; k < n; k++ {
		if i == 0 {
			return s, false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return s[i:], i > 0
}

// prefix returns the first n runes of s and whether s had more than n runes.
func prefix(s string, n int) (string, bool) {
	i := 0
	for k := 0; k < n; k++ {
		if i == len(s) {
			return s, false
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i], i < len(s)
}
