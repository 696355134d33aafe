package ner

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFindNewsArticle checks the entities of the sample news article
// (../testdata/news.txt, formal text, unlike the tweets the model learnt
// from).
func TestFindNewsArticle(t *testing.T) {
	b, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	ms := Default().Find(text)
	checkMentions(t, text, ms)
	for _, tc := range []struct {
		name  string
		types string // accepted types
		exact bool   // the mention must be exactly the name (else: contain it)
	}{
		{"شی جین پینگ", "PER", true},
		{"ویلادیمیر پوتین", "PER", true},
		{"ولادیمیر پوتین", "PER", true},
		{"پوتین", "PER", true},
		{"پکن", "LOC", true},
		// Sochi is named only inside "the Sochi Winter Olympics", an
		// event; flat NER keeps the event.
		{"سوچی", "LOC EVE", false},
		{"روسیه", "LOC", true},
		{"چین", "LOC", true},
		{"آسیا", "LOC", true},
		{"اروپا", "LOC", true},
		{"سازمان همکاری شانگهای", "ORG", true},
		{"بریکس", "ORG", false},
		{"سازمان ملل", "ORG", true},
		{"اتحادیه اقتصادی اوراسیا", "ORG", true},
		{"المپیک زمستانی", "EVE", false},
	} {
		found := false
		for _, m := range ms {
			if strings.Contains(tc.types, m.Type) && (m.Text == tc.name || !tc.exact && strings.Contains(m.Text, tc.name)) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%+q (%s) not found", tc.name, tc.types)
		}
	}
	// Every mention of Putin, however spelled, has one normalized form;
	// so has every mention of Xi Jinping.
	for _, name := range []string{"پوتین", "جین پینگ"} {
		forms := map[string]bool{}
		for _, m := range ms {
			if m.Type == "PER" && strings.Contains(m.Text, name) {
				forms[m.Normalized] = true
			}
		}
		if len(forms) != 1 {
			t.Errorf("mentions of %+q have normalized forms %v, want one", name, forms)
		}
	}
}

// checkMentions checks what every Find result must satisfy.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	last := 0
	for i, m := range ms {
		s, e := m.Span.Start, m.Span.End
		if s < last || s >= e || e > len(text) {
			t.Fatalf("mention %d: span %v out of order or outside the text (len %d)", i, m.Span, len(text))
		}
		last = e
		if text[s:e] != m.Text {
			t.Errorf("mention %d: text %+q, input has %+q", i, m.Text, text[s:e])
		}
		if utf8.RuneCountInString(text[:s])+utf8.RuneCountInString(text[s:e])+utf8.RuneCountInString(text[e:]) != utf8.RuneCountInString(text) {
			t.Errorf("mention %d: span %v splits a character", i, m.Span)
		}
		if m.Canonical < 0 || m.Canonical >= len(ms) || ms[m.Canonical].Type != m.Type {
			t.Errorf("mention %d: bad canonical %d", i, m.Canonical)
		}
		if m.Normalized == "" || !utf8.ValidString(m.Normalized) {
			t.Errorf("mention %d: normalized form %+q", i, m.Normalized)
		}
	}
}

func TestFindOddText(t *testing.T) {
	long := strings.Repeat("علی دایی در تهران با مردم دیدار کرد و ", 1250) // 10,000 words, one sentence
	for _, tc := range []struct {
		desc string
		in   string
		some bool // at least one mention expected
	}{
		{"empty", "", false},
		{"spaces", " \n\t \u200c ", false},
		{"no names", "امروز هوا خیلی خوب است و ما به پارک رفتیم.", false},
		{"latin only", "The quick brown fox jumps over the lazy dog.", false},
		{"invalid utf-8", "\xff\xfeسفر به \xc3ایران\x00 و \xe2\x80", false},
		{"controls", "\x01\x02 ایران \x7f", false},
		{"10000 words", long, true},
	} {
		ms := Default().Find(tc.in)
		checkMentions(t, tc.in, ms)
		if tc.some && len(ms) == 0 {
			t.Errorf("%s: no mention", tc.desc)
		}
		if !tc.some && tc.desc != "invalid utf-8" && tc.desc != "controls" && len(ms) > 0 {
			t.Errorf("%s: mentions %+v in %+q", tc.desc, ms, tc.in)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"", "شی جین پینگ رییس جمهوری چین در پکن بود.", "ولادیمیر پوتین و ویلادیمیر پوتین", "\xffایران\u200c", "Paris و تهران"} {
		f.Add(s)
	}
	r := Default()
	f.Fuzz(func(t *testing.T, s string) {
		checkMentions(t, s, r.Find(s))
	})
}

func TestFindConcurrent(t *testing.T) {
	r := Default()
	texts := []string{"ولادیمیر پوتین در مسکو بود.", "سازمان ملل متحد در نیویورک است.", "شی جین پینگ به پکن رفت."}
	want := make([][]Mention, len(texts))
	for i, s := range texts {
		want[i] = r.Find(s)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 20; k++ {
				i := (g + k) % len(texts)
				got := r.Find(texts[i])
				if len(got) != len(want[i]) {
					t.Errorf("goroutine %d: %d mentions in %+q, want %d", g, len(got), texts[i], len(want[i]))
					return
				}
				for j := range got {
					if got[j] != want[i][j] {
						t.Errorf("goroutine %d: %+v, want %+v", g, got[j], want[i][j])
					}
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}
