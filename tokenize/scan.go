package tokenize

import "strings"

// scan appends the tokens of s to toks.
func scan(s string, toks []Token) []Token {
	i := 0
	for i < len(s) {
		r, n := decode(s, i)
		c := classOf(r)
		if c == clSpace {
			i += n
			continue
		}
		end := 0
		switch c {
		case clWord:
			if r == 'h' || r == 'H' || r == 'w' || r == 'W' {
				end = urlEnd(s, i)
			}
			if end == 0 {
				end = abbrevEnd(s, i)
			}
			if end == 0 {
				end = wordEnd(s, i)
			}
		case clDigit:
			end = wordEnd(s, i)
		case clPunct:
			end = i + n
			if (r == '#' || r == '@') && i+n < len(s) {
				if r2, _ := decode(s, i+n); classOf(r2) == clWord || classOf(r2) == clDigit {
					end = wordEnd(s, i+n)
				}
			}
		default: // symbol
			end = symbolEnd(s, i+n)
		}
		toks = append(toks, Token{Text: s[i:end], Span: Span{i, end}})
		i = end
	}
	return toks
}

// wordEnd returns the end of the word or number starting at i.
func wordEnd(s string, i int) int {
	var prev rune
	for i < len(s) {
		r, n := decode(s, i)
		switch classOf(r) {
		case clWord, clDigit:
			prev = r
			i += n
			continue
		case clPunct, clSymbol:
			if j := joinEnd(s, i, prev, r, n); j > i {
				prev, _ = decode(s, j-1)
				i = j
				if r == '%' || r == '٪' {
					return i
				}
				continue
			}
		}
		return i
	}
	return i
}

// joinEnd decides whether the punctuation r at s[i:i+n], after the word
// character prev, continues the word: decimal and date separators between
// digits, dots, hyphens and @ inside Latin names (CoRoT-7b, a@b.com), and a
// percent sign after a number. It returns the new end, or i when the word
// stops.
func joinEnd(s string, i int, prev, r rune, n int) int {
	if prev == 0 {
		return i
	}
	prevDigit := classOf(prev) == clDigit
	if (r == '%' || r == '٪') && prevDigit {
		return i + n
	}
	if i+n >= len(s) {
		return i
	}
	next, _ := decode(s, i+n)
	nextDigit := classOf(next) == clDigit
	switch r {
	case '.', ',', '٫', '٬', '/', ':':
		if prevDigit && nextDigit {
			return i + n
		}
		if r == '.' && isLatinAlnum(prev) && isLatinAlnum(next) && !(prevDigit && !nextDigit) {
			return i + n
		}
	case '-', '_', '@', '\'', '’', '&':
		if isLatinAlnum(prev) && isLatinAlnum(next) {
			return i + n
		}
	}
	return i
}

// urlEnd returns the end of a URL starting at i, or 0.
func urlEnd(s string, i int) int {
	rest := s[i:]
	p := 0
	switch {
	case hasPrefixFold(rest, "https://"):
		p = 8
	case hasPrefixFold(rest, "http://"):
		p = 7
	case hasPrefixFold(rest, "www."):
		p = 4
	default:
		return 0
	}
	j := i + p
	for j < len(s) {
		r, n := decode(s, j)
		if classOf(r) == clSpace || r == '«' || r == '»' || r == '"' || r == '<' || r == '>' || r == '،' {
			break
		}
		j += n
	}
	// Trailing punctuation belongs to the sentence, not the URL.
	for j > i+p {
		c := s[j-1]
		if strings.IndexByte(".,;:!?)]}'\"", c) >= 0 {
			j--
			continue
		}
		break
	}
	if j <= i+p {
		return 0
	}
	return j
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// abbrevEnd returns the end of an abbreviation or a run of initials starting
// at i: single letters each followed by a dot (م. ، ق.م ، ه.ش. ، U.S.), or 0.
func abbrevEnd(s string, i int) int {
	// Fast path: an abbreviation's first letter is followed by a dot (ق.م)
	// or, for a lone letter, by nothing that continues a word.
	if _, n := decode(s, i); i+n < len(s) && s[i+n] != '.' {
		if r2, _ := decode(s, i+n); classOf(r2) == clWord || classOf(r2) == clDigit {
			return 0
		}
	}
	j := i
	letters := 0
	for {
		r, n := decode(s, j)
		if classOf(r) != clWord || r == zwnj || r == zwj {
			break
		}
		k := j + n
		if k < len(s) {
			// A single letter: the next character must be a dot or end the run.
			r2, _ := decode(s, k)
			if c := classOf(r2); c == clWord || c == clDigit {
				if letters >= 2 {
					return j // D.C.خانم: a word glued after the last dot
				}
				break
			}
		}
		letters++
		if k < len(s) && s[k] == '.' && (k+1 >= len(s) || s[k+1] != '.') {
			j = k + 1
			if j < len(s) {
				if r3, _ := decode(s, j); classOf(r3) == clWord && r3 != zwnj {
					continue
				}
			}
			return j
		}
		if letters > 1 {
			return k // ق.م: the last letter needs no dot
		}
		break
	}
	return 0
}

// symbolEnd extends a symbol (an emoji) over its modifiers and over
// zero-width-joiner sequences.
func symbolEnd(s string, i int) int {
	for i < len(s) {
		r, n := decode(s, i)
		if isModifier(r) {
			i += n
			continue
		}
		if r == zwj && i+n < len(s) {
			if r2, n2 := decode(s, i+n); classOf(r2) == clSymbol {
				i += n + n2
				continue
			}
		}
		break
	}
	return i
}
