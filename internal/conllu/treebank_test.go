package conllu_test

import (
	"bytes"
	"testing"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// TestTreebanksRoundTrip reads the shared gold files and checks every
// sentence survives a write and a re-read.
func TestTreebanksRoundTrip(t *testing.T) {
	sents := sharedtest.Sentences(t, "ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu")
	if len(sents) != 599 {
		t.Errorf("Seraji dev: %d sentences, want 599", len(sents))
	}
	var buf bytes.Buffer
	for _, s := range sents {
		conllu.Write(&buf, s)
	}
	again, err := conllu.ReadAll(&buf)
	if err != nil || len(again) != len(sents) {
		t.Fatalf("re-read: %d sentences, err %v", len(again), err)
	}
	for i := range sents {
		if len(again[i].Words) != len(sents[i].Words) || again[i].Text() != sents[i].Text() {
			t.Fatalf("sentence %d differs after round trip", i)
		}
	}
}
