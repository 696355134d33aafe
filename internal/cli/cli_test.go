package cli

import (
	"bytes"
	"strings"
	"testing"
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
	long := strings.Repeat("ب", 200000) // longer than the reader's buffer
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
