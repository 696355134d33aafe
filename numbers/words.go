package numbers

import "strings"

// The word tables below follow the CLDR 48 Persian spell-out rules
// (rbnf-fa, %spellout-cardinal); ordinals are formed as Persian grammar
// forms them (cardinal + م, with یکم، دوم، سوم، سی‌ام).

var units = [...]string{"صفر", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه",
	"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده", "هجده", "نوزده"}

var tens = [...]string{"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"}

var hundreds = [...]string{"", "صد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد"}

// scaleNames names the powers of 1000 used by Words, as CLDR does: above a
// milliard the scales compose (هزار میلیارد = 10¹²).
var scaleNames = [...]string{"", "هزار", "میلیون", "میلیارد", "هزار میلیارد", "میلیون میلیارد", "میلیارد میلیارد"}

// Words spells n as Persian cardinal words: 0 → صفر, 25 → بیست و پنج,
// 1200 → هزار و دویست, 2500000 → دو میلیون و پانصد هزار, -7 → منفی هفت.
// A thousand alone is written هزار, not یک هزار; a million is یک میلیون.
func Words(n int64) string {
	if n == 0 {
		return units[0]
	}
	var b strings.Builder
	u := uint64(n)
	if n < 0 {
		b.WriteString("منفی ")
		u = uint64(-(n + 1)) + 1
	}
	var groups [7]int
	k := 0
	for u > 0 {
		groups[k] = int(u % 1000)
		u /= 1000
		k++
	}
	first := true
	for i := k - 1; i >= 0; i-- {
		g := groups[i]
		if g == 0 {
			continue
		}
		if !first {
			b.WriteString(" و ")
		}
		first = false
		if !(g == 1 && i == 1) {
			writeGroup(&b, g)
			if i > 0 {
				b.WriteByte(' ')
			}
		}
		b.WriteString(scaleNames[i])
	}
	return b.String()
}

// writeGroup writes 1 ≤ g ≤ 999.
func writeGroup(b *strings.Builder, g int) {
	sep := false
	if h := g / 100; h > 0 {
		b.WriteString(hundreds[h])
		sep = true
	}
	r := g % 100
	if r == 0 {
		return
	}
	if sep {
		b.WriteString(" و ")
	}
	if r < 20 {
		b.WriteString(units[r])
		return
	}
	b.WriteString(tens[r/10])
	if r%10 != 0 {
		b.WriteString(" و ")
		b.WriteString(units[r%10])
	}
}

// OrdinalWords spells n as a Persian ordinal in its predicative form:
// 1 → یکم, 2 → دوم, 3 → سوم, 20 → بیستم, 23 → بیست و سوم, 30 → سی‌ام,
// 1000 → هزارم. (The word اول and نخست also mean "first"; Parse reads them.)
func OrdinalWords(n int64) string {
	return ordinalSuffix(Words(n))
}

// OrdinalWordsPrenominal spells n as the ordinal that stands before its noun
// (بیستمین سالگرد, سومین روز): OrdinalWords plus ین, so 1 → یکمین,
// 3 → سومین, 30 → سی‌امین.
func OrdinalWordsPrenominal(n int64) string {
	return OrdinalWords(n) + "ین"
}

// ordinalSuffix turns the last word of a cardinal into an ordinal.
func ordinalSuffix(card string) string {
	last := card
	head := ""
	if i := strings.LastIndexByte(card, ' '); i >= 0 {
		head, last = card[:i+1], card[i+1:]
	}
	return head + ordinalOf(last)
}

func ordinalOf(w string) string {
	switch w {
	case "سه":
		return "سوم"
	case "سی":
		return "سی\u200cام"
	case "صفر":
		return "صفرم"
	}
	return w + "م"
}

// DecimalWords spells a decimal number written with Latin digits
// (as Number.Decimal is): "12.5" → دوازده ممیز پنج, "3.14" → سه ممیز چهارده,
// "0.05" → صفر ممیز صفر پنج, "-2.5" → منفی دو ممیز پنج. The fraction is read
// as a whole number after ممیز, its leading zeros as صفر. It reports false
// for a string that is not such a number or whose parts overflow int64.
func DecimalWords(dec string) (string, bool) {
	neg := strings.HasPrefix(dec, "-")
	if neg {
		dec = dec[1:]
	}
	ip, fp, hasPoint := strings.Cut(dec, ".")
	if ip == "" || (hasPoint && fp == "") || len(ip) > 18 || len(fp) > 18 {
		return "", false
	}
	for _, part := range []string{ip, fp} {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return "", false
			}
		}
	}
	var b strings.Builder
	if neg {
		b.WriteString("منفی ")
	}
	b.WriteString(Words(atoi(ip)))
	if hasPoint {
		b.WriteString(" ممیز")
		zeros := 0
		for zeros < len(fp)-1 && fp[zeros] == '0' {
			zeros++
			b.WriteString(" صفر")
		}
		b.WriteString(" ")
		b.WriteString(Words(atoi(fp[zeros:])))
	}
	return b.String(), true
}

func atoi(s string) int64 {
	var n int64
	for i := 0; i < len(s); i++ {
		n = n*10 + int64(s[i]-'0')
	}
	return n
}
