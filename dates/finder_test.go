package dates

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// ref is the reference date of the table: Friday 4 February 2022, which is
// 15 Bahman 1400.
var ref = time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC)

// exprCase is one row of the expression table. The expected values were
// worked out by hand from the calendar facts in the comments (month starts
// of 1399, 1400 and 1401, the reference day), not taken from the code.
type exprCase struct {
	in     string // the text given to the finder
	text   string // the expression expected in it; "" means all of in
	typ    Type
	value  string
	jalali string // DATE only, when checked; "" skips
	warn   int    // number of warnings expected
}

// Month starts used below: 1399 began on 2020-03-20 (leap year, 30 Esfand
// = 2021-03-20); 1400 began 2021-03-21: Farvardin 03-21, Ordibehesht
// 04-21, Khordad 05-22, Tir 06-22, Mordad 07-23, Shahrivar 08-23, Mehr
// 09-23, Aban 10-23, Azar 11-22, Dey 12-22, Bahman 2022-01-21, Esfand
// 2022-02-20; 1401 began 2022-03-21.
var dateCases = []exprCase{
	// the sample article
	{"روز جمعه ۱۴ بهمن (۴ فوریه) در پکن", "روز جمعه ۱۴ بهمن (۴ فوریه)", TypeDate, "2022-02-04", "1400-11-14", 2},
	{"در سال ۲۰۱۴ و زمانی", "سال ۲۰۱۴", TypeDate, "2014", "1392-10-11/1393-10-10", 0},
	// day month year, Jalali, every month of 1400 (day 10)
	{"۱۰ فروردین ۱۴۰۰", "", TypeDate, "2021-03-30", "1400-01-10", 0},
	{"۱۰ اردیبهشت ۱۴۰۰", "", TypeDate, "2021-04-30", "1400-02-10", 0},
	{"۱۰ خرداد ۱۴۰۰", "", TypeDate, "2021-05-31", "1400-03-10", 0},
	{"۱۰ تیر ۱۴۰۰", "", TypeDate, "2021-07-01", "1400-04-10", 0},
	{"۱۰ مرداد ۱۴۰۰", "", TypeDate, "2021-08-01", "1400-05-10", 0},
	{"۱۰ شهریور ۱۴۰۰", "", TypeDate, "2021-09-01", "1400-06-10", 0},
	{"۱۰ مهر ۱۴۰۰", "", TypeDate, "2021-10-02", "1400-07-10", 0},
	{"۱۰ آبان ۱۴۰۰", "", TypeDate, "2021-11-01", "1400-08-10", 0},
	{"۱۰ آذر ۱۴۰۰", "", TypeDate, "2021-12-01", "1400-09-10", 0},
	{"۱۰ دی ۱۴۰۰", "", TypeDate, "2021-12-31", "1400-10-10", 0},
	{"۱۰ بهمن ۱۴۰۰", "", TypeDate, "2022-01-30", "1400-11-10", 0},
	{"۱۰ اسفند ۱۴۰۰", "", TypeDate, "2022-03-01", "1400-12-10", 0},
	// the same days with the Dari (Afghan) month names
	{"۱۰ حمل ۱۴۰۰", "", TypeDate, "2021-03-30", "1400-01-10", 0},
	{"۱۰ ثور ۱۴۰۰", "", TypeDate, "2021-04-30", "1400-02-10", 0},
	{"۱۰ جوزا ۱۴۰۰", "", TypeDate, "2021-05-31", "1400-03-10", 0},
	{"۱۰ سرطان ۱۴۰۰", "", TypeDate, "2021-07-01", "1400-04-10", 0},
	{"۱۰ اسد ۱۴۰۰", "", TypeDate, "2021-08-01", "1400-05-10", 0},
	{"۱۰ سنبله ۱۴۰۰", "", TypeDate, "2021-09-01", "1400-06-10", 0},
	{"۱۰ میزان ۱۴۰۰", "", TypeDate, "2021-10-02", "1400-07-10", 0},
	{"۱۰ عقرب ۱۴۰۰", "", TypeDate, "2021-11-01", "1400-08-10", 0},
	{"۱۰ قوس ۱۴۰۰", "", TypeDate, "2021-12-01", "1400-09-10", 0},
	{"۱۰ جدی ۱۴۰۰", "", TypeDate, "2021-12-31", "1400-10-10", 0},
	{"۱۰ دلو ۱۴۰۰", "", TypeDate, "2022-01-30", "1400-11-10", 0},
	{"۱۰ حوت ۱۴۰۰", "", TypeDate, "2022-03-01", "1400-12-10", 0},
	// Latin and Arabic-Indic digits
	{"10 بهمن 1400", "", TypeDate, "2022-01-30", "1400-11-10", 0},
	{"١٠ بهمن ١٤٠٠", "", TypeDate, "2022-01-30", "1400-11-10", 0},
	// Gregorian months in Iranian spelling, day 15 of 2021
	{"۱۵ ژانویه ۲۰۲۱", "", TypeDate, "2021-01-15", "1399-10-26", 0},
	{"۱۵ فوریه ۲۰۲۱", "", TypeDate, "2021-02-15", "1399-11-27", 0},
	{"۱۵ مارس ۲۰۲۱", "", TypeDate, "2021-03-15", "1399-12-25", 0},
	{"۱۵ آوریل ۲۰۲۱", "", TypeDate, "2021-04-15", "1400-01-26", 0},
	{"۱۵ مه ۲۰۲۱", "", TypeDate, "2021-05-15", "1400-02-25", 0},
	{"۱۵ ژوئن ۲۰۲۱", "", TypeDate, "2021-06-15", "1400-03-25", 0},
	{"۱۵ ژوئیه ۲۰۲۱", "", TypeDate, "2021-07-15", "1400-04-24", 0},
	{"۱۵ اوت ۲۰۲۱", "", TypeDate, "2021-08-15", "1400-05-24", 0},
	{"۱۵ سپتامبر ۲۰۲۱", "", TypeDate, "2021-09-15", "1400-06-24", 0},
	{"۱۵ اکتبر ۲۰۲۱", "", TypeDate, "2021-10-15", "1400-07-23", 0},
	{"۱۵ نوامبر ۲۰۲۱", "", TypeDate, "2021-11-15", "1400-08-24", 0},
	{"۱۵ دسامبر ۲۰۲۱", "", TypeDate, "2021-12-15", "1400-09-24", 0},
	// Afghan spellings of Gregorian months, and variants
	{"۱۵ جنوری ۲۰۲۱", "", TypeDate, "2021-01-15", "1399-10-26", 0},
	{"۱۵ فبروری ۲۰۲۱", "", TypeDate, "2021-02-15", "1399-11-27", 0},
	{"۱۵ مارچ ۲۰۲۱", "", TypeDate, "2021-03-15", "1399-12-25", 0},
	{"۱۵ اپریل ۲۰۲۱", "", TypeDate, "2021-04-15", "1400-01-26", 0},
	{"۱۵ می ۲۰۲۱", "", TypeDate, "2021-05-15", "1400-02-25", 0},
	{"۱۵ جون ۲۰۲۱", "", TypeDate, "2021-06-15", "1400-03-25", 0},
	{"۱۵ جولای ۲۰۲۱", "", TypeDate, "2021-07-15", "1400-04-24", 0},
	{"۱۵ اگست ۲۰۲۱", "", TypeDate, "2021-08-15", "1400-05-24", 0},
	{"۱۵ آگوست ۲۰۲۱", "", TypeDate, "2021-08-15", "1400-05-24", 0},
	{"۱۵ سپتمبر ۲۰۲۱", "", TypeDate, "2021-09-15", "1400-06-24", 0},
	{"۱۵ اکتوبر ۲۰۲۱", "", TypeDate, "2021-10-15", "1400-07-23", 0},
	{"۱۵ نومبر ۲۰۲۱", "", TypeDate, "2021-11-15", "1400-08-24", 0},
	{"۱۵ دسمبر ۲۰۲۱", "", TypeDate, "2021-12-15", "1400-09-24", 0},
	{"۱ ژانويه ۲۰۲۲", "", TypeDate, "2022-01-01", "1400-10-11", 0},
	// historical days
	{"۲۲ بهمن ۱۳۵۷", "", TypeDate, "1979-02-11", "1357-11-22", 0},
	{"۱۲ فروردین ۱۳۵۸", "", TypeDate, "1979-04-01", "1358-01-12", 0},
	{"۲۸ مرداد ۱۳۳۲", "", TypeDate, "1953-08-19", "1332-05-28", 0},
	{"۲۰ شهریور ۱۳۸۰", "", TypeDate, "2001-09-11", "1380-06-20", 0},
	{"۱۱ سپتامبر ۲۰۰۱", "", TypeDate, "2001-09-11", "1380-06-20", 0},
	{"۱ فروردین ۱۴۰۳", "", TypeDate, "2024-03-20", "1403-01-01", 0},
	{"۳۰ اسفند ۱۴۰۳", "", TypeDate, "2025-03-20", "1403-12-30", 0},
	{"۱ فروردین ۱۴۰۴", "", TypeDate, "2025-03-21", "1404-01-01", 0},
	{"۳۰ اسفند ۱۳۹۹", "", TypeDate, "2021-03-20", "1399-12-30", 0},
	{"۱۴ خرداد ۱۳۶۸", "", TypeDate, "1989-06-04", "1368-03-14", 0},
	// ordinal and word days
	{"اول فروردین ۱۴۰۱", "", TypeDate, "2022-03-21", "1401-01-01", 0},
	{"بیست و دوم بهمن ۱۳۵۷", "", TypeDate, "1979-02-11", "1357-11-22", 0},
	{"چهاردهم بهمن", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"یکم دی", "", TypeDate, "2021-12-22", "1400-10-01", 0},
	{"سی‌ام آذر", "", TypeDate, "2021-12-21", "1400-09-30", 0},
	{"پانزده بهمن", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	// month word joined or followed by ماه, year with سال, markers
	{"۱۴ بهمن ماه ۱۴۰۰", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱۴ بهمن‌ماه ۱۴۰۰", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱۴ بهمن سال ۱۴۰۰", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱۴ بهمن ۱۴۰۰ شمسی", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱۴ بهمن ۱۴۰۰ هجری شمسی", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱۴ بهمن ۱۴۰۰ ه.ش", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۴ فوریه ۲۰۲۲ میلادی", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	// partial dates: the year nearest the reference day
	{"۱۴ بهمن", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۲۲ بهمن", "", TypeDate, "2022-02-11", "1400-11-22", 0},
	{"۲۰ اسفند", "", TypeDate, "2022-03-11", "1400-12-20", 0},
	{"۱ فروردین", "", TypeDate, "2022-03-21", "1401-01-01", 0},
	{"۱۰ دی", "", TypeDate, "2021-12-31", "1400-10-10", 0},
	{"۱۳ آبان", "", TypeDate, "2021-11-04", "1400-08-13", 0},
	{"۱ مهر", "", TypeDate, "2021-09-23", "1400-07-01", 0},
	{"۱۵ خرداد", "", TypeDate, "2022-06-05", "1401-03-15", 0},
	{"۴ فوریه", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"۱ ژانویه", "", TypeDate, "2022-01-01", "1400-10-11", 0},
	{"۲۵ دسامبر", "", TypeDate, "2021-12-25", "1400-10-04", 0},
	{"۸ مارس", "", TypeDate, "2022-03-08", "1400-12-17", 0},
	{"۱۵ دلو", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	// months and years
	{"بهمن ۱۴۰۰", "", TypeDate, "2022-01-21/2022-02-19", "1400-11", 0},
	{"دی ۱۴۰۰", "", TypeDate, "2021-12-22/2022-01-20", "1400-10", 0},
	{"بهمن ماه", "", TypeDate, "2022-01-21/2022-02-19", "1400-11", 0},
	{"در ماه رمضان", "ماه رمضان", TypeDate, "2022-04-03/2022-05-02", "1401-01-14/1401-02-12", 0},
	{"ماه مهر ۱۴۰۰", "", TypeDate, "2021-09-23/2021-10-22", "1400-07", 0},
	{"در فروردین ۱۴۰۱ شروع شد", "فروردین ۱۴۰۱", TypeDate, "2022-03-21/2022-04-20", "1401-01", 0},
	{"فوریه ۲۰۲۲", "", TypeDate, "2022-02", "1400-11-12/1400-12-09", 0},
	{"سال ۱۴۰۰", "", TypeDate, "2021-03-21/2022-03-20", "1400", 0},
	{"سال ۱۳۵۷", "", TypeDate, "1978-03-21/1979-03-20", "1357", 0},
	{"۱۳۵۷ شمسی", "", TypeDate, "1978-03-21/1979-03-20", "1357", 0},
	{"سال ۹۹", "", TypeDate, "2020-03-20/2021-03-20", "1399", 0},
	{"۲۰۲۲ میلادی", "", TypeDate, "2022", "1400-10-11/1401-10-10", 0},
	{"سال ۲۰۲۱ میلادی", "", TypeDate, "2021", "1399-10-12/1400-10-10", 0},
	{"سال ۱۴۴۳ قمری", "", TypeDate, "2021-08-10/2022-07-29", "1400-05-19/1401-05-07", 0},
	{"سال دو هزار و چهارده", "", TypeDate, "2014", "1392-10-11/1393-10-10", 0},
	{"سال ۱۳۱۷ هجری شمسی", "", TypeDate, "1938-03-21/1939-03-21", "1317", 0},
	{"سال ۱۴۴۳ ه.ق", "", TypeDate, "2021-08-10/2022-07-29", "1400-05-19/1401-05-07", 0},
	// numeric dates
	{"۱۴۰۰/۱۱/۱۴", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"1400-11-15", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"۲۰۲۲/۰۲/۰۴", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"2021-03-21", "", TypeDate, "2021-03-21", "1400-01-01", 0},
	{"۱۴/۱۱/۱۴۰۰", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۴/۲/۲۰۲۲", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"تاریخ ۱۳۹۹/۱۲/۳۰ ثبت شد", "۱۳۹۹/۱۲/۳۰", TypeDate, "2021-03-20", "1399-12-30", 0},
	// lunar Hijri (tabular: 1 Muharram 1443 = 2021-08-10)
	{"۱ محرم ۱۴۴۳", "", TypeDate, "2021-08-10", "1400-05-19", 0},
	{"۱ رجب ۱۴۴۳", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"۱ رمضان ۱۴۴۳", "", TypeDate, "2022-04-03", "1401-01-14", 0},
	{"۱۲ ربیع الاول ۱۴۴۳", "", TypeDate, "2021-10-19", "1400-07-27", 0},
	{"۱۲ ربیع‌الاول ۱۴۴۳", "", TypeDate, "2021-10-19", "1400-07-27", 0},
	{"۱۳ رجب ۱۴۴۳ قمری", "", TypeDate, "2022-02-15", "1400-11-26", 0},
	// weekday with date: agreeing, and not
	{"دوشنبه ۱۱ بهمن", "", TypeDate, "2022-01-31", "1400-11-11", 0},
	{"شنبه ۱۶ بهمن ۱۴۰۰", "", TypeDate, "2022-02-05", "1400-11-16", 0},
	{"سه شنبه ۱۲ بهمن", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"سه‌شنبه ۱۲ بهمن", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"سهشنبه ۱۲ بهمن", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"روز جمعه ۱۵ بهمن ۱۴۰۰", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"جمعه، ۱۵ بهمن ۱۴۰۰", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"جمعه ۱۴ بهمن ۱۴۰۰", "", TypeDate, "2022-02-03", "1400-11-14", 1},
	{"پنجشنبه ۴ فوریه ۲۰۲۲", "", TypeDate, "2022-02-04", "1400-11-15", 1},
	{"پنج‌شنبه ۱۴ بهمن", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	// two calendars for one day
	{"۱۵ بهمن ۱۴۰۰ (۴ فوریه ۲۰۲۲)", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"۱۴ بهمن ۱۴۰۰ (۴ فوریه ۲۰۲۲)", "", TypeDate, "2022-02-04", "1400-11-14", 1},
	{"۱۵ بهمن ۱۴۰۰ برابر با ۴ فوریه ۲۰۲۲", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"۱۵ بهمن ۱۴۰۰ مصادف با ۲ رجب ۱۴۴۳", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"۱۵ بهمن ۱۴۰۰ مصادف با ۳ رجب ۱۴۴۳", "", TypeDate, "2022-02-04", "1400-11-15", 1},
	// relative days
	{"امروز", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"دیروز", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"فردا", "", TypeDate, "2022-02-05", "1400-11-16", 0},
	{"پریروز", "", TypeDate, "2022-02-02", "1400-11-13", 0},
	{"پس‌فردا", "", TypeDate, "2022-02-06", "1400-11-17", 0},
	{"پس فردا", "", TypeDate, "2022-02-06", "1400-11-17", 0},
	{"دیشب", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"امشب", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"روز گذشته", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"سه روز پیش", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"۳ روز قبل", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"دو روز بعد", "", TypeDate, "2022-02-06", "1400-11-17", 0},
	{"۱۰ روز دیگر", "", TypeDate, "2022-02-14", "1400-11-25", 0},
	{"یک هفته پیش", "", TypeDate, "2022-01-28", "1400-11-08", 0},
	{"دو هفته بعد", "", TypeDate, "2022-02-18", "1400-11-29", 0},
	{"سه ماه پیش", "", TypeDate, "2021-11", "1400-08", 0},
	{"یک سال پیش", "", TypeDate, "2021", "1399", 0},
	{"۵ سال قبل", "", TypeDate, "2017", "1395", 0},
	// relative weeks, months, years (the Iranian week: Saturday–Friday)
	{"هفته گذشته", "", TypeDate, "2022-01-22/2022-01-28", "1400-11-02/1400-11-08", 0},
	{"هفته آینده", "", TypeDate, "2022-02-05/2022-02-11", "1400-11-16/1400-11-22", 0},
	{"این هفته", "", TypeDate, "2022-01-29/2022-02-04", "1400-11-09/1400-11-15", 0},
	{"ماه آینده", "", TypeDate, "2022-03", "1400-12", 0},
	{"ماه گذشته", "", TypeDate, "2022-01", "1400-10", 0},
	{"این ماه", "", TypeDate, "2022-02", "1400-11", 0},
	{"سال گذشته", "", TypeDate, "2021", "1399", 0},
	{"سال آینده", "", TypeDate, "2023", "1401", 0},
	{"امسال", "", TypeDate, "2022", "1400", 0},
	{"پارسال", "", TypeDate, "2021", "1399", 0},
	{"سال جاری", "", TypeDate, "2022", "1400", 0},
	// weekdays alone: the nearest such day
	{"جمعه", "", TypeDate, "2022-02-04", "1400-11-15", 0},
	{"شنبه", "", TypeDate, "2022-02-05", "1400-11-16", 0},
	{"یکشنبه", "", TypeDate, "2022-02-06", "1400-11-17", 0},
	{"دوشنبه", "", TypeDate, "2022-02-07", "1400-11-18", 0},
	{"سه‌شنبه", "", TypeDate, "2022-02-01", "1400-11-12", 0},
	{"چهارشنبه", "", TypeDate, "2022-02-02", "1400-11-13", 0},
	{"پنجشنبه", "", TypeDate, "2022-02-03", "1400-11-14", 0},
	{"روز یک‌شنبه", "", TypeDate, "2022-02-06", "1400-11-17", 0},
	{"شنبه گذشته", "", TypeDate, "2022-01-29", "1400-11-09", 0},
	{"جمعه آینده", "", TypeDate, "2022-02-11", "1400-11-22", 0},
	{"جمعه گذشته", "", TypeDate, "2022-01-28", "1400-11-08", 0},
	{"پنج شنبه", "", TypeDate, "2022-02-03", "1400-11-14", 0},
}

var timeCases = []exprCase{
	{"ساعت ۱۰", "", TypeTime, "T10:00", "", 0},
	{"ساعت ۱۰ صبح", "", TypeTime, "T10:00", "", 0},
	{"ساعت ۸ شب", "", TypeTime, "T20:00", "", 0},
	{"ساعت ۱۲ شب", "", TypeTime, "T00:00", "", 0},
	{"ساعت ۲ بامداد", "", TypeTime, "T02:00", "", 0},
	{"ساعت ۳ بعدازظهر", "", TypeTime, "T15:00", "", 0},
	{"ساعت ۳ بعد از ظهر", "", TypeTime, "T15:00", "", 0},
	{"ساعت ۴ عصر", "", TypeTime, "T16:00", "", 0},
	{"ساعت ۱ ظهر", "", TypeTime, "T13:00", "", 0},
	{"ساعت ۱۲ ظهر", "", TypeTime, "T12:00", "", 0},
	{"ساعت ۶ غروب", "", TypeTime, "T18:00", "", 0},
	{"ساعت ۱۴:۳۰", "", TypeTime, "T14:30", "", 0},
	{"۱۰:۳۰", "", TypeTime, "T10:30", "", 0},
	{"08:15", "", TypeTime, "T08:15", "", 0},
	{"ساعت ۱۰:۳۰ شب", "", TypeTime, "T22:30", "", 0},
	{"ساعت ۲۳:۵۹:۵۹", "", TypeTime, "T23:59:59", "", 0},
	{"ساعت ده و نیم", "", TypeTime, "T10:30", "", 0},
	{"ساعت هشت و ربع", "", TypeTime, "T08:15", "", 0},
	{"ساعت ۱۴ و ۳۰ دقیقه", "", TypeTime, "T14:30", "", 0},
	{"ساعت ۹ و ۴۵ دقیقه", "", TypeTime, "T09:45", "", 0},
	{"ساعت هفت صبح", "", TypeTime, "T07:00", "", 0},
	{"ساعت ده و نیم شب", "", TypeTime, "T22:30", "", 0},
	{"۱۰ صبح", "", TypeTime, "T10:00", "", 0},
	{"۷ عصر", "", TypeTime, "T19:00", "", 0},
	{"۹ شب", "", TypeTime, "T21:00", "", 0},
	{"جلسه ساعت ۱۶ برگزار شد", "ساعت ۱۶", TypeTime, "T16:00", "", 0},
	{"5.30 بعد از ظهر", "", TypeTime, "T17:30", "", 0},
	{"ساعت ۱۲:۵۵ بعد از ظهر", "", TypeTime, "T12:55", "", 0},
}

var durationCases = []exprCase{
	{"سه روز", "", TypeDuration, "P3D", "", 0},
	{"۲ ساعت", "", TypeDuration, "PT2H", "", 0},
	{"دو ساعت و نیم", "", TypeDuration, "PT2.5H", "", 0},
	{"نیم ساعت", "", TypeDuration, "PT0.5H", "", 0},
	{"۴۵ دقیقه", "", TypeDuration, "PT45M", "", 0},
	{"۳۰ ثانیه", "", TypeDuration, "PT30S", "", 0},
	{"پنج سال", "", TypeDuration, "P5Y", "", 0},
	{"۶ ماه", "", TypeDuration, "P6M", "", 0},
	{"دو هفته", "", TypeDuration, "P2W", "", 0},
	{"یک دهه", "", TypeDuration, "P10Y", "", 0},
	{"دو قرن", "", TypeDuration, "P200Y", "", 0},
	{"بیست و چهار ساعت", "", TypeDuration, "PT24H", "", 0},
	{"۱۰ روز", "", TypeDuration, "P10D", "", 0},
	{"هزار سال", "", TypeDuration, "P1000Y", "", 0},
	{"سه سال و نیم", "", TypeDuration, "P3.5Y", "", 0},
	{"مدت ۹۰ دقیقه", "۹۰ دقیقه", TypeDuration, "PT90M", "", 0},
	{"یک ربع ساعت", "", TypeDuration, "PT0.25H", "", 0},
	{"۱٫۵ ساعت", "", TypeDuration, "PT1.5H", "", 0},
	{"در ده سال گذشته", "ده سال", TypeDuration, "P10Y", "", 0},
	{"طی دو هفته آینده", "دو هفته", TypeDuration, "P2W", "", 0},
}

var moneyCases = []exprCase{
	{"دو میلیون و پانصد هزار تومان", "", TypeMoney, "2500000", "", 0},
	{"۱۰۰ دلار", "", TypeMoney, "100", "", 0},
	{"۵۰ یورو", "", TypeMoney, "50", "", 0},
	{"۲ میلیون تومان", "", TypeMoney, "2000000", "", 0},
	{"۳۰۰ هزار ریال", "", TypeMoney, "300000", "", 0},
	{"۱٬۲۰۰ دلار", "", TypeMoney, "1200", "", 0},
	{"۱۰ میلیارد دلار", "", TypeMoney, "10000000000", "", 0},
	{"پنج هزار تومان", "", TypeMoney, "5000", "", 0},
	{"۱۲٫۵ میلیون یورو", "", TypeMoney, "12500000", "", 0},
	{"۵۰۰ پوند", "", TypeMoney, "500", "", 0},
	{"۱۰۰۰ درهم", "", TypeMoney, "1000", "", 0},
	{"$۱۰۰", "", TypeMoney, "100", "", 0},
	{"۲۰ دلار آمریکا", "", TypeMoney, "20", "", 0},
	{"هزار و پانصد تومان", "", TypeMoney, "1500", "", 0},
	{"یک میلیون ریال", "", TypeMoney, "1000000", "", 0},
	{"۳ میلیارد یوان", "", TypeMoney, "3000000000", "", 0},
	{"۴۰۰ روبل", "", TypeMoney, "400", "", 0},
	{"۵ هزار افغانی", "", TypeMoney, "5000", "", 0},
	{"اسکناس ده هزار تومانی", "ده هزار تومانی", TypeMoney, "10000", "", 0},
	{"قیمت نفت به ۹۰ دلار رسید", "۹۰ دلار", TypeMoney, "90", "", 0},
	{"۲۵۰ هزار تومن", "", TypeMoney, "250000", "", 0},
	{"۱,۵۰۰,۰۰۰ ریال", "", TypeMoney, "1500000", "", 0},
	{"دو و نیم میلیون دلار", "", TypeMoney, "2500000", "", 0},
	{"۷ دلار", "", TypeMoney, "7", "", 0},
	{"15؛000 دلار", "", TypeMoney, "15000", "", 0},
}

var percentCases = []exprCase{
	{"۱۲٫۵ درصد", "", TypePercent, "12.5", "", 0},
	{"۵۰ درصد", "", TypePercent, "50", "", 0},
	{"پنجاه درصد", "", TypePercent, "50", "", 0},
	{"٪۵۰", "", TypePercent, "50", "", 0},
	{"50%", "", TypePercent, "50", "", 0},
	{"۲٫۳ درصد", "", TypePercent, "2.3", "", 0},
	{"صد درصد", "", TypePercent, "100", "", 0},
	{"سه و نیم درصد", "", TypePercent, "3.5", "", 0},
	{"۰٫۵ درصد", "", TypePercent, "0.5", "", 0},
	{"بیست و پنج درصد", "", TypePercent, "25", "", 0},
	{"رشد ۱۰ درصدی", "۱۰ درصدی", TypePercent, "10", "", 0},
	{"۷۵٪", "", TypePercent, "75", "", 0},
	{"تورم ۴۰ درصد شد", "۴۰ درصد", TypePercent, "40", "", 0},
	{"12.5 درصد", "", TypePercent, "12.5", "", 0},
	{"منفی دو درصد", "", TypePercent, "-2", "", 0},
}

var numberCases = []exprCase{
	{"۵ کشور", "۵", TypeNumber, "5", "", 0},
	{"بیست و پنج", "", TypeNumber, "25", "", 0},
	{"بیست‌وپنج", "", TypeNumber, "25", "", 0},
	{"بيست و يک", "", TypeNumber, "21", "", 0},
	{"۱٬۲۰۰", "", TypeNumber, "1200", "", 0},
	{"1,200", "", TypeNumber, "1200", "", 0},
	{"دو میلیون", "", TypeNumber, "2000000", "", 0},
	{"۲ میلیون", "", TypeNumber, "2000000", "", 0},
	{"۱۲٫۵", "", TypeNumber, "12.5", "", 0},
	{"12.5", "", TypeNumber, "12.5", "", 0},
	{"یک سوم", "", TypeNumber, "0.3333333333333333", "", 0},
	{"سه چهارم", "", TypeNumber, "0.75", "", 0},
	{"دو پنجم", "", TypeNumber, "0.4", "", 0},
	{"منفی پنج", "", TypeNumber, "-5", "", 0},
	{"هزار و چهارصد", "", TypeNumber, "1400", "", 0},
	{"صد و بیست", "", TypeNumber, "120", "", 0},
	{"١٢٣", "", TypeNumber, "123", "", 0},
	{"۰٫۲۵", "", TypeNumber, "0.25", "", 0},
	{"سیصد و شصت و پنج", "", TypeNumber, "365", "", 0},
	{"سه هزار و ۵۰۰", "", TypeNumber, "3500", "", 0},
	{"دو هزار و بیست و دو", "", TypeNumber, "2022", "", 0},
	{"یک میلیارد و دویست میلیون", "", TypeNumber, "1200000000", "", 0},
	{"دوازده ممیز پنج", "", TypeNumber, "12.5", "", 0},
	{"دو و نیم", "", TypeNumber, "2.5", "", 0},
	{"۸۰ میلیون نفر", "۸۰ میلیون", TypeNumber, "80000000", "", 0},
	{"هفتصد هزار", "", TypeNumber, "700000", "", 0},
	{"یازده", "", TypeNumber, "11", "", 0},
	{"نود و نه", "", TypeNumber, "99", "", 0},
	{"۱۴۰۰", "", TypeNumber, "1400", "", 0},
	{"چهل و هشت", "", TypeNumber, "48", "", 0},
	{"شش", "", TypeNumber, "6", "", 0},
	{"یکصد", "", TypeNumber, "100", "", 0},
	{"۱۰ نفر", "۱۰", TypeNumber, "10", "", 0},
	{"دو طرف", "دو", TypeNumber, "2", "", 0},
	{"نه نفر", "نه", TypeNumber, "9", "", 0},
	{"۱۰-۲۰ نفر", "۲۰", TypeNumber, "20", "", 0},
	{"۱٬۲۰۰-۱٬۵۰۰", "۱٬۵۰۰", TypeNumber, "1500", "", 0},
	{"یک نفر", "یک", TypeNumber, "1", "", 0},
}

var ordinalCases = []exprCase{
	{"بیستمین سالگرد", "بیستمین", TypeOrdinal, "20", "", 0},
	{"دوم", "", TypeOrdinal, "2", "", 0},
	{"روزهای نخست", "نخست", TypeOrdinal, "1", "", 0},
	{"سوم", "", TypeOrdinal, "3", "", 0},
	{"نخستین", "", TypeOrdinal, "1", "", 0},
	{"اولین", "", TypeOrdinal, "1", "", 0},
	{"بیست و یکم", "", TypeOrdinal, "21", "", 0},
	{"سی‌ام", "", TypeOrdinal, "30", "", 0},
	{"صدمین", "", TypeOrdinal, "100", "", 0},
	{"۲۰ام", "", TypeOrdinal, "20", "", 0},
	{"دومین", "", TypeOrdinal, "2", "", 0},
	{"پنجاهمین", "", TypeOrdinal, "50", "", 0},
	{"چهل و دومین", "", TypeOrdinal, "42", "", 0},
	{"هزارمین", "", TypeOrdinal, "1000", "", 0},
	{"یکم", "", TypeOrdinal, "1", "", 0},
	{"دومین روز", "دومین", TypeOrdinal, "2", "", 0},
	{"سیزدهمین", "", TypeOrdinal, "13", "", 0},
	{"صد و یکم", "", TypeOrdinal, "101", "", 0},
	{"۲۰ امین", "", TypeOrdinal, "20", "", 0},
	{"یازدهمین دوره", "یازدهمین", TypeOrdinal, "11", "", 0},
	{"چهارم", "", TypeOrdinal, "4", "", 0},
}

func allCases() []exprCase {
	var all []exprCase
	for _, c := range [][]exprCase{dateCases, timeCases, durationCases, moneyCases, percentCases, numberCases, ordinalCases} {
		all = append(all, c...)
	}
	return all
}

func TestFindTable(t *testing.T) {
	all := allCases()
	if len(all) < 300 {
		t.Errorf("table has %d expressions, want at least 300", len(all))
	}
	f := NewFinder(ref)
	for _, tt := range all {
		want := tt.text
		if want == "" {
			want = tt.in
		}
		got := f.Find(tt.in)
		var e *Expr
		for i := range got {
			if got[i].Text == want {
				e = &got[i]
			}
		}
		if e == nil {
			t.Errorf("Find(%+q): no expression %+q in %+v", tt.in, want, got)
			continue
		}
		if e.Type != tt.typ || e.Value != tt.value || (tt.jalali != "" && e.Jalali != tt.jalali) || len(e.Warnings) != tt.warn {
			t.Errorf("Find(%+q) = %+v\n\twant type %s value %s jalali %s and %d warnings", tt.in, *e, tt.typ, tt.value, tt.jalali, tt.warn)
		}
		if tt.in[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("Find(%+q): span %v holds %+q, not %+q", tt.in, e.Span, tt.in[e.Span.Start:e.Span.End], e.Text)
		}
	}
}

// Words that look like numbers or months but are not, in their context.
func TestFindNothing(t *testing.T) {
	for _, in := range []string{
		"نه، نمی‌آیم",
		"مهر و محبت",
		"بهمن گفت که می‌آید",
		"تیر خورد",
		"می شود",
		"دی ماه", // a month: checked below to be DATE, not here
		"",
		"\xff\xfe",
		"سلام دنیا",
		"COVID",
		"یک رکورد جدید",
		"شبکه بی بی سی",
		"سی ان ان",
		"روز دیگر",
	} {
		got := Find(in, ref)
		if in == "دی ماه" {
			if len(got) != 1 || got[0].Type != TypeDate || got[0].Jalali != "1400-10" {
				t.Errorf("Find(%+q) = %+v, want the month 1400-10", in, got)
			}
			continue
		}
		if len(got) != 0 {
			t.Errorf("Find(%+q) = %+v, want nothing", in, got)
		}
	}
}

// Without a reference date, partial dates keep no year and relative ones
// are flagged.
func TestFindNoRef(t *testing.T) {
	got := Find("۱۴ بهمن و دیروز", time.Time{})
	if len(got) != 2 || got[0].Value != "--11-14" || got[0].Jalali != "--11-14" || len(got[1].Warnings) != 1 {
		t.Errorf("Find without ref = %+v", got)
	}
}

func TestFindSpansInText(t *testing.T) {
	text := "گزارش\u200cها: در روز سه شنبه، ۱۲ بهمن ۱۴۰۰ ساعت ۱۰ صبح، ۲٫۵ میلیون دلار (۱۲ درصد بیشتر) پرداخت شد.\nسه روز پیش نیز ۵ نفر آمدند."
	got := Find(text, ref)
	want := []struct {
		text string
		typ  Type
	}{
		{"روز سه شنبه، ۱۲ بهمن ۱۴۰۰", TypeDate},
		{"ساعت ۱۰ صبح", TypeTime},
		{"۲٫۵ میلیون دلار", TypeMoney},
		{"۱۲ درصد", TypePercent},
		{"سه روز پیش", TypeDate},
		{"۵", TypeNumber},
	}
	if len(got) != len(want) {
		t.Fatalf("Find = %+v, want %d expressions", got, len(want))
	}
	for i, w := range want {
		if got[i].Text != w.text || got[i].Type != w.typ || text[got[i].Span.Start:got[i].Span.End] != got[i].Text {
			t.Errorf("expression %d = %+v, want %+q %s", i, got[i], w.text, w.typ)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, c := range allCases() {
		f.Add(c.in)
	}
	f.Add("\xff۱۴ بهمن\x00")
	fnd := NewFinder(ref)
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, e := range fnd.Find(s) {
			if e.Span.Start < prev || e.Span.End <= e.Span.Start || e.Span.End > len(s) {
				t.Fatalf("Find(%+q): bad span %v after %d", s, e.Span, prev)
			}
			if s[e.Span.Start:e.Span.End] != e.Text {
				t.Fatalf("Find(%+q): span %v is not %+q", s, e.Span, e.Text)
			}
			if utf8.ValidString(s) && !utf8.ValidString(e.Text) {
				t.Fatalf("Find(%+q): invalid UTF-8 in %+q", s, e.Text)
			}
			if e.Value == "" && len(e.Warnings) == 0 {
				t.Fatalf("Find(%+q): %+v has no value", s, e)
			}
			prev = e.Span.End
		}
	})
}

func BenchmarkFindNews(b *testing.B) {
	text := newsText(b)
	f := NewFinder(ref)
	var out []Expr
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		out = f.AppendFind(out[:0], text)
	}
}

func newsText(tb testing.TB) string {
	tb.Helper()
	b, err := readSample()
	if err != nil {
		tb.Skip("no sample article:", err)
	}
	return strings.Repeat(string(b)+"\n", 8)
}
