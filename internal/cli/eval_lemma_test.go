package cli

import (
	"strings"
	"testing"
)

func TestEvalLemmaFractionChecked(t *testing.T) {
	for _, args := range [][]string{
		{"-halves", "-fraction", "0"},
		{"-halves", "-fraction", "1.5"},
		{"-halves", "-fraction", "-0.5"},
		{"-fraction", "0.5"}, // only with -halves
	} {
		code, _, errs := run(t, "", append([]string{"eval", "lemma"}, args...)...)
		if code != ExitUsage || !strings.Contains(errs, "-fraction") {
			t.Errorf("eval lemma %q: code %d, stderr %+q; want a usage error", args, code, errs)
		}
	}
}
