package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one sentence of BIO-labelled data: Labels[i] is the tag of
// Words[i] ("O", "B-PER", "I-PER", ...).
type Sentence struct {
	Words  []string
	Labels []string
}

// ReadBIO reads sentences in the CoNLL/ParsTwiNER format: one
// "token<TAB>tag" pair per line and a blank line between sentences. A line
// without a tab is an error naming its line number; an empty label is
// read as "O". Trailing carriage returns are ignored.
func ReadBIO(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 16<<20)
	var out []Sentence
	var cur Sentence
	flush := func() {
		if len(cur.Words) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		word, label, ok := strings.Cut(line, "\t")
		if !ok {
			return nil, fmt.Errorf("ner: line %d: no tab between token and tag: %q", n, line)
		}
		label = strings.TrimSpace(label)
		if label == "" {
			label = "O"
		}
		if !validLabel(label) {
			return nil, fmt.Errorf("ner: line %d: bad tag %q", n, label)
		}
		cur.Words = append(cur.Words, word)
		cur.Labels = append(cur.Labels, label)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: line %d: %w", n+1, err)
	}
	flush()
	return out, nil
}

func validLabel(l string) bool {
	if l == "O" {
		return true
	}
	return len(l) > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-'
}
