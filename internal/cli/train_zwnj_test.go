package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// The embedded half-space lexicon and splitter are what `dabir train zwnj`
// derives from the shared data today, byte for byte: a change to the
// lexicon builder or the splitter's trainer must come with regenerated
// files (go generate ./lexicon).
func TestTrainZWNJReproducesEmbeddedFiles(t *testing.T) {
	sharedtest.Path(t, "ud", "UD_Persian-PerDT", "fa_perdt-ud-train.rawtext.txt")
	dir := t.TempDir()
	out := filepath.Join(dir, "zwnj.txt.gz")
	if err := trainZWNJ(trainZWNJOptions{out: out}); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"zwnj.txt.gz", "zwnj-split.model.gz"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join("..", "..", "lexicon", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("lexicon/%s differs from what train zwnj derives now (%d vs %d bytes): run go generate ./lexicon", name, len(want), len(got))
		}
	}
}
