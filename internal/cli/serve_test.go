package cli

import (
	"strings"
	"testing"
)

func TestServeUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"serve", "--log", "xml"}, ExitUsage, "--log"},
		{[]string{"serve", "extra"}, ExitUsage, "unexpected arguments"},
		{[]string{"serve", "--max-body", "0"}, ExitUsage, "--max-body"},
		{[]string{"serve", "--addr", "127.0.0.1:notaport"}, ExitFailure, "notaport"},
	}
	for _, tc := range tests {
		code, _, errs := run(t, "", tc.args...)
		if code != tc.code || !strings.Contains(errs, tc.msg) {
			t.Errorf("%q: exit %d, stderr %q; want exit %d mentioning %q", tc.args, code, errs, tc.code, tc.msg)
		}
	}
}
