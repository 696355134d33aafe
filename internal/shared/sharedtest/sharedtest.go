// Package sharedtest gives tests the shared data files, skipping with a clear
// message when ../shared/data is not beside the repository (a fresh clone).
package sharedtest

import (
	"os"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared"
)

// Path returns the path of elem inside the shared data folder, or skips the
// test when the folder or the file is missing.
func Path(tb testing.TB, elem ...string) string {
	tb.Helper()
	p, err := shared.Path(elem...)
	if err != nil {
		tb.Skipf("skipping: needs the shared data folder: %v", err)
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: shared data file missing: %v", err)
	}
	return p
}
