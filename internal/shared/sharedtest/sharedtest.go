// Package sharedtest gives tests the shared data files, skipping with a clear
// message when ../shared/data is not beside the repository (a fresh clone).
package sharedtest

import (
	"os"
	"testing"

	"github.com/dabir-nlp/dabir/internal/conllu"
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

// Sentences reads the CoNLL-U file elem of the shared data folder, skipping
// the test when it is missing and failing it when it does not parse.
func Sentences(tb testing.TB, elem ...string) []*conllu.Sentence {
	tb.Helper()
	f, err := os.Open(Path(tb, elem...))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return sents
}
