package numbers

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

// The word tables against CLDR 48's rbnf-fa spell-out rules: every plain
// rule "N: word;" or "N: word[ و >>];" of %spellout-cardinal names N as
// Words does.
func TestWordsAgainstCLDR(t *testing.T) {
	f, err := os.Open(sharedtest.Path(t, "lexicon", "cldr-fa", "rbnf-fa-SpelloutRules.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	inCardinal, checked := false, 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if strings.HasPrefix(line, "%") {
			inCardinal = line == "%spellout-cardinal:"
			continue
		}
		num, rule, ok := strings.Cut(line, ": ")
		if !inCardinal || !ok {
			continue
		}
		n, err := strconv.ParseInt(num, 10, 64)
		if err != nil || n >= 1000 { // scales are checked below (CLDR writes یک هزار)
			continue
		}
		word, _, _ := strings.Cut(strings.TrimSuffix(rule, ";"), "[")
		if got := Words(n); got != word {
			t.Errorf("Words(%d) = %+q, CLDR says %+q", n, got, word)
		}
		if v, ok := Parse(word); !ok || v.Value != float64(n) {
			t.Errorf("Parse(%+q) = %+v, want %d", word, v, n)
		}
		checked++
	}
	if checked != 37 {
		t.Errorf("checked %d CLDR rules, want the 37 below 1000 (0–19, tens, hundreds)", checked)
	}
	// CLDR spells scales with their multiplier: یک هزار, یک میلیون, یک هزار میلیارد.
	for _, s := range []struct {
		w string
		n float64
	}{{"یک هزار", 1e3}, {"یک میلیون", 1e6}, {"یک میلیارد", 1e9}, {"یک هزار میلیارد", 1e12}} {
		if v, ok := Parse(s.w); !ok || v.Value != s.n {
			t.Errorf("Parse(%+q) = %+v, want %v", s.w, v, s.n)
		}
	}
}
