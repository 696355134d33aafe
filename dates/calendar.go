package dates

import (
	"errors"
	"fmt"
	"time"
)

// Calendar names one of the three calendars of Persian text.
type Calendar uint8

// Calendars.
const (
	Gregorian Calendar = iota // the proleptic Gregorian calendar
	Jalali                    // Solar Hijri (the official calendar of Iran and Afghanistan)
	Hijri                     // lunar Hijri, tabular
)

// String returns "gregorian", "jalali" or "hijri".
func (c Calendar) String() string {
	switch c {
	case Jalali:
		return "jalali"
	case Hijri:
		return "hijri"
	}
	return "gregorian"
}

// ErrRange is returned for a date that does not exist or that the
// conversion cannot handle (Jalali years outside 1–3177).
var ErrRange = errors.New("dates: no such date or date out of range")

// Date is a day in one calendar. Month and Day start at 1.
type Date struct {
	Calendar Calendar
	Year     int
	Month    int
	Day      int
}

// String formats d as an ISO 8601 style date in its own calendar:
// 1400-11-14; years below 0 or above 9999 keep their sign and digits.
func (d Date) String() string {
	if d.Year >= 0 && d.Year <= 9999 && d.Month >= 0 && d.Month <= 99 && d.Day >= 0 && d.Day <= 99 {
		b := [10]byte{byte('0' + d.Year/1000), byte('0' + d.Year/100%10), byte('0' + d.Year/10%10), byte('0' + d.Year%10),
			'-', byte('0' + d.Month/10), byte('0' + d.Month%10), '-', byte('0' + d.Day/10), byte('0' + d.Day%10)}
		return string(b[:])
	}
	return fmt.Sprintf("%+05d-%02d-%02d", d.Year, d.Month, d.Day)
}

// Valid reports whether d is a day of its calendar (and, for Jalali, inside
// the supported range).
func (d Date) Valid() bool {
	if d.Month < 1 || d.Month > 12 || d.Day < 1 {
		return false
	}
	if d.Calendar == Jalali && (d.Year < 1 || d.Year > 3177) {
		return false
	}
	return d.Day <= MonthLength(d.Calendar, d.Year, d.Month)
}

// JDN returns the Julian Day Number of d (the day count used by
// astronomers: 2451545 is 2000-01-01), or ErrRange if d is not Valid.
func (d Date) JDN() (int, error) {
	if !d.Valid() {
		return 0, ErrRange
	}
	switch d.Calendar {
	case Jalali:
		return jalaliToJDN(d.Year, d.Month, d.Day), nil
	case Hijri:
		return hijriToJDN(d.Year, d.Month, d.Day), nil
	}
	return gregorianToJDN(d.Year, d.Month, d.Day), nil
}

// FromJDN returns the day jdn in calendar cal. For Jalali, jdn must lie
// within years 1–3177 AP, else ErrRange.
func FromJDN(cal Calendar, jdn int) (Date, error) {
	var y, m, d int
	switch cal {
	case Jalali:
		if jdn < jalaliToJDN(1, 1, 1) || jdn >= jalaliToJDN(3177, 12, MonthLength(Jalali, 3177, 12))+1 {
			return Date{}, ErrRange
		}
		y, m, d = jdnToJalali(jdn)
	case Hijri:
		y, m, d = jdnToHijri(jdn)
	default:
		y, m, d = jdnToGregorian(jdn)
	}
	return Date{Calendar: cal, Year: y, Month: m, Day: d}, nil
}

// Convert returns d in calendar cal.
func (d Date) Convert(cal Calendar) (Date, error) {
	j, err := d.JDN()
	if err != nil {
		return Date{}, err
	}
	return FromJDN(cal, j)
}

// Weekday returns the day of the week of d (time.Saturday is شنبه, the
// first day of the Iranian week). An invalid date returns -1.
func (d Date) Weekday() time.Weekday {
	j, err := d.JDN()
	if err != nil {
		return -1
	}
	return jdnWeekday(j)
}

// AddDays returns the day n days after d (before it if n < 0), in d's
// calendar.
func (d Date) AddDays(n int) (Date, error) {
	j, err := d.JDN()
	if err != nil {
		return Date{}, err
	}
	return FromJDN(d.Calendar, j+n)
}

// FromTime returns the calendar day of t (in t's location) in calendar cal.
func FromTime(t time.Time, cal Calendar) (Date, error) {
	y, m, d := t.Date()
	return FromJDN(cal, gregorianToJDN(y, int(m), d))
}

// Time returns midnight at the start of d in loc.
func (d Date) Time(loc *time.Location) (time.Time, error) {
	g, err := d.Convert(Gregorian)
	if err != nil {
		return time.Time{}, err
	}
	return time.Date(g.Year, time.Month(g.Month), g.Day, 0, 0, 0, 0, loc), nil
}

func jdnWeekday(j int) time.Weekday {
	// JDN 0 was a Monday.
	return time.Weekday(floorMod(j+1, 7))
}

// IsLeap reports whether year has a leap day in calendar cal (30 Esfand,
// 29 February, 30 Dhu al-Hijjah).
func IsLeap(cal Calendar, year int) bool {
	switch cal {
	case Jalali:
		return jalaliLeap(year)
	case Hijri:
		return floorMod(11*year+14, 30) < 11
	}
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// MonthLength returns the number of days of month (1–12) in year, or 0 for
// a month outside 1–12.
func MonthLength(cal Calendar, year, month int) int {
	if month < 1 || month > 12 {
		return 0
	}
	switch cal {
	case Jalali:
		switch {
		case month <= 6:
			return 31
		case month <= 11:
			return 30
		case jalaliLeap(year):
			return 30
		}
		return 29
	case Hijri:
		if month == 12 && IsLeap(Hijri, year) {
			return 30
		}
		return 30 - (month+1)%2
	}
	switch month {
	case 2:
		if IsLeap(Gregorian, year) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int) int { return a - floorDiv(a, b)*b }

// gregorianToJDN is the Fliegel–Van Flandern formula for the proleptic
// Gregorian calendar, with floor division so that it holds for any year.
func gregorianToJDN(y, m, d int) int {
	a := floorDiv(14-m, 12)
	yy := y + 4800 - a
	mm := m + 12*a - 3
	return d + floorDiv(153*mm+2, 5) + 365*yy + floorDiv(yy, 4) - floorDiv(yy, 100) + floorDiv(yy, 400) - 32045
}

func jdnToGregorian(j int) (y, m, d int) {
	a := j + 32044
	b := floorDiv(4*a+3, 146097)
	c := a - floorDiv(146097*b, 4)
	dd := floorDiv(4*c+3, 1461)
	e := c - floorDiv(1461*dd, 4)
	mm := floorDiv(5*e+2, 153)
	d = e - floorDiv(153*mm+2, 5) + 1
	m = mm + 3 - 12*floorDiv(mm, 10)
	y = 100*b + dd - 4800 + floorDiv(mm, 10)
	return
}

// hijriEpoch is the JDN of 1 Muharram 1 AH (16 July 622 Julian).
const hijriEpoch = 1948440

// hijriToJDN returns the JDN of day d of month m of year y in the
// arithmetic (tabular) Hijri calendar.
func hijriToJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + floorDiv(3+11*y, 30) + hijriEpoch - 1
}

// jdnToHijri returns the arithmetic Hijri date of JDN j.
func jdnToHijri(j int) (y, m, d int) {
	y = floorDiv(30*(j-hijriEpoch)+10646, 10631)
	if j < hijriToJDN(y, 1, 1) { // guard against rounding at year ends
		y--
	}
	m = 1
	for m < 12 && j >= hijriToJDN(y, m+1, 1) {
		m++
	}
	d = j - hijriToJDN(y, m, 1) + 1
	return
}
