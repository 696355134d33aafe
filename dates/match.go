package dates

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/numbers"
)

// ---- years ----

// matchYear reads سال ۲۰۱۴, سال ۹۹, ۱۳۵۷ شمسی, ۲۰۲۲ میلادی, سال ۶۱ هجری.
func (f *Finder) matchYear(i int) (Expr, int, bool) {
	hasSal := f.isWord(i, "سال") || f.isWord(i, "سالهای")
	j := i
	if hasSal {
		j++
	}
	y, k, ok := f.yearAt(j)
	short := false
	if !ok {
		// a year of one to three digits: سال ۹۹ (the reference date's
		// century), سال ۶۱ هجری
		t := f.tok(j)
		if !hasSal || t.kind != tDigits || f.lex(j+1).num || f.lex(j+1).unit != uNone {
			return Expr{}, 0, false
		}
		v, dec, ok2 := numbers.ParseDigits(t.key)
		if !ok2 || len(dec) > 3 || v < 1 || strings.ContainsAny(t.key, ",.'\u066B\u066C\u061B") {
			return Expr{}, 0, false
		}
		y, k, short = int(v), j+1, true
	}
	cal, n, hasMark := f.calMarkAt(k)
	if hasMark {
		k = n
		if f.lex(n-1).hijriW && y < 1300 {
			// a bare هجری before the solar calendar became official
			// (1304 AP) names a lunar year: سال ۶۱ هجری, ۱۰۱۰ هجری
			cal = Hijri
		}
	}
	switch {
	case short && !hasMark:
		if y >= 100 || !f.hasRef {
			return Expr{}, 0, false
		}
		r, _ := FromJDN(Jalali, f.refJDN)
		y += r.Year - r.Year%100
		if y > r.Year+10 {
			y -= 100
		}
		cal = Jalali
	case !hasSal && !hasMark:
		return Expr{}, 0, false
	case !hasMark && y >= 1700:
		cal = Gregorian
	case !hasMark:
		cal = Jalali
	}
	e := Expr{Type: TypeDate}
	if !setYear(&e, cal, y) {
		return Expr{}, 0, false
	}
	// سال‌های ۲۰۱۴ تا ۲۰۱۶, سال ۱۳۹۰ تا ۱۳۹۵: a span of years
	if !short && (f.isWord(k, "تا") || f.isWord(k, "الی") || f.isPunct(k, "-–")) {
		if y2, n, ok := f.yearAt(k + 1); ok && y2 > y && y2-y < 1000 && (y2 >= 1700) == (y >= 1700) {
			if _, m, ok := f.calMarkAt(n); ok {
				n = m
			}
			first, err1 := Date{cal, y, 1, 1}.JDN()
			last, err2 := Date{cal, y2, 12, MonthLength(cal, y2, 12)}.JDN()
			var span Expr
			span.Type = TypeDate
			if err1 == nil && err2 == nil && setInterval(&span, first, last) {
				setOwn(&span, cal, isoYear(y)+"/"+isoYear(y2))
				return span, n, true
			}
		}
	}
	return e, k, true
}

// matchDecade reads دهه ۶۰ (the 1360s), دهه ۱۹۹۰, دهه ۹۰ میلادی, دهه هفتاد.
func (f *Finder) matchDecade(i int) (Expr, int, bool) {
	if !f.isWord(i, "دهه") {
		return Expr{}, 0, false
	}
	n, used := f.number(i + 1)
	y, ok := intValue(n)
	if used == 0 || !ok || n.Kind != numbers.Cardinal || y%10 != 0 || (y >= 100 && y < 1000) || y >= 3000 {
		return Expr{}, 0, false
	}
	k := i + 1 + used
	cal, m, hasMark := f.calMarkAt(k)
	if hasMark {
		k = m
	}
	switch {
	case y >= 1000 && !hasMark:
		cal = Jalali
		if y >= 1700 {
			cal = Gregorian
		}
	case y < 100 && hasMark && cal == Gregorian:
		y += 1900
	case y < 100 && hasMark && cal == Hijri:
		y += 1400
		if y > 1500 {
			y -= 100
		}
	case y < 100:
		cal, y = Jalali, y+1300
	}
	first, err1 := Date{cal, y, 1, 1}.JDN()
	last, err2 := Date{cal, y + 9, 12, MonthLength(cal, y+9, 12)}.JDN()
	e := Expr{Type: TypeDate}
	if err1 != nil || err2 != nil || !setInterval(&e, first, last) {
		return Expr{}, 0, false
	}
	setOwn(&e, cal, isoYear(y)+"/"+isoYear(y+9))
	return e, k, true
}

// matchCentury reads قرن بیستم, قرن ۲۱ میلادی, سده چهاردهم شمسی. Without a
// calendar marker a century from the 16th on is Gregorian, an earlier one
// Jalali (the centuries Iranian writers count in).
func (f *Finder) matchCentury(i int) (Expr, int, bool) {
	if !f.isWord(i, "قرن") && !f.isWord(i, "سده") {
		return Expr{}, 0, false
	}
	n, used := f.number(i + 1)
	c, ok := intValue(n)
	if used == 0 || !ok || c < 1 || c > 30 || n.Kind == numbers.Fraction {
		return Expr{}, 0, false
	}
	k := i + 1 + used
	cal, m, hasMark := f.calMarkAt(k)
	switch {
	case hasMark:
		k = m
	case c >= 16:
		cal = Gregorian
	default:
		cal = Jalali
	}
	y1, y2 := (c-1)*100+1, c*100
	first, err1 := Date{cal, y1, 1, 1}.JDN()
	last, err2 := Date{cal, y2, 12, MonthLength(cal, y2, 12)}.JDN()
	e := Expr{Type: TypeDate}
	if err1 != nil || err2 != nil || !setInterval(&e, first, last) {
		return Expr{}, 0, false
	}
	setOwn(&e, cal, isoYear(y1)+"/"+isoYear(y2))
	return e, k, true
}

// ---- times ----

// matchTime reads ساعت ۱۰ صبح, ساعت ده و نیم, ساعت ۱۴ و ۳۰ دقیقه, ۱۰:۳۰,
// ساعت ۸ شب.
func (f *Finder) matchTime(i int) (Expr, int, bool) {
	hasSaat := f.isWord(i, "ساعت")
	j := i
	if hasSaat {
		j++
	}
	var h, m, s int
	k := j
	if t := f.tok(j); t.kind == tDigits && strings.ContainsRune(t.key, ':') {
		var ok bool
		h, m, s, ok = parseClock(t.key)
		if !ok {
			return Expr{}, 0, false
		}
		k = j + 1
	} else if hasSaat {
		n, used := f.number(j)
		if used == 0 || n.Kind != numbers.Cardinal || n.Value < 0 || n.Value > 24 {
			return Expr{}, 0, false
		}
		k = j + used
		h = int(n.Value)
		m = int((n.Value-float64(h))*60 + 0.5)
		if f.isWord(k, "و") && m == 0 && h == int(n.Value) {
			// ساعت ۱۴ و ۳۰ دقیقه; ساعت ۱۰ و ۲۰ (minutes without دقیقه)
			if mn, used2 := f.number(k + 1); used2 > 0 && mn.Kind == numbers.Cardinal {
				after := k + 1 + used2
				v, ok := intValue(mn)
				switch {
				case !ok || v >= 60 || v == 0:
				case f.isWord(after, "دقیقه"):
					m, k = v, after+1
				case nextIsNoun(f.lex(after)):
				default:
					m, k = v, after
				}
			}
		}
		if u := f.lex(k).unit; u == uMinute || u == uSecond {
			return Expr{}, 0, false // ساعت ۱۰ دقیقه…: not a time
		}
	} else {
		return Expr{}, 0, false
	}
	if p, n := f.dayPartAt(k); p != pNone {
		h = applyDayPart(h, p)
		k = n
	}
	if h > 24 {
		return Expr{}, 0, false
	}
	e := Expr{Type: TypeTime, Value: clockValue(h, m, s)}
	return e, k, true
}

// dayPartAt reads صبح, ظهر, بعد از ظهر, عصر, شب… at i.
func (f *Finder) dayPartAt(i int) (dayPart, int) {
	if l := f.lex(i); l.dayPart != pNone {
		return l.dayPart, i + 1
	}
	if f.isWord(i, "بعد") && f.isWord(i+1, "از") && f.isWord(i+2, "ظهر") {
		return pAfternoon, i + 3
	}
	if f.isWord(i, "نیمه") && f.isWord(i+1, "شب") {
		return pMidnight, i + 2
	}
	return pNone, 0
}

// nextIsNoun reports whether a word after a number makes it a count, an
// amount or a duration rather than minutes.
func nextIsNoun(l *lexInfo) bool {
	return l.unit != uNone || l.currency != "" || l.percent || l.counter || l.num || l.month != nil
}

// applyDayPart turns a 12-hour clock hour into a 24-hour one.
func applyDayPart(h int, p dayPart) int {
	switch p {
	case pMorning, pDawn:
		if h == 12 {
			return 0
		}
	case pNoon:
		if h >= 1 && h <= 4 {
			return h + 12
		}
	case pAfternoon, pEvening:
		if h >= 1 && h < 12 {
			return h + 12
		}
	case pMidnight:
		if h == 12 {
			return 0
		}
	case pNight:
		switch {
		case h == 12:
			return 0
		case h >= 5 && h < 12:
			return h + 12
		}
	}
	return h
}

func clockValue(h, m, s int) string {
	v := "T" + two(h) + ":" + two(m)
	if s != 0 {
		v += ":" + two(s)
	}
	return v
}

// ---- numbers, money, percentages, durations ----

// matchNumber reads a number phrase and what follows it: a currency, درصد,
// a unit of time (with پیش or بعد: a relative date), or a part of the day.
func (f *Finder) matchNumber(i int) (Expr, int, bool) {
	n, used := f.number(i)
	if used == 0 || f.identifier(i, i+used) {
		return Expr{}, 0, false
	}
	k := i + used
	l := f.lex(k)
	e := Expr{Value: n.Decimal}
	switch {
	case l.currency != "":
		e.Type, e.Unit = TypeMoney, l.currency
		k++
		if l.currency == "USD" && (f.isWord(k, "آمریکا") || f.isWord(k, "امریکا")) {
			k++
		}
		return e, k, true
	case l.percent || f.isPunct(k, "%٪"):
		e.Type = TypePercent
		return e, k + 1, true
	case l.unit != uNone && n.Kind == numbers.Cardinal && n.Value >= 0:
		u := l.unit
		k++
		v := n.Value
		if f.isWord(k, "و") && f.isWord(k+1, "نیم") && v == float64(int64(v)) {
			v += 0.5
			k += 2
		}
		// سه روز پیش, دو هفته بعد: a day counted from the reference date; but
		// ده سال گذشته, دو هفته آینده name a stretch of time: a duration.
		if d := f.lex(k); d.isDir && d.dir != 0 && isCalUnit(u) && isUnitNoun(l.key) && !f.isWord(k, "گذشته") && !f.isWord(k, "آینده") && !f.isWord(k, "اخیر") && !f.isWord(k, "آتی") {
			if iv, ok := intValue(numbers.Number{Value: v}); ok && iv == int(v) {
				rel := Expr{Type: TypeDate}
				if f.resolveRelative(&rel, u, d.dir*iv) {
					return rel, k + 1, true
				}
			}
		}
		e.Type, e.Value = TypeDuration, isoDuration(v, u)
		return e, k, true
	}
	if p, pn := f.dayPartAt(k); p != pNone && n.Kind == numbers.Cardinal && n.Value >= 0 && n.Value <= 12 &&
		!(p == pNight && n.Words) {
		h := int(n.Value)
		m := int((n.Value-float64(h))*60 + 0.5)
		if mm, ok := dottedMinutes(f.toks[i].key); ok && used == 1 {
			m = mm // 5.30 بعد از ظهر: 5:30, not 5.3 hours
		}
		return Expr{Type: TypeTime, Value: clockValue(applyDayPart(h, p), m, 0)}, pn, true
	}
	if used == 1 && f.toks[i].kind == tWord && !l.counter {
		switch f.toks[i].key {
		case "نه": // "no" far more often than "nine"
			return Expr{}, 0, false
		case "یک": // the indefinite article far more often than "one"
			return Expr{}, 0, false
		case "نخست": // نخست وزیر: prime minister
			if f.isWord(k, "وزیر") || f.isWord(k, "وزیری") {
				return Expr{}, 0, false
			}
		case "سی": // بی بی سی, سی ان ان
			if f.isWord(i-1, "بی") || f.isWord(k, "ان") {
				return Expr{}, 0, false
			}
		}
	}
	switch n.Kind {
	case numbers.Ordinal:
		e.Type = TypeOrdinal
	default:
		e.Type = TypeNumber
	}
	return e, k, true
}

// resolveRelative sets e to n units (days, weeks, months, years) from the
// reference day.
func (f *Finder) resolveRelative(e *Expr, u unit, n int) bool {
	if n > 1e6 || n < -1e6 {
		return false
	}
	switch u {
	case uDay:
		return f.resolveDays(e, n)
	case uWeek:
		return f.resolveDays(e, 7*n)
	case uMonth:
		return f.resolveAround(e, n, 0, gMonth)
	case uYear:
		return f.resolveAround(e, 0, n, gYear)
	}
	return false
}

// isoDuration writes v units as an ISO 8601 duration.
func isoDuration(v float64, u unit) string {
	num := strconv.FormatFloat(v, 'f', -1, 64)
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uMonth:
		return "P" + num + "M"
	case uYear:
		return "P" + num + "Y"
	case uDecade:
		return "P" + strconv.FormatFloat(v*10, 'f', -1, 64) + "Y"
	case uCentury:
		return "P" + strconv.FormatFloat(v*100, 'f', -1, 64) + "Y"
	}
	return ""
}

// matchSymbol reads ٪۵۰, %50, $100.
func (f *Finder) matchSymbol(i int) (Expr, int, bool) {
	t := &f.toks[i]
	switch t.key {
	case "%", "٪", "$", "€":
	default:
		return Expr{}, 0, false
	}
	if f.tok(i+1).kind != tDigits || f.tok(i+1).start != t.end {
		return Expr{}, 0, false
	}
	n, used := f.number(i + 1)
	if used == 0 {
		return Expr{}, 0, false
	}
	e := Expr{Value: n.Decimal}
	switch t.key {
	case "$":
		e.Type, e.Unit = TypeMoney, "USD"
	case "€":
		e.Type, e.Unit = TypeMoney, "EUR"
	default:
		e.Type = TypePercent
	}
	return e, i + 1 + used, true
}

// dottedMinutes reads the minutes of a time written with a decimal point,
// h.mm (5.30, ۱۰٫۴۵): two digits after the point, below 60.
func dottedMinutes(s string) (int, bool) {
	s = numbers.ToLatin(strings.ReplaceAll(s, "\u066B", "."))
	i := strings.IndexByte(s, '.')
	if i < 0 || len(s)-i-1 != 2 {
		return 0, false
	}
	m, err := strconv.Atoi(s[i+1:])
	if err != nil || m >= 60 {
		return 0, false
	}
	return m, true
}

// identifier reports whether the digits of tokens i…end-1 are part of a
// code rather than a quantity: a phone number or code with a leading zero
// (۰۹۱۲۱۲۳۴۵۶۷), or digits glued to Latin letters (COVID-19, 5G, MP3).
func (f *Finder) identifier(i, end int) bool {
	t := &f.toks[i]
	if t.kind != tDigits {
		return false
	}
	if len(t.key) > 0 {
		if r, size := decode(t.key); numbers.DigitValue(r) == 0 && len(t.key) > size {
			if r2, _ := decode(t.key[size:]); numbers.DigitValue(r2) >= 0 && utf8.RuneCountInString(t.key) >= 3 {
				return true
			}
		}
	}
	glued := func(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }
	if s := t.start; s > 0 && (glued(f.text[s-1]) || f.text[s-1] == '-' && s > 1 && glued(f.text[s-2])) {
		return true
	}
	last := &f.toks[end-1]
	return last.kind == tDigits && last.end < len(f.text) && glued(f.text[last.end])
}
