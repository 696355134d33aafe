package dates

import (
	"strconv"
	"time"

	"github.com/dabir-nlp/dabir/numbers"
)

// Style chooses between the month names of Iran and of Afghanistan.
type Style uint8

// Styles of month names.
const (
	Iran        Style = iota // فروردین…اسفند; ژانویه…دسامبر (CLDR fa)
	Afghanistan              // حمل…حوت (Dari); جنوری…دسمبر
)

// Month names, 1-based. The Iranian names are those of CLDR 48 (fa); the
// Afghan ones are the Dari names of the solar months (the signs of the
// zodiac) and the Gregorian months as Dari writes them.
var (
	jalaliIran = [13]string{"", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
		"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"}
	jalaliDari = [13]string{"", "حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله",
		"میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"}
	gregorianIran = [13]string{"", "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن",
		"ژوئیه", "اوت", "سپتامبر", "اکتبر", "نوامبر", "دسامبر"}
	gregorianAfghan = [13]string{"", "جنوری", "فبروری", "مارچ", "اپریل", "می", "جون",
		"جولای", "اگست", "سپتمبر", "اکتوبر", "نومبر", "دسمبر"}
	hijriNames = [13]string{"", "محرم", "صفر", "ربیع\u200cالاول", "ربیع\u200cالثانی", "جمادی\u200cالاول",
		"جمادی\u200cالثانی", "رجب", "شعبان", "رمضان", "شوال", "ذیقعده", "ذیحجه"}
	weekdayNames = [7]string{"یکشنبه", "دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه"}
)

// MonthName returns the name of month (1–12) of calendar cal in style, or
// "" for a month outside 1–12.
func MonthName(cal Calendar, month int, style Style) string {
	if month < 1 || month > 12 {
		return ""
	}
	switch cal {
	case Jalali:
		if style == Afghanistan {
			return jalaliDari[month]
		}
		return jalaliIran[month]
	case Hijri:
		return hijriNames[month]
	}
	if style == Afghanistan {
		return gregorianAfghan[month]
	}
	return gregorianIran[month]
}

// WeekdayName returns the Persian name of wd: time.Saturday → شنبه,
// time.Tuesday → سه‌شنبه, or "" for a value outside Sunday–Saturday.
func WeekdayName(wd time.Weekday) string {
	if wd < time.Sunday || wd > time.Saturday {
		return ""
	}
	return weekdayNames[wd]
}

// Format writes d as Persian prose in style, with Persian digits:
// ۱۴ بهمن ۱۴۰۰, ۴ فوریه ۲۰۲۲, ۱۴ دلو ۱۴۰۰.
func (d Date) Format(style Style) string {
	return numbers.ToPersian(strconv.Itoa(d.Day)) + " " + MonthName(d.Calendar, d.Month, style) +
		" " + numbers.ToPersian(strconv.Itoa(d.Year))
}

// monthEntry is a month name found in text.
type monthEntry struct {
	cal   Calendar
	month int
	weak  bool // also an everyday word or a name: a date only next to a number
}

// monthWords maps folded month names and their spelling variants to months.
var monthWords = func() map[string]monthEntry {
	m := map[string]monthEntry{}
	add := func(cal Calendar, names [13]string, weak ...string) {
		for i, n := range names[1:] {
			m[numbers.Fold(n)] = monthEntry{cal: cal, month: i + 1}
		}
		for _, w := range weak {
			e := m[numbers.Fold(w)]
			e.weak = true
			m[numbers.Fold(w)] = e
		}
	}
	add(Jalali, jalaliIran, "تیر", "مهر", "دی", "آذر", "بهمن")
	add(Jalali, jalaliDari, jalaliDari[1:]...)
	add(Gregorian, gregorianIran, "مه")
	add(Gregorian, gregorianAfghan, "می", "جون")
	add(Hijri, hijriNames, "محرم", "صفر", "رجب", "شعبان", "رمضان")
	variants := []struct {
		w     string
		cal   Calendar
		month int
		weak  bool
	}{
		{"ژانویهٔ", Gregorian, 1, false}, {"فوریهٔ", Gregorian, 2, false}, {"فبریه", Gregorian, 2, false},
		{"آپریل", Gregorian, 4, false}, {"اوریل", Gregorian, 4, false}, {"مهٔ", Gregorian, 5, true},
		{"ژوئیهٔ", Gregorian, 7, false}, {"ژوییه", Gregorian, 7, false}, {"ژوین", Gregorian, 6, false},
		{"آگوست", Gregorian, 8, false}, {"اگوست", Gregorian, 8, false}, {"آگست", Gregorian, 8, false},
		{"سپتمبر", Gregorian, 9, false}, {"اکتوبر", Gregorian, 10, false}, {"نوامبر", Gregorian, 11, false},
		{"ربیع‌الآخر", Hijri, 4, false}, {"ربیع‌الاخر", Hijri, 4, false}, {"جمادی‌الاولی", Hijri, 5, false},
		{"جمادی‌الآخر", Hijri, 6, false}, {"جمادی‌الاخری", Hijri, 6, false}, {"جمادی‌الثانیه", Hijri, 6, false},
		{"ذی‌القعده", Hijri, 11, false}, {"ذوالقعده", Hijri, 11, false}, {"ذی‌قعده", Hijri, 11, false},
		{"ذی‌الحجه", Hijri, 12, false}, {"ذوالحجه", Hijri, 12, false}, {"ذی‌حجه", Hijri, 12, false},
		{"مرداد", Jalali, 5, false}, {"امرداد", Jalali, 5, false},
	}
	for _, v := range variants {
		m[numbers.Fold(v.w)] = monthEntry{cal: v.cal, month: v.month, weak: v.weak}
	}
	return m
}()

// monthPrefixes are first halves of Hijri month names written apart
// (ربیع الاول, ذی الحجه).
var monthPrefixes = map[string]bool{"ربیع": true, "جمادی": true, "ذی": true, "ذو": true}

// LookupMonth returns the calendar and number of a month name, in any
// spelling this package knows (Arabic or Persian letters, with or without
// ZWNJ): بهمن → Jalali 11, فوریه → Gregorian 2, دلو → Jalali 11,
// ربیع‌الاول → Hijri 3.
func LookupMonth(name string) (Calendar, int, bool) {
	e, ok := monthWords[numbers.Fold(name)]
	return e.cal, e.month, ok
}

// weekdayWords maps folded weekday names to weekdays (پنجشنبه and
// پنج‌شنبه fold alike).
var weekdayWords = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for i, n := range weekdayNames {
		m[numbers.Fold(n)] = time.Weekday(i)
	}
	m["یک‌شنبه"] = time.Sunday
	m["آدینه"] = time.Friday
	return m
}()

// LookupWeekday returns the weekday a Persian weekday name names, written
// with or without ZWNJ (سه‌شنبه, سهشنبه); a name written as two words
// (سه شنبه) must be passed with its space.
func LookupWeekday(name string) (time.Weekday, bool) {
	k := numbers.Fold(name)
	if wd, ok := weekdayWords[k]; ok {
		return wd, true
	}
	for i := 0; i < len(k); i++ {
		if k[i] == ' ' {
			wd, ok := weekdayWords[k[:i]+k[i+1:]]
			return wd, ok
		}
	}
	return 0, false
}
