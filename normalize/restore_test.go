package normalize

import "testing"

// Unknown words that the rules or the learned splitter used to cut in the
// wrong place, from news text (NTREX) with its half-spaces deleted.
func TestUnknownWordsKeptWhole(t *testing.T) {
	checkRestored(t, []stringCase{
		// a known word with a solid ending: not the compound شاه‌دان
		{"شاهدان گفتند", "شاهدان گفتند"},
		{"او بازیکنم بود", "او بازیکنم بود"},
		{"همکارش آمد", "همکارش آمد"},
		{"چه نیکوست", "چه نیکوست"},
		// the letters of the plural suffix begin a frequent word (نهایت)
		{"درنهایت رفت", "درنهایت رفت"},
		// the ezafe ی after the ا of a listed word (بلایا)
		{"بلایای طبیعی", "بلایای طبیعی"},
	})
}

// The rules that keep words whole leave the usual restorations alone.
func TestUnknownWordsStillSplit(t *testing.T) {
	checkRestored(t, []stringCase{
		{"میگم که", "می\u200cگم که"}, // a verb prefix, though میگ is a word
		{"خانهات کجاست", "خانه\u200cات کجاست"},
		{"زندگیام", "زندگی\u200cام"},
		{"کتابهایت", "کتاب\u200cهایت"},
		{"بینهایت", "بی\u200cنهایت"},
	})
}

// Spoken Persian writes a plural with a clitic as ها + ش, ت, م, شون…:
// after a known word it takes the plural's half-space, but not where the
// word with ه is itself a word, or the spoken form of one in انه.
func TestSpokenPluralClitics(t *testing.T) {
	checkRestored(t, []stringCase{
		{"کفشهام کجاست", "کفش\u200cهام کجاست"},
		{"داستانهاشون", "داستان\u200cهاشون"},
		{"موفقیتهاتون", "موفقیت\u200cهاتون"},
		{"خانهاش", "خانه\u200cاش"},       // خانه: a word
		{"خونهات کجاست", "خونهات کجاست"}, // خونه: spoken خانه
	})
}

// The spoken clitics and the ezafe ی after a silent ه take a half-space;
// the ه counts as silent when the counted text writes the word with a
// half-space before ای, ها or اش, or with the ezafe as a hamza (همهٔ).
func TestSpokenCliticsAfterSilentHe(t *testing.T) {
	checkRestored(t, []stringCase{
		{"همهی ما", "همه\u200cی ما"},
		{"حوصلهم سر رفت", "حوصله\u200cم سر رفت"},
		{"همهش دروغه", "همه\u200cش دروغه"},
		{"خسته شدهن", "خسته شده\u200cن"},
		{"بقیهس", "بقیه\u200cس"},
		// a sounded ه joins: گروهم, کوهش
		{"گروهم رفت", "گروهم رفت"},
		{"کوهش بلند", "کوهش بلند"},
	})
}

// A plural suffix typed apart joins its word, but never a word that is
// already a plural (های‌استریت, a name, after فروشگاه‌های).
func TestNoPluralOfPlural(t *testing.T) {
	checkRestored(t, []stringCase{
		{"فروشگاههای های استریت", "فروشگاه\u200cهای های استریت"},
		{"تنهایی هایم", "تنهایی\u200cهایم"},
		{"بازی های ما", "بازی\u200cهای ما"},
	})
}

// Spoken clitics typed apart join their word as the deleted ones are
// restored: after a silent ه, and a plural with a pronoun after a word.
func TestSpokenCliticsTypedApart(t *testing.T) {
	checkRestored(t, []stringCase{
		{"حوصله م سر رفت", "حوصله\u200cم سر رفت"},
		{"زیر مقنعه م", "زیر مقنعه\u200cم"}, // مقنعه begins no compound
		{"همه ش دروغه", "همه\u200cش دروغه"},
		{"دست هامون", "دست\u200cهامون"},
		{"لباس هاش رو", "لباس\u200cهاش رو"},
		// a sounded ه, or a word after ا or و, stays apart
		{"گروه م", "گروه م"},
		{"سال ۲۰۱۴ م", "سال ۲۰۱۴ م"},
	})
}

// A compound whose tail is seen only inside compounds (دهندگان) is split
// after a known head of three letters or more.
func TestBoundTailCompound(t *testing.T) {
	checkRestored(t, []stringCase{
		{"رایدهندگان آمریکایی", "رای\u200cدهندگان آمریکایی"},
		{"دکترها آمدند", "دکترها آمدند"},
	})
}

// The demonstrative plurals are written alike, as the counted text writes
// most of them (solid): not آنها beside این‌ها. Typed apart, they take
// the half-space.
func TestDemonstrativePlurals(t *testing.T) {
	checkRestored(t, []stringCase{
		{"اینها و آنها", "اینها و آنها"},
		{"همینها را دیدم", "همینها را دیدم"},
		{"اینهایی که", "اینهایی که"},
		{"این ها را", "این\u200cها را"},
	})
}

// solidEntry lets a known word without a half-space form through without
// restoreEntry; for the demonstrative plurals that is right only while the
// counted text writes the family solid, as it does.
func TestDemonstrativesSolidForSolidEntry(t *testing.T) {
	if !demonstrativesSolid() {
		t.Error("the counted text writes the demonstrative plurals apart: solidEntry must then send همانها to restoreEntry")
	}
}
