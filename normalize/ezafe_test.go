package normalize

import "testing"

// stringCase is an input and the text the restorer should make of it.
type stringCase struct{ in, want string }

// checkRestored runs each case through a normalizer that cleans and
// restores half-spaces only.
func checkRestored(t *testing.T, tests []stringCase) {
	t.Helper()
	n := New(Options{CleanZWNJ: true, RestoreZWNJ: true})
	for _, tt := range tests {
		if got := n.String(tt.in); got != tt.want {
			t.Errorf("String(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// A lost half-space in Xهای is a plural with the ezafe only where a noun
// phrase can follow; before punctuation, از, که, است… it is Xه‌ای.
func TestPluralOrHeAi(t *testing.T) {
	checkRestored(t, []stringCase{
		{"در زمینهای از هنر", "در زمینه\u200cای از هنر"},
		{"زمینهای کشاورزی", "زمین\u200cهای کشاورزی"},
		{"این کار حرفهای است", "این کار حرفه\u200cای است"},
		{"او بازیکن حرفهای بود.", "او بازیکن حرفه\u200cای بود."},
		{"پس از شکستهای پی در پی", "پس از شکست\u200cهای پی در پی"},
		{"دل تو شکستهای.", "دل تو شکسته\u200cای."},
		{"چشمهای او", "چشم\u200cهای او"},
		{"سالهای ۱۳۵۷", "سال\u200cهای ۱۳۵۷"},
		// an unknown Xهای: the base that the counts know better wins
		{"یک گزینهای بهتر", "یک گزینه\u200cای بهتر"},
	})
}

// The learned splitter's proposals for unknown words are vetted: -تر
// after an unknown base is part of a loanword, ند after a known word is
// the copula; -تر after a word in silent ه is the comparative.
func TestSplitterVetted(t *testing.T) {
	checkRestored(t, []stringCase{
		{"این پارامتر را بدهید", "این پارامتر را بدهید"},
		{"آنها دوستان یکدیگرند.", "آنها دوستان یکدیگرند."},
		{"رفتاری سبعانهترین", "رفتاری سبعانه\u200cترین"},
		{"خانه بزرگتر است", "خانه بزرگ\u200cتر است"},
	})
}

// An ezafe ی written after a silent ه keeps its half-space (آینده‌ی); after
// a sounded ه (توجه, کلاه) the ی joins.
func TestEzafeYeAfterSilentHe(t *testing.T) {
	checkRestored(t, []stringCase{
		{"آیندهی ایران", "آینده\u200cی ایران"},
		{"گونهی جدید", "گونه\u200cی جدید"},
		{"شعبهی بانک", "شعبه\u200cی بانک"},
		{"توجهی نکرد", "توجهی نکرد"},
		{"کلاهی بر سر", "کلاهی بر سر"},
		{"به دادگاهی رفت", "به دادگاهی رفت"},
		{"آینده ی ایران", "آینده\u200cی ایران"},
		{"خانه ی من", "خانه\u200cی من"},
		{"حرف ی زد", "حرف ی زد"},
	})
}

// The plural suffix of an unknown word comes off a known base, which keeps
// its spelling; the learned splitter would cut the base too.
func TestPluralOfKnownBase(t *testing.T) {
	checkRestored(t, []stringCase{
		{"پناهگاههای امن", "پناهگاه\u200cهای امن"},
		{"گردهماییهای بزرگ", "گردهمایی\u200cهای بزرگ"},
		{"صرفهجوییهایی کردند", "صرفه\u200cجویی\u200cهایی کردند"},
		{"ما دریافتهایم که", "ما دریافته\u200cایم که"},
		// the base keeps its own half-space too
		{"وبسایتهای دیگر", "وب\u200cسایت\u200cهای دیگر"},
		// and so does a compound with a pronoun clitic written on
		{"وبسایتش را دیدم", "وب\u200cسایتش را دیدم"},
	})
}
