package morph

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func TestLemma(t *testing.T) {
	checkLemmas(t, Default(), []lemmaCase{
		{"present progressive", "می‌کند", "VERB", "کرد"},
		{"negated progressive", "نمی‌دانستند", "VERB", "دانست"},
		{"simple past", "رفتند", "VERB", "رفت"},
		{"subjunctive", "بخوانیم", "VERB", "خواند"},
		{"subjunctive of a stem in آ", "بیاید", "VERB", "آمد"},
		{"negated past of a stem in آ", "نیامد", "VERB", "آمد"},
		{"present perfect", "نوشته‌اند", "VERB", "نوشت"},
		{"participle", "شکسته", "VERB", "شکست"},
		{"unseen verb with a known stem", "نمی‌آمیزند", "VERB", "آمیخت"},
		{"present reading over a past stem no treebank uses", "وامی‌مانید", "VERB", "ماند"},
		{"present reading over an archaic past stem", "برمی‌شمارد", "VERB", "شمرد"},
		{"a past stem the treebanks use stays", "برسانید", "VERB", "رسانید"},
		{"a VERB reads on a stem used as a VERB, not the modal بایست", "بایستید", "VERB", "ایستاد"},
		{"the modal as AUX", "بایستی", "AUX", "بایست"},
		{"verb without upos", "می‌نویسم", "", "نوشت"},
		{"plural with zwnj", "کتاب‌ها", "NOUN", "کتاب"},
		{"plural with ezafe", "درس‌های", "NOUN", "درس"},
		{"plural in ان", "خبرنگاران", "NOUN", "خبرنگار"},
		{"plural in ات", "موضوعات", "NOUN", "موضوع"},
		{"unseen plural in یان of a known word", "فلسطینیان", "NOUN", "فلسطینی"},
		{"broken plural", "افراد", "NOUN", "فرد"},
		{"broken plural from patterns", "اطراف", "NOUN", "طرف"},
		{"a broken plural with its final hamza written", "فقهاء", "NOUN", "فقیه"},
		{"a broken plural with its final hamza written, another", "علماء", "NOUN", "عالم"},
		{"ezafe hamza", "زمینهٔ", "NOUN", "زمینه"},
		{"a joiner left before a clitic (PerDT)", "سفرنامه\u200c", "NOUN", "سفرنامه"},
		{"an unseen plural in یان after a consonant keeps the ی", "انقلابیان", "NOUN", "انقلابی"},
		{"an unseen participle in م…ین", "متهمین", "NOUN", "متهم"},
		{"an unseen compound ending in a known plural", "شیرمردان", "NOUN", "شیرمرد"},
		{"an unseen compound ending in a known plural in گان", "ابرستارگان", "NOUN", "ابرستاره"},
		{"an unseen compound ending in a known plural in ات", "ابرعبارات", "NOUN", "ابرعبارت"},
		{"an adverb only another treebank respells (PerDT)", "قطعا", "ADV", "قطعا"},
		{"a conjunction only another treebank respells (PerDT)", "مگه", "SCONJ", "مگه"},
		{"superlative", "بزرگ‌ترین", "ADJ", "بزرگ"},
		{"comparative", "بیشتر", "ADJ", "بیش"},
		{"unseen comparative of a known adjective", "ناهموارتر", "ADJ", "ناهموار"},
		{"singular noun stays", "ایران", "PROPN", "ایران"},
		{"two letters and ان make a word of their own", "بنان", "NOUN", "بنان"},
		{"a name keeps its form (not والله)", "والا", "PROPN", "والا"},
		{"a name still loses a plural ending", "روزنامه‌نگاران", "PROPN", "روزنامه‌نگار"},
		{"relative ی after a plural pronoun", "اینهایی", "PRON", "اینها"},
		{"a pronoun written without its madda", "انچه", "PRON", "آنچه"},
		{"a plural pronoun written without its madda (PerDT)", "انها", "PRON", "آنها"},
		{"plural pronoun stays (PerDT)", "اینان", "PRON", "اینان"},
		{"determiner stays (PerDT)", "دقیقه‌ها", "DET", "دقیقه‌ها"},
		{"the plural of a round number stays (PerDT)", "میلیون‌ها", "NOUN", "میلیون‌ها"},
		{"the plural of a round number stays, written solid (PerDT)", "هزارها", "NOUN", "هزارها"},
		{"plural pronoun in ‌ها (PerDT)", "همین‌ها", "PRON", "همینها"},
		{"plural pronoun another treebank lemmatizes (PerDT)", "اینان", "PRON", "اینان"},
		{"punctuation stays", "،", "PUNCT", "،"},
		{"clitic pronoun", "ش", "PRON", "او"},
		{"empty word", "", "", ""},
	})
}

func TestSplitClitics(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"کتابش", []string{"کتاب", "ش"}},
		{"کتاب‌هایشان", []string{"کتاب‌های", "شان"}},
		{"خانه‌ام", []string{"خانه\u200c", "ام"}},
		{"صدایش", []string{"صدا", "یش"}},
		{"مرا", []string{"م", "را"}},
		{"مردم", nil},
		{"رفتم", nil},
		{"نمی‌دانم", nil},
		{"ایران", nil},
		{"کشتند", nil},
		{"علی", nil},
	}
	for _, tt := range tests {
		got := SplitClitics(tt.word)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("SplitClitics(%+q) = %+q, want %+q", tt.word, got, tt.want)
		}
	}
}

// TestLemmaTreebankFloor checks the embedded lexicon on the first 300
// sentences of the PerDT test set (gold tokens and UPOS).
func TestLemmaTreebankFloor(t *testing.T) {
	p := sharedtest.Path(t, "ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu")
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := conllu.NewReader(f)
	l := Default()
	n, ok := 0, 0
	for i := 0; i < 300; i++ {
		s, err := r.Read()
		if err != nil {
			break
		}
		for _, w := range s.Words {
			n++
			if l.Lemma(w.Form, w.UPOS) == w.Lemma {
				ok++
			}
		}
	}
	if acc := 100 * float64(ok) / float64(n); acc < 96 {
		t.Errorf("lemma accuracy on %d PerDT test words = %.2f%%, want at least 96%%", n, acc)
	}
}

func BenchmarkLemma(b *testing.B) {
	l := Default()
	words := []struct{ w, u string }{
		{"می‌کند", "VERB"}, {"کتاب‌ها", "NOUN"}, {"در", "ADP"}, {"بزرگ‌ترین", "ADJ"}, {"نمی‌آمیزند", "VERB"},
		{"خبرنگاران", "NOUN"}, {"و", "CCONJ"}, {"رفتند", "VERB"}, {"ناشناخته‌ها", "NOUN"}, {"،", "PUNCT"},
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		w := words[i%len(words)]
		l.Lemma(w.w, w.u)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLemmaTreebank lemmatizes every word of the PerDT test set with
// its gold UPOS (skipped without ../shared/data).
func BenchmarkLemmaTreebank(b *testing.B) {
	sents := sharedtest.Sentences(b, "ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu")
	var words []conllu.Word
	for _, s := range sents {
		words = append(words, s.Words...)
	}
	l := Default()
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			l.Lemma(w.Form, w.UPOS)
		}
		n += len(words)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkLemmaTreebankContext lemmatizes every word of the PerDT test set
// in its sentence (LemmaAt, gold UPOS and FEATS), as 'dabir eval lemma'
// does (skipped without ../shared/data).
func BenchmarkLemmaTreebankContext(b *testing.B) {
	sents := sharedtest.Sentences(b, "ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu")
	var ss []Sentence
	for _, s := range sents {
		var st Sentence
		for _, w := range s.Words {
			st.Forms = append(st.Forms, w.Form)
			st.UPOS = append(st.UPOS, w.UPOS)
			st.Feats = append(st.Feats, w.Feats)
		}
		ss = append(ss, st)
	}
	l := Default()
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, s := range ss {
			for i := range s.Forms {
				l.LemmaAt(s, i)
			}
			n += len(s.Forms)
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "tokens/s")
}

// TestEmbeddedLexiconIsCurrent checks that the embedded lexicon is what
// 'dabir train lemma' (go generate) derives from ../shared/data today.
func TestEmbeddedLexiconIsCurrent(t *testing.T) {
	dir := sharedtest.Path(t)
	var buf bytes.Buffer
	if _, err := BuildLexicon(&buf, dir); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embeddedLexicon) {
		t.Errorf("morph/lexicon.tsv.gz is stale: run go generate ./morph")
	}
}

// lemmaCase is a word with its UPOS, the lemma it should get, and what the
// case shows.
type lemmaCase struct{ desc, word, upos, want string }

// checkLemmas checks the lemma l gives each case.
func checkLemmas(t *testing.T, l *Lemmatizer, tests []lemmaCase) {
	t.Helper()
	for _, tt := range tests {
		if got := l.Lemma(tt.word, tt.upos); got != tt.want {
			t.Errorf("%s: Lemma(%+q, %q) = %+q, want %+q", tt.desc, tt.word, tt.upos, got, tt.want)
		}
	}
}
