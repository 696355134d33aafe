package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalZWNJ runs the evaluation on a small gold text: the restorer finds
// every half-space of these common words, and a ZWNJ after a letter that
// does not join (هر‌چه) is no position to restore unless -raw-gold asks.
func TestEvalZWNJ(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.txt")
	text := "دانشجویان کتاب‌ها را می‌خوانند\nهر‌چه می‌گویند بین‌المللی است\n"
	if err := os.WriteFile(gold, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := run(t, "", "eval", "zwnj", gold)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	fields := strings.Fields(lastLine(out))
	// file lines deletedP R F1 words spacedP R F1 words changed other
	if len(fields) != 12 || fields[1] != "2" {
		t.Fatalf("unexpected output:\n%s", out)
	}
	if fields[4] != "1.0000" || fields[8] != "1.0000" {
		t.Errorf("F1 deleted %s, spaced %s; want 1.0000 for these common words:\n%s", fields[4], fields[8], out)
	}
	_, raw, _ := run(t, "", "eval", "zwnj", "-raw-gold", gold)
	if f := strings.Fields(lastLine(raw)); len(f) != 12 || f[3] == "1.0000" {
		t.Errorf("-raw-gold should count the ZWNJ of هر‌چه as missed:\n%s", raw)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}

// TestEvalZWNJStyles counts the words two reference texts spell
// differently: آنها (A) against آن‌ها (B), which the gold writes as B.
func TestEvalZWNJStyles(t *testing.T) {
	dir := t.TempDir()
	a, b, gold := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt"), filepath.Join(dir, "gold.txt")
	os.WriteFile(a, []byte("آنها کتاب‌ها را می‌خوانند\n"), 0o644)
	os.WriteFile(b, []byte("آن‌ها کتاب‌ها را می‌خوانند\n"), 0o644)
	os.WriteFile(gold, []byte("آن‌ها کتاب‌ها را می‌خوانند\n"), 0o644)
	code, out, errs := run(t, "", "eval", "zwnj", "-styles", a+","+b, gold)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	if f := strings.Fields(lastLine(out)); len(f) != 5 || f[1] != "3" || f[2] != "1" || f[3] != "0" || f[4] != "1" {
		t.Errorf("want gold.txt 3 1 0 1, got:\n%s", out)
	}
	if code, _, _ := run(t, "", "eval", "zwnj", "-styles", a, gold); code != ExitUsage {
		t.Errorf("-styles with one file: code %d, want usage", code)
	}
}

// TestEvalZWNJExternal scores an external command on the same corrupted
// lines: cat restores nothing and changes nothing; a command that puts the
// half-spaces back by a fixed rule (sed) is scored after letters are
// folded (its Arabic kaf does not count); a command that loses lines is an
// error.
func TestEvalZWNJExternal(t *testing.T) {
	gold := filepath.Join(t.TempDir(), "gold.txt")
	if err := os.WriteFile(gold, []byte("دانشجویان کتاب‌ها را می‌خوانند\nآنها می‌گویند\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		cmd                 string
		deletedF1, spacedF1 string
	}{
		{"cat", "0.0000", "0.0000"},
		// joins می and ها written apart, and writes an Arabic kaf
		{`sed -e 's/می /می\xe2\x80\x8c/g; s/ ها/\xe2\x80\x8cها/g; s/ک/ك/g'`, "0.0000", "1.0000"},
	}
	for _, tt := range tests {
		code, out, errs := run(t, "", "eval", "zwnj", "-cmd", tt.cmd, gold)
		if code != ExitOK {
			t.Fatalf("%s: code %d, stderr %q", tt.cmd, code, errs)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		fields := strings.Fields(lines[1])
		// file lines deletedP R F1 words spacedP R F1 words changed other left out: a + b
		if len(fields) != 15 || fields[1] != "2" {
			t.Fatalf("%s: unexpected output:\n%s", tt.cmd, out)
		}
		if fields[4] != tt.deletedF1 || fields[8] != tt.spacedF1 || fields[10] != "0.000%" || fields[12] != "0" || fields[14] != "0" {
			t.Errorf("%s: F1 %s / %s, changed %s, left out %s + %s; want %s / %s, 0.000%%, 0 + 0:\n%s",
				tt.cmd, fields[4], fields[8], fields[10], fields[12], fields[14], tt.deletedF1, tt.spacedF1, out)
		}
	}
	if code, _, errs := run(t, "", "eval", "zwnj", "-cmd", "head -n 1", gold); code == ExitOK || !strings.Contains(errs, "wrote 1 lines for 2") {
		t.Errorf("a command that loses lines: code %d, stderr %q", code, errs)
	}
}

// TestEvalZWNJMajority: a gold that writes کتاب‌ها once with a half-space
// and once joined is respelled, line by line, by its other line (self), or
// by a reference text that always joins it.
func TestEvalZWNJMajority(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.txt")
	ref := filepath.Join(dir, "ref.txt")
	os.WriteFile(gold, []byte("کتاب‌ها را می‌خوانند\nکتابها را دیدند\n"), 0o644)
	os.WriteFile(ref, []byte("کتابها و کتابها\n"), 0o644)
	for _, tt := range []struct{ majority, f1 string }{
		// self: line 1 takes کتابها (FN), line 2 کتاب‌ها (FP); می‌خوانند is
		// restored: P 1/2, R 1/2.
		{"self", "0.5000"},
		// ref: کتابها everywhere; only می‌خوانند: P 1, R 1/2.
		{ref, "0.6667"},
	} {
		code, out, errs := run(t, "", "eval", "zwnj", "-majority", tt.majority, gold)
		if code != ExitOK {
			t.Fatalf("-majority %s: code %d, stderr %q", tt.majority, code, errs)
		}
		if f := strings.Fields(lastLine(out)); len(f) != 5 || f[4] != tt.f1 {
			t.Errorf("-majority %s: want F1 %s, got:\n%s", tt.majority, tt.f1, out)
		}
	}
	if code, _, _ := run(t, "", "eval", "zwnj", "-majority", filepath.Join(dir, "missing.txt"), gold); code == ExitOK {
		t.Error("-majority with a missing file succeeded")
	}
}
