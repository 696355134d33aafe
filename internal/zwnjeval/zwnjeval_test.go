package zwnjeval

import (
	"math"
	"strings"
	"testing"
)

func TestScores(t *testing.T) {
	var s Scores
	gold := "بازی‌های بین‌المللی را می‌بینم"
	// one ZWNJ missed: بین المللی
	s.Add(gold, "بازی‌های بین المللی را می‌بینم")
	if s.TP != 2 || s.FN != 1 || s.FP != 0 {
		t.Errorf("TP %d FN %d FP %d, want 2 1 0", s.TP, s.FN, s.FP)
	}
	if s.Words != 4 || s.Exact != 3 {
		t.Errorf("words %d exact %d, want 4 3", s.Words, s.Exact)
	}
	s.Add("کتاب خوب", "کتاب‌خوب")
	if s.FP != 1 {
		t.Errorf("a ZWNJ in place of a space is a false positive: FP %d", s.FP)
	}
	if p := s.Precision(); math.Abs(p-2.0/3) > 1e-9 {
		t.Errorf("precision %v", p)
	}
	s.Add("ab", "ac")
	if s.Misaligned != 1 {
		t.Errorf("changed letters must be counted as misaligned")
	}
}

func TestCleanChanges(t *testing.T) {
	var s Scores
	s.AddClean("او به خانه‌اش رفت", "او به خانه‌اش رفت")
	s.AddClean("ما در خانه", "مادر خانه")
	// The second line lost a space: two words (ما, در) changed.
	if s.ChangedOfGold != 7 || s.ChangedWords != 2 {
		t.Errorf("changed %d of %d words, want 2 of 7", s.ChangedWords, s.ChangedOfGold)
	}
	if s.ChangedAffix != 0 {
		t.Errorf("a lost space is not an affix join: %d", s.ChangedAffix)
	}
	// Affixes the gold wrote apart, joined: repairs, counted apart.
	var a Scores
	a.AddClean("این کار را می کند و داده ها.", "این کار را می\u200cکند و داده\u200cها.")
	a.AddClean("رئیس جمهور آمد", "رئیس\u200cجمهور آمد")
	if a.ChangedWords != 6 || a.ChangedAffix != 4 {
		t.Errorf("changed %d, affix joins %d; want 6 and 4", a.ChangedWords, a.ChangedAffix)
	}
	if got := a.ChangedOtherRate(); got != 2.0/11 {
		t.Errorf("other changes rate %v, want 2/11", got)
	}
}

func TestCorrupt(t *testing.T) {
	if got := Corrupt("می‌کند", Deleted); got != "میکند" {
		t.Errorf("Deleted: %+q", got)
	}
	if got := Corrupt("می‌کند", Spaced); got != "می کند" {
		t.Errorf("Spaced: %+q", got)
	}
	lines := GoldLines("# sent_id = 1\n# text = سلام دنیا\n1\tسلام\n", true)
	if len(lines) != 1 || lines[0] != "سلام دنیا" {
		t.Errorf("GoldLines = %q", lines)
	}
}

func TestStyleConflicts(t *testing.T) {
	a, b := Spellings{}, Spellings{}
	a.AddText("آنها کتاب‌ها را می‌خوانند. آنها")
	b.AddText("آن‌ها کتاب‌ها را می‌خوانند")
	// آنها: a and b differ, the gold follows b; کتاب‌ها and می‌خوانند: same
	// in both; را: no decision.
	c := StyleConflicts([]string{"آن‌ها کتاب‌ها را می‌خوانند"}, a, b)
	if c != (Conflicts{Words: 3, Differ: 1, InA: 0, InB: 1}) {
		t.Errorf("got %+v", c)
	}
	if got := a.Majority("آنها"); got != "آنها" {
		t.Errorf("Majority = %+q", got)
	}
}

// FoldLetters leaves the half-space decisions alone and folds what other
// normalizers rewrite, so that their output lines up with the gold.
func TestFoldLetters(t *testing.T) {
	gold := "«كتاب‌هاي» ۱۲ ، می‌شود؟"
	other := "\"کتاب‌های\" 12 ,   می‌شود?"
	if g, o := FoldLetters(gold), FoldLetters(other); strings.ReplaceAll(g, " ", "") != strings.ReplaceAll(o, " ", "") {
		t.Errorf("FoldLetters: %+q and %+q differ", g, o)
	}
	var s Scores
	s.Add(FoldLetters("می‌کند و کتاب‌ها"), FoldLetters("مي‌كند و كتابها"))
	if s.Misaligned != 0 || s.TP != 1 || s.FN != 1 || s.FP != 0 {
		t.Errorf("scores after folding: %+v", s)
	}
}
