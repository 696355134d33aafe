package normalize

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

type testCase struct {
	desc, in, want string
}

func runCases(t *testing.T, n *Normalizer, cases []testCase) {
	t.Helper()
	for _, c := range cases {
		if got := n.String(c.in); got != c.want {
			t.Errorf("%s: String(%+q)\n got %+q\nwant %+q", c.desc, c.in, got, c.want)
		}
	}
}

func TestLetters(t *testing.T) {
	n := New(Options{Letters: true})
	runCases(t, n, []testCase{
		{"arabic yeh and kaf", "علي كتاب", "علی کتاب"},
		{"alef maksura", "مصطفى", "مصطفی"},
		{"tatweel", "ســـلام", "سلام"},
		{"heh with yeh above", "خانۀ من", "خانهٔ من"},
		{"noon initial form is noon, not thal", "\uFEE7\uFEE4\uFEF4", "نمی"},
		{"isolated hamza stays hamza", "\uFE80", "ء"},
		{"lam-alef ligature", "\uFEFB", "لا"},
		{"keheh presentation forms", "\uFB8E\uFB90", "کک"},
		{"farsi yeh final form", "\uFBFD", "ی"},
		{"isolated fatha form keeps no space", "\uFE76", "\u064E"},
		{"no-break and thin spaces", "یک\u00A0دو\u2009سه", "یک دو سه"},
		{"byte order mark", "\uFEFFسلام", "سلام"},
		{"diacritics kept unless asked", "کِتاب", "کِتاب"},
		{"hamza above kept", "تأکید", "تأکید"},
		{"latin untouched", "Hello, World!", "Hello, World!"},
	})
	runCases(t, New(Options{Letters: true, RemoveDiacritics: true}), []testCase{
		{"diacritics removed", "کِتابٌ مُهِمّ", "کتاب مهم"},
		{"hamza above survives diacritics removal", "خانهٔ", "خانهٔ"},
	})
}

// TestPresentationForms checks every Arabic presentation form: it becomes
// its compatibility decomposition, with Arabic yeh and kaf made Persian,
// and the result holds only base Arabic letters and marks.
func TestPresentationForms(t *testing.T) {
	n := New(Options{Letters: true})
	fix := strings.NewReplacer("ي", "ی", "ى", "ی", "ك", "ک", "ە", "ه", "ہ", "ه", "ھ", "ه", "ۀ", "هٔ", "ٱ", "ا", "ې", "ی", "ۍ", "ی", "ڪ", "ک", "ۂ", "هٔ")
	checked := 0
	for _, rg := range [][2]rune{{0xFB50, 0xFDFF}, {0xFE70, 0xFEFE}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if !unicode.Is(unicode.Arabic, r) {
				continue
			}
			decomposed := norm.NFKC.String(string(r))
			if decomposed == string(r) {
				continue // no decomposition (ornate parentheses, the bismillah sign...): kept as is
			}
			got := n.String(string(r))
			want := strings.ReplaceAll(fix.Replace(decomposed), "ـ", "")
			if strings.HasPrefix(want, " ") && !strings.ContainsFunc(want[1:], unicode.IsLetter) {
				want = want[1:] // an isolated mark: the mark alone
			}
			if got != want {
				t.Errorf("U+%04X: got %+q, want %+q", r, got, want)
			}
			for _, c := range got {
				if (c < 0x600 || c > 0x6FF) && c != ' ' {
					t.Errorf("U+%04X: result %+q holds U+%04X, outside the Arabic block", r, got, c)
				}
			}
			checked++
		}
	}
	if checked < 600 {
		t.Errorf("checked only %d presentation forms", checked)
	}
}

func TestDigits(t *testing.T) {
	fa := New(Options{Digits: DigitsPersian})
	runCases(t, fa, []testCase{
		{"latin to persian", "سال 2014", "سال ۲۰۱۴"},
		{"arabic-indic to persian", "٤ فوریه", "۴ فوریه"},
		{"decimal point", "12.5 درصد", "۱۲٫۵ درصد"},
		{"thousands", "1,200 تومان", "۱٬۲۰۰ تومان"},
		{"persian separators kept", "۱۲٫۵ و ۱٬۲۰۰", "۱۲٫۵ و ۱٬۲۰۰"},
		{"date with slashes", "1400/11/14", "۱۴۰۰/۱۱/۱۴"},
		{"digits inside latin words stay", "COVID-19 و mp3", "COVID-19 و mp3"},
		{"url untouched", "https://example.com/a1?b=2", "https://example.com/a1?b=2"},
		{"email untouched", "ali.99@mail.ir", "ali.99@mail.ir"},
		{"comma list is not a thousands mark", "1,2", "۱,۲"},
	})
	runCases(t, New(Options{Digits: DigitsLatin}), []testCase{
		{"persian to latin", "۱۴ بهمن ۱۴۰۰", "14 بهمن 1400"},
		{"separators to latin", "۱۲٫۵ و ۱٬۲۰۰", "12.5 و 1,200"},
	})
}

func TestPunctuation(t *testing.T) {
	n := New(Options{Punctuation: true})
	runCases(t, n, []testCase{
		{"persian comma after persian word", "سلام, دنیا", "سلام، دنیا"},
		{"question mark", "چطوری?", "چطوری؟"},
		{"semicolon", "اول; دوم", "اول؛ دوم"},
		{"no space before, one after", "سلام ،دنیا .", "سلام، دنیا."},
		{"space after full stop", "پایان.آغاز", "پایان. آغاز"},
		{"collapse spaces", "یک    دو\t\tسه", "یک دو سه"},
		{"trailing spaces", "یک دو   \nسه", "یک دو\nسه"},
		{"guillemets", "او گفت« سلام »و رفت", "او گفت «سلام» و رفت"},
		{"parentheses", "جمعه ( ۴ فوریه )در پکن", "جمعه (۴ فوریه) در پکن"},
		{"abbreviation kept", "ه.ش", "ه.ش"},
		{"latin comma in english", "Hello , world", "Hello, world"},
		{"decimal not split", "۲.۵", "۲.۵"},
		{"ellipsis", "خب... بعد", "خب... بعد"},
	})
}

func TestCleanZWNJ(t *testing.T) {
	n := New(Options{CleanZWNJ: true})
	runCases(t, n, []testCase{
		{"doubled", "می\u200c\u200cکند", "می\u200cکند"},
		{"word edge", "\u200cکتاب\u200c ها", "کتاب ها"},
		{"after non-joining letter", "دیوار\u200cها", "دیوارها"},
		{"lone zwnj between spaces", "یک \u200c دو", "یک  دو"},
		{"kept where it joins", "کتاب\u200cها", "کتاب\u200cها"},
	})
}

// restoreCases hold half-spaces that were deleted or typed as spaces, and
// word pairs that must stay apart.
var restoreCases = []testCase{
	{"verb prefix, deleted", "میکند", "می\u200cکند"},
	{"negative verb prefix, deleted", "نمیدانم", "نمی\u200cدانم"},
	{"verb prefix, spaced", "می کند", "می\u200cکند"},
	{"compound, deleted", "بینالمللی", "بین\u200cالمللی"},
	{"compound, spaced", "بین المللی", "بین\u200cالمللی"},
	{"plural, spaced", "بازی های المپیک", "بازی\u200cهای المپیک"},
	{"plural, deleted", "چالشها", "چالش\u200cها"},
	{"perfect, deleted", "پرداختهاند", "پرداخته\u200cاند"},
	{"comparative, spaced", "عادلانه تر", "عادلانه\u200cتر"},
	{"comparative, deleted", "بزرگتر", "بزرگ\u200cتر"},
	{"compound noun, deleted", "همهگیری", "همه\u200cگیری"},
	{"compound tail, spaced", "چندجانبه گرایی", "چندجانبه\u200cگرایی"},
	{"plural after non-joining letter, spaced", "دیوار ها", "دیوارها"},
	{"prefixed verb, deleted", "برمیگردد", "برمی\u200cگردد"},
	{"known word starting like a prefix", "میز میدان میراث", "میز میدان میراث"},
	{"verb phrase stays apart", "انجام دهند", "انجام دهند"},
	{"passive stays apart", "داده شده", "داده شده"},
	{"phrase stays apart", "حائز اهمیت", "حائز اهمیت"},
	{"name stays apart", "شی جین پینگ", "شی جین پینگ"},
	{"preposition stays apart", "در پکن", "در پکن"},
	{"words after non-joining letters stay apart", "ما در خانه", "ما در خانه"},
	{"already correct", "می\u200cکند", "می\u200cکند"},
	{"no one-letter part between two half-spaces", "دریافتهایم", "دریافته\u200cایم"},
	{"no half-space after a letter that does not join", "فرورفتهاند", "فرورفته\u200cاند"},
	{"rare solid plural of a common word", "دخالتهای", "دخالت\u200cهای"},
	{"compound tail written apart, unknown alone", "علاقه مندان", "علاقه\u200cمندان"},
	{"بی before a derivation of a known word", "بی تعادلی", "بی\u200cتعادلی"},
	{"compound tail with the ezafe hamza", "تشکیل دهندهٔ", "تشکیل\u200cدهندهٔ"},
	{"a frequent pair written solid", "همینطور", "همین\u200cطور"},
	{"a verb body after می is not split", "فرومی بندیم", "فرومی\u200cبندیم"},
	{"a verb stem with its ending is not split", "ببندیم و بندیم", "ببندیم و بندیم"},
}

func TestRestoreZWNJ(t *testing.T) {
	runCases(t, New(Options{RestoreZWNJ: true}), restoreCases)
}

// TestRespectZWNJ checks that a line whose writer types half-spaces keeps
// the writer's solid words and spaced compounds, while affixes standing
// apart are still joined and lines without half-spaces are fully restored.
func TestRespectZWNJ(t *testing.T) {
	n := New(Options{RestoreZWNJ: true, RespectZWNJ: true})
	runCases(t, n, []testCase{
		{"solid words kept", "او می\u200cگوید اینها کتابهای خوبی اند", "او می\u200cگوید اینها کتابهای خوبی اند"},
		{"spaced compound kept", "رئیس جمهور بین المللی می\u200cگوید", "رئیس جمهور بین المللی می\u200cگوید"},
		{"بی phrase kept", "بی آنکه بداند می\u200cرود", "بی آنکه بداند می\u200cرود"},
		{"the month می kept", "در ۱۰ می سال ۲۰۲۲ می\u200cآید", "در ۱۰ می سال ۲۰۲۲ می\u200cآید"},
		{"plural standing apart joined", "کتاب ها را می\u200cخواند", "کتاب\u200cها را می\u200cخواند"},
		{"verb prefix standing apart joined", "کتاب\u200cها را می خواند", "کتاب\u200cها را می\u200cخواند"},
		{"the next line is restored in full", "کتاب\u200cها اینجاست\nمیگوید نامهها بینالمللی است", "کتاب\u200cها اینجاست\nمی\u200cگوید نامه\u200cها بین\u200cالمللی است"},
		{"a ZWNJ cleaning drops does not count", "دیوار\u200cها میگوید", "دیوار\u200cها می\u200cگوید"},
	})
	// without RespectZWNJ the same line is restored in full
	full := New(Options{RestoreZWNJ: true})
	if got, want := full.String("او می\u200cگوید کتابهای خوبی"), "او می\u200cگوید کتاب\u200cهای خوبی"; got != want {
		t.Errorf("without RespectZWNJ: got %+q, want %+q", got, want)
	}
}

func TestSpelling(t *testing.T) {
	runCases(t, New(Options{Spelling: SpellingStandard}), []testCase{
		{"hamza yeh", "رییس", "رئیس"},
		{"hamza plural", "مسایل", "مسائل"},
		{"hamza alef", "تاکید", "تأکید"},
		{"standard kept", "رئیس", "رئیس"},
	})
	runCases(t, New(Options{Spelling: SpellingSearch}), []testCase{
		{"fold hamza", "رئیس مسائل تأکید", "رییس مسایل تاکید"},
		{"fold zwnj", "می\u200cکند", "میکند"},
		{"variants meet", "رییس", "رییس"},
	})
	search := New(Options{Spelling: SpellingSearch, RestoreZWNJ: true})
	if a, b := search.String("رئیس جمهور"), search.String("رییس‌جمهور"); a != b {
		t.Errorf("search profile: %+q and %+q should fold together", a, b)
	}
}

// TestDefaultProfileConsistent checks that split usage follows one choice.
func TestDefaultProfileConsistent(t *testing.T) {
	n := Default()
	a, b, c := n.String("رییس جمهور"), n.String("رئیس جمهور"), n.String("رئیس\u200cجمهور")
	if a != b || b != c {
		t.Errorf("one profile, three spellings: %+q %+q %+q", a, b, c)
	}
}

func TestDefaultOnSentence(t *testing.T) {
	in := "رييس جمهور روسيه درباره مسایل بین المللی ، تاكيد كرد كه همكاريهاي دو كشور ادامه مييابد.سال 2022"
	want := "رئیس\u200cجمهور روسیه درباره مسائل بین\u200cالمللی، تأکید کرد که همکاری\u200cهای دو کشور ادامه می\u200cیابد. سال ۲۰۲۲"
	if got := Default().String(in); got != want {
		t.Errorf("got  %+q\nwant %+q", got, want)
	}
}

func TestBadInput(t *testing.T) {
	n := Default()
	for _, in := range []string{"", "\xff\xfe", "ab\x00cd", "سلام\xc3", "\u200c", " ", "\n\n", strings.Repeat("ـ", 100), "a\u0300", "🙂👍🏽", "x\r\ny"} {
		out := n.String(in)
		if !utf8.ValidString(out) {
			t.Errorf("String(%+q) = %+q: invalid UTF-8", in, out)
		}
		if again := n.String(out); again != out {
			t.Errorf("not idempotent on %+q: %+q then %+q", in, out, again)
		}
	}
	if got := n.String("a\xffb"); got != "a\uFFFDb" {
		t.Errorf("invalid byte: got %+q, want a replacement character", got)
	}
	if got := n.String("ab\x00cd"); got != "ab\x00cd" {
		t.Errorf("NUL lost: %+q", got)
	}
}

func TestMapOffsets(t *testing.T) {
	n := Default()
	for _, in := range []string{"رييس جمهور گفت: میکند بین المللی 2014 .", "ســلام\u200c\u200cدنیا", "\xffabc", ""} {
		out, off := n.Map(in)
		if want := n.String(in); out != want {
			t.Errorf("Map(%+q) text %+q differs from String %+q", in, out, want)
		}
		if len(off) != len(out)+1 || off[len(out)] != len(in) {
			t.Fatalf("Map(%+q): %d offsets for %d bytes, last %d", in, len(off), len(out), off[len(off)-1])
		}
		for i := 1; i < len(off); i++ {
			if off[i] < off[i-1] || off[i] > len(in) {
				t.Errorf("Map(%+q): offsets not monotone inside the input at %d: %v", in, i, off)
				break
			}
		}
	}
	in := "میکند و 2014"
	out, off := n.Map(in)
	i := strings.Index(out, "۲۰۱۴")
	if src := in[off[i]:off[i+len("۲۰۱۴")]]; src != "2014" {
		t.Errorf("span of ۲۰۱۴ points to %+q", src)
	}
	j := strings.Index(out, "و")
	if src := in[off[j]:off[j+len("و")]]; src != "و" {
		t.Errorf("span of و points to %+q", src)
	}
}

// TestTransformerSmallBuffers drives the transformer with tiny buffers and
// checks it agrees with String.
func TestTransformerSmallBuffers(t *testing.T) {
	n := Default()
	in := strings.Repeat("رييس جمهور گفت میکند بین المللی. ", 200) + "\nپایان"
	want := n.String(in)
	for _, size := range []int{1, 7, 64, 4096} {
		r := transform.NewReader(&chunkReader{s: in, n: size}, n)
		var sb strings.Builder
		buf := make([]byte, size)
		for {
			k, err := r.Read(buf)
			sb.Write(buf[:k])
			if err != nil {
				break
			}
		}
		if got := sb.String(); got != want {
			t.Errorf("chunks of %d: output differs from String (%d vs %d bytes)", size, len(got), len(want))
		}
	}
	got, _, err := transform.String(n, in)
	if err != nil || got != want {
		t.Errorf("transform.String: err %v, equal %v", err, got == want)
	}
}

// chunkReader returns at most n bytes a call.
type chunkReader struct {
	s string
	n int
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if len(c.s) == 0 {
		return 0, errEOF
	}
	k := copy(p[:min(len(p), c.n)], c.s)
	c.s = c.s[k:]
	return k, nil
}

func TestTransformerLongLine(t *testing.T) {
	n := Default()
	in := strings.Repeat("کتاب", 3000) // one 24 KB word: no space, no newline
	got, _, err := transform.String(n, in)
	if err != nil || len(got) != len(in) {
		t.Errorf("long word: err %v, %d bytes out of %d", err, len(got), len(in))
	}
}

func TestCleanTextDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items: allocations are not counted")
	}
	n := Default()
	clean := n.String("رئیس‌جمهور چین با اشاره به ادامهٔ همه‌گیری کرونا گفت که دو کشور همکاری می‌کنند.")
	if allocs := testing.AllocsPerRun(100, func() { n.String(clean) }); allocs != 0 {
		t.Errorf("String on clean text: %v allocations, want 0", allocs)
	}
}

// TestConcurrentUse runs one Normalizer from several goroutines; with -race
// it checks the pooled state and the word cache are not shared.
func TestConcurrentUse(t *testing.T) {
	n := Default()
	inputs := []string{"رييس جمهور گفت میکند", "بین المللی و بازی های المپیک", "تاكيد كرد كه همكاريها ادامه مييابد"}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		want[i] = n.String(in)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 200; k++ {
				i := k % len(inputs)
				if got := n.String(inputs[i]); got != want[i] {
					t.Errorf("concurrent String(%+q) = %+q, want %+q", inputs[i], got, want[i])
					return
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

// TestAffixClassMatchesLists checks that the fast affixClass switch and
// the affix lists the rules walk name the same words.
func TestAffixClassMatchesLists(t *testing.T) {
	lists := []struct {
		name string
		list [][]byte
		bit  uint8
	}{{"verbPrefixes", verbPrefixes, affVerbPrefix}, {"suffixes", suffixes, affSuffix}, {"heSuffixes", heSuffixes, affHe}, {"yeClitics", yeClitics, affYe}}
	want := map[string]uint8{"بی": affBi}
	for _, l := range lists {
		for _, w := range l.list {
			want[string(w)] |= l.bit
		}
	}
	for w, bits := range want {
		if got := affixClass([]byte(w)); got != bits {
			t.Errorf("affixClass(%+q) = %b, the lists say %b", w, got, bits)
		}
	}
	for _, w := range []string{"کتاب", "هاها", "میز", "تره", ""} {
		if got := affixClass([]byte(w)); got != 0 {
			t.Errorf("affixClass(%+q) = %b, want 0", w, got)
		}
	}
}

func TestIsAffix(t *testing.T) {
	for w, want := range map[string]bool{"می": true, "برمی": true, "بی": true, "های": true, "ترین": true, "اند": true, "شان": true, "کتاب": false, "میز": false, "": false} {
		if got := IsAffix(w); got != want {
			t.Errorf("IsAffix(%+q) = %v, want %v", w, got, want)
		}
	}
}

// SegmentsPrefix ends after the last complete segment: a line, or a piece
// of a long line; the text after it waits for more input.
func TestSegmentsPrefix(t *testing.T) {
	long := strings.Repeat("کتاب ها میکند ", 400) // about 9 KB, no newline
	tests := []struct {
		in   string
		want func(n int) bool
	}{
		{"", func(n int) bool { return n == 0 }},
		{"بینالمللی", func(n int) bool { return n == 0 }},
		{"یک\nدو", func(n int) bool { return n == len("یک\n") }},
		{"یک\nدو\n", func(n int) bool { return n == len("یک\nدو\n") }},
		{long, func(n int) bool { return n > len(long)-MaxSegmentBytes && n < len(long) }},
	}
	for _, tt := range tests {
		n := SegmentsPrefix([]byte(tt.in))
		if !tt.want(n) {
			t.Errorf("SegmentsPrefix(%d bytes) = %d", len(tt.in), n)
			continue
		}
		// normalizing the two parts alone gives the whole text normalized
		nz := Default()
		whole, _, _ := transform.String(nz, tt.in)
		a, _, _ := transform.String(nz, tt.in[:n])
		b, _, _ := transform.String(nz, tt.in[n:])
		if a+b != whole {
			t.Errorf("cut at %d of %d bytes changes the output", n, len(tt.in))
		}
	}
}
