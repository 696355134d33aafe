package ner

import (
	"fmt"
	"io"
	"sort"
)

// Counts holds entity counts for one type: gold mentions, predicted mentions
// and predictions that match a gold mention exactly (same span and type).
type Counts struct {
	Gold, Pred, Correct int
}

// Precision is Correct/Pred (0 when nothing was predicted).
func (c Counts) Precision() float64 { return ratio(c.Correct, c.Pred) }

// Recall is Correct/Gold (0 when there is no gold mention).
func (c Counts) Recall() float64 { return ratio(c.Correct, c.Gold) }

// F1 is the harmonic mean of precision and recall.
func (c Counts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score accumulates CoNLL-style entity-level counts per type. The zero value
// is ready to use; it is not safe for concurrent use.
type Score struct {
	ByType map[string]*Counts
}

// Add compares the entities of one sentence's gold and predicted BIO labels.
func (s *Score) Add(gold, pred []string) {
	s.AddEntities(Entities(gold), Entities(pred))
}

// AddEntities compares gold and predicted entities of one sentence.
func (s *Score) AddEntities(gold, pred []Entity) {
	if s.ByType == nil {
		s.ByType = map[string]*Counts{}
	}
	c := func(t string) *Counts {
		if s.ByType[t] == nil {
			s.ByType[t] = &Counts{}
		}
		return s.ByType[t]
	}
	set := make(map[Entity]bool, len(gold))
	for _, e := range gold {
		c(e.Type).Gold++
		set[e] = true
	}
	for _, e := range pred {
		c(e.Type).Pred++
		if set[e] {
			c(e.Type).Correct++
			delete(set, e)
		}
	}
}

// Overall sums the counts of the given types (all types when none is given).
func (s *Score) Overall(types ...string) Counts {
	var sum Counts
	if len(types) == 0 {
		types = s.Types()
	}
	for _, t := range types {
		if c := s.ByType[t]; c != nil {
			sum.Gold += c.Gold
			sum.Pred += c.Pred
			sum.Correct += c.Correct
		}
	}
	return sum
}

// Types lists the types seen, sorted.
func (s *Score) Types() []string {
	ts := make([]string, 0, len(s.ByType))
	for t := range s.ByType {
		ts = append(ts, t)
	}
	sort.Strings(ts)
	return ts
}

// MainTypes are the types the headline figure is computed over.
var MainTypes = []string{"PER", "LOC", "ORG"}

// WriteTable writes a table of precision, recall and F1 per type, then the
// overall figures over MainTypes and over all types.
func (s *Score) WriteTable(w io.Writer) error {
	line := func(name string, c Counts) error {
		_, err := fmt.Fprintf(w, "%-14s %6d %6d %6d   %.4f %.4f %.4f\n", name, c.Gold, c.Pred, c.Correct, c.Precision(), c.Recall(), c.F1())
		return err
	}
	if _, err := fmt.Fprintf(w, "%-14s %6s %6s %6s   %-6s %-6s %-6s\n", "type", "gold", "pred", "correct", "P", "R", "F1"); err != nil {
		return err
	}
	for _, t := range s.Types() {
		if err := line(t, *s.ByType[t]); err != nil {
			return err
		}
	}
	if err := line("PER+LOC+ORG", s.Overall(MainTypes...)); err != nil {
		return err
	}
	return line("all", s.Overall())
}
