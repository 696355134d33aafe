package dates

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/numbers"
)

// tokKind is the class of a token of the finder.
type tokKind uint8

const (
	tWord   tokKind = iota + 1 // letters and marks, ZWNJ inside
	tDigits                    // digits, with separators between digits
	tPunct                     // one other visible character
)

// token is one word, digit run or punctuation mark of the text.
type token struct {
	start, end int
	kind       tokKind
	key        string   // words: folded text; others: the text
	lex        *lexInfo // words: their entry in the finder's table, or nil
}

// tokenize splits text into tokens, appending to toks. Spaces and control
// characters separate tokens and are not kept. A digit run takes in the
// separators , . ٫ ٬ ' / - : when a digit follows them.
func tokenize(text string, toks []token) []token {
	var buf [64]byte
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= '0' && c <= '9':
				j := scanDigits(text, i)
				toks = appendDigits(toks, text, i, j)
				i = j
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := i + 1
				for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
					j++
				}
				toks = append(toks, token{start: i, end: j, kind: tWord, key: text[i:j]})
				i = j
			case c <= ' ' || c == 0x7f:
				i++
			default:
				toks = append(toks, token{start: i, end: i + 1, kind: tPunct, key: text[i : i+1]})
				i++
			}
			continue
		}
		r, size := decode(text[i:])
		switch {
		case isWordRune(r):
			var t token
			t, i = scanWord(text, i, size, &buf)
			toks = append(toks, t)
		case numbers.DigitValue(r) >= 0:
			j := scanDigits(text, i)
			toks = appendDigits(toks, text, i, j)
			i = j
		case unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError || unicode.Is(unicode.Cf, r):
			i += size
		default:
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, key: text[i : i+size]})
			i += size
		}
	}
	return toks
}

// scanWord reads the word starting at i (whose first rune has size bytes)
// and looks it up.
func scanWord(text string, i, size int, buf *[64]byte) (token, int) {
	j := i + size
	for j < len(text) {
		r2, s2 := decode(text[j:])
		if !isWordRune(r2) && r2 != '\u200c' && r2 != '\u200d' {
			break
		}
		j += s2
	}
	// a word does not end with ZWNJ
	for j-3 > i && (text[j-3:j] == "\u200c" || text[j-3:j] == "\u200d") {
		j -= 3
	}
	w := text[i:j]
	t := token{start: i, end: j, kind: tWord, key: w}
	if len(w) <= len(buf) && (!lexFilter[len(w)][w[len(w)-1]] && !numbers.NeedsFold(w)) {
		return t, j // cannot be in the table: skip the map lookup
	}
	if len(w) <= len(buf) {
		k := numbers.AppendFold(buf[:0], w)
		if e, ok := finderLex[string(k)]; ok {
			t.lex = e
			t.key = e.key
		} else if e := joinedNumber(w); e != nil {
			t.lex = e
		}
	}
	return t, j
}

func isWordRune(r rune) bool {
	if r >= 0x0621 && r <= 0x06FF { // the Arabic block, where Persian lives
		switch {
		case r >= 0x0660 && r <= 0x066D, r >= 0x06F0 && r <= 0x06F9: // digits, ٪ ٫ ٬ ٭
			return false
		case r == 0x06D4, r == 0x06DD, r == 0x06DE, r == 0x06E9, r == 0x06FD, r == 0x06FE:
			return false
		}
		return true
	}
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// decode is utf8.DecodeRuneInString with a fast path for the two-byte
// sequences of Persian letters.
func decode(s string) (rune, int) {
	if len(s) >= 2 {
		c, c1 := s[0], s[1]
		if c >= 0xC2 && c < 0xE0 && c1&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c1&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s)
}

// scanDigits returns the end of the digit run starting at i.
func scanDigits(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if numbers.DigitValue(r) >= 0 {
			j += size
			continue
		}
		switch r {
		case ',', '.', '\u066B', '\u066C', '\'', '\u2019', '/', '-', ':', '\u060C', '\u061B':
			if r == '\u060C' { // Arabic comma: never inside a number
				return j
			}
			if j+size < len(text) {
				if r2, _ := utf8.DecodeRuneInString(text[j+size:]); numbers.DigitValue(r2) >= 0 {
					j += size
					continue
				}
			}
		}
		return j
	}
	return j
}

// appendDigits appends the digit run text[i:j]. A run with / - or : that
// is neither a numeric date (1400/11/14) nor a time (10:30) is split there
// into numbers and punctuation, so that ۱۰-۲۰ is two numbers.
func appendDigits(toks []token, text string, i, j int) []token {
	s := text[i:j]
	if !hasDateSep(s) {
		if _, _, ok := numbers.ParseDigits(s); ok {
			return append(toks, token{start: i, end: j, kind: tDigits, key: s})
		}
	} else if _, ok := parseNumericDate(s); ok {
		return append(toks, token{start: i, end: j, kind: tDigits, key: s})
	} else if _, _, _, ok := parseClock(s); ok {
		return append(toks, token{start: i, end: j, kind: tDigits, key: s})
	}
	// split at / - : (۱۰-۲۰), then, for a part that is still not a number,
	// at every separator (1,2 → 1 , 2)
	if hasDateSep(s) {
		k := i
		for p := i; p < j; p++ {
			if c := text[p]; c == '/' || c == '-' || c == ':' {
				if p > k {
					toks = appendDigits(toks, text, k, p)
				}
				toks = append(toks, token{start: p, end: p + 1, kind: tPunct, key: text[p : p+1]})
				k = p + 1
			}
		}
		if j > k {
			toks = appendDigits(toks, text, k, j)
		}
		return toks
	}
	k := i
	for p := i; p < j; {
		r, size := utf8.DecodeRuneInString(text[p:])
		if numbers.DigitValue(r) < 0 {
			if p > k {
				toks = append(toks, token{start: k, end: p, kind: tDigits, key: text[k:p]})
			}
			toks = append(toks, token{start: p, end: p + size, kind: tPunct, key: text[p : p+size]})
			k = p + size
		}
		p += size
	}
	if j > k {
		toks = append(toks, token{start: k, end: j, kind: tDigits, key: text[k:j]})
	}
	return toks
}

func hasDateSep(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '/' || c == '-' || c == ':' {
			return true
		}
	}
	return false
}

// joinedLex marks a word made of number words joined by ZWNJ.
var joinedLex = &lexInfo{num: true, starts: true}

// joinedNumber returns joinedLex if w is number words joined by ZWNJ
// (بیست‌وپنج, سه‌چهارم), else nil.
func joinedNumber(w string) *lexInfo {
	i := strings.Index(w, "\u200c")
	if i <= 0 {
		return nil
	}
	if e, ok := finderLex[numbers.Fold(w[:i])]; !ok || !e.num {
		return nil
	}
	if _, ok := numbers.Parse(w); !ok {
		return nil
	}
	return joinedLex
}

// lexFilter[n][b] is true if some word of the finder's table has n bytes
// and ends with byte b: most words of a text are not in the table, and
// this rules them out before hashing.
var lexFilter = func() (f [65][256]bool) {
	for k := range finderLex {
		if len(k) > 0 && len(k) <= 64 {
			f[len(k)][k[len(k)-1]] = true
		}
	}
	return f
}()
