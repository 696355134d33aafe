package cli

import (
	"strings"
	"testing"
)

// TestEvalLemmaFlagsChecked checks that -fraction and -orders outside their
// range, or without -halves, are usage errors.
func TestEvalLemmaFlagsChecked(t *testing.T) {
	for _, args := range [][]string{
		{"-halves", "-fraction", "0"},
		{"-halves", "-fraction", "1.5"},
		{"-halves", "-fraction", "-0.5"},
		{"-fraction", "0.5"}, // only with -halves
		{"-halves", "-orders", "0"},
		{"-orders", "2"}, // only with -halves
	} {
		code, _, errs := run(t, "", append([]string{"eval", "lemma"}, args...)...)
		if code != ExitUsage || !strings.Contains(errs, args[len(args)-2]) {
			t.Errorf("eval lemma %q: code %d, stderr %+q; want a usage error", args, code, errs)
		}
	}
}
