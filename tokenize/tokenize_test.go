package tokenize

import (
	"os"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokens(t *testing.T) {
	tk := New(Options{})
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"zwnj words stay whole", "کتاب‌ها را می‌خوانم.", []string{"کتاب‌ها", "را", "می‌خوانم", "."}},
		{"persian comma and question mark", "چرا، نمی‌دانم؟", []string{"چرا", "،", "نمی‌دانم", "؟"}},
		{"guillemets", "«سلام» گفت", []string{"«", "سلام", "»", "گفت"}},
		{"persian decimal", "رشد ۲٫۵ درصد", []string{"رشد", "۲٫۵", "درصد"}},
		{"latin decimal", "نرخ 10.7 درصد", []string{"نرخ", "10.7", "درصد"}},
		{"date with slashes", "در تاریخ 31/10/1917 م. و", []string{"در", "تاریخ", "31/10/1917", "م.", "و"}},
		{"spaced slash is punctuation", "۴ / ۷ میلیارد", []string{"۴", "/", "۷", "میلیارد"}},
		{"percent sign", "5% تخفیف و ۲۰٪ سود", []string{"5%", "تخفیف", "و", "۲۰٪", "سود"}},
		{"abbreviation with dots", "سال ۱۳۰۰ ه.ش. بود", []string{"سال", "۱۳۰۰", "ه.ش.", "بود"}},
		{"abbreviation glued to a word", "روزنامه D.C.خانم", []string{"روزنامه", "D.C.", "خانم"}},
		{"abbreviation without final dot", "۵۰۰ ق.م در", []string{"۵۰۰", "ق.م", "در"}},
		{"ellipsis after one letter word", "و... بر", []string{"و", ".", ".", ".", "بر"}},
		{"url", "سایت https://example.com/a?b=1. را ببینید", []string{"سایت", "https://example.com/a?b=1", ".", "را", "ببینید"}},
		{"email", "به ali.rezaei@example.ir بنویسید", []string{"به", "ali.rezaei@example.ir", "بنویسید"}},
		{"latin name with hyphen", "سیارهٔ CoRoT-7b کشف شد", []string{"سیارهٔ", "CoRoT-7b", "کشف", "شد"}},
		{"hashtag and mention", "#ایران را @dabir دید", []string{"#ایران", "را", "@dabir", "دید"}},
		{"emoji with skin tone", "عالی👍🏽!", []string{"عالی", "👍🏽", "!"}},
		{"emoji zwj sequence", "خانواده 👨‍👩‍👧 ما", []string{"خانواده", "👨‍👩‍👧", "ما"}},
		{"parentheses", "پیامبر اکرم (ص) گفت", []string{"پیامبر", "اکرم", "(", "ص", ")", "گفت"}},
		{"invalid utf8 is kept", "الف\xffب", []string{"الف", "\xff", "ب"}},
		{"left-to-right mark is space", "سلام\u200eدنیا", []string{"سلام", "دنیا"}},
	}
	for _, tt := range tests {
		got := texts(tk.Tokens(tt.in))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: Tokens(%+q) = %+q, want %+q", tt.desc, tt.in, got, tt.want)
		}
	}
}

func TestSentences(t *testing.T) {
	tk := New(Options{})
	tests := []struct {
		desc, in string
		want     []string
	}{
		{"period and question mark", "او آمد. تو کجا بودی؟ من اینجا بودم.",
			[]string{"او آمد.", "تو کجا بودی؟", "من اینجا بودم."}},
		{"closing quote stays with the stop", "گفت: «بیا!» سپس رفت.",
			[]string{"گفت: «بیا!»", "سپس رفت."}},
		{"decimal is not a stop", "رشد ۲٫۵ درصد بود. خوب است.", []string{"رشد ۲٫۵ درصد بود.", "خوب است."}},
		{"abbreviation is not a stop", "در سال ۱۹۱۷ م. آغاز شد. پایان.", []string{"در سال ۱۹۱۷ م. آغاز شد.", "پایان."}},
		{"latin initials", "J. K. Rowling نوشت. خوب بود.", []string{"J. K. Rowling نوشت.", "خوب بود."}},
		{"ellipsis", "صبر کن… آمد.", []string{"صبر کن…", "آمد."}},
		{"exclamation run", "وای!!! چه خوب.", []string{"وای!!!", "چه خوب."}},
		{"blank line ends a paragraph", "عنوان خبر\n\nمتن خبر اینجاست.", []string{"عنوان خبر", "متن خبر اینجاست."}},
		{"single newline does not", "این جمله\nادامه دارد.", []string{"این جمله\nادامه دارد."}},
		{"numbered list", "۱. نان بخرید. ۲. شیر بخرید.", []string{"۱. نان بخرید.", "۲. شیر بخرید."}},
		{"list after a colon", "مراحل: 1. نصب 2. اجرا", []string{"مراحل: 1. نصب 2. اجرا"}},
		{"year at the end is a stop", "او در سال ۱۳۹۹. سپس رفت.", []string{"او در سال ۱۳۹۹.", "سپس رفت."}},
		{"quote closed after a space", "گفت: «به خانه برگردید. » سپس رفت.", []string{"گفت: «به خانه برگردید. »", "سپس رفت."}},
		{"latin title", "محصولات Dr. PawPaw فروش رفت. خوب بود.", []string{"محصولات Dr. PawPaw فروش رفت.", "خوب بود."}},
		{"news dateline", "تهران - ایرنا: وزیر امروز گفت.", []string{"تهران - ایرنا:", "وزیر امروز گفت."}},
		{"colon inside a sentence", "او گفت: فردا می‌آیم.", []string{"او گفت: فردا می‌آیم."}},
		{"lowercase latin after a period", "see fig. a below. بعد", []string{"see fig. a below.", "بعد"}},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range tk.Tokenize(tt.in) {
			got = append(got, tt.in[s.Span.Start:s.Span.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: sentences of %+q = %+q, want %+q", tt.desc, tt.in, got, tt.want)
		}
	}
}

func TestLineBreaks(t *testing.T) {
	tk := New(Options{LineBreaks: true})
	got := len(tk.Tokenize("سطر اول\nسطر دوم"))
	if got != 2 {
		t.Errorf("LineBreaks: got %d sentences, want 2", got)
	}
}

func TestDefaultSplitsClitics(t *testing.T) {
	tests := []struct {
		in   string
		want [][]string // words per token; nil = not split
	}{
		{"کتابش را برداشت", [][]string{{"کتاب", "ش"}, nil, nil}},
		{"مرا دید", [][]string{{"م", "را"}, nil}},
		{"زندگی‌شان سخت بود", [][]string{{"زندگی\u200c", "شان"}, nil, nil}},
		{"مردم رفتند", [][]string{nil, nil}},
	}
	for _, tt := range tests {
		var got [][]string
		for _, s := range Tokenize(tt.in) {
			for _, tok := range s.Tokens {
				got = append(got, tok.Words)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%+q) words = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// checkInvariants asserts the properties every tokenization has.
func checkInvariants(t *testing.T, in string, sents []Sentence) {
	t.Helper()
	var joined strings.Builder
	prev := 0
	for _, s := range sents {
		if len(s.Tokens) == 0 {
			t.Fatalf("empty sentence in %+q", in)
		}
		if s.Span.Start != s.Tokens[0].Span.Start || s.Span.End != s.Tokens[len(s.Tokens)-1].Span.End {
			t.Fatalf("sentence span %v does not cover its tokens in %+q", s.Span, in)
		}
		for _, tok := range s.Tokens {
			if tok.Span.Start < prev || tok.Span.End <= tok.Span.Start || tok.Span.End > len(in) {
				t.Fatalf("bad span %v (previous end %d, len %d) in %+q", tok.Span, prev, len(in), in)
			}
			if in[tok.Span.Start:tok.Span.End] != tok.Text {
				t.Fatalf("token text %+q != input %+q", tok.Text, in[tok.Span.Start:tok.Span.End])
			}
			// Words spell the token, but for a ZWNJ some treebank splits drop (نامه + ات).
			if len(tok.Words) > 0 && noZWNJ(strings.Join(tok.Words, "")) != noZWNJ(tok.Text) {
				t.Fatalf("words %+q do not spell token %+q", tok.Words, tok.Text)
			}
			prev = tok.Span.End
			joined.WriteString(tok.Text)
		}
	}
	var want strings.Builder
	for i := 0; i < len(in); {
		r, n := decode(in, i)
		if !(classOf(r) == clSpace && !(r == utf8.RuneError && n == 1)) {
			want.WriteString(in[i : i+n])
		}
		i += n
	}
	if joined.String() != want.String() {
		t.Fatalf("tokens joined = %+q, want the non-space text %+q", joined.String(), want.String())
	}
}

func TestInvariantsOnNews(t *testing.T) {
	b, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		t.Fatal(err) // the file is part of the repository
	}
	checkInvariants(t, string(b), Tokenize(string(b)))
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", "کتاب‌هایشان را ۲٫۵ بار خواند. تو؟", "a.b@c.de http://x.y/z.", "\xff\xfe«»\u200c\u200e", "ه.ش. ق.م 31/10/1917 م.", "👨‍👩‍👧 #تگ @x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkInvariants(t, in, Tokenize(in))
	})
}

func BenchmarkTokenize(b *testing.B) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	Tokenize(text) // load the lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tokenize(text)
	}
}

func BenchmarkTokenizeNoClitics(b *testing.B) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	tk := New(Options{})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tk.Tokenize(text)
	}
}

func noZWNJ(s string) string { return strings.ReplaceAll(s, "\u200c", "") }

// BenchmarkTokenizeTreebankText tokenizes the 3.8 MB raw text of the PerDT
// train set (skipped without ../shared/data).
func BenchmarkTokenizeTreebankText(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "ud", "UD_Persian-PerDT", "fa_perdt-ud-train.rawtext.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	Tokenize("کتابش") // load the lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		Tokenize(text)
	}
}

// TestHazmAbbreviations checks that every dotted abbreviation of Hazm's list
// is one token and does not end a sentence.
func TestHazmAbbreviations(t *testing.T) {
	b, err := os.ReadFile(sharedtest.Path(t, "lexicon", "hazm", "abbreviations.dat"))
	if err != nil {
		t.Fatal(err)
	}
	tk := New(Options{})
	n := 0
	for _, a := range strings.Split(string(b), "\n") {
		a = strings.TrimSpace(a)
		if !strings.Contains(a, ".") || strings.ContainsAny(a, " ()") {
			continue // bracketed forms such as (ع) are three tokens in the treebanks
		}
		n++
		in := "در سال ۵۰۰ " + a + " بود."
		sents := tk.Tokenize(in)
		if len(sents) != 1 {
			t.Errorf("%+q: %d sentences, want 1", in, len(sents))
			continue
		}
		found := false
		for _, tok := range sents[0].Tokens {
			found = found || tok.Text == a
		}
		if !found {
			t.Errorf("%+q: abbreviation %+q is not one token: %+q", in, a, texts(sents[0].Tokens))
		}
	}
	if n < 150 {
		t.Errorf("only %d dotted abbreviations read", n)
	}
}
