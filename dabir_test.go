package dabir

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// checkDoc asserts the Doc invariants every caller relies on: spans lie
// inside the input on character boundaries, texts are the spans' slices,
// tokens are ordered and inside their sentence, and the changes turn the
// input into the normalized text.
func checkDoc(t *testing.T, in string, d *Doc) {
	t.Helper()
	if d.Text != in {
		t.Fatalf("Doc.Text = %+q, want the input %+q", d.Text, in)
	}
	inside := func(what string, sp Span, text string) {
		t.Helper()
		if sp.Start < 0 || sp.End > len(in) || sp.Start > sp.End {
			t.Fatalf("%s span %v outside the %d-byte input %+q", what, sp, len(in), in)
		}
		if in[sp.Start:sp.End] != text {
			t.Fatalf("%s text %+q, but input[%d:%d] = %+q", what, text, sp.Start, sp.End, in[sp.Start:sp.End])
		}
	}
	prev := 0
	for _, s := range d.Sentences {
		inside("sentence", s.Span, s.Text)
		for _, tk := range s.Tokens {
			inside("token", tk.Span, tk.Text)
			if tk.Span.Start < prev || tk.Span.Start < s.Span.Start || tk.Span.End > s.Span.End {
				t.Fatalf("token %+q at %v out of order or outside sentence %v (previous end %d)", tk.Text, tk.Span, s.Span, prev)
			}
			prev = tk.Span.Start
			if tk.NormSpan.End > len(d.Normalized) || d.Normalized[tk.NormSpan.Start:tk.NormSpan.End] != tk.Norm {
				t.Fatalf("token norm %+q does not match norm_span %v", tk.Norm, tk.NormSpan)
			}
		}
	}
	for _, e := range d.Entities {
		inside("entity "+e.Type, e.Span, e.Text)
	}
	var b strings.Builder
	pos := 0
	for _, c := range d.Changes {
		inside("change", c.From, c.Old)
		b.WriteString(in[pos:c.From.Start])
		b.WriteString(c.New)
		pos = c.From.End
	}
	b.WriteString(in[pos:])
	if b.String() != d.Normalized {
		t.Fatalf("changes rebuild %+q, want the normalized text %+q", b.String(), d.Normalized)
	}
}

func TestAnalyzeKeepsOriginalSpans(t *testing.T) {
	p := New(Options{})
	tests := []struct {
		desc string
		in   string
		want []string // token texts, as written in the input
	}{
		{desc: "plain sentence", in: "من به مدرسه رفتم.", want: []string{"من", "به", "مدرسه", "رفتم", "."}},
		{desc: "arabic letters and double space", in: "علي  به كتابخانه رفت", want: []string{"علي", "به", "كتابخانه", "رفت"}},
		{desc: "zwnj words stay whole", in: "کتاب‌ها را می‌خوانم", want: []string{"کتاب‌ها", "را", "می‌خوانم"}},
		{desc: "latin digits and punctuation", in: "سال 1400، خوب بود!", want: []string{"سال", "1400", "،", "خوب", "بود", "!"}},
	}
	for _, tc := range tests {
		d := p.Analyze(tc.in)
		checkDoc(t, tc.in, d)
		var got []string
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				got = append(got, tk.Text)
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: tokens %+q, want %+q", tc.desc, got, tc.want)
		}
	}
}

func TestAnalyzeSample(t *testing.T) {
	b, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	in := string(b)
	d := New(Options{}).Analyze(in)
	checkDoc(t, in, d)
	if len(d.Sentences) < 9 {
		t.Errorf("%d sentences in the 9-line article", len(d.Sentences))
	}
	// The month of ۱۴ بهمن is part of a date, not a person named Bahman:
	// no recognizer entity lies inside a date or time.
	dates := 0
	for _, dt := range d.Entities {
		if dt.Type != "DATE" && dt.Type != "TIME" {
			continue
		}
		dates++
		for _, e := range d.Entities {
			if e.Source == "ner" && dt.Span.Start <= e.Span.Start && e.Span.End <= dt.Span.End {
				t.Errorf("%s %+q inside %s %+q", e.Type, e.Text, dt.Type, dt.Text)
			}
		}
	}
	if dates == 0 {
		t.Errorf("no date found in the article")
	}
	// A word inside a recognized name is no verb: the tagger alone reads
	// بریکس in گروه بریکس as one.
	for _, e := range d.Entities {
		if e.Source != "ner" || e.Type == "NAT" {
			continue
		}
		for _, s := range d.Sentences {
			for _, tk := range s.Tokens {
				if e.Span.Start <= tk.Span.Start && tk.Span.End <= e.Span.End && (tk.UPOS == "VERB" || tk.UPOS == "AUX") {
					t.Errorf("%s in %s %+q tagged %s", tk.Text, e.Type, e.Text, tk.UPOS)
				}
			}
		}
	}
	// The Doc survives a JSON round trip.
	js, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	var back Doc
	if err := json.Unmarshal(js, &back); err != nil || back.Text != in || len(back.Sentences) != len(d.Sentences) {
		t.Errorf("JSON round trip: %v, %d sentences", err, len(back.Sentences))
	}
}

func TestStagesSwitchOff(t *testing.T) {
	in := "علي  كتابها را خواند."
	d := New(Options{NoNormalize: true, NoTokenize: true}).Analyze(in)
	checkDoc(t, in, d)
	if d.Normalized != in || len(d.Changes) != 0 || len(d.Sentences) != 0 || len(d.Entities) != 0 {
		t.Errorf("all stages off: %+v", d)
	}
	d = New(Options{NoTag: true, NoLemma: true, NoEntities: true, NoDates: true}).Analyze(in)
	checkDoc(t, in, d)
	for _, s := range d.Sentences {
		for _, tk := range s.Tokens {
			if tk.UPOS != "" || tk.Lemma != "" {
				t.Errorf("tag and lemma off, but token %+v", tk)
			}
		}
	}
	if got := New(Options{NoNormalize: true, NoTokenize: true, NoDates: true}).Stages(); len(got) != 0 {
		t.Errorf("Stages() = %q with every stage off", got)
	}
}

func TestAnalyzeConcurrent(t *testing.T) {
	p := New(Options{})
	in := "شی جین پینگ روز جمعه ۱۴ بهمن در پکن با ولادیمیر پوتین دیدار کرد."
	want, _ := json.Marshal(p.Analyze(in))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 10 {
				got, _ := json.Marshal(p.Analyze(in))
				if string(got) != string(want) {
					t.Errorf("concurrent Analyze differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{"", "سلام", "علي  به كتابخانه رفت.", "\xff\xfe ب", "می کند ــ ۱۴۰۰/۱۱/۱۵ 12.5%", "\u200c\u200c.", "a\x00b\r\nپ"} {
		f.Add(s)
	}
	p := New(Options{})
	f.Fuzz(func(t *testing.T, in string) {
		d := p.Analyze(in)
		checkDoc(t, in, d)
		if utf8.ValidString(in) && !utf8.ValidString(d.Normalized) {
			t.Fatalf("valid input %+q normalized to invalid UTF-8 %+q", in, d.Normalized)
		}
	})
}

// BenchmarkAnalyze runs the pipeline on the sample article (about 7.5 KB)
// with more and more stages; b.SetBytes makes "go test -bench" report MB/s.
func BenchmarkAnalyze(b *testing.B) {
	raw, err := os.ReadFile("testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(raw)
	off := Options{NoTokenize: true, NoTag: true, NoLemma: true, NoEntities: true, NoDates: true}
	steps := []struct {
		name string
		opts func(o *Options)
	}{
		{"normalize", func(o *Options) {}},
		{"+tokenize", func(o *Options) { o.NoTokenize = false }},
		{"+lemma", func(o *Options) { o.NoLemma = false }},
		{"+tag", func(o *Options) { o.NoTag = false }},
		{"+ner", func(o *Options) { o.NoEntities = false }},
		{"+dates", func(o *Options) { o.NoDates = false }},
	}
	opts := off
	for _, st := range steps {
		st.opts(&opts)
		p := New(opts)
		b.Run(st.name, func(b *testing.B) {
			p.Analyze(text) // load the models
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				p.Analyze(text)
			}
		})
	}
}
