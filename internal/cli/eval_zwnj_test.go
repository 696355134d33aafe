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
