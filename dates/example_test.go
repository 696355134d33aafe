package dates_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/dabir-nlp/dabir/dates"
)

func ExampleFind() {
	ref := time.Date(2022, 2, 4, 0, 0, 0, 0, time.UTC)
	text := "روز جمعه ۱۴ بهمن (۴ فوریه) دو میلیون و پانصد هزار تومان، یعنی ۱۲٫۵ درصد بیشتر از سه روز پیش، پرداخت شد."
	for _, e := range dates.Find(text, ref) {
		fmt.Println(strings.TrimSpace(fmt.Sprintln(e.Type, e.Text, e.Value, e.Jalali, e.Unit)))
		for _, w := range e.Warnings {
			fmt.Println("  warning:", w)
		}
	}
	// Output:
	// DATE روز جمعه ۱۴ بهمن (۴ فوریه) 2022-02-04 1400-11-14
	//   warning: calendars disagree: jalali 1400-11-14 is gregorian 2022-02-03, but the text gives gregorian 2022-02-04 (jalali 1400-11-15)
	//   warning: weekday disagrees: جمعه (Friday) but jalali 1400-11-14 is پنجشنبه (Thursday)
	// MONEY دو میلیون و پانصد هزار تومان 2500000  IRT
	// PERCENT ۱۲٫۵ درصد 12.5
	// DATE سه روز پیش 2022-02-01 1400-11-12
}

func ExampleDate_Convert() {
	d := dates.Date{Calendar: dates.Jalali, Year: 1400, Month: 11, Day: 15}
	g, _ := d.Convert(dates.Gregorian)
	h, _ := d.Convert(dates.Hijri)
	fmt.Println(g, d.Weekday(), h)
	fmt.Println(d.Format(dates.Iran), "|", d.Format(dates.Afghanistan))
	fmt.Println(dates.IsLeap(dates.Jalali, 1403), dates.IsLeap(dates.Jalali, 1404))
	// Output:
	// 2022-02-04 Friday 1443-07-02
	// ۱۵ بهمن ۱۴۰۰ | ۱۵ دلو ۱۴۰۰
	// true false
}
