package tokenize

import (
	"unicode"
	"unicode/utf8"
)

// Character classes used by the scanner.
type class uint8

const (
	clSpace  class = iota // white space and invisible format characters
	clWord                // letters, combining marks, ZWNJ, ZWJ
	clDigit               // decimal digits of any script
	clPunct               // punctuation: one token per character
	clSymbol              // symbols and emoji: one token each, with their modifiers
)

const (
	zwnj = '\u200c'
	zwj  = '\u200d'
)

var asciiClass [128]class

// arabicClass covers U+0600..U+06FF, the block almost all Persian text is in.
var arabicClass [256]class

func init() {
	for r := rune(0); r < 128; r++ {
		asciiClass[r] = classify(r)
	}
	for i := range arabicClass {
		arabicClass[i] = classify(rune(0x600 + i))
	}
}

func classify(r rune) class {
	switch {
	case r == zwnj || r == zwj:
		return clWord
	case r == utf8.RuneError:
		return clSymbol
	case unicode.IsSpace(r):
		return clSpace
	case unicode.IsDigit(r):
		return clDigit
	case unicode.IsLetter(r) || unicode.IsMark(r):
		return clWord
	case unicode.Is(unicode.Cf, r) || unicode.Is(unicode.Cc, r):
		return clSpace
	case unicode.IsPunct(r):
		return clPunct
	}
	return clSymbol
}

func classOf(r rune) class {
	if r < 128 {
		return asciiClass[r]
	}
	if r >= 0x600 && r < 0x700 {
		return arabicClass[r-0x600]
	}
	return classify(r)
}

// IsSpace reports whether the tokenizer treats r as a separator that belongs
// to no token: Unicode white space, control characters, and invisible format
// characters (such as U+200E LEFT-TO-RIGHT MARK) other than the zero-width
// non-joiner and joiner, which are part of words.
func IsSpace(r rune) bool { return classOf(r) == clSpace }

// decode returns the rune at s[i] and its size, with a fast path for ASCII.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Two-byte sequences (Arabic script) without the general decoder.
	if c >= 0xC2 && c < 0xE0 && i+1 < len(s) {
		if c1 := s[i+1]; c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isWordStart reports whether s begins with a letter (so it may be a word
// with clitics).
func isWordStart(s string) bool {
	if s == "" {
		return false
	}
	r, _ := decode(s, 0)
	return classOf(r) == clWord && r != zwnj && r != zwj
}

func isLatinAlnum(r rune) bool {
	return r < 128 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9')
}

// isModifier reports whether r attaches to the symbol before it: variation
// selectors, emoji skin tones, combining keycaps and tag characters.
func isModifier(r rune) bool {
	return r >= 0xFE00 && r <= 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF || r == 0x20E3 ||
		r >= 0xE0020 && r <= 0xE007F || r >= 0xE0100 && r <= 0xE01EF
}
