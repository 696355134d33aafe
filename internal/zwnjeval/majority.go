package zwnjeval

import (
	"strings"
)

// addLine counts the words of one line d times (d = -1 takes them back).
func (sp Spellings) addLine(line string, d int) {
	for _, w := range words(line) {
		key := strings.ReplaceAll(w, "\u200C", "")
		m := sp[key]
		if m == nil {
			m = map[string]int{}
			sp[key] = m
		}
		m[w] += d
	}
}

// Respell writes every word of line that sp has seen in its majority
// spelling and leaves the others as they are. Applied to a restorer's
// output, it gives a restorer that follows, word by word, the convention of
// the text sp counted.
func Respell(line string, sp Spellings) string {
	var b strings.Builder
	rest := line
	for _, w := range words(line) {
		i := strings.Index(rest, w)
		b.WriteString(rest[:i])
		rest = rest[i+len(w):]
		if m := sp.Majority(strings.ReplaceAll(w, "\u200C", "")); m != "" {
			w = m
		}
		b.WriteString(w)
	}
	b.WriteString(rest)
	return b.String()
}

// MajorityScores scores restored lines respelled by the majority of the
// text ref (see Respell), with the half-spaces deleted from gold. When ref
// is nil, each gold line is respelled by the majority of the other gold
// lines (leave one line out): how well a restorer that knew the gold's own
// convention for every word it repeats could do, a bound set by how
// consistently the gold writes its words.
func MajorityScores(gold []string, ref Spellings, restore func(string) string) Scores {
	self := ref == nil
	if self {
		ref = Spellings{}
		for _, g := range gold {
			ref.addLine(g, 1)
		}
	}
	var s Scores
	for _, g := range gold {
		out := restore(Corrupt(g, Deleted))
		if self {
			ref.addLine(g, -1)
		}
		s.Add(g, Respell(out, ref))
		if self {
			ref.addLine(g, 1)
		}
	}
	return s
}
