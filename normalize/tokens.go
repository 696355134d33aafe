package normalize

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// tokenKind classifies the pieces of text the normalizer works on.
type tokenKind uint8

const (
	tkWord    tokenKind = iota // Persian letters, marks and inner ZWNJs
	tkSpace                    // spaces and tabs
	tkNewline                  // \n or \r
	tkNumber                   // digits with inner separators
	tkOpaque                   // Latin words, URLs, e-mail: copied as they are
	tkPunct                    // one punctuation mark
	tkOther                    // anything else (symbols, emoji, U+FFFD)
	tkDrop                     // stray ZWNJs between non-letters: written as nothing
)

type token struct {
	kind tokenKind
	zwnj bool // a word that holds a ZWNJ (its only bytes outside U+0600–06FF)
	s, e int  // byte range in the letter-step buffer
}

// connector reports whether r may join two parts of a Latin word, URL or
// number when a letter or digit follows it.
func connector(r rune) bool {
	switch r {
	case '.', '-', '_', '/', ':', '@', '#', '%', '&', '=', '?', '+', '~', '\'', ',', '٫', '٬':
		return true
	}
	return false
}

// scan splits b into tokens, appending to toks. With cleanZWNJ, ZWNJs
// that stand between spaces or other non-letters are made part of the
// space next to them, or a tkDrop token.
func scan(b []byte, toks []token, cleanZWNJ bool) []token {
	isSpace := func(i int) bool {
		return b[i] == ' ' || b[i] == '\t' || cleanZWNJ && startsZWNJ(b[i:])
	}
	for i := 0; i < len(b); {
		var r rune
		var size int
		if c := b[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
			// a two-byte letter of the Arabic block: decoded inline
			r, size = rune(c&0x1F)<<6|rune(b[i+1]&0x3F), 2
		} else {
			r, size = utf8.DecodeRune(b[i:])
		}
		start := i
		var kind tokenKind
		hasZWNJ := false
		switch {
		case cleanZWNJ && r == zwnj && !wordAfterZWNJ(b[i:]):
			for i < len(b) && isSpace(i) {
				if b[i] == ' ' || b[i] == '\t' {
					i++
				} else {
					i += len("\u200C")
				}
			}
			kind = tkDrop
			if bytes.ContainsAny(b[start:i], " \t") {
				kind = tkSpace
			}
			if n := len(toks); n > 0 && toks[n-1].kind == tkSpace {
				toks[n-1].e = i // part of the space before
				continue
			}
		case r == ' ' || r == '\t':
			for i < len(b) && isSpace(i) {
				if b[i] == ' ' || b[i] == '\t' {
					i++
					continue
				}
				if wordAfterZWNJ(b[i:]) {
					break
				}
				i += len("\u200C")
			}
			kind = tkSpace
		case r == '\n' || r == '\r':
			i += size
			kind = tkNewline
		case isWordRune(r):
			for i < len(b) {
				// two-byte Arabic-block letters, most of a word: decoded inline
				for i+1 < len(b) {
					c, d := b[i], b[i+1]
					if c < 0xD8 || c > 0xDB || d&0xC0 != 0x80 || !arabicWordRune[(c&0x03)<<6|d&0x3F] {
						break
					}
					i += 2
				}
				if i >= len(b) {
					break
				}
				if c := b[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(b) && b[i+1]&0xC0 == 0x80 {
					break // a letter of the block that no word holds
				}
				if b[i] < utf8.RuneSelf {
					break // ASCII: the word ends
				}
				if startsZWNJ(b[i:]) {
					i += len("\u200C") // a ZWNJ inside the word
					hasZWNJ = true
					continue
				}
				r, size := utf8.DecodeRune(b[i:])
				if !isWordRune(r) {
					break
				}
				i += size
			}
			kind = tkWord
		case digitValue(r) >= 0 || isLatinLetter(r):
			latin := false
			for i < len(b) {
				r, size := utf8.DecodeRune(b[i:])
				if isLatinLetter(r) || digitValue(r) >= 0 || (r >= 0x300 && r < 0x370) {
					latin = latin || isLatinLetter(r)
					i += size
					continue
				}
				if connector(r) && i+size < len(b) {
					next, _ := utf8.DecodeRune(b[i+size:])
					if isLatinLetter(next) || digitValue(next) >= 0 {
						i += size
						continue
					}
				}
				break
			}
			if latin && hasPrefix(b[i:], "://") {
				// A URL: everything up to the next space.
				for i < len(b) && b[i] != ' ' && b[i] != '\t' && b[i] != '\n' && b[i] != '\r' {
					i++
				}
			}
			kind = tkNumber
			if latin {
				kind = tkOpaque
			}
		case unicode.IsPunct(r) || unicode.IsSymbol(r) && r < 0x2000:
			i += size
			kind = tkPunct
		default:
			i += size
			kind = tkOther
		}
		toks = append(toks, token{kind: kind, zwnj: hasZWNJ, s: start, e: i})
	}
	return toks
}

// wordAfterZWNJ reports whether the run of ZWNJs at the start of b is
// followed by a Persian letter.
func wordAfterZWNJ(b []byte) bool {
	for startsZWNJ(b) {
		b = b[len("\u200C"):]
	}
	r, _ := utf8.DecodeRune(b)
	return len(b) > 0 && isWordRune(r)
}

func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// startsZWNJ reports whether b starts with a ZWNJ (E2 80 8C), byte by
// byte, which is cheaper than hasPrefix's string comparison.
func startsZWNJ(b []byte) bool { return len(b) >= 3 && b[0] == 0xE2 && b[1] == 0x80 && b[2] == 0x8C }
