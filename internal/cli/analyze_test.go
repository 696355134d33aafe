package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir"
	"github.com/dabir-nlp/dabir/internal/conllu"
)

// manyLines returns n distinct Persian lines, with blank lines and an
// Arabic-keyboard form here and there.
func manyLines(n int) []string {
	lines := make([]string, n)
	for i := range lines {
		switch {
		case i%17 == 5:
			lines[i] = ""
		case i%3 == 0:
			lines[i] = fmt.Sprintf("علي  در سال %d به تهران رفت.", 1300+i)
		default:
			lines[i] = fmt.Sprintf("سطر %d: کتاب‌ها را می‌خوانم و رییس جمهور آمد.", i)
		}
	}
	return lines
}

// jsonl output keeps one Doc per input line, in input order, whatever the
// number of workers.
func TestAnalyzeJSONLKeepsOrder(t *testing.T) {
	lines := manyLines(2500)
	in := strings.Join(lines, "\n") + "\n"
	for _, workers := range []string{"1", "2", "5"} {
		code, out, errs := run(t, in, "analyze", "--to", "jsonl", "--workers", workers, "--no-tag", "--no-entities")
		if code != ExitOK {
			t.Fatalf("workers %s: exit %d, stderr %q", workers, code, errs)
		}
		sc := bufio.NewScanner(strings.NewReader(out))
		sc.Buffer(nil, 1<<20)
		i := 0
		for sc.Scan() {
			var d dabir.Doc
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatalf("workers %s: line %d: %v", workers, i, err)
			}
			if i >= len(lines) || d.Text != lines[i] {
				t.Fatalf("workers %s: output %d is for %+q, want %+q", workers, i, d.Text, lines[min(i, len(lines)-1)])
			}
			i++
		}
		if i != len(lines) {
			t.Errorf("workers %s: %d docs for %d lines", workers, i, len(lines))
		}
	}
}

func TestAnalyzeJSONArray(t *testing.T) {
	tests := []struct {
		in   string
		docs int
	}{
		{"", 0},
		{"سلام", 1},
		{"یک\n\nسه\n", 3},
	}
	for _, tc := range tests {
		code, out, errs := run(t, tc.in, "analyze", "--to", "json")
		var docs []dabir.Doc
		if code != ExitOK || json.Unmarshal([]byte(out), &docs) != nil {
			t.Errorf("%+q: exit %d, output %+q, stderr %q", tc.in, code, out, errs)
			continue
		}
		if len(docs) != tc.docs {
			t.Errorf("%+q: %d docs, want %d", tc.in, len(docs), tc.docs)
		}
	}
}

// CoNLL-U output parses, numbers sentences across lines, and its
// TokenRange values point into the whole input.
func TestAnalyzeCoNLLU(t *testing.T) {
	in := "علي  به كتابخانه رفت.\n\nشی جین پینگ در پکن بود. او رفت.\n"
	code, out, errs := run(t, in, "analyze", "--to", "conllu")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	sents, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, out)
	}
	if len(sents) != 3 {
		t.Fatalf("%d sentences, want 3:\n%s", len(sents), out)
	}
	for i, s := range sents {
		if s.ID() != strconv.Itoa(i+1) {
			t.Errorf("sentence %d has id %q", i+1, s.ID())
		}
		for _, w := range s.Words {
			if w.UPOS == "" || w.Lemma == "" {
				t.Errorf("word %+q has no UPOS or lemma", w.Form)
			}
		}
		for _, tok := range s.Tokens() {
			misc := s.Words[tok.From-1].Misc
			if mw, ok := s.MultiwordAt(tok.From); ok {
				misc = mw.Misc
			}
			var a, b int
			for _, kv := range strings.Split(misc, "|") {
				if v, ok := strings.CutPrefix(kv, "TokenRange="); ok {
					fmt.Sscanf(v, "%d:%d", &a, &b)
				}
			}
			if b <= a || b > len(in) {
				t.Errorf("token %+q: bad TokenRange in %q", tok.Form, misc)
				continue
			}
			orig := in[a:b]
			if orig != tok.Form && !strings.ContainsAny(orig, "يك") && !strings.Contains(orig, " ") {
				t.Errorf("token %+q: TokenRange %d:%d is %+q", tok.Form, a, b, orig)
			}
		}
	}
	// The Arabic yeh and kaf are normalized in FORM, kept in TokenRange.
	if !strings.Contains(out, "\tعلی\t") || !strings.Contains(out, "\tکتابخانه\t") {
		t.Errorf("normalized forms missing:\n%s", out)
	}
}

func TestAnalyzeText(t *testing.T) {
	code, out, errs := run(t, "شی جین پینگ در پکن بود.\n\nدوم\n", "analyze")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 || lines[1] != "" {
		t.Fatalf("output lines %+q, want 3 with a blank line kept", lines)
	}
	if !strings.Contains(lines[0], "/ADP") || !strings.Contains(lines[0], "]") {
		t.Errorf("first line %+q lacks tags or entity brackets", lines[0])
	}
}

func TestAnalyzeUsage(t *testing.T) {
	for _, args := range [][]string{
		{"analyze", "--to", "xml"},
		{"analyze", "--from", "html"},
		{"analyze", "--ref", "yesterday"},
		{"analyze", "--progress", "sometimes"},
	} {
		if code, _, errs := run(t, "سلام", args...); code != ExitUsage || errs == "" {
			t.Errorf("%q: exit %d, stderr %q; want usage error", args, code, errs)
		}
	}
	if code, _, errs := run(t, "", "analyze", "/no/such/file"); code != ExitFailure || !strings.Contains(errs, "/no/such/file") {
		t.Errorf("missing file: exit %d, stderr %q", code, errs)
	}
}

func TestAnalyzeFile(t *testing.T) {
	path := "../../testdata/news.txt"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Count(strings.TrimSuffix(string(raw), "\n"), "\n") + 1
	// stderr is not a terminal here: "auto" draws no bar, "always" does.
	for _, mode := range []string{"auto", "always"} {
		code, out, errs := run(t, "", "analyze", "--to", "jsonl", "--progress", mode, path)
		if code != ExitOK {
			t.Fatalf("exit %d, stderr %q", code, errs)
		}
		if got := strings.Count(out, "\n"); got != lines {
			t.Errorf("%d output lines for %d input lines", got, lines)
		}
		if bar := strings.Contains(errs, "100%"); bar != (mode == "always") {
			t.Errorf("--progress %s: stderr %q", mode, errs)
		}
	}
}

// --from conllu keeps the gold tokens and writes CoNLL-U by default.
func TestAnalyzeFromCoNLLUDefaultsToCoNLLU(t *testing.T) {
	in := "# text = کتاب‌ها را خواندم.\n1\tکتاب‌ها\t_\t_\t_\t_\t_\t_\t_\t_\n2\tرا\t_\t_\t_\t_\t_\t_\t_\t_\n3\tخواندم\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n"
	code, out, errs := run(t, in, "analyze", "--from", "conllu")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	sents, err := conllu.ReadAll(strings.NewReader(out))
	if err != nil || len(sents) != 1 || len(sents[0].Words) != 4 {
		t.Fatalf("output %+q: %v", out, err)
	}
	for i, w := range sents[0].Words {
		if want := []string{"کتاب‌ها", "را", "خواندم", "."}[i]; w.Form != want || w.Lemma == "" {
			t.Errorf("word %d: %+v, want form %+q with a lemma", i+1, w, want)
		}
	}
	if code, _, _ := run(t, in, "analyze", "--from", "conllu", "--to", "json"); code != ExitUsage {
		t.Errorf("--from conllu --to json: exit %d, want usage error", code)
	}
}

// Entity brackets in text output always balance.
func TestAnalyzeTextBracketsBalance(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, string(raw), "analyze", "--ref", "2022-02-10")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	for _, line := range strings.Split(out, "\n") {
		depth := 0
		for _, f := range strings.Fields(line) {
			if f == "[" {
				depth++
			} else if strings.HasPrefix(f, "]") {
				depth--
			}
			if depth < 0 {
				break
			}
		}
		if depth != 0 {
			t.Errorf("unbalanced entity brackets in %+q", line)
		}
	}
	if !strings.Contains(out, "]PER") || !strings.Contains(out, "]DATE") {
		t.Errorf("no PER or DATE entity in the article's text output")
	}
}

// --unit paragraph analyses lines up to a blank line as one text, keeping
// the line breaks inside it and the offsets into the whole input.
func TestAnalyzeParagraphs(t *testing.T) {
	in := "شی جین پینگ\nدر پکن بود.\n\n \nاو\r\nرفت"
	code, out, errs := run(t, in, "analyze", "--unit", "paragraph", "--to", "jsonl")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	var texts []string
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var d dabir.Doc
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, d.Text)
	}
	want := []string{"شی جین پینگ\nدر پکن بود.", "او\r\nرفت"}
	if strings.Join(texts, "|") != strings.Join(want, "|") {
		t.Errorf("paragraphs %+q, want %+q", texts, want)
	}
	_, out, _ = run(t, in, "analyze", "--unit", "paragraph", "--to", "conllu")
	last := in[strings.LastIndex(in, "رفت"):]
	wantRange := fmt.Sprintf("TokenRange=%d:%d", len(in)-len(last), len(in))
	if !strings.Contains(out, wantRange) {
		t.Errorf("CoNLL-U lacks %s for the last word:\n%s", wantRange, out)
	}
	if code, _, _ := run(t, in, "analyze", "--unit", "sentence"); code != ExitUsage {
		t.Errorf("--unit sentence: exit %d, want usage error", code)
	}
}

// TestAnalyzeSeveralFilesCoNLLU checks that each input file is a document
// of its own in CoNLL-U: a newdoc comment names it, and its TokenRange
// offsets point into that file.
func TestAnalyzeSeveralFilesCoNLLU(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(a, []byte("کتاب را خواندم.\n"), 0o644)
	os.WriteFile(b, []byte("او به تهران رفت.\n"), 0o644)
	code, out, errs := run(t, "", "analyze", "--to", "conllu", a, b)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	docs := strings.Split(out, "# newdoc id = ")
	if len(docs) != 3 || !strings.HasPrefix(docs[1], a+"\n") || !strings.HasPrefix(docs[2], b+"\n") {
		t.Fatalf("want one newdoc comment per file, got:\n%s", out)
	}
	if !strings.Contains(docs[2], "\tاو\t") || !strings.Contains(docs[2], "TokenRange=0:4") {
		t.Errorf("the second file's first token should be او at 0:4:\n%s", docs[2])
	}
	if !strings.Contains(docs[2], "# sent_id = 2") {
		t.Errorf("sentence ids keep counting across files:\n%s", docs[2])
	}
}
