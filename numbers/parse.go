package numbers

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind tells what sort of number a phrase is.
type Kind uint8

// Kinds of numbers.
const (
	Cardinal Kind = iota // بیست و پنج, ۱٬۲۰۰, ۲ میلیون, ۱۲٫۵
	Ordinal              // بیستم, بیستمین, دوم, نخست, ۲۰ام
	Fraction             // یک سوم, سه چهارم, نیم
)

// String returns "cardinal", "ordinal" or "fraction".
func (k Kind) String() string {
	switch k {
	case Ordinal:
		return "ordinal"
	case Fraction:
		return "fraction"
	}
	return "cardinal"
}

// Number is the value of a number phrase.
type Number struct {
	Value float64
	Kind  Kind
	// Prenominal is true for ordinals in the -ین form (بیستمین).
	Prenominal bool
	// Words is true when the phrase holds at least one number word (it is
	// not digits only).
	Words bool
	// Decimal is Value written as a plain decimal number (no exponent);
	// for digits it keeps every digit written, even beyond float64 precision.
	Decimal string
}

// Parse reads all of s as one number phrase: number words, digits of any
// script, or both (بیست و پنج, ۲ میلیون, دو و نیم میلیون, ۱۲٫۵, ۱٬۲۰۰,
// بیستمین, یک سوم, منفی سه, دوازده ممیز پنج). Letters may be Arabic or
// Persian and words may be joined by ZWNJ. It reports false if s is not
// entirely one number.
func Parse(s string) (Number, bool) {
	toks := SplitTokens(s)
	if len(toks) == 0 {
		return Number{}, false
	}
	n, used := ParseTokens(toks)
	if used != len(toks) {
		return Number{}, false
	}
	return n, true
}

// SplitTokens splits s into the tokens ParseTokens expects: runs of
// letters (with ZWNJ inside) and runs of digits (with their separators),
// split where letters meet digits; spaces and punctuation are dropped.
func SplitTokens(s string) []string {
	var out []string
	start, cls := -1, 0
	flush := func(i int) {
		if start >= 0 {
			out = append(out, s[start:i])
		}
		start, cls = -1, 0
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		c := 0
		switch {
		case DigitValue(r) >= 0:
			c = 2
		case unicode.IsLetter(r) || unicode.IsMark(r) || r == '\u200c' && cls == 1:
			c = 1
		case cls == 2 && isNumSep(r) && i+size < len(s):
			if r2, _ := utf8.DecodeRuneInString(s[i+size:]); DigitValue(r2) >= 0 {
				c = 2
			}
		}
		if c != cls {
			flush(i)
			if c != 0 {
				start, cls = i, c
			}
		}
		i += size
	}
	flush(len(s))
	return out
}

// isNumSep reports whether r may stand between two digits of one number.
func isNumSep(r rune) bool {
	switch r {
	case ',', '.', '\u066B', '\u066C', '\'', '\u2019', '\u061B':
		return true
	}
	return false
}

// ParseDigits reads a run of digits of any script with optional grouping
// (٬ , ' ’) and one decimal separator (٫ .): ۱٬۲۰۰ → 1200, ۱۲٫۵ → 12.5,
// 1,234.5 → 1234.5. It returns the value, the canonical decimal string and
// whether s was a well-formed number.
func ParseDigits(s string) (float64, string, bool) {
	var b []byte
	var stack [32]byte
	b = stack[:0]
	point := -1
	grouped := false
	groupLen := -1 // digits since the last grouping separator; -1 before any
	digits := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if v := DigitValue(r); v >= 0 {
			b = append(b, byte('0'+v))
			digits++
			if groupLen >= 0 {
				groupLen++
			}
			continue
		}
		switch r {
		case '\u066B', '.':
			if point >= 0 || digits == 0 || (grouped && groupLen != 3) {
				return 0, "", false
			}
			point = len(b)
			b = append(b, '.')
			groupLen = -1
		case '\u066C', ',', '\'', '\u2019', '\u061B': // ؛ between digits: a grouping mark in some texts
			if point >= 0 || digits == 0 || (grouped && groupLen != 3) || (!grouped && digits > 3) {
				return 0, "", false
			}
			grouped = true
			groupLen = 0
		default:
			return 0, "", false
		}
	}
	if digits == 0 || (grouped && point < 0 && groupLen != 3) || b[len(b)-1] == '.' {
		return 0, "", false
	}
	// canonical form: no leading zeros in the integer part, no trailing
	// zeros in the fraction.
	intEnd := len(b)
	if point >= 0 {
		intEnd = point
	}
	k := 0
	for k < intEnd-1 && b[k] == '0' {
		k++
	}
	b = b[k:]
	if point >= 0 {
		b = []byte(strings.TrimRight(string(b), "0"))
		b = []byte(strings.TrimSuffix(string(b), "."))
	}
	dec := string(b)
	v, err := strconv.ParseFloat(dec, 64)
	if err != nil && !math.IsInf(v, 0) {
		return 0, "", false
	}
	return v, dec, true
}

// atom is one number word or digit run, with the token it came from.
type atom struct {
	word
	tok  int    // index of its token
	last bool   // last atom of its token
	dec  string // kDigits: canonical decimal
}

// maxAtoms bounds the look-ahead of ParseTokens: no number phrase is longer.
const maxAtoms = 48

// ParseTokens reads the longest number phrase at the start of toks (tokens
// as SplitTokens makes them, or as a tokenizer gives them: words may hold
// ZWNJ) and returns its value and the number of tokens it used; 0 if toks
// does not start with a number. A word joined with ZWNJ (بیست‌وپنج) counts
// as one token.
func ParseTokens(toks []string) (Number, int) {
	var stack [maxAtoms]atom
	atoms := stack[:0]
	for ti, t := range toks {
		n0 := len(atoms)
		atoms = appendAtoms(atoms, t, ti)
		if len(atoms) == n0 || len(atoms) >= maxAtoms-4 {
			break
		}
	}
	if len(atoms) == 0 {
		return Number{}, 0
	}
	p := parseAtoms(atoms)
	if p.used == 0 {
		return Number{}, 0
	}
	return p.num, atoms[p.used-1].tok + 1
}

// appendAtoms appends the atoms of token t, or nothing if t is not
// entirely made of number words or digits.
func appendAtoms(atoms []atom, t string, ti int) []atom {
	if t == "" {
		return atoms
	}
	if r, _ := utf8.DecodeRuneInString(t); DigitValue(r) >= 0 {
		v, dec, ok := ParseDigits(t)
		if !ok {
			return atoms
		}
		return append(atoms, atom{word: word{kind: kDigits, val: v, mag: 1}, tok: ti, last: true, dec: dec})
	}
	var buf [64]byte
	if len(t) <= len(buf) {
		key := AppendFold(buf[:0], t)
		if e, ok := lexicon[string(key)]; ok {
			return append(atoms, atom{word: e, tok: ti, last: true})
		}
	} else {
		return atoms
	}
	// A word joined with ZWNJ: بیست‌وپنج, بیست‌و‌پنجم, سه‌چهارم.
	if !strings.Contains(t, "\u200c") {
		return atoms
	}
	n0 := len(atoms)
	for part := range strings.SplitSeq(t, "\u200c") {
		e, ok := lexicon[Fold(part)]
		if !ok {
			// پنج‌م? accept "و" glued to the next word: وپنج
			if strings.HasPrefix(part, "و") {
				if e2, ok2 := lexicon[Fold(part[len("و"):])]; ok2 && len(atoms) > n0 {
					atoms = append(atoms, atom{word: word{kind: kAnd}, tok: ti}, atom{word: e2, tok: ti})
					continue
				}
			}
			return atoms[:n0]
		}
		if len(atoms) >= maxAtoms-2 {
			return atoms[:n0]
		}
		atoms = append(atoms, atom{word: e, tok: ti})
	}
	atoms[len(atoms)-1].last = true
	return atoms
}

// result is the longest accepted parse.
type result struct {
	num  Number
	used int // atoms used
}

// parseAtoms runs the number grammar over atoms and keeps the longest
// prefix that ends a token and forms a number.
func parseAtoms(atoms []atom) result {
	var (
		best       result
		sign       = 1.0
		total      float64
		group      float64
		lastScale  float64
		slot       int // place of the last word in group: 100, 10, 1; 0 if group is empty; -1 if closed
		afterAnd   bool
		prevScale  bool
		started    bool
		words      bool
		onlyDigits string
	)
	accept := func(i int, kind Kind, pren bool, v float64) {
		if !atoms[i].last {
			return
		}
		if v != math.Trunc(v) {
			// 1.1 × 10⁶ is 1100000.0000000002 in binary: keep 15 significant digits
			v, _ = strconv.ParseFloat(strconv.FormatFloat(v, 'g', 15, 64), 64)
		}
		n := Number{Value: sign * v, Kind: kind, Prenominal: pren, Words: words}
		if onlyDigits != "" && !words {
			n.Decimal = onlyDigits
			if sign < 0 {
				n.Decimal = "-" + onlyDigits
			}
		} else {
			n.Decimal = strconv.FormatFloat(n.Value, 'f', -1, 64)
		}
		best = result{num: n, used: i + 1}
	}
	for i := 0; i < len(atoms); i++ {
		a := atoms[i]
		if a.kind != kDigits && a.kind != kAnd {
			words = true
		}
		switch a.kind {
		case kNeg:
			if started || sign < 0 {
				return best
			}
			sign = -1
			continue
		case kAnd:
			if !started || afterAnd {
				return best
			}
			afterAnd = true
			continue
		case kCard, kDigits:
			if !fits(started, afterAnd, group, slot, lastScale, a) {
				return best
			}
			if a.kind == kCard && a.val == 0 {
				if started {
					return best
				}
				slot = -1
			} else if a.kind == kDigits {
				slot = -1
				if !started {
					onlyDigits = a.dec
				}
			} else {
				slot = a.mag
			}
			group += a.val
			started, afterAnd, prevScale = true, false, false
			accept(i, Cardinal, false, total+group)
		case kScale:
			s := a.val
			switch {
			case afterAnd:
				if group != 0 || lastScale <= s {
					return best
				}
				total += s
				lastScale = s
			case group == 0 && !started:
				total, lastScale = s, s
			case group == 0 && prevScale:
				if s <= lastScale || total >= s {
					return best
				}
				total *= s
				lastScale *= s
			case group == 0:
				return best
			case lastScale == 0 || s < lastScale:
				total += group * s
				lastScale = s
			case total+group < s:
				total = (total + group) * s
				lastScale *= s
			default:
				return best
			}
			group, slot = 0, 0
			started, afterAnd, prevScale = true, false, true
			accept(i, Cardinal, false, total)
		case kHalf:
			switch {
			case !started:
				group = a.val
			case afterAnd && group > 0 && slot != 0:
				group += a.val
			case afterAnd && group == 0 && lastScale > 0:
				total += a.val * lastScale
			case !afterAnd && group > 0 && slot > 0 && !prevScale && a.val == 0.25:
				group *= a.val // سه ربع
			default:
				return best
			}
			slot = -1
			started, afterAnd, prevScale = true, false, false
			accept(i, Cardinal, false, total+group)
		case kOrd:
			switch {
			case !started || afterAnd:
				if a.mag == 1000 {
					if afterAnd {
						return best
					}
					// هزارم alone: thousandth
					accept(i, Ordinal, a.pren, a.val)
					return best
				}
				if started && !fits(started, afterAnd, group, slot, lastScale, atom{word: word{kind: kCard, val: a.val, mag: a.mag}}) {
					return best
				}
				started = true
				accept(i, Ordinal, a.pren, total+group+a.val)
				return best
			case group > 0 && !prevScale && a.mag == 1000 && (a.pren || total > 0):
				// دو هزارمین, دو میلیون و پانصد هزارم
				switch {
				case lastScale == 0 || a.val < lastScale:
					accept(i, Ordinal, a.pren, total+group*a.val)
				case total+group < a.val:
					accept(i, Ordinal, a.pren, (total+group)*a.val)
				}
				return best
			case group > 0 && !prevScale && !a.pren && a.val >= 2 && total == 0 && group == math.Trunc(group):
				accept(i, Fraction, false, group/a.val) // یک سوم, سه چهارم
				return best
			case prevScale && a.mag == 1000 && a.pren && total < a.val:
				accept(i, Ordinal, true, total*a.val) // هزار میلیونمین
				return best
			}
			return best
		case kOrdSuf:
			if !started || afterAnd || (!atoms[i-1].last && false) {
				return best
			}
			accept(i, Ordinal, a.pren, total+group)
			return best
		case kPoint:
			if !started || afterAnd || group != math.Trunc(group) {
				return best
			}
			frac, n := parseFraction(atoms[i+1:])
			if n == 0 {
				return best
			}
			accept(i+n, Cardinal, false, total+group+frac)
			return best
		default:
			return best
		}
	}
	return best
}

// fits reports whether a cardinal word or digit run a may come next.
func fits(started, afterAnd bool, group float64, slot int, lastScale float64, a atom) bool {
	if !started {
		return true
	}
	if !afterAnd {
		return false
	}
	if group == 0 {
		return lastScale > 0 && a.val < lastScale
	}
	if a.kind == kDigits {
		return false
	}
	switch slot {
	case 100:
		return a.val < 100 && a.val > 0
	case 10:
		return a.mag == 1 && a.val < 10 && a.val > 0
	}
	return false
}

// parseFraction reads the words after ممیز: leading صفر words are leading
// zeros, then an integer phrase. It returns the fraction and atoms used.
func parseFraction(atoms []atom) (float64, int) {
	// digit by digit, as ICU's spell-out writes it: سه ممیز یک چهار
	n := 0
	for n < len(atoms) && atoms[n].kind == kCard && atoms[n].mag == 1 && atoms[n].val < 10 && atoms[n].last {
		n++
	}
	if n >= 2 && (n == len(atoms) || atoms[n].kind != kAnd && atoms[n].kind != kScale) {
		f, scale := 0.0, 1.0
		for _, a := range atoms[:n] {
			scale /= 10
			f += a.val * scale
		}
		return f, n
	}
	zeros := 0
	for zeros < len(atoms) && atoms[zeros].kind == kCard && atoms[zeros].val == 0 && atoms[zeros].last {
		zeros++
	}
	rest := atoms[zeros:]
	var p result
	if len(rest) > 0 && rest[0].kind != kNeg && rest[0].kind != kPoint {
		p = parseAtoms(rest)
	}
	if p.used == 0 || p.num.Kind != Cardinal || p.num.Value != math.Trunc(p.num.Value) || p.num.Value < 0 {
		if zeros > 0 {
			return 0, zeros
		}
		return 0, 0
	}
	d := len(strconv.FormatFloat(p.num.Value, 'f', 0, 64)) + zeros
	return p.num.Value / math.Pow(10, float64(d)), zeros + p.used
}
