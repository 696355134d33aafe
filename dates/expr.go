package dates

import (
	"strconv"
	"time"
)

// Type is the kind of an expression the finder reports.
type Type string

// Types of expressions.
const (
	TypeDate     Type = "DATE"     // a day, month, year or week: ۱۴ بهمن, سال ۲۰۱۴, دیروز, هفته آینده
	TypeTime     Type = "TIME"     // a time of day: ساعت ۱۰ صبح, ۱۰:۳۰
	TypeDuration Type = "DURATION" // سه روز, دو ساعت و نیم
	TypeNumber   Type = "NUM"      // cardinals and fractions: ۵, بیست و پنج, دو سوم
	TypeOrdinal  Type = "ORDINAL"  // بیستمین, دوم, نخست
	TypeMoney    Type = "MONEY"    // دو میلیون تومان, ۱۰۰ دلار
	TypePercent  Type = "PERCENT"  // ۱۲٫۵ درصد, ٪۵۰
)

// Span is a byte range [Start, End) of the text given to the finder.
type Span struct{ Start, End int }

// MarshalJSON writes a span as [start, end].
func (s Span) MarshalJSON() ([]byte, error) {
	b := make([]byte, 0, 24)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(s.Start), 10)
	b = append(b, ',')
	b = strconv.AppendInt(b, int64(s.End), 10)
	return append(b, ']'), nil
}

// Expr is one expression found in text.
//
// Value is normalized by type:
//   - DATE: the Gregorian date in ISO 8601: 2022-02-04 (a day), 2022-02
//     (a month), 2014 (a year), or an interval start/end (a week, or a
//     month or year of another calendar: سال ۱۴۰۰ is 2021-03-21/2022-03-20).
//     Jalali and Hijri hold the same date in those calendars, written the
//     same way (1400-11-15). A date whose year is unknown (no reference
//     date) is written --MM-DD in its own calendar, a weekday alone
//     XXXX-WXX-5 (Friday; ISO weekday numbers, as TimeML writes them).
//   - TIME: T10:00 or T10:30:15 (24-hour clock).
//   - DURATION: ISO 8601 duration: P3D, P2W, PT2H30M, P10Y.
//   - NUM, ORDINAL, PERCENT, MONEY: the number as a plain decimal (12.5);
//     MONEY has its currency in Unit (ISO 4217, with IRT for toman).
type Expr struct {
	Span      Span     `json:"span"`
	Text      string   `json:"text"`
	Type      Type     `json:"type"`
	Value     string   `json:"value"`
	Jalali    string   `json:"jalali,omitempty"`
	Gregorian string   `json:"gregorian,omitempty"`
	Hijri     string   `json:"hijri,omitempty"`
	Unit      string   `json:"unit,omitempty"`
	Warnings  []string `json:"warnings,omitempty"`
}

// granularity of a date expression.
type gran uint8

const (
	gDay gran = iota
	gMonth
	gYear
	gWeek
)

func isoYear(y int) string {
	if y >= 0 && y <= 9999 {
		s := strconv.Itoa(y)
		for len(s) < 4 {
			s = "0" + s
		}
		return s
	}
	return strconv.Itoa(y)
}

func isoMonth(y, m int) string {
	return isoYear(y) + "-" + two(m)
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// setDay fills the three calendars of e with the day jdn.
func setDay(e *Expr, jdn int) bool {
	g, err1 := FromJDN(Gregorian, jdn)
	j, err2 := FromJDN(Jalali, jdn)
	h, err3 := FromJDN(Hijri, jdn)
	if err1 != nil || err2 != nil || err3 != nil {
		return false
	}
	e.Gregorian, e.Jalali, e.Hijri = g.String(), j.String(), h.String()
	e.Value = e.Gregorian
	return true
}

// setInterval fills e with the days first…last in every calendar.
func setInterval(e *Expr, first, last int) bool {
	var out [3]string
	for i, cal := range []Calendar{Gregorian, Jalali, Hijri} {
		a, err1 := FromJDN(cal, first)
		b, err2 := FromJDN(cal, last)
		if err1 != nil || err2 != nil {
			return false
		}
		out[i] = a.String() + "/" + b.String()
	}
	e.Gregorian, e.Jalali, e.Hijri = out[0], out[1], out[2]
	e.Value = e.Gregorian
	return true
}

// setMonth fills e with month m of year y of calendar cal.
func setMonth(e *Expr, cal Calendar, y, m int) bool {
	first, err := Date{cal, y, m, 1}.JDN()
	if err != nil {
		return false
	}
	last := first + MonthLength(cal, y, m) - 1
	if !setInterval(e, first, last) {
		return false
	}
	setOwn(e, cal, isoMonth(y, m))
	return true
}

// setYear fills e with year y of calendar cal.
func setYear(e *Expr, cal Calendar, y int) bool {
	first, err := Date{cal, y, 1, 1}.JDN()
	if err != nil {
		return false
	}
	last, err := Date{cal, y, 12, MonthLength(cal, y, 12)}.JDN()
	if err != nil {
		return false
	}
	if !setInterval(e, first, last) {
		return false
	}
	setOwn(e, cal, isoYear(y))
	return true
}

func setOwn(e *Expr, cal Calendar, s string) {
	switch cal {
	case Jalali:
		e.Jalali = s
	case Hijri:
		e.Hijri = s
	default:
		e.Gregorian = s
		e.Value = s
	}
}

// setAround fills e with the month or year (in each calendar its own) that
// holds the day jdn.
func setAround(e *Expr, jdn int, g gran) bool {
	var out [3]string
	for i, cal := range []Calendar{Gregorian, Jalali, Hijri} {
		d, err := FromJDN(cal, jdn)
		if err != nil {
			return false
		}
		if g == gMonth {
			out[i] = isoMonth(d.Year, d.Month)
		} else {
			out[i] = isoYear(d.Year)
		}
	}
	e.Gregorian, e.Jalali, e.Hijri = out[0], out[1], out[2]
	e.Value = e.Gregorian
	return true
}

// weekdayEnglish names wd for warnings.
func weekdayEnglish(wd time.Weekday) string { return wd.String() }
