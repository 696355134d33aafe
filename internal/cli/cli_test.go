package cli

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// run calls Main in-process and returns the exit code and both streams.
func run(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := Main(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

func TestMainUsage(t *testing.T) {
	if code, _, errs := run(t, ""); code != ExitUsage || !strings.Contains(errs, "usage") {
		t.Errorf("no args: code %d, stderr %q", code, errs)
	}
	if code, _, errs := run(t, "", "nosuchcommand"); code != ExitUsage || !strings.Contains(errs, "unknown command") {
		t.Errorf("unknown command: code %d, stderr %q", code, errs)
	}
	if code, out, _ := run(t, "", "help"); code != ExitOK || !strings.Contains(out, "eval") {
		t.Errorf("help: code %d, stdout %q", code, out)
	}
	if code, _, errs := run(t, "", "eval", "nosuch"); code != ExitUsage || !strings.Contains(errs, "dabir eval") {
		t.Errorf("eval nosuch: code %d, stderr %q", code, errs)
	}
}

func TestEachLineKeepsEverything(t *testing.T) {
	long := strings.Repeat("ب", 100000) // longer than the reader's buffer, shorter than maxLineBytes
	in := "الف\r\n" + long + "\n\nپایان"
	var got []string
	err := eachLine(strings.NewReader(in), func(line []byte, ending string) error {
		got = append(got, string(line)+ending)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "") != in {
		t.Errorf("lines joined back differ from the input")
	}
	if len(got) != 4 {
		t.Errorf("got %d lines, want 4", len(got))
	}
}

// TestEachLineCutsHugeLines checks that a line longer than maxLineBytes
// comes in bounded pieces, cut after spaces, with nothing lost.
func TestEachLineCutsHugeLines(t *testing.T) {
	defer func(n int) { maxLineBytes = n }(maxLineBytes)
	maxLineBytes = 10000
	words := strings.Repeat("کتاب‌ها را خواندم ", 6000) // 180 KB, one line
	noSpace := strings.Repeat("ب", 50000)               // 100 KB, no space to cut at
	in := words + "\n" + noSpace + "\nپایان"
	var got []string
	err := eachLine(strings.NewReader(in), func(line []byte, ending string) error {
		if len(line) > maxLineBytes {
			t.Errorf("a piece of %d bytes, limit %d", len(line), maxLineBytes)
		}
		if !utf8.Valid(line) {
			t.Errorf("a piece cut inside a character: %+q", line[len(line)-4:])
		}
		got = append(got, string(line)+ending)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(got, "") != in {
		t.Fatalf("pieces joined back differ from the input")
	}
	if len(got) < 10 {
		t.Errorf("%d pieces, want the long lines cut", len(got))
	}
	for _, p := range got {
		if strings.HasPrefix(p, "کتاب") && !strings.HasSuffix(p, " ") && !strings.HasSuffix(p, "\n") {
			t.Errorf("a piece of words not cut after a space: ...%+q", p[len(p)-10:])
		}
	}
}
