package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalizeCommand(t *testing.T) {
	code, out, errs := run(t, "رييس جمهور گفت میکند\nسال 2014 .\n", "normalize")
	if code != ExitOK || errs != "" {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	if want := "رئیس‌جمهور گفت می‌کند\nسال ۲۰۱۴.\n"; out != want {
		t.Errorf("stdout %+q, want %+q", out, want)
	}
	code, out, _ = run(t, "میکند ۲۰۱۴\n", "normalize", "-restore-zwnj=false", "-digits", "latin")
	if code != ExitOK || out != "میکند 2014\n" {
		t.Errorf("flags: code %d, stdout %+q", code, out)
	}
	code, out, _ = run(t, "نامهها می‌گویند\n", "normalize", "-respect-zwnj=false")
	if code != ExitOK || out != "نامه‌ها می‌گویند\n" {
		t.Errorf("-respect-zwnj=false: code %d, stdout %+q", code, out)
	}
	code, out, _ = run(t, "نامهها می‌گویند\n", "normalize")
	if code != ExitOK || out != "نامهها می‌گویند\n" {
		t.Errorf("a line with half-spaces is the writer's: code %d, stdout %+q", code, out)
	}
	code, out, _ = run(t, "رئیس می‌کند\n", "normalize", "-profile", "search")
	if code != ExitOK || out != "رییس میکند\n" {
		t.Errorf("search profile: code %d, stdout %+q", code, out)
	}
}

func TestNormalizeFiles(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	os.WriteFile(a, []byte("بین المللی"), 0o644)
	code, out, _ := run(t, "", "normalize", a, a)
	if code != ExitOK || out != "بین‌المللیبین‌المللی" {
		t.Errorf("two files: code %d, stdout %+q", code, out)
	}
	code, _, errs := run(t, "", "normalize", filepath.Join(dir, "missing.txt"))
	if code != ExitFailure || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: code %d, stderr %q", code, errs)
	}
	code, _, _ = run(t, "", "normalize", "-digits", "roman")
	if code != ExitUsage {
		t.Errorf("bad -digits: code %d, want %d", code, ExitUsage)
	}
	code, _, _ = run(t, "", "normalize", "-nosuchflag")
	if code != ExitUsage {
		t.Errorf("bad flag: code %d, want %d", code, ExitUsage)
	}
}

func TestEvalZWNJCommand(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "gold.txt")
	os.WriteFile(gold, []byte("او می‌گوید که بازی‌های بین‌المللی ادامه دارد.\nکتاب‌ها را خواندم.\n"), 0o644)
	code, out, errs := run(t, "", "eval", "zwnj", gold)
	if code != ExitOK {
		t.Fatalf("code %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "gold.txt") || !strings.Contains(out, "1.0000") {
		t.Errorf("expected a perfect score on easy gold, got:\n%s", out)
	}
}
