package dates

import (
	"strconv"
	"time"
)

// This file reads dates relative to the reference day (دیروز, پس فردا,
// سال گذشته, هفته آینده) and weekdays (جمعه, جمعه گذشته).

// matchRelative reads a relative day (امروز, with the weekday that may
// follow it), پس فردا, a relative year, or a calendar unit with this or a
// direction (این ماه, هفته آینده) at i.
func (f *Finder) matchRelative(i int) (Expr, int, bool) {
	l := f.lex(i)
	e := Expr{Type: TypeDate}
	switch {
	case l.isRelDay:
		f.resolveDays(&e, l.relDay)
		k := i + 1
		// امروز جمعه, دیروز (پنجشنبه): the weekday must match
		j := k
		if f.isPunct(j, "(،,") {
			j++
		}
		if f.isWord(j, "روز") {
			j++
		}
		if wd, n, ok := f.weekdayAt(j); ok && f.hasRef {
			if f.isPunct(k, "(") {
				if !f.isPunct(n, ")") {
					return e, k, true
				}
				n++
			}
			k = n
			checkWeekday(&e, wd, dmatch{cal: Jalali}, f.refJDN+l.relDay, false)
		}
		return e, k, true
	case f.isWord(i, "پس") && f.isWord(i+1, "فردا"):
		f.resolveDays(&e, 2)
		return e, i + 2, true
	case l.isRelYr:
		f.resolveAround(&e, 0, l.relYear, gYear)
		return e, i + 1, true
	case l.this && isCalUnit(f.lex(i+1).unit) && isUnitNoun(f.lex(i+1).key):
		f.resolveUnit(&e, f.lex(i+1).unit, 0)
		return e, i + 2, true
	case isCalUnit(l.unit) && isUnitNoun(l.key) && f.lex(i+1).isDir && !f.isWord(i+1, "دیگر") && !f.isWord(i+1, "بعدی"):
		// روز گذشته, هفته آینده, ماه پیش, سال جاری; not روز دیگر ("another day")
		f.resolveUnit(&e, l.unit, f.lex(i+1).dir)
		return e, i + 2, true
	}
	return Expr{}, 0, false
}

// isCalUnit reports whether u is a calendar unit: day, week, month or year.
func isCalUnit(u unit) bool { return u == uDay || u == uWeek || u == uMonth || u == uYear }

// isUnitNoun reports whether a unit word is the noun (روز), not the
// adjective (روزه).
func isUnitNoun(k string) bool {
	return k == "روز" || k == "هفته" || k == "ماه" || k == "سال"
}

// resolveDays sets e to the reference day plus n days.
func (f *Finder) resolveDays(e *Expr, n int) bool {
	if !f.hasRef {
		e.Warnings = append(e.Warnings, "relative date without a reference date")
		return true
	}
	return setDay(e, f.refJDN+n)
}

// resolveUnit sets e to the day, week, month or year n units from the
// reference date.
func (f *Finder) resolveUnit(e *Expr, u unit, n int) {
	switch u {
	case uDay:
		f.resolveDays(e, n)
	case uWeek:
		if !f.hasRef {
			e.Warnings = append(e.Warnings, "relative date without a reference date")
			return
		}
		// The Iranian week runs from Saturday to Friday.
		sat := f.refJDN - int((jdnWeekday(f.refJDN)+1)%7) + 7*n
		setInterval(e, sat, sat+6)
	case uMonth:
		f.resolveAround(e, n, 0, gMonth)
	case uYear:
		f.resolveAround(e, 0, n, gYear)
	}
}

// resolveAround sets e to the month or year of the reference day moved by
// months and years (in the Gregorian calendar, then read in each calendar).
func (f *Finder) resolveAround(e *Expr, months, years int, g gran) bool {
	if !f.hasRef {
		e.Warnings = append(e.Warnings, "relative date without a reference date")
		return true
	}
	y, m, d := jdnToGregorian(f.refJDN)
	t := time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC).AddDate(years, months, 0)
	return setAround(e, gregorianToJDN(t.Year(), int(t.Month()), t.Day()), g)
}

// weekdayAt reads a weekday name at i, as one token or two (سه شنبه).
func (f *Finder) weekdayAt(i int) (time.Weekday, int, bool) {
	l := f.lex(i)
	if l.isWD {
		return l.weekday, i + 1, true
	}
	if l.num && f.isWord(i+1, "شنبه") {
		if wd, ok := weekdayWords[f.tok(i).key+"شنبه"]; ok {
			return wd, i + 2, true
		}
	}
	return 0, 0, false
}

// matchWeekday reads a weekday at i (روز جمعه, سه شنبه): with a date after
// it, the date checked against it; alone or with a direction (جمعه گذشته),
// the nearest such day.
func (f *Finder) matchWeekday(i int) (Expr, int, bool) {
	j := i
	if f.isWord(j, "روز") {
		j++
	}
	wd, k, ok := f.weekdayAt(j)
	if !ok {
		return Expr{}, 0, false
	}
	if f.isPunct(k, "،,") {
		if dm, n, ok := f.dateCore(k + 1); ok {
			k = n
			return f.finishDate(dm, k, wd, true)
		}
	}
	if dm, n, ok := f.dateCore(k); ok {
		return f.finishDate(dm, n, wd, true)
	}
	e := Expr{Type: TypeDate}
	dir := 0
	if l := f.lex(k); l.isDir && (l.dir != 0) {
		dir = l.dir
		k++
	}
	if !f.hasRef {
		iso := int(wd) // ISO 8601 numbers Monday 1 … Sunday 7
		if iso == 0 {
			iso = 7
		}
		e.Value = "XXXX-WXX-" + strconv.Itoa(iso) // as TimeML writes an unanchored weekday
		e.Warnings = append(e.Warnings, "weekday without a reference date")
		return e, k, true
	}
	f.resolveWeekday(&e, wd, dir)
	return e, k, true
}

// resolveWeekday sets e to the day named wd nearest the reference day (in
// the past for dir < 0, in the future for dir > 0).
func (f *Finder) resolveWeekday(e *Expr, wd time.Weekday, dir int) {
	ref := f.refJDN
	delta := (int(wd) - int(jdnWeekday(ref)) + 7) % 7 // 0…6 days ahead
	switch {
	case dir < 0:
		delta -= 7
	case dir > 0:
		if delta == 0 {
			delta = 7
		}
	default:
		if delta > 3 {
			delta -= 7
		}
	}
	setDay(e, ref+delta)
}
