package dates

import (
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/numbers"
)

// This file reads absolute dates (۱۴ بهمن ۱۴۰۰, 2022/02/04, اوایل
// اسفند) and resolves them against the reference day and the calendars.

// dmatch is a date read from text, before resolution.
type dmatch struct {
	cal     Calendar
	y, m, d int  // y 0: year not given; d 0: a month; m 0: a year
	invalid bool // the day does not exist in that month and year
}

// dayAt reads a day of the month (1–31) at i: digits or words, cardinal
// or ordinal.
func (f *Finder) dayAt(i int) (int, int, bool) {
	n, used := f.number(i)
	if used == 0 {
		return 0, 0, false
	}
	if d, ok := intValue(n); ok && d >= 1 && d <= 31 {
		return d, i + used, true
	}
	return 0, 0, false
}

// monthAt reads a month name at i (one or two tokens), with an optional
// ماه after it.
func (f *Finder) monthAt(i int) (monthEntry, int, bool) {
	l := f.lex(i)
	var me monthEntry
	k := i + 1
	switch {
	case l.month != nil:
		me = *l.month
	case l.monthPre && i+1 < len(f.toks) && f.toks[i+1].kind == tWord:
		e, ok := monthWords[l.key+numbers.Fold(f.words[i+1])]
		if !ok {
			return me, 0, false
		}
		me, k = e, i+2
	default:
		return me, 0, false
	}
	if f.isWord(k, "ماه") {
		k++
	}
	return me, k, true
}

// yearAt reads a year at i: four digits or words of 1000–2999, optionally
// after سال.
func (f *Finder) yearAt(i int) (int, int, bool) {
	j := i
	if f.isWord(j, "سال") {
		j++
	}
	t := f.tok(j)
	if t.kind == tDigits {
		if hasDateSep(t.key) {
			return 0, 0, false
		}
		v, dec, ok := numbers.ParseDigits(t.key)
		if !ok || len(dec) != 4 || strings.ContainsAny(t.key, ",.'\u066B\u066C") || v < 1000 {
			return 0, 0, false
		}
		if l := f.lex(j + 1); l.num && f.tok(j+1).key != "و" || l.currency != "" || l.percent {
			return 0, 0, false // ۱۴۰۰ میلیون, ۲۰۲۲ دلار
		}
		return int(v), j + 1, true
	}
	n, used := f.number(j)
	if used == 0 || n.Kind != numbers.Cardinal {
		return 0, 0, false
	}
	y, ok := intValue(n)
	if !ok || y < 1000 || y > 2999 {
		return 0, 0, false
	}
	return y, j + used, true
}

// calMarkAt reads a calendar marker at i: شمسی, هجری شمسی, خورشیدی,
// میلادی, قمری, هجری قمری, ه.ش, ه.ق, هجری.
func (f *Finder) calMarkAt(i int) (Calendar, int, bool) {
	l := f.lex(i)
	switch {
	case l.isCal:
		return l.calMark, i + 1, true
	case l.hijriW:
		if l2 := f.lex(i + 1); l2.isCal && l2.calMark != Gregorian {
			return l2.calMark, i + 2, true
		}
		return Jalali, i + 1, true
	case f.isWord(i, "ه"):
		k := i + 1
		if f.isPunct(k, ".") {
			k++
		}
		switch {
		case f.isWord(k, "ش"):
			return Jalali, k + 1, true
		case f.isWord(k, "ق"):
			return Hijri, k + 1, true
		}
	case f.isWord(i, "هش"):
		return Jalali, i + 1, true
	case f.isWord(i, "هق"):
		return Hijri, i + 1, true
	}
	return 0, 0, false
}

// dateCore reads one absolute date at i: day month [year] [marker],
// month year, month ماه, or a numeric date.
func (f *Finder) dateCore(i int) (dmatch, int, bool) {
	if t := f.tok(i); t.kind == tDigits && hasDateSep(t.key) {
		d, ok := parseNumericDate(t.key)
		if !ok {
			return dmatch{}, 0, false
		}
		k := i + 1
		if cal, n, ok := f.calMarkAt(k); ok {
			if dd := (Date{cal, d.Year, d.Month, d.Day}); dd.Valid() {
				d.Calendar = cal
				k = n
			}
		}
		return dmatch{cal: d.Calendar, y: d.Year, m: d.Month, d: d.Day}, k, true
	}
	day, k, hasDay := f.dayAt(i)
	if !hasDay {
		k = i
	}
	mahBefore := false
	if !hasDay && f.isWord(k, "ماه") { // ماه رمضان, ماه مهر
		mahBefore = true
		k++
	}
	me, k2, ok := f.monthAt(k)
	if !ok {
		return dmatch{}, 0, false
	}
	withMah := f.isWord(k2-1, "ماه") || f.lex(k).mah || mahBefore
	k = k2
	dm := dmatch{cal: me.cal, m: me.month, d: day}
	if y, n, ok := f.yearAt(k); ok {
		dm.y = y
		k = n
		if cal, n, ok := f.calMarkAt(k); ok && cal == dm.cal {
			k = n
		}
	} else if dy, n, ok := f.relYearAt(k); ok && f.hasRef {
		// بهمن سال گذشته, ۱۴ بهمن امسال
		r, err := FromJDN(dm.cal, f.refJDN)
		if err == nil {
			dm.y = r.Year + dy
			k = n
		}
	}
	_, afterPart := partsOfMonth[f.tok(i-1).key]
	if !hasDay && dm.y == 0 && me.weak && !withMah && !afterPart {
		return dmatch{}, 0, false
	}
	if me.month == 5 && me.cal == Gregorian && me.weak && (!hasDay || dm.y == 0) && !withMah {
		// می and مه (May) are everyday words: a date only with day and year.
		return dmatch{}, 0, false
	}
	if hasDay {
		if dm.y != 0 && !(Date{dm.cal, dm.y, dm.m, dm.d}).Valid() {
			if dm.d > 31 || dm.y < 1 || dm.y > 3177 {
				return dmatch{}, 0, false
			}
			dm.invalid = true // ۳۰ اسفند ۱۴۰۰: reported with a warning
			return dm, k, true
		}
		if dm.d > 31 || dm.d > MonthLength(dm.cal, 1403, dm.m)+boolInt(dm.cal == Gregorian && dm.m == 2) {
			return dmatch{}, 0, false
		}
	}
	return dm, k, true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (f *Finder) matchDate(i int) (Expr, int, bool) {
	if e, k, ok := f.matchDayRange(i); ok {
		return e, k, true
	}
	if e, k, ok := f.matchPartOfMonth(i); ok {
		return e, k, true
	}
	dm, k, ok := f.dateCore(i)
	if !ok {
		return Expr{}, 0, false
	}
	return f.finishDate(dm, k, 0, false)
}

// finishDate resolves dm, reads a second calendar's date given for the same
// day ((۴ فوریه), برابر با ۴ فوریه), and checks the weekday if given.
func (f *Finder) finishDate(dm dmatch, k int, wd time.Weekday, hasWD bool) (Expr, int, bool) {
	e := Expr{Type: TypeDate}
	if dm.invalid {
		// the month stands for the day that is not
		month := dm
		month.d = 0
		if _, ok := f.resolve(&e, month); !ok {
			return Expr{}, 0, false
		}
		e.Warnings = append(e.Warnings, "no such day: "+dm.cal.String()+" "+isoMonth(dm.y, dm.m)+"-"+two(dm.d)+
			" (the month has "+strconv.Itoa(MonthLength(dm.cal, dm.y, dm.m))+" days); the value is the month")
		return e, k, true
	}
	jdn, ok := f.resolve(&e, dm)
	if !ok {
		return Expr{}, 0, false
	}
	// a second calendar for the same day
	merged := false
	if dm.d != 0 {
		open := k
		if f.isPunct(k, "(") || f.isPunct(k, "[") || f.isPunct(k, "،,-–") {
			open = k + 1
		} else if f.lex(k).equal {
			open = k + 1
			if f.isWord(open, "با") {
				open++
			}
		}
		if open > k {
			if dm2, n, ok := f.dateCore(open); ok && dm2.d != 0 && dm2.cal != dm.cal {
				closeAt := n
				closed := true
				if f.isPunct(k, "([") {
					closed = f.isPunct(n, ")]")
					closeAt = n + 1
				}
				if closed {
					var e2 Expr
					if jdn2, ok := f.resolveNear(&e2, dm2, jdn); ok {
						k = closeAt
						e = mergeCalendars(e, e2, dm, dm2, jdn, jdn2)
						merged = true
					}
				}
			}
		}
	}
	if hasWD && dm.d != 0 {
		checkWeekday(&e, wd, dm, jdn, !merged)
	}
	return e, k, true
}

// resolve fills e for dm and returns the day's JDN (or the first day of a
// month or year).
func (f *Finder) resolve(e *Expr, dm dmatch) (int, bool) {
	ref := f.refJDN
	return f.resolveAt(e, dm, ref, f.hasRef)
}

// resolveNear resolves dm taking a missing year from the day near.
func (f *Finder) resolveNear(e *Expr, dm dmatch, near int) (int, bool) {
	return f.resolveAt(e, dm, near, true)
}

func (f *Finder) resolveAt(e *Expr, dm dmatch, ref int, hasRef bool) (int, bool) {
	if dm.y == 0 {
		if !hasRef {
			s := "--" + two(dm.m)
			if dm.d != 0 {
				s += "-" + two(dm.d)
			}
			setOwn(e, dm.cal, s)
			e.Value = s
			return 0, true
		}
		dm.y = nearestYear(dm, ref)
		if dm.y == 0 {
			return 0, false
		}
	}
	switch {
	case dm.m == 0:
		j, err := Date{dm.cal, dm.y, 1, 1}.JDN()
		return j, err == nil && setYear(e, dm.cal, dm.y)
	case dm.d == 0:
		j, err := Date{dm.cal, dm.y, dm.m, 1}.JDN()
		return j, err == nil && setMonth(e, dm.cal, dm.y, dm.m)
	}
	j, err := Date{dm.cal, dm.y, dm.m, dm.d}.JDN()
	if err != nil {
		return 0, false
	}
	return j, setDay(e, j)
}

// nearestYear returns the year that puts month dm.m, day dm.d (or the
// month's first day) nearest the day ref, or 0.
func nearestYear(dm dmatch, ref int) int {
	r, err := FromJDN(dm.cal, ref)
	if err != nil {
		return 0
	}
	best, bestDist := 0, 0
	d := dm.d
	for y := r.Year - 1; y <= r.Year+1; y++ {
		dd := d
		if dd == 0 {
			dd = 1
		}
		j, err := Date{dm.cal, y, dm.m, dd}.JDN()
		if err != nil {
			continue
		}
		dist := j - ref
		if dm.d == 0 && dist < 0 { // a month: distance to its last day
			dist = max(0, -(j + MonthLength(dm.cal, y, dm.m) - 1 - ref))
		}
		if dist < 0 {
			dist = -dist
		}
		if best == 0 || dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

// mergeCalendars joins a date and the same date written in a second
// calendar, warning when they are not the same day.
func mergeCalendars(e, e2 Expr, dm, dm2 dmatch, jdn, jdn2 int) Expr {
	out := e
	switch dm2.cal {
	case Gregorian:
		out.Gregorian = e2.Gregorian
		out.Value = e2.Gregorian
	case Jalali:
		out.Jalali = e2.Jalali
	case Hijri:
		out.Hijri = e2.Hijri
	}
	if jdn != jdn2 {
		a, _ := FromJDN(dm.cal, jdn)
		b, _ := FromJDN(dm2.cal, jdn)
		c, _ := FromJDN(dm.cal, jdn2)
		d2, _ := FromJDN(dm2.cal, jdn2)
		out.Warnings = append(out.Warnings, "calendars disagree: "+dm.cal.String()+" "+a.String()+" is "+
			dm2.cal.String()+" "+b.String()+", but the text gives "+dm2.cal.String()+" "+d2.String()+
			" ("+dm.cal.String()+" "+c.String()+")")
	}
	out.Warnings = append(out.Warnings, e2.Warnings...)
	return out
}

// checkWeekday warns when the weekday named does not fall on the date.
func checkWeekday(e *Expr, wd time.Weekday, dm dmatch, jdn int, hint bool) {
	if jdn == 0 {
		return
	}
	if got := jdnWeekday(jdn); got != wd {
		d, _ := FromJDN(dm.cal, jdn)
		w := "weekday disagrees: " + WeekdayName(wd) + " (" + weekdayEnglish(wd) + ") but " +
			dm.cal.String() + " " + d.String() + " is " + WeekdayName(got) + " (" + weekdayEnglish(got) + ")"
		if hint && dm.y == 0 && dm.m != 0 && dm.d != 0 {
			// the year came from the reference date: say which year fits
			for dy := 1; dy <= 14; dy++ {
				for _, y := range []int{d.Year - dy, d.Year + dy} {
					if j, err := (Date{dm.cal, y, dm.m, dm.d}).JDN(); err == nil && jdnWeekday(j) == wd {
						w += "; the nearest year where it is a " + weekdayEnglish(wd) + " is " + strconv.Itoa(y)
						dy = 15
						break
					}
				}
			}
		}
		e.Warnings = append(e.Warnings, w)
	}
}

// parseNumericDate reads 1400/11/14, 2022-02-04 or 14/11/1400 (year first
// or last, four digits). A year from 1700 on is Gregorian, an earlier one
// Jalali.
func parseNumericDate(s string) (Date, bool) {
	var parts [3]string
	n := 0
	start := 0
	sep := byte(0)
	for i := 0; i < len(s); i++ {
		if c := s[i]; c == '/' || c == '-' {
			if sep != 0 && c != sep || n == 2 {
				return Date{}, false
			}
			sep = c
			parts[n] = s[start:i]
			n++
			start = i + 1
		} else if c == ':' || c == ',' || c == '.' || c == '\'' {
			return Date{}, false
		}
	}
	if n != 2 {
		return Date{}, false
	}
	parts[2] = s[start:]
	var v [3]int
	var l [3]int
	for i, p := range parts {
		x, dec, ok := numbers.ParseDigits(p)
		if !ok || strings.ContainsAny(p, "\u066B\u066C") {
			return Date{}, false
		}
		v[i] = int(x)
		_ = dec
		l[i] = utf8.RuneCountInString(p)
	}
	var y, m, d int
	switch {
	case l[0] == 4 && l[1] <= 2 && l[2] <= 2:
		y, m, d = v[0], v[1], v[2]
	case l[2] == 4 && l[0] <= 2 && l[1] <= 2:
		d, m, y = v[0], v[1], v[2]
	default:
		return Date{}, false
	}
	cal := Jalali
	if y >= 1700 {
		cal = Gregorian
	}
	dd := Date{cal, y, m, d}
	return dd, dd.Valid()
}

// parseClock reads h:mm or h:mm:ss.
func parseClock(s string) (h, m, sec int, ok bool) {
	parts := strings.Split(numbers.ToLatin(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, 0, 0, false
	}
	var v [3]int
	for i, p := range parts {
		if len(p) == 0 || len(p) > 2 || (i > 0 && len(p) != 2) {
			return 0, 0, 0, false
		}
		x, err := strconv.Atoi(p)
		if err != nil {
			return 0, 0, 0, false
		}
		v[i] = x
	}
	if v[0] > 24 || v[1] > 59 || v[2] > 59 || (v[0] == 24 && (v[1] > 0 || v[2] > 0)) {
		return 0, 0, 0, false
	}
	return v[0], v[1], v[2], true
}

// matchDayRange reads days of one month: ۱۰ تا ۱۲ بهمن, ۱۰-۱۲ فوریه ۲۰۲۲,
// as an interval.
func (f *Finder) matchDayRange(i int) (Expr, int, bool) {
	d1, k, ok := f.dayAt(i)
	if !ok || !(f.isWord(k, "تا") || f.isWord(k, "الی") || f.isPunct(k, "-–")) {
		return Expr{}, 0, false
	}
	dm, n, ok := f.dateCore(k + 1)
	if !ok || dm.d == 0 || dm.d <= d1 || dm.m == 0 {
		return Expr{}, 0, false
	}
	var last Expr
	j2, ok := f.resolve(&last, dm)
	if !ok || j2 == 0 {
		return Expr{}, 0, false
	}
	end, err := FromJDN(dm.cal, j2)
	if err != nil {
		return Expr{}, 0, false
	}
	j1, err := Date{dm.cal, end.Year, dm.m, d1}.JDN()
	if err != nil {
		return Expr{}, 0, false
	}
	e := Expr{Type: TypeDate}
	if !setInterval(&e, j1, j2) {
		return Expr{}, 0, false
	}
	return e, n, true
}

// relYearAt reads a year relative to the reference date: امسال, پارسال,
// سال گذشته, سال آینده, سال جاری.
func (f *Finder) relYearAt(i int) (int, int, bool) {
	if l := f.lex(i); l.isRelYr {
		return l.relYear, i + 1, true
	}
	if f.isWord(i, "سال") {
		if l := f.lex(i + 1); l.isDir && !f.isWord(i+1, "دیگر") {
			return l.dir, i + 2, true
		}
	}
	return 0, 0, false
}

// partsOfMonth are the days that اوایل, اواسط and اواخر name.
var partsOfMonth = map[string][2]int{"اوایل": {1, 10}, "اواسط": {11, 20}, "اواخر": {21, 31}}

// matchPartOfMonth reads اوایل بهمن, اواسط مارس ۲۰۲۲, اواخر اسفند ماه.
func (f *Finder) matchPartOfMonth(i int) (Expr, int, bool) {
	t := f.tok(i)
	part, ok := partsOfMonth[t.key]
	if !ok || t.kind != tWord {
		return Expr{}, 0, false
	}
	dm, k, ok := f.dateCore(i + 1)
	if !ok || dm.d != 0 || dm.m == 0 {
		return Expr{}, 0, false
	}
	var month Expr
	first, ok := f.resolve(&month, dm)
	if !ok || first == 0 {
		return Expr{}, 0, false
	}
	d, err := FromJDN(dm.cal, first)
	if err != nil {
		return Expr{}, 0, false
	}
	last := min(part[1], MonthLength(dm.cal, d.Year, d.Month))
	e := Expr{Type: TypeDate}
	if !setInterval(&e, first+part[0]-1, first+last-1) {
		return Expr{}, 0, false
	}
	return e, k, true
}
