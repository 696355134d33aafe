package tokenize

import "strings"

// isStop reports whether tok ends a sentence: . ! ? ؟ … and runs of them.
func isStop(tok string) bool {
	switch tok {
	case ".", "!", "?", "؟", "…":
		return true
	}
	return false
}

// isCloser reports whether tok closes a quotation or bracket and so stays
// with the sentence stop before it (.» or !").
func isCloser(tok string) bool {
	switch tok {
	case "»", "\"", "”", "’", "'", ")", "]", "}", "›":
		return true
	}
	return false
}

// sentences groups toks into sentences.
func (t *Tokenizer) sentences(s string, toks []Token) []Sentence {
	var out []Sentence
	start := 0
	emit := func(end int) {
		if end > start {
			ts := toks[start:end:end]
			out = append(out, Sentence{Span: Span{ts[0].Span.Start, ts[len(ts)-1].Span.End}, Tokens: ts})
		}
		start = end
	}
	for i := 0; i < len(toks); i++ {
		if i > start {
			if gap := s[toks[i-1].Span.End:toks[i].Span.Start]; len(gap) > 1 && t.paragraphBreak(gap) || gap == "\n" && t.opt.LineBreaks {
				emit(i)
			}
		}
		if toks[i].Text == ":" && isDateline(toks[start:i]) {
			emit(i + 1) // لندن - ایرنا: a news dateline is a sentence of its own
			continue
		}
		if !isStop(toks[i].Text) || isListMarker(toks, start, i) || toks[i].Text == "." && i > start && latinTitle(toks[i-1].Text) {
			continue
		}
		// Take the whole run of stops and the closers glued to it.
		j := i + 1
		for j < len(toks) && toks[j].Span.Start == toks[j-1].Span.End && (isStop(toks[j].Text) || isCloser(toks[j].Text)) {
			j++
		}
		// A quotation mark after a space still closes a quotation left open.
		if j < len(toks) && (toks[j].Text == "\"" || toks[j].Text == "»" || toks[j].Text == "”") && openQuote(toks[start:j], toks[j].Text) {
			j++
		}
		if j < len(toks) && !boundaryBefore(s, toks[j-1], toks[j]) {
			i = j - 1
			continue
		}
		emit(j)
		i = j - 1
	}
	emit(len(toks))
	return out
}

// paragraphBreak reports whether the white space gap between two tokens
// ends a sentence: a blank line always does, a single newline only with
// Options.LineBreaks.
func (t *Tokenizer) paragraphBreak(gap string) bool {
	k := strings.IndexByte(gap, '\n')
	if k < 0 {
		return strings.Contains(gap, "\u2029") || strings.Contains(gap, "\u2028") && t.opt.LineBreaks
	}
	return t.opt.LineBreaks || strings.IndexByte(gap[k+1:], '\n') >= 0
}

// boundaryBefore reports whether a sentence may start at next after the stop
// run ending with last: the stop must be followed by space, and what follows
// must not be a lowercase Latin letter or a digit glued to it.
func boundaryBefore(s string, last, next Token) bool {
	if next.Span.Start == last.Span.End {
		// No space after the stop: only a new Persian word starts a sentence.
		r, _ := decode(next.Text, 0)
		return r >= 0x600 && r < 0x700 && classOf(r) == clWord
	}
	r, _ := decode(next.Text, 0)
	if r >= 'a' && r <= 'z' {
		return false
	}
	return true
}

// isDateline reports whether the tokens before a colon open a news item:
// a place, a dash and an agency (تهران - ایرنا, لندن - واحد مرکزی خبر).
func isDateline(toks []Token) bool {
	if len(toks) < 3 || len(toks) > 6 {
		return false
	}
	for _, t := range toks[1 : len(toks)-1] {
		if t.Text == "-" || t.Text == "–" {
			return true
		}
	}
	return false
}

// isListMarker reports whether the dot at toks[i] closes a list number (۱.
// or 2.) that opens the sentence or follows a colon, rather than a sentence.
func isListMarker(toks []Token, start, i int) bool {
	if toks[i].Text != "." || i == start || toks[i-1].Span.End != toks[i].Span.Start {
		return false
	}
	k, ok := listNumber(toks[i-1].Text)
	if !ok {
		return false
	}
	if i-1 == start || toks[i-2].Text == ":" {
		return true
	}
	// The next item of a list opened in this sentence: ... 1. نصب 2. اجرا
	for j := start; j+1 < i-1; j++ {
		if p, ok := listNumber(toks[j].Text); ok && p == k-1 && toks[j+1].Text == "." && toks[j+1].Span.Start == toks[j].Span.End {
			return true
		}
	}
	return false
}

// listNumber reads a one- or two-digit number in any script.
func listNumber(s string) (int, bool) {
	n, digits := 0, 0
	for _, r := range s {
		d := digitValue(r)
		if d < 0 {
			return 0, false
		}
		n = n*10 + d
		digits++
	}
	return n, digits > 0 && digits <= 2
}

func digitValue(r rune) int {
	for _, zero := range []rune{'0', '٠', '۰'} {
		if r >= zero && r <= zero+9 {
			return int(r - zero)
		}
	}
	return -1
}

// latinTitle reports whether w is a Latin abbreviation that a dot follows
// inside a sentence (Dr. Smith).
func latinTitle(w string) bool {
	switch w {
	case "Dr", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "vs", "etc", "Inc", "Ltd", "Co", "No", "Fig", "fig", "e.g", "i.e":
		return true
	}
	return false
}

// openQuote reports whether the tokens leave a quotation opened by the
// counterpart of closer unclosed.
func openQuote(toks []Token, closer string) bool {
	n := 0
	for _, t := range toks {
		switch {
		case closer == "\"" && t.Text == "\"":
			n ^= 1
		case closer == "»" && t.Text == "«", closer == "”" && t.Text == "“":
			n++
		case closer == "»" && t.Text == "»", closer == "”" && t.Text == "”":
			n--
		}
	}
	return n > 0
}
