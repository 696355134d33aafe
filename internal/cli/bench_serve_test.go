package cli

import (
	"strings"
	"testing"
)

// A short run of the load test: every check it makes passes, and it
// reports each of them.
func TestBenchServeShort(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a server and loads it")
	}
	code, out, errs := run(t, "", "bench", "serve", "--text", "../../testdata/news.txt",
		"--duration", "300ms", "--concurrency", "4", "--big-bytes", "30000", "--max-body", "100000")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q, stdout %q", code, errs, out)
	}
	for _, want := range []string{" 0 errors", "status 200", "status 413", "status 400", `"invalid_utf8"`, `"body_too_large"`} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	if code, _, _ := run(t, "", "bench", "serve", "--text", "/no/such/file"); code != ExitFailure {
		t.Errorf("missing text: exit %d", code)
	}
}
