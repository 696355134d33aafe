package dates

import (
	"strings"
	"testing"
	"time"
)

// Known days, from public record (the Iranian calendar law, national
// holidays and Nowruz dates).
func TestKnownDays(t *testing.T) {
	tests := []struct {
		jalali, gregorian string
		jy, jm, jd        int
		gy, gm, gd        int
	}{
		{"Nowruz 1300", "", 1300, 1, 1, 1921, 3, 21},
		{"calendar law, 11 Farvardin 1304", "", 1304, 1, 11, 1925, 3, 31},
		{"22 Bahman 1357", "", 1357, 11, 22, 1979, 2, 11},
		{"12 Farvardin 1358", "", 1358, 1, 12, 1979, 4, 1},
		{"Nowruz 1395", "", 1395, 1, 1, 2016, 3, 20},
		{"Nowruz 1398", "", 1398, 1, 1, 2019, 3, 21},
		{"Nowruz 1399", "", 1399, 1, 1, 2020, 3, 20},
		{"30 Esfand 1399", "", 1399, 12, 30, 2021, 3, 20},
		{"Nowruz 1400", "", 1400, 1, 1, 2021, 3, 21},
		{"14 Bahman 1400", "", 1400, 11, 14, 2022, 2, 3},
		{"15 Bahman 1400", "", 1400, 11, 15, 2022, 2, 4},
		{"Nowruz 1401", "", 1401, 1, 1, 2022, 3, 21},
		{"Nowruz 1403", "", 1403, 1, 1, 2024, 3, 20},
		{"30 Esfand 1403", "", 1403, 12, 30, 2025, 3, 20},
		{"Nowruz 1404", "", 1404, 1, 1, 2025, 3, 21},
		{"1 Dey 1400", "", 1400, 10, 1, 2021, 12, 22},
		{"1 Mehr 1401", "", 1401, 7, 1, 2022, 9, 23},
	}
	for _, tt := range tests {
		j := Date{Jalali, tt.jy, tt.jm, tt.jd}
		g := Date{Gregorian, tt.gy, tt.gm, tt.gd}
		if got, err := j.Convert(Gregorian); err != nil || got != g {
			t.Errorf("%s: %v → %v, %v; want %v", tt.jalali, j, got, err, g)
		}
		if got, err := g.Convert(Jalali); err != nil || got != j {
			t.Errorf("%s: %v → %v, %v; want %v", tt.jalali, g, got, err, j)
		}
	}
	if wd := (Date{Jalali, 1400, 11, 14}).Weekday(); wd != time.Thursday {
		t.Errorf("14 Bahman 1400 is %v, want Thursday", wd)
	}
	if wd := (Date{Gregorian, 2022, 2, 4}).Weekday(); wd != time.Friday {
		t.Errorf("2022-02-04 is %v, want Friday", wd)
	}
	// 1 Muharram 1 AH is 16 July 622 Julian = 19 July 622 proleptic Gregorian.
	if g, err := (Date{Hijri, 1, 1, 1}).Convert(Gregorian); err != nil || g != (Date{Gregorian, 622, 7, 19}) {
		t.Errorf("1 Muharram 1 = %v, %v", g, err)
	}
}

// The Gregorian arithmetic against the standard library, every day of
// 1600–2400.
func TestGregorianAgainstTime(t *testing.T) {
	day := time.Date(1600, 1, 1, 12, 0, 0, 0, time.UTC)
	j0 := gregorianToJDN(1600, 1, 1)
	for j := j0; day.Year() < 2400; j++ {
		y, m, d := jdnToGregorian(j)
		if y != day.Year() || m != int(day.Month()) || d != day.Day() {
			t.Fatalf("JDN %d → %d-%d-%d, time says %v", j, y, m, d, day)
		}
		if gregorianToJDN(day.Year(), int(day.Month()), day.Day()) != j {
			t.Fatalf("%v → JDN %d, want %d", day, gregorianToJDN(day.Year(), int(day.Month()), day.Day()), j)
		}
		if w := jdnWeekday(j); w != day.Weekday() {
			t.Fatalf("%v: weekday %v, want %v", day, w, day.Weekday())
		}
		day = day.AddDate(0, 0, 1)
	}
}

// leap33 is the 33-year arithmetic rule.
func leap33(y int) bool { return floorMod(25*y+11, 33) < 8 }

// The Jalali conversion against a second, independent implementation:
// starting from one known day (1 Farvardin 1300 = 21 March 1921, a JDN the
// Gregorian code above checks against the standard library), walk every
// day of 1300–1500 AP with month lengths 6×31, 5×30, 29/30 and the 33-year
// leap rule, and compare both directions day by day.
func TestJalaliAgainst33YearRule(t *testing.T) {
	j := gregorianToJDN(1921, 3, 21)
	days := 0
	for y := 1300; y <= 1500; y++ {
		if got, want := IsLeap(Jalali, y), leap33(y); got != want {
			t.Errorf("IsLeap(Jalali, %d) = %v, 33-year rule says %v", y, got, want)
		}
		for m := 1; m <= 12; m++ {
			n := 31
			if m > 6 {
				n = 30
			}
			if m == 12 && !leap33(y) {
				n = 29
			}
			for d := 1; d <= n; d++ {
				if got := jalaliToJDN(y, m, d); got != j {
					t.Fatalf("jalaliToJDN(%d-%d-%d) = %d, want %d", y, m, d, got, j)
				}
				if gy, gm, gd := jdnToJalali(j); gy != y || gm != m || gd != d {
					t.Fatalf("jdnToJalali(%d) = %d-%d-%d, want %d-%d-%d", j, gy, gm, gd, y, m, d)
				}
				j++
				days++
			}
		}
	}
	if days != 73414 {
		t.Errorf("walked %d days, want 73414", days)
	}
}

// Round trip over the whole supported Jalali range, and monotonic days.
func TestJalaliRoundTripWide(t *testing.T) {
	first := jalaliToJDN(1, 1, 1)
	last := jalaliToJDN(3177, 12, 1)
	prev := Date{}
	for j := first; j <= last; j++ {
		d, err := FromJDN(Jalali, j)
		if err != nil {
			t.Fatalf("FromJDN(%d): %v", j, err)
		}
		if !d.Valid() {
			t.Fatalf("FromJDN(%d) = %v, not valid", j, d)
		}
		if back, _ := d.JDN(); back != j {
			t.Fatalf("%v → %d, want %d", d, back, j)
		}
		if prev.Year != 0 && d.Day != prev.Day+1 && d.Day != 1 {
			t.Fatalf("%v follows %v", d, prev)
		}
		prev = d
	}
}

// The tabular Hijri formula against month-by-month counting, for 1–2000 AH.
func TestHijriAgainstCounting(t *testing.T) {
	j := hijriEpoch
	for y := 1; y <= 2000; y++ {
		for m := 1; m <= 12; m++ {
			n := 30 - (m+1)%2 // odd months 30 days, even 29
			if m == 12 && floorMod(11*y+14, 30) < 11 {
				n = 30
			}
			for d := 1; d <= n; d++ {
				if got := hijriToJDN(y, m, d); got != j {
					t.Fatalf("hijriToJDN(%d-%d-%d) = %d, want %d", y, m, d, got, j)
				}
				if hy, hm, hd := jdnToHijri(j); hy != y || hm != m || hd != d {
					t.Fatalf("jdnToHijri(%d) = %d-%d-%d, want %d-%d-%d", j, hy, hm, hd, y, m, d)
				}
				j++
			}
		}
	}
}

func TestValidAndErrors(t *testing.T) {
	tests := []struct {
		d    Date
		want bool
	}{
		{Date{Jalali, 1399, 12, 30}, true},
		{Date{Jalali, 1400, 12, 30}, false},
		{Date{Jalali, 1400, 7, 31}, false},
		{Date{Jalali, 1400, 6, 31}, true},
		{Date{Jalali, 1400, 13, 1}, false},
		{Date{Jalali, 0, 1, 1}, false},
		{Date{Gregorian, 2024, 2, 29}, true},
		{Date{Gregorian, 1900, 2, 29}, false},
		{Date{Gregorian, 2000, 2, 29}, true},
		{Date{Gregorian, 2022, 4, 31}, false},
		{Date{Hijri, 1445, 1, 30}, true},
		{Date{Hijri, 1445, 2, 30}, false},
	}
	for _, tt := range tests {
		if got := tt.d.Valid(); got != tt.want {
			t.Errorf("%v %v Valid() = %v, want %v", tt.d.Calendar, tt.d, got, tt.want)
		}
	}
	if _, err := (Date{Jalali, 1400, 12, 30}).Convert(Gregorian); err != ErrRange {
		t.Errorf("converting 1400-12-30: err = %v, want ErrRange", err)
	}
}

func TestDateHelpers(t *testing.T) {
	d := Date{Jalali, 1400, 12, 29}
	next, err := d.AddDays(1)
	if err != nil || next != (Date{Jalali, 1401, 1, 1}) {
		t.Errorf("%v + 1 day = %v, %v; want 1401-01-01", d, next, err)
	}
	tm, err := next.Time(time.UTC)
	if err != nil || !tm.Equal(time.Date(2022, 3, 21, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("%v.Time = %v, %v", next, tm, err)
	}
	back, err := FromTime(time.Date(2022, 3, 21, 23, 0, 0, 0, time.UTC), Jalali)
	if err != nil || back != next {
		t.Errorf("FromTime = %v, %v; want %v", back, err, next)
	}
	if got := (Date{Jalali, -5, 1, 1}).String(); got != "-0005-01-01" {
		t.Errorf("String of year -5 = %+q", got)
	}
	if _, err := FromJDN(Jalali, 0); err != ErrRange {
		t.Errorf("FromJDN(Jalali, 0): err = %v, want ErrRange", err)
	}
	for _, tt := range []struct {
		name string
		cal  Calendar
		m    int
	}{{"بهمن", Jalali, 11}, {"دلو", Jalali, 11}, {"ژانويه", Gregorian, 1}, {"ربیع الاول", Hijri, 3}, {"ذی‌الحجه", Hijri, 12}} {
		cal, m, ok := LookupMonth(strings.ReplaceAll(tt.name, " ", ""))
		if !ok || cal != tt.cal || m != tt.m {
			t.Errorf("LookupMonth(%+q) = %v %d %v", tt.name, cal, m, ok)
		}
	}
	for _, tt := range []struct {
		name string
		wd   time.Weekday
	}{{"سه شنبه", time.Tuesday}, {"سه‌شنبه", time.Tuesday}, {"پنج شنبه", time.Thursday}, {"جمعه", time.Friday}, {"يكشنبه", time.Sunday}} {
		if wd, ok := LookupWeekday(tt.name); !ok || wd != tt.wd {
			t.Errorf("LookupWeekday(%+q) = %v %v", tt.name, wd, ok)
		}
	}
	if MonthName(Gregorian, 7, Afghanistan) != "جولای" || MonthName(Jalali, 13, Iran) != "" || WeekdayName(time.Saturday) != "شنبه" {
		t.Error("MonthName/WeekdayName")
	}
}
