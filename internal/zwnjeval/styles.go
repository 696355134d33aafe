package zwnjeval

import (
	"strings"

	"github.com/dabir-nlp/dabir/internal/lexbuild"
)

// Spellings counts, for each word written without its half-spaces, how
// often each spelling of it was seen in a text.
type Spellings map[string]map[string]int

// AddText counts the Persian words of text, which should already have had
// its half-spaces cleaned (see normalize.Options.CleanZWNJ).
func (sp Spellings) AddText(text string) { sp.addLine(text, 1) }

// Majority returns the most frequent spelling of key (ties go to the
// smaller string), or "" when key was never seen.
func (sp Spellings) Majority(key string) string {
	best, n := "", 0
	for w, c := range sp[key] {
		if c > n || c == n && w < best {
			best, n = w, c
		}
	}
	return best
}

// Conflicts counts the words of gold whose half-spaces are a decision (the
// word has one, or is seen with one in a) and whose spelling the two texts
// a and b write differently, by majority. InA counts those the gold writes
// as a does, InB as b does.
type Conflicts struct {
	Words, Differ, InA, InB int
}

// StyleConflicts measures how far two conventions a and b disagree on the
// words of the gold lines.
func StyleConflicts(gold []string, a, b Spellings) Conflicts {
	var c Conflicts
	for _, line := range gold {
		for _, w := range words(line) {
			key := strings.ReplaceAll(w, "\u200C", "")
			ma := a.Majority(key)
			if key == w && (ma == "" || ma == key) {
				continue // no half-space anywhere: no decision
			}
			c.Words++
			mb := b.Majority(key)
			if ma == "" || mb == "" || ma == mb {
				continue
			}
			c.Differ++
			switch w {
			case ma:
				c.InA++
			case mb:
				c.InB++
			}
		}
	}
	return c
}

// words returns the Persian words of s, as the ZWNJ lexicon counts them.
func words(s string) []string {
	w, _ := lexbuild.SplitWords(s)
	return w
}
