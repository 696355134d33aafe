package tag

import (
	"bufio"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// handmade reads testdata/handmade.txt: sentences of word/UPOS.
func handmade(t testing.TB) (sents [][]string, gold [][]string) {
	t.Helper()
	f, err := os.Open("testdata/handmade.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var ws, gs []string
		for _, wt := range strings.Fields(line) {
			i := strings.LastIndexByte(wt, '/')
			if i <= 0 {
				t.Fatalf("bad word/TAG %+q", wt)
			}
			ws = append(ws, wt[:i])
			gs = append(gs, wt[i+1:])
		}
		sents = append(sents, ws)
		gold = append(gold, gs)
	}
	return sents, gold
}

// TestEmbeddedModelAccuracy checks the embedded model on the repository's
// own hand-tagged sample.
func TestEmbeddedModelAccuracy(t *testing.T) {
	sents, gold := handmade(t)
	tg := Default()
	right, total := 0, 0
	for k, ws := range sents {
		tags := tg.Tag(ws)
		if len(tags) != len(ws) {
			t.Fatalf("Tag(%+q) gave %d tags", ws, len(tags))
		}
		for i, tt := range tags {
			total++
			if tt.UPOS == gold[k][i] {
				right++
			} else {
				t.Logf("%+q in %+q: UPOS %s, want %s", ws[i], strings.Join(ws, " "), tt.UPOS, gold[k][i])
			}
		}
	}
	const floor = 0.90
	if acc := float64(right) / float64(total); acc < floor {
		t.Errorf("UPOS accuracy on testdata/handmade.txt = %.3f (%d/%d), want at least %.2f", acc, right, total, floor)
	}
}

// TestTreebankFloor reports and checks accuracy on the UD test sets, which
// the model never saw (skipped without ../shared/data).
func TestTreebankFloor(t *testing.T) {
	tests := []struct {
		path      []string
		conv      Convention
		uposFloor float64
	}{
		{[]string{"ud", "UD_Persian-Seraji", "fa_seraji-ud-test.conllu"}, Seraji, 95},
		{[]string{"ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu"}, PerDT, 93},
	}
	for _, tc := range tests {
		sents := sharedtest.Sentences(t, tc.path...)
		a := Default().Evaluate(sents, tc.conv)
		t.Logf("%s: %v", tc.path[len(tc.path)-1], a)
		if u, _, _, _ := a.Percent(); u < tc.uposFloor {
			t.Errorf("%s: UPOS %.2f%%, want at least %.1f%%", tc.path[len(tc.path)-1], u, tc.uposFloor)
		}
	}
}

// TestBadInput tags input no tokenizer should give, but a caller might.
func TestBadInput(t *testing.T) {
	long := make([]string, 10000)
	for i := range long {
		long[i] = []string{"کتاب", "را", "خواندم", ".", "x", "۱۲"}[i%6]
	}
	tests := []struct {
		desc  string
		words []string
	}{
		{"nil", nil},
		{"empty sentence", []string{}},
		{"empty word", []string{""}},
		{"10,000 words", long},
		{"latin", []string{"Hello", "WORLD", "go1.26"}},
		{"digits", []string{"123", "۴۵۶", "٧٨٩", "3.14", "۱۴۰۳/۰۱/۰۱"}},
		{"emoji", []string{"😀", "👍🏽", "کتاب", "🇮🇷"}},
		{"invalid utf-8", []string{"\xff\xfe", "ک\x80تاب"}},
		{"control and zwnj only", []string{"\x00", "\u200c", "\u200c\u200c", "\t"}},
		{"arabic letters and diacritics", []string{"كتابي", "كِتَابٌ", "ـــ"}},
	}
	for _, tc := range tests {
		for c := Convention(0); c < numConventions; c++ {
			tags := Default().TagAs(tc.words, c)
			if len(tags) != len(tc.words) {
				t.Fatalf("%s (%v): %d tags for %d words", tc.desc, c, len(tags), len(tc.words))
			}
			for i, tt := range tags {
				if tt.UPOS == "" {
					t.Errorf("%s (%v): word %+q got no UPOS", tc.desc, c, tc.words[i])
				}
			}
		}
	}
	// Digits and punctuation get the tags any reader expects.
	tags := Default().Tag([]string{"در", "سال", "۱۴۰۳", "."})
	if tags[2].UPOS != "NUM" || tags[3].UPOS != "PUNCT" {
		t.Errorf("digits and full stop tagged %+v", tags)
	}
}

func TestConventions(t *testing.T) {
	words := []string{"سازمان", "ملل", "متحد", "در", "نیویورک", "است", "."}
	ser := Default().TagAs(words, Seraji)
	per := Default().TagAs(words, PerDT)
	for i := range words {
		if ser[i].UPOS == "PROPN" {
			t.Errorf("Seraji convention tagged %+q PROPN (Seraji has no PROPN)", words[i])
		}
	}
	// The XPOS tag sets differ: a noun is N_SING in Seraji, N_IANM/N_ANM in PerDT.
	if ser[0].XPOS != "N_SING" || !strings.HasPrefix(per[0].XPOS, "N_") || per[0].XPOS == "N_SING" {
		t.Errorf("XPOS of %+q: Seraji %q, PerDT %q", words[0], ser[0].XPOS, per[0].XPOS)
	}
	if c, err := ParseConvention("PerDT"); err != nil || c != PerDT {
		t.Errorf("ParseConvention(PerDT) = %v, %v", c, err)
	}
	if _, err := ParseConvention("bijankhan"); err == nil {
		t.Error("ParseConvention accepted an unknown name")
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"clean persian", "کتاب", "کتاب"},
		{"arabic yeh and kaf", "كتابي", "کتابی"},
		{"diacritics dropped", "کِتاب", "کتاب"},
		{"tatweel dropped", "کتـــاب", "کتاب"},
		{"digits", "۱۴۰۳", "0000"},
		{"latin lower-cased", "Go1.26", "go0.00"},
		{"zwnj kept", "می\u200cروم", "می\u200cروم"},
		{"invalid utf-8 kept", "\xff", "\xff"},
	}
	for _, tc := range tests {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("%s: fold(%+q) = %+q, want %+q", tc.desc, tc.in, got, tc.want)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(fstest.MapFS{}); !errors.Is(err, ErrBadModel) {
		t.Errorf("Load(empty FS) error = %v, want ErrBadModel", err)
	}
	bad := fstest.MapFS{fileUPOS: {Data: []byte("not gzip")}}
	if _, err := Load(bad); !errors.Is(err, ErrBadModel) {
		t.Errorf("Load(bad upos) error = %v, want ErrBadModel", err)
	}
}

// TestTrainSaveLoad trains a tiny tagger from the hand-made sample, saves it
// and checks the loaded copy tags exactly like the original.
func TestTrainSaveLoad(t *testing.T) {
	sents, gold := handmade(t)
	var cs []*conllu.Sentence
	for k, ws := range sents {
		s := &conllu.Sentence{}
		for i, w := range ws {
			s.Words = append(s.Words, conllu.Word{ID: i + 1, Form: w, UPOS: gold[k][i], XPOS: gold[k][i]})
		}
		cs = append(cs, s)
	}
	for _, tc := range []struct {
		desc string
		bidi bool
	}{
		{"left to right", false},
		{"bidirectional", true},
	} {
		tr, err := Train(TrainOptions{Sources: []Source{{Convention: Seraji, Sentences: cs}}, Epochs: 10, Seed: 3, GoldDict: true,
			Bidirectional: tc.bidi, Raw: []io.Reader{strings.NewReader("من کتاب را خواندم.\nاو به خانه رفت.\n")}})
		if err != nil {
			t.Fatal(err)
		}
		if a := tr.Evaluate(cs, Seraji); a.UPOS < a.Words*95/100 {
			t.Errorf("%s: tiny model does not fit its own training data: %v", tc.desc, a)
		}
		dir := t.TempDir()
		if err := tr.Save(dir); err != nil {
			t.Fatal(err)
		}
		ld, err := Load(os.DirFS(dir))
		if err != nil {
			t.Fatal(err)
		}
		if got := ld.uposR != nil; got != tc.bidi {
			t.Errorf("%s: loaded model has a right-to-left model: %v", tc.desc, got)
		}
		if ld.bidiWeight != tr.bidiWeight {
			t.Errorf("%s: loaded right-to-left weight %v, trained %v", tc.desc, ld.bidiWeight, tr.bidiWeight)
		}
		for _, ws := range sents {
			a, b := tr.Tag(ws), ld.Tag(ws)
			for i := range a {
				if a[i] != b[i] {
					t.Errorf("%s: %+q: trained %+v, loaded %+v", tc.desc, ws[i], a[i], b[i])
				}
			}
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add("من کتاب را خواندم .")
	f.Add("Hello ۱۲۳ 😀 \xff")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Split(s, " ")
		tags := Default().Tag(words)
		if len(tags) != len(words) {
			t.Fatalf("%d tags for %d words", len(tags), len(words))
		}
		for _, tt := range tags {
			if tt.UPOS == "" || !utf8.ValidString(tt.XPOS) || !utf8.ValidString(tt.Feats) {
				t.Fatalf("bad tag %+v for %+q", tt, s)
			}
		}
	})
}

func BenchmarkTag(b *testing.B) {
	sents, _ := handmade(b)
	tg := Default()
	n := 0
	for _, s := range sents {
		n += len(s)
	}
	b.ResetTimer()
	for b.Loop() {
		for _, s := range sents {
			tg.Tag(s)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTagTreebank tags the PerDT dev set (gold words), a realistic mix
// of sentence lengths and unknown words.
func BenchmarkTagTreebank(b *testing.B) {
	sents := sharedtest.Sentences(b, "ud", "UD_Persian-PerDT", "fa_perdt-ud-dev.conllu")
	var words [][]string
	n := 0
	for _, s := range sents {
		var ws []string
		for _, w := range s.Words {
			ws = append(ws, w.Form)
		}
		words = append(words, ws)
		n += len(ws)
	}
	tg := Default()
	b.ResetTimer()
	for b.Loop() {
		for _, ws := range words {
			tg.Tag(ws)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "words/s")
}

// TestConcurrentUse tags from several goroutines at once; run with -race.
func TestConcurrentUse(t *testing.T) {
	sents, _ := handmade(t)
	tg := Default()
	want := make([][]Tag, len(sents))
	for i, s := range sents {
		want[i] = tg.Tag(s)
	}
	done := make(chan bool)
	for g := 0; g < 4; g++ {
		go func() {
			defer func() { done <- true }()
			for k := 0; k < 20; k++ {
				for i, s := range sents {
					got := tg.TagAs(s, Convention(k%3))
					if k%3 == 0 {
						for j := range got {
							if got[j] != want[i][j] {
								t.Errorf("%+q: concurrent %+v, alone %+v", s[j], got[j], want[i][j])
								return
							}
						}
					}
				}
			}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
}

// TestVerbInflection checks that verbs whose inflection settles their
// XPOS and FEATS get them (the model alone took خواندم for a plural
// subjunctive), in the Seraji convention only.
func TestVerbInflection(t *testing.T) {
	words := []string{"من", "دیروز", "کتاب", "را", "خواندم", "و", "به", "خانه", "رفتم", "."}
	tags := Default().Tag(words)
	for _, i := range []int{4, 8} {
		if tags[i].UPOS != "VERB" {
			t.Fatalf("%+q: UPOS %q, want VERB", words[i], tags[i].UPOS)
		}
		if tags[i].XPOS != "V_PA" || tags[i].Feats != "Number=Sing|Person=1|Tense=Past" {
			t.Errorf("%+q: %q %q, want V_PA Number=Sing|Person=1|Tense=Past", words[i], tags[i].XPOS, tags[i].Feats)
		}
	}
	if _, _, ok := verbTag(PerDT, "خواندم", "VERB"); ok {
		t.Errorf("the verb rules speak the Seraji convention and must not touch PerDT tags")
	}
}
