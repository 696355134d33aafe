package normalize

import "unicode/utf8"

// text applies the token-level steps to the letter-step buffer in, writing
// the result into st.out.
func (n *Normalizer) text(st *state, in *buffer) {
	o := n.opts
	st.toks = scan(in.b, st.toks[:0], o.CleanZWNJ)
	toks := st.toks
	out := &st.out
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case tkWord:
			i = n.wordGroup(st, in, i) - 1
		case tkDrop:
		case tkSpace:
			if !o.Punctuation {
				copySpaces(out, in, t)
				continue
			}
			prev, next := kindAt(toks, i-1), kindAt(toks, i+1)
			switch {
			case next == tkNewline || i == len(toks)-1:
				// trailing spaces of a line
			case next == tkPunct && closing(runeAt(in.b, toks[i+1].s)) && i > 0 && prev != tkNewline && prev != tkSpace &&
				!(prev == tkNumber && gluesNumber(in.b, toks, i+1)):
				// space before closing punctuation, unless dropping it would
				// make one number of two (۰ .۵ is not ۰.۵)
			case prev == tkPunct && opening(runeAt(in.b, toks[i-1].s)) && next != tkNewline:
				// space after an opening bracket or quote
			case t.e-t.s == 1 && in.b[t.s] == ' ':
				out.copyFrom(in, t.s, t.e)
			default:
				out.add(" ", in.src(t.s))
			}
		case tkPunct:
			n.punct(st, in, i)
		case tkNumber:
			n.number(out, in, t)
		default:
			out.copyFrom(in, t.s, t.e)
		}
	}
}

// gluesNumber reports whether the punctuation token toks[j] is a mark that
// can stand inside a number (. , : / ٫ ٬) with a number right after it.
func gluesNumber(b []byte, toks []token, j int) bool {
	if j+1 >= len(toks) || toks[j+1].kind != tkNumber || toks[j+1].s != toks[j].e {
		return false
	}
	r := runeAt(b, toks[j].s)
	return connector(r) || r == '٫' || r == '٬'
}

// copySpaces copies a space token, leaving out the ZWNJs scan put in it.
func copySpaces(out, in *buffer, t token) {
	for k := t.s; k < t.e; k++ {
		if c := in.b[k]; c == ' ' || c == '\t' {
			out.copyFrom(in, k, k+1)
		}
	}
}

func kindAt(toks []token, i int) tokenKind {
	if i < 0 || i >= len(toks) {
		return tkNewline
	}
	return toks[i].kind
}

func runeAt(b []byte, i int) rune {
	r, _ := utf8.DecodeRune(b[i:])
	return r
}

// closing reports whether a space before r is wrong.
func closing(r rune) bool {
	switch r {
	case '.', '،', '؛', ':', '!', '؟', '?', ',', ';', ')', ']', '}', '»', '…':
		return true
	}
	return false
}

// sentencePunct reports whether a word right after r needs a space.
func sentencePunct(r rune) bool {
	switch r {
	case '.', '،', '؛', ':', '!', '؟', '?', ')', ']', '}', '»', '…':
		return true
	}
	return false
}

func opening(r rune) bool { return r == '(' || r == '[' || r == '{' || r == '«' }

// persianPunct gives the Persian form of Latin punctuation written after a
// Persian word.
func persianPunct(r rune) (rune, bool) {
	switch r {
	case ',':
		return '،', true
	case ';':
		return '؛', true
	case '?':
		return '؟', true
	}
	return 0, false
}

// punct writes the punctuation token toks[i] with its spacing.
func (n *Normalizer) punct(st *state, in *buffer, i int) {
	toks, out := st.toks, &st.out
	t := toks[i]
	r := runeAt(in.b, t.s)
	if !n.opts.Punctuation {
		out.copyFrom(in, t.s, t.e)
		return
	}
	prevWord := i > 0 && toks[i-1].kind == tkWord
	if opening(r) && prevWord {
		out.add(" ", in.src(t.s))
	}
	if p, ok := persianPunct(r); ok && lastWordBefore(toks, i) {
		out.addRune(p, in.src(t.s))
		r = p
	} else {
		out.copyFrom(in, t.s, t.e)
	}
	if sentencePunct(r) && i+1 < len(toks) && (toks[i+1].kind == tkWord || toks[i+1].kind == tkPunct && opening(runeAt(in.b, toks[i+1].s))) {
		// No space inside abbreviations such as ه.ش (one letter on each side).
		if r == '.' && prevWord && oneLetter(in.b, toks[i-1]) && oneLetter(in.b, toks[i+1]) {
			return
		}
		out.add(" ", in.src(toks[i+1].s))
	}
}

// lastWordBefore reports whether the nearest token before i, spaces aside,
// is a Persian word.
func lastWordBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch toks[j].kind {
		case tkSpace:
			continue
		case tkWord:
			return true
		}
		return false
	}
	return false
}

func oneLetter(b []byte, t token) bool {
	_, size := utf8.DecodeRune(b[t.s:t.e])
	return t.kind == tkWord && size == t.e-t.s
}

// number writes a number token in the chosen digit script, turning the
// separators into that script's decimal and thousands marks.
func (n *Normalizer) number(out *buffer, in *buffer, t token) {
	style := n.opts.Digits
	if style == DigitsKeep {
		out.copyFrom(in, t.s, t.e)
		return
	}
	b := in.b[t.s:t.e]
	dots := 0
	for _, c := range b {
		if c == '.' {
			dots++
		}
	}
	for j := 0; j < len(b); {
		r, size := utf8.DecodeRune(b[j:])
		src := in.src(t.s + j)
		if v := digitValue(r); v >= 0 {
			if style == DigitsPersian {
				out.addRune('۰'+rune(v), src)
			} else {
				out.addRune('0'+rune(v), src)
			}
			j += size
			continue
		}
		switch {
		case style == DigitsPersian && r == '.' && dots == 1:
			r = '٫'
		case style == DigitsPersian && r == ',' && thousandsGroup(b[j+size:]):
			r = '٬'
		case style == DigitsLatin && r == '٫':
			r = '.'
		case style == DigitsLatin && r == '٬':
			r = ','
		}
		out.addRune(r, src)
		j += size
	}
}

// thousandsGroup reports whether b starts with exactly three digits.
func thousandsGroup(b []byte) bool {
	count := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if digitValue(r) < 0 {
			break
		}
		count++
		b = b[size:]
	}
	return count == 3
}
