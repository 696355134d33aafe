package cli

import (
	"strings"
	"testing"
)

// TestAnalyzeCoNLLUFillsTags checks that "dabir analyze --from conllu"
// fills UPOS, XPOS and FEATS of gold tokens and keeps the forms.
func TestAnalyzeCoNLLUFillsTags(t *testing.T) {
	in := "# text = من کتاب را خواندم.\n" +
		"1\tمن\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tکتاب\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"3\tرا\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"4\tخواندم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"5\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errs := run(t, in, "analyze", "--from", "conllu", "--to", "conllu")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := map[string]string{"من": "PRON", "کتاب": "NOUN", "را": "PART", "خواندم": "VERB", ".": "PUNCT"}
	n := 0
	for _, line := range strings.Split(out, "\n") {
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			continue
		}
		n++
		if w, ok := want[cols[1]]; !ok || cols[3] != w || cols[4] == "_" {
			t.Errorf("line %+q: want UPOS %s and an XPOS", line, w)
		}
	}
	if n != len(want) {
		t.Errorf("got %d word lines, want %d:\n%s", n, len(want), out)
	}
}

// TestEvalPOSStdin scores a small gold CoNLL-U given on stdin.
func TestEvalPOSStdin(t *testing.T) {
	in := "1\tمن\t_\tPRON\tPRO\tNumber=Sing|Person=1|PronType=Prs\t_\t_\t_\t_\n" +
		"2\tبه\t_\tADP\tP\t_\t_\t_\t_\t_\n" +
		"3\tخانه\t_\tNOUN\tN_SING\tNumber=Sing\t_\t_\t_\t_\n" +
		"4\tرفتم\t_\tVERB\tV_PA\tNumber=Sing|Person=1|Tense=Past\t_\t_\t_\tSpaceAfter=No\n" +
		"5\t.\t_\tPUNCT\tDELM\t_\t_\t_\t_\t_\n\n"
	code, out, errs := run(t, in, "eval", "pos", "-convention", "seraji", "-")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "UPOS") || !strings.Contains(out, "seraji") || !strings.Contains(out, " 5 ") {
		t.Errorf("output lacks the header or the 5-word row:\n%s", out)
	}
	if code, _, _ := run(t, in, "eval", "pos", "-convention", "bijankhan", "-"); code != ExitUsage {
		t.Errorf("unknown convention: exit %d, want %d", code, ExitUsage)
	}
}
