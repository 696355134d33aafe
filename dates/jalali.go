package dates

// jalaliBreaks are the Jalali years at which the pattern of leap years
// changes (Borkowski 1996, "The Persian calendar for 3000 years"); between
// two breaks leap years follow 33-year cycles.
var jalaliBreaks = [...]int{-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178}

// jalaliYear returns, for Jalali year jy, the years since the last leap year
// (0 for a leap year), the Gregorian year in which it starts and the day of
// March on which 1 Farvardin falls.
func jalaliYear(jy int) (leap, gy, march int) {
	gy = jy + 621
	leapJ := -14
	jp := jalaliBreaks[0]
	jump := 0
	for _, jm := range jalaliBreaks[1:] {
		jump = jm - jp
		if jy < jm {
			break
		}
		leapJ += floorDiv(jump, 33)*8 + floorDiv(floorMod(jump, 33), 4)
		jp = jm
	}
	n := jy - jp
	leapJ += floorDiv(n, 33)*8 + floorDiv(floorMod(n, 33)+3, 4)
	if floorMod(jump, 33) == 4 && jump-n == 4 {
		leapJ++
	}
	leapG := floorDiv(gy, 4) - floorDiv((floorDiv(gy, 100)+1)*3, 4) - 150
	march = 20 + leapJ - leapG
	if jump-n < 6 {
		n = n - jump + floorDiv(jump+4, 33)*33
	}
	leap = floorMod(floorMod(n+1, 33)-1, 4)
	if leap == -1 {
		leap = 4
	}
	return
}

func jalaliLeap(jy int) bool {
	if jy < jalaliBreaks[0] || jy >= jalaliBreaks[len(jalaliBreaks)-1] {
		return false
	}
	leap, _, _ := jalaliYear(jy)
	return leap == 0
}

func jalaliToJDN(jy, jm, jd int) int {
	_, gy, march := jalaliYear(jy)
	return gregorianToJDN(gy, 3, march) + (jm-1)*31 - floorDiv(jm, 7)*(jm-7) + jd - 1
}

func jdnToJalali(j int) (jy, jm, jd int) {
	gy, _, _ := jdnToGregorian(j)
	jy = gy - 621
	leap, _, march := jalaliYear(jy)
	start := gregorianToJDN(gy, 3, march)
	k := j - start
	if k >= 0 {
		if k <= 185 {
			return jy, 1 + k/31, k%31 + 1
		}
		k -= 186
	} else {
		jy--
		k += 179
		if leap == 1 {
			k++
		}
	}
	return jy, 7 + k/30, k%30 + 1
}
