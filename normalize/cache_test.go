package normalize

import (
	"bytes"
	"os"
	"strings"
	"testing"
)

// cacheTestWords returns the words of the sample article, as written and
// with their half-spaces deleted, plus a few made-up and affix-like words.
func cacheTestWords(t *testing.T) []string {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"ها", "می", "ی", "کتابها", "میکند", "رییس", "زززز", "اساسنامهٔ"}
	for _, w := range strings.FieldsFunc(Default().String(string(data)), func(r rune) bool { return !isWordRune(r) }) {
		words = append(words, w, strings.ReplaceAll(w, "\u200C", ""))
	}
	return words
}

// TestEntryFlags checks that the flags the word cache keeps say what the
// entries say, so that skipping the entry on their word changes nothing:
// a solid word is one restoreEntry leaves as it is.
func TestEntryFlags(t *testing.T) {
	n := New(DefaultOptions())
	solid := 0
	for _, w := range cacheTestWords(t) {
		b := []byte(w)
		e := n.lex.Lookup(b)
		fl := flagsOf(b, e)
		if fl&flSolid != 0 {
			solid++
			if r, re := n.restoreEntry(b, e); !bytes.Equal(r, b) || re != e {
				t.Errorf("%+q: flagged solid, restoreEntry gives %+q", w, r)
			}
		}
		checks := []struct {
			flag entryFlags
			want bool
		}{{flNoStandard, e.Standard == ""}, {flNoJoinPrefix, !e.JoinPrefix}, {flNoBoundTail, !e.BoundTail}}
		for _, c := range checks {
			if got := fl&c.flag != 0; got != c.want {
				t.Errorf("%+q: flag %b is %v, want %v", w, c.flag, got, c.want)
			}
		}
	}
	if solid == 0 {
		t.Error("no word flagged solid")
	}
}

// TestWordCacheTransparent checks that restoring through the word cache,
// twice (the second time from the cache), gives what restoreWord gives.
func TestWordCacheTransparent(t *testing.T) {
	n := New(DefaultOptions())
	st := new(state)
	words := cacheTestWords(t)
	for pass := range 2 {
		for _, w := range words {
			b := []byte(w)
			want, we := n.restoreWord(b)
			got, ref := n.restoreCached(st, b)
			if !bytes.Equal(got, want) {
				t.Errorf("pass %d: %+q: cached %+q, want %+q", pass, w, got, want)
			}
			if bytes.Equal(got, b) && ref.e != nil && ref.e != we && ref.e != n.lex.Lookup(b) {
				t.Errorf("pass %d: %+q: cached entry differs", pass, w)
			}
			if ref.fl != 0 && ref.fl != flagsOf(b, n.lex.Lookup(b)) {
				t.Errorf("pass %d: %+q: flags %b, want %b", pass, w, ref.fl, flagsOf(b, n.lex.Lookup(b)))
			}
		}
	}
}
