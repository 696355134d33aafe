package cli

import (
	"os"
	"strings"
	"testing"
)

// Normalizing blocks of the input in parallel gives exactly what the
// sequential filter gives, whatever the lines look like: CRLF, blank lines,
// a line many blocks long, invalid UTF-8, NUL bytes, stray half-spaces.
func TestNormalizeParallelSameAsSequential(t *testing.T) {
	defer func(n int) { normalizeBlockBytes = n }(normalizeBlockBytes)
	normalizeBlockBytes = 700
	news, err := os.ReadFile("../../testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	long := strings.ReplaceAll(string(news), "\n", " ") // one line, many blocks
	inputs := map[string]string{
		"news":  string(news),
		"crlf":  strings.ReplaceAll(string(news), "\n", "\r\n\r\n"),
		"long":  long,
		"mixed": "\xff\xfeمیکند\x00 کتاب ها\u200c\u200c\n\n" + long[:3000] + "\nبینالمللی",
		"empty": "",
	}
	for name, in := range inputs {
		_, seq, _ := run(t, in, "normalize", "-workers", "1")
		for _, workers := range []string{"2", "3"} {
			code, par, errs := run(t, in, "normalize", "-workers", workers)
			if code != ExitOK {
				t.Fatalf("%s: exit %d, stderr %q", name, code, errs)
			}
			if par != seq {
				t.Errorf("%s, %s workers: parallel output differs from sequential (%d vs %d bytes)", name, workers, len(par), len(seq))
			}
		}
		if name == "news" && !strings.Contains(seq, "می\u200cکند") {
			t.Errorf("news: half-spaces not restored")
		}
	}
}
