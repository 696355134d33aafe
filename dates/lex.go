package dates

import (
	"time"

	"github.com/dabir-nlp/dabir/numbers"
)

// lexInfo is what the finder knows about one folded word.
type lexInfo struct {
	key      string
	num      bool // a number word (or و, ام that continue one)
	month    *monthEntry
	monthPre bool // ربیع, جمادی, ذی: first half of a Hijri month
	mah      bool // the month name carries ماه (بهمن‌ماه)
	weekday  time.Weekday
	isWD     bool
	relDay   int  // امروز 0, دیروز -1 …
	isRelDay bool // relDay is set
	relYear  int  // امسال 0, پارسال -1
	isRelYr  bool
	unit     unit // duration unit
	dir      int  // after a unit: -1 پیش قبل گذشته, +1 بعد دیگر آینده, 0 with this: جاری
	isDir    bool
	this     bool // این، همین
	currency string
	percent  bool
	dayPart  dayPart
	calMark  Calendar // شمسی خورشیدی → Jalali, میلادی → Gregorian, قمری → Hijri
	isCal    bool
	hijriW   bool // هجری
	equal    bool // برابر، مصادف، مطابق
	counter  bool // نفر، تا، عدد: nouns that follow a count
	starts   bool // the word can begin an expression
	word     string
}

// unit is a unit of duration.
type unit uint8

const (
	uNone unit = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uMonth
	uYear
	uDecade
	uCentury
)

// dayPart is a part of the day that fixes the hour of a time.
type dayPart uint8

const (
	pNone dayPart = iota
	pMorning
	pDawn
	pNoon
	pAfternoon
	pEvening
	pNight
	pMidnight
)

// finderLex maps folded words to what the finder knows of them.
var finderLex = buildFinderLex()

func buildFinderLex() map[string]*lexInfo {
	m := map[string]*lexInfo{}
	get := func(w string) *lexInfo {
		k := numbers.Fold(w)
		e := m[k]
		if e == nil {
			e = &lexInfo{key: k, word: w}
			m[k] = e
		}
		return e
	}
	for k := range numberWordKeys() {
		get(k).num = true
	}
	for k, me := range monthWords {
		me := me
		get(k).month = &me
		// بهمن‌ماه, دی‌ماه: the month with ماه joined by ZWNJ
		e := get(k + "ماه")
		e.month, e.mah = &me, true
	}
	for k := range monthPrefixes {
		get(k).monthPre = true
	}
	for k, wd := range weekdayWords {
		e := get(k)
		e.weekday, e.isWD = wd, true
	}
	for w, d := range map[string]int{"امروز": 0, "امشب": 0, "دیروز": -1, "دیشب": -1, "فردا": 1,
		"پریروز": -2, "پس‌فردا": 2, "پریشب": -2, "فرداشب": 1} {
		e := get(w)
		e.relDay, e.isRelDay = d, true
	}
	for w, d := range map[string]int{"امسال": 0, "پارسال": -1} {
		e := get(w)
		e.relYear, e.isRelYr = d, true
	}
	for w, u := range map[string]unit{"ثانیه": uSecond, "دقیقه": uMinute, "ساعت": uHour, "روز": uDay,
		"هفته": uWeek, "ماه": uMonth, "سال": uYear, "دهه": uDecade, "قرن": uCentury, "سده": uCentury,
		// adjectives of length: ۱۶ ساله, ۲۴ ساعته, سه روزه
		"ساله": uYear, "ماهه": uMonth, "روزه": uDay, "ساعته": uHour, "دقیقه‌ای": uMinute, "هفته‌ای": uWeek} {
		get(w).unit = u
	}
	for w, d := range map[string]int{"پیش": -1, "قبل": -1, "گذشته": -1, "بعد": 1, "دیگر": 1,
		"آینده": 1, "آتی": 1, "بعدی": 1, "جاری": 0, "کنونی": 0, "اخیر": -1} {
		e := get(w)
		e.dir, e.isDir = d, true
	}
	get("پس") // پس فردا
	// the ezafe written as ی: هفته‌ی آینده
	for _, w := range []string{"هفته"} { // (سالی, روزی, ماهی are other words)
		e := get(w + "‌ی")
		e.unit, e.key = get(w).unit, w
	}
	get("سال‌های").starts = true
	for w := range partsOfMonth {
		get(w).starts = true
	}
	get("این").this = true
	for _, w := range []string{"نفر", "تا", "عدد", "بار", "مورد", "کیلو", "کیلومتر", "متر", "تن", "کشور"} {
		get(w).counter = true
	}
	get("همین").this = true
	for w, c := range map[string]string{"تومان": "IRT", "تومن": "IRT", "ریال": "IRR", "دلار": "USD",
		"یورو": "EUR", "پوند": "GBP", "درهم": "AED", "یوان": "CNY", "روبل": "RUB", "لیر": "TRY",
		"افغانی": "AFN", "روپیه": "INR", "فرانک": "CHF", "دینار": "IQD", "وون": "KRW",
		"تومانی": "IRT", "ریالی": "IRR", "دلاری": "USD", "یورویی": "EUR"} {
		get(w).currency = c
	}
	get("درصد").percent = true
	get("درصدی").percent = true
	for w, p := range map[string]dayPart{"صبح": pMorning, "بامداد": pDawn, "ظهر": pNoon,
		"بعدازظهر": pAfternoon, "عصر": pAfternoon, "غروب": pEvening, "شب": pNight, "نیمه‌شب": pMidnight} {
		get(w).dayPart = p
	}
	for w, c := range map[string]Calendar{"شمسی": Jalali, "خورشیدی": Jalali, "میلادی": Gregorian, "قمری": Hijri} {
		e := get(w)
		e.calMark, e.isCal = c, true
	}
	get("هجری").hijriW = true
	for _, w := range []string{"برابر", "مصادف", "مطابق"} {
		get(w).equal = true
	}
	for k, e := range m {
		e.starts = e.num && k != "و" && k != "ام" && k != "امین" || e.month != nil || e.monthPre || e.isWD ||
			e.isRelDay || e.isRelYr || e.this || e.unit != uNone || k == "پس" || k == "سالهای" || partsOfMonth[k] != [2]int{}
	}
	return m
}

// numberWordKeys lists the folded number words, with و and the ordinal
// suffixes that join them.
func numberWordKeys() map[string]bool {
	out := map[string]bool{"و": true, "ام": true, "امین": true}
	for _, w := range numberVocabulary {
		if numbers.IsNumberWord(w) {
			out[numbers.Fold(w)] = true
		}
	}
	for n := int64(0); n < 1000; n++ {
		for _, w := range []string{numbers.Words(n), numbers.OrdinalWords(n), numbers.OrdinalWordsPrenominal(n)} {
			if numbers.IsNumberWord(w) {
				out[numbers.Fold(w)] = true
			}
		}
	}
	return out
}

// numberVocabulary holds number words that Words does not produce.
var numberVocabulary = []string{"هزار", "میلیون", "میلیارد", "بیلیون", "تریلیون", "هزارم", "هزارمین",
	"میلیونم", "میلیونمین", "میلیاردم", "میلیاردمین", "نیم", "ربع", "منفی", "ممیز", "اول", "اولین",
	"نخست", "نخستین", "یکصد", "هیجده", "شیش", "سی‌ام", "سی‌امین", "دوصد", "پنجصد"}
