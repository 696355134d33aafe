package ner

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"strings"
)

// reviewedNames is names.tsv: international organizations, world leaders,
// cities and events in common Persian news spelling, reviewed for this
// project. The training data (informal tweets) rarely names them.
//
//go:embed names.tsv
var reviewedNames string

// AddReviewedNames adds the project's reviewed list of names (names.tsv)
// to g.
func AddReviewedNames(g *Gazetteer) error {
	return AddNames(g, strings.NewReader(reviewedNames))
}

// AddNames adds names read from r, one "CLASS<TAB>name" per line, to g.
// Blank lines and lines starting with # are skipped.
func AddNames(g *Gazetteer, r io.Reader) error {
	sc := bufio.NewScanner(r)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		class, name, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("ner: names line %d: no tab: %q", n, line)
		}
		if err := g.Add(class, name); err != nil {
			return fmt.Errorf("ner: names line %d: %w", n, err)
		}
	}
	return sc.Err()
}
