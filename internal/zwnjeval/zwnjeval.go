// Package zwnjeval scores half-space (ZWNJ) restoration: it corrupts gold
// text (ZWNJ deleted, or typed as a space), restores it, and compares the
// ZWNJ positions with the gold ones.
package zwnjeval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Scores counts the outcomes of one run.
type Scores struct {
	TP, FP, FN    int // ZWNJ positions
	Words, Exact  int // gold words, and those restored exactly
	Misaligned    int // lines whose letters changed, so could not be compared
	Lines         int
	ChangedWords  int // words changed when the clean gold itself is restored
	ChangedOfGold int // gold words counted for ChangedWords
	// ChangedAffix counts the ChangedWords whose only change joins a bound
	// affix the gold itself wrote apart (می شود → می‌شود, داده ها →
	// داده‌ها): a repair of the gold, not damage to it.
	ChangedAffix int
}

// Precision of the predicted ZWNJs.
func (s Scores) Precision() float64 { return ratio(s.TP, s.TP+s.FP) }

// Recall of the gold ZWNJs.
func (s Scores) Recall() float64 { return ratio(s.TP, s.TP+s.FN) }

// F1 is the harmonic mean of precision and recall.
func (s Scores) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// WordAccuracy is the share of gold words restored exactly.
func (s Scores) WordAccuracy() float64 { return ratio(s.Exact, s.Words) }

// ChangedRate is the share of words changed on clean gold.
func (s Scores) ChangedRate() float64 { return ratio(s.ChangedWords, s.ChangedOfGold) }

// ChangedOtherRate is the share of words changed on clean gold other than
// by joining a bound affix the gold wrote apart.
func (s Scores) ChangedOtherRate() float64 {
	return ratio(s.ChangedWords-s.ChangedAffix, s.ChangedOfGold)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Corruption is a way of damaging gold text.
type Corruption int

const (
	Deleted Corruption = iota // ZWNJ removed: می‌کند → میکند
	Spaced                    // ZWNJ typed as a space: می‌کند → می کند
)

// Corrupt damages gold as c says.
func Corrupt(gold string, c Corruption) string {
	if c == Spaced {
		return strings.ReplaceAll(gold, "\u200C", " ")
	}
	return strings.ReplaceAll(gold, "\u200C", "")
}

// sep is what stands between two letters of the skeleton.
type sep uint8

const (
	sepNone sep = iota
	sepSpace
	sepZWNJ
)

// skeleton returns the text without spaces and ZWNJs, and for each boundary
// (before letter 0 ... after the last) what separated the letters there.
func skeleton(s string) (letters []rune, seps []sep) {
	seps = append(seps, sepNone)
	for _, r := range s {
		switch r {
		case ' ':
			if seps[len(seps)-1] != sepZWNJ {
				seps[len(seps)-1] = sepSpace
			}
		case '\u200C':
			seps[len(seps)-1] = sepZWNJ
		default:
			letters = append(letters, r)
			seps = append(seps, sepNone)
		}
	}
	return letters, seps
}

// Add scores one restored line against its gold.
func (s *Scores) Add(gold, restored string) {
	s.Lines++
	gl, gs := skeleton(gold)
	rl, rs := skeleton(restored)
	if string(gl) != string(rl) {
		s.Misaligned++
		return
	}
	for k := range gs {
		g, r := gs[k] == sepZWNJ, rs[k] == sepZWNJ
		switch {
		case g && r:
			s.TP++
		case r:
			s.FP++
		case g:
			s.FN++
		}
	}
	for _, w := range wordSpans(gs) {
		s.Words++
		if sameSeps(gs, rs, w) {
			s.Exact++
		}
	}
}

// AddClean scores restoring the clean gold itself: every word changed counts.
func (s *Scores) AddClean(gold, restored string) {
	_, gs := skeleton(gold)
	rl, rs := skeleton(restored)
	gl, _ := skeleton(gold)
	words := wordSpans(gs)
	s.ChangedOfGold += len(words)
	if string(gl) != string(rl) {
		s.ChangedWords += len(words)
		return
	}
	for _, w := range words {
		if !sameSeps(gs, rs, w) {
			s.ChangedWords++
			if affixJoinsOnly(gl, gs, rs, w) {
				s.ChangedAffix++
			}
		}
	}
}

// Bound affixes that the standard orthography writes with a half-space and
// that never stand as words of their own.
var (
	boundPrefixes = map[string]bool{"می": true, "نمی": true}
	boundSuffixes = map[string]bool{
		"ها": true, "های": true, "هایی": true, "هایم": true, "هایت": true, "هایش": true,
		"هایمان": true, "هایتان": true, "هایشان": true, "تر": true, "ترین": true,
		"ای": true, "اند": true, "ایم": true, "اید": true,
	}
)

// affixJoinsOnly reports whether every difference in the word w is a gold
// space turned into a half-space (or dropped) next to a bound affix.
func affixJoinsOnly(letters []rune, gs, rs []sep, w [2]int) bool {
	for k := w[0]; k <= w[1]; k++ {
		if gs[k] == rs[k] {
			continue
		}
		if gs[k] != sepSpace || rs[k] == sepSpace {
			return false
		}
		left := strings.TrimLeftFunc(string(letters[chunkStart(gs, k):k]), notLetter)
		right := strings.TrimRightFunc(string(letters[k:chunkEnd(gs, k)]), notLetter)
		if !boundPrefixes[left] && !boundSuffixes[right] {
			return false
		}
	}
	return true
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// chunkStart returns the letter index where the run of letters that ends
// at boundary k begins; chunkEnd where the run that starts at k ends.
func chunkStart(gs []sep, k int) int {
	i := k - 1
	for i > 0 && gs[i] == sepNone {
		i--
	}
	return max(i, 0)
}

func chunkEnd(gs []sep, k int) int {
	i := k + 1
	for i < len(gs)-1 && gs[i] == sepNone {
		i++
	}
	return i
}

// wordSpans returns the [a, b] boundary ranges of the space-separated words.
func wordSpans(seps []sep) [][2]int {
	var spans [][2]int
	a := 0
	for k := 1; k < len(seps); k++ {
		if seps[k] == sepSpace || k == len(seps)-1 {
			if k > a {
				spans = append(spans, [2]int{a, k})
			}
			a = k
		}
	}
	return spans
}

func sameSeps(gs, rs []sep, w [2]int) bool {
	for k := w[0]; k <= w[1]; k++ {
		if gs[k] != rs[k] {
			return false
		}
	}
	return true
}

// GoldLines returns the gold text lines of data: the "# text = " lines of a
// CoNLL-U file, or the non-empty lines of plain text.
func GoldLines(data string, conllu bool) []string {
	var out []string
	for _, line := range strings.Split(data, "\n") {
		line = strings.TrimRight(line, "\r")
		if conllu {
			if t, ok := strings.CutPrefix(line, "# text = "); ok {
				out = append(out, t)
			}
			continue
		}
		if strings.TrimSpace(line) != "" && utf8.ValidString(line) {
			out = append(out, line)
		}
	}
	return out
}
