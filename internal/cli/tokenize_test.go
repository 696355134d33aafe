package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
	"github.com/dabir-nlp/dabir/morph"
)

func TestTokenizeCommand(t *testing.T) {
	in := "کتاب‌هایش را دیروز خریدم. قیمتش ۲٫۵ میلیون بود!\nسطر دوم"
	tests := []struct {
		desc string
		args []string
		want string
	}{
		{"text", []string{"tokenize"}, "کتاب‌هایش را دیروز خریدم .\nقیمتش ۲٫۵ میلیون بود !\nسطر دوم\n"},
		{"words", []string{"tokenize", "--words"}, "کتاب‌های ش را دیروز خریدم .\nقیمت ش ۲٫۵ میلیون بود !\nسطر دوم\n"},
		{"no split", []string{"tokenize", "--words", "--no-split"}, "کتاب‌هایش را دیروز خریدم .\nقیمتش ۲٫۵ میلیون بود !\nسطر دوم\n"},
		{"lemmatize", []string{"lemmatize"}, "کتاب‌های/کتاب ش/او را/را دیروز/دیروز خریدم/خرید ./.\nقیمت/قیمت ش/او ۲٫۵/۲٫۵ میلیون/میلیون بود/بود !/!\nسطر/سطر دوم/دوم\n"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, in, tt.args...)
		if code != ExitOK || out != tt.want {
			t.Errorf("%s: code %d, stdout %+q, want %+q (stderr %q)", tt.desc, code, out, tt.want, errs)
		}
	}
	if code, _, _ := run(t, in, "tokenize", "--format", "xml"); code != ExitUsage {
		t.Errorf("bad format: code %d, want %d", code, ExitUsage)
	}
}

func TestTokenizeJSONSpans(t *testing.T) {
	in := "او آمد. کتابش را برد."
	code, out, _ := run(t, in, "tokenize", "--format", "jsonl")
	if code != ExitOK {
		t.Fatalf("code %d", code)
	}
	for _, want := range []string{`"text":"کتابش","start":13,"end":23,"words":["کتاب","ش"]`, `"start":0,"end":12`} {
		if !strings.Contains(out, want) {
			t.Errorf("jsonl output %s lacks %s", out, want)
		}
	}
}

func TestTokenizeCoNLLURoundTrip(t *testing.T) {
	code, out, _ := run(t, "کتابش را خریدم.", "lemmatize", "--format", "conllu")
	if code != ExitOK {
		t.Fatalf("code %d", code)
	}
	sents, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil || len(sents) != 1 {
		t.Fatalf("output %q: %v", out, err)
	}
	s := sents[0]
	if len(s.Multiwords) != 1 || s.Multiwords[0].Form != "کتابش" || len(s.Words) != 5 {
		t.Errorf("got multiwords %+v, %d words; want کتابش split in two and 5 words", s.Multiwords, len(s.Words))
	}
	if s.Words[3].Lemma != "خرید" || !conllu.HasMisc(s.Words[3].Misc, "SpaceAfter", "No") {
		t.Errorf("word 4 = %+v, want lemma خرید and SpaceAfter=No", s.Words[3])
	}
}

func TestAnalyzeCoNLLUKeepsTokensFillsLemma(t *testing.T) {
	in := "# sent_id = x\n# text = کتاب‌هایم را خواندند.\n1-2\tکتاب‌هایم\t_\t_\t_\t_\t_\t_\t_\t_\n1\tکتاب‌های\t_\tNOUN\t_\t_\t_\t_\t_\t_\n2\tم\t_\tPRON\t_\t_\t_\t_\t_\t_\n3\tرا\t_\tADP\t_\t_\t_\t_\t_\t_\n4\tخواندند\t_\tVERB\t_\t_\t_\t_\t_\tSpaceAfter=No\n5\t.\t_\tPUNCT\t_\t_\t_\t_\t_\t_\n\n"
	var out bytes.Buffer
	err := analyzeCoNLLU(&Env{}, strings.NewReader(in), &out, func(s *conllu.Sentence) {
		fillLemmas(morph.Default(), s)
	})
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadAll(&out)
	if err != nil || len(sents) != 1 {
		t.Fatalf("output %q: %v", out.String(), err)
	}
	var lemmas []string
	for _, w := range sents[0].Words {
		lemmas = append(lemmas, w.Lemma)
	}
	if got, want := strings.Join(lemmas, " "), "کتاب من را خواند ."; got != want {
		t.Errorf("lemmas %+q, want %+q", got, want)
	}
	if len(sents[0].Multiwords) != 1 || sents[0].ID() != "x" || !conllu.HasMisc(sents[0].Words[3].Misc, "SpaceAfter", "No") {
		t.Errorf("tokens, comments or MISC not kept: %q", out.String())
	}
}

func TestEvalTokenizeAndLemmaOnDev(t *testing.T) {
	p := sharedtest.Path(t, "ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu")
	code, out, errs := run(t, "", "eval", "tokenize", p)
	if code != ExitOK || !strings.Contains(out, "fa_seraji-ud-dev.conllu") {
		t.Fatalf("eval tokenize: code %d, out %q, err %q", code, out, errs)
	}
	code, out, errs = run(t, "", "eval", "lemma", p)
	if code != ExitOK || !strings.Contains(out, "fa_seraji-ud-dev.conllu") {
		t.Fatalf("eval lemma: code %d, out %q, err %q", code, out, errs)
	}
}
