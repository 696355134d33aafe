package dates

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/numbers"
)

// Finder finds date, time, duration, number, money and percentage
// expressions in text. Partial dates (۱۴ بهمن) take the year that puts them
// nearest the reference date, and relative ones (دیروز, سه روز پیش,
// هفته آینده) count from it; a weekday alone (جمعه) is the nearest such day,
// at most three days away (جمعه گذشته, جمعه آینده: the one before or after);
// weeks run from Saturday to Friday. A Finder keeps buffers between calls: it is
// not safe for concurrent use; use one per goroutine.
type Finder struct {
	hasRef bool
	refJDN int
	toks   []token
	words  []string
	text   string
	// the last number phrase read, by token index: several patterns ask
	// for the same one
	numAt   int
	numN    numbers.Number
	numUsed int
}

// NewFinder returns a Finder that resolves partial and relative dates
// against the calendar day of ref (in ref's location). With a zero ref,
// relative dates are not resolved and partial dates keep no year.
func NewFinder(ref time.Time) *Finder {
	f := &Finder{}
	if !ref.IsZero() {
		y, m, d := ref.Date()
		f.hasRef = true
		f.refJDN = gregorianToJDN(y, int(m), d)
	}
	return f
}

// Find returns the expressions of text, in text order, not overlapping,
// each with its byte span into text. It never fails: text that holds no
// expression, or invalid UTF-8, gives none.
func Find(text string, ref time.Time) []Expr {
	return NewFinder(ref).Find(text)
}

// Find returns the expressions of text (see the package function Find).
func (f *Finder) Find(text string) []Expr {
	return f.AppendFind(nil, text)
}

// AppendFind appends the expressions of text to out and returns it.
func (f *Finder) AppendFind(out []Expr, text string) []Expr {
	f.text = text
	f.numAt = -1
	f.toks = tokenize(text, f.toks[:0])
	if cap(f.words) < len(f.toks) {
		f.words = make([]string, len(f.toks), cap(f.toks))
	}
	f.words = f.words[:len(f.toks)]
	for i := range f.toks {
		f.words[i] = text[f.toks[i].start:f.toks[i].end]
	}
	for i := 0; i < len(f.toks); {
		if e, next, ok := f.match(i); ok {
			e.Span = Span{f.toks[i].start, f.toks[next-1].end}
			e.Text = text[e.Span.Start:e.Span.End]
			out = append(out, e)
			i = next
			continue
		}
		i++
	}
	f.text = ""
	clear(f.words)
	return out
}

// tok returns token i, or an empty token past the end.
func (f *Finder) tok(i int) *token {
	if i >= 0 && i < len(f.toks) {
		return &f.toks[i]
	}
	return &token{}
}

// lex returns the table entry of token i, or an empty one.
func (f *Finder) lex(i int) *lexInfo {
	if i < len(f.toks) && f.toks[i].lex != nil {
		return f.toks[i].lex
	}
	return &noLex
}

var noLex lexInfo

// isWord reports whether token i is the word with folded form w.
func (f *Finder) isWord(i int, w string) bool {
	return i >= 0 && i < len(f.toks) && f.toks[i].kind == tWord && f.toks[i].key == w
}

func (f *Finder) isPunct(i int, chars string) bool {
	return i < len(f.toks) && f.toks[i].kind == tPunct && strings.Contains(chars, f.toks[i].key)
}

// match tries every pattern at token i.
func (f *Finder) match(i int) (Expr, int, bool) {
	t := &f.toks[i]
	switch t.kind {
	case tWord:
		if t.lex == nil || !t.lex.starts {
			return Expr{}, 0, false
		}
	case tPunct:
		return f.matchSymbol(i)
	}
	if e, n, ok := f.matchRelative(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchWeekday(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchDate(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchYear(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchDecade(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchCentury(i); ok {
		return e, n, true
	}
	if e, n, ok := f.matchTime(i); ok {
		return e, n, true
	}
	return f.matchNumber(i)
}

// number reads a number phrase at token i.
func (f *Finder) number(i int) (numbers.Number, int) {
	if i >= len(f.toks) {
		return numbers.Number{}, 0
	}
	t := &f.toks[i]
	if t.kind == tWord && (t.lex == nil || !t.lex.num || t.key == "و" || t.key == "ام" || t.key == "امین") {
		return numbers.Number{}, 0
	}
	if t.kind == tPunct {
		return numbers.Number{}, 0
	}
	if t.kind == tDigits && hasDateSep(t.key) {
		return numbers.Number{}, 0
	}
	if i == f.numAt {
		return f.numN, f.numUsed
	}
	end := len(f.words)
	if end > i+40 {
		end = i + 40
	}
	var n numbers.Number
	var used int
	if f.slashDecimal(i) {
		// ۱۲/۵ درصد, ۲/۵ میلیون: the slash typed as a decimal point
		words := append([]string{f.words[i] + "." + f.words[i+2]}, f.words[i+3:end]...)
		if n, used = numbers.ParseTokens(words); used > 0 {
			used += 2
		}
	} else {
		n, used = numbers.ParseTokens(f.words[i:end])
	}
	f.numAt, f.numN, f.numUsed = i, n, used
	return n, used
}

// slashDecimal reports whether tokens i, i+1, i+2 are Persian digits, a
// slash and one or two digits, written together and followed by درصد, a
// currency or a scale word: then the slash is a decimal point.
func (f *Finder) slashDecimal(i int) bool {
	if i+3 >= len(f.toks) {
		return false
	}
	a, sl, b := &f.toks[i], &f.toks[i+1], &f.toks[i+2]
	if sl.key != "/" || sl.start != a.end || b.start != sl.end || b.kind != tDigits ||
		utf8.RuneCountInString(b.key) > 2 || !persianDigits(a.key) || !persianDigits(b.key) {
		return false
	}
	l := f.lex(i + 3)
	return l.percent || l.currency != "" || l.num && numbers.IsNumberWord(f.words[i+3]) && isScaleWord(l.key)
}

func isScaleWord(k string) bool {
	return k == "هزار" || k == "میلیون" || k == "میلیارد" || k == "تریلیون"
}

// persianDigits reports whether s is made of Persian or Arabic-Indic digits.
func persianDigits(s string) bool {
	for _, r := range s {
		if !(r >= 0x06F0 && r <= 0x06F9 || r >= 0x0660 && r <= 0x0669) {
			return false
		}
	}
	return s != ""
}

// intValue reports whether n is a whole number and returns it.
func intValue(n numbers.Number) (int, bool) {
	if n.Value != math.Trunc(n.Value) || n.Value < 0 || n.Value > 1e9 || n.Kind == numbers.Fraction {
		return 0, false
	}
	return int(n.Value), true
}
