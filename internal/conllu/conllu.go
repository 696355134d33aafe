// Package conllu reads and writes the CoNLL-U format of Universal
// Dependencies: comments, word lines, multiword token ranges and empty nodes.
//
// A Reader and a Writer are not safe for concurrent use.
package conllu

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Word is one syntactic word: a line whose ID is an integer.
type Word struct {
	ID     int
	Form   string
	Lemma  string
	UPOS   string
	XPOS   string
	Feats  string
	Head   string
	Deprel string
	Deps   string
	Misc   string
}

// Multiword is a surface token that covers the words From..To (a range line
// such as "3-4").
type Multiword struct {
	From, To int
	Form     string
	Misc     string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments   []string // comment lines without the leading "# "
	Words      []Word
	Multiwords []Multiword
	Empty      []string // empty-node lines (ID like "3.1"), kept verbatim
}

// Text returns the "# text = " comment, or "" when there is none.
func (s *Sentence) Text() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "text = "); ok {
			return v
		}
	}
	return ""
}

// ID returns the "# sent_id = " comment, or "" when there is none.
func (s *Sentence) ID() string {
	for _, c := range s.Comments {
		if v, ok := strings.CutPrefix(c, "sent_id = "); ok {
			return v
		}
	}
	return ""
}

// MultiwordAt returns the multiword token that starts at word id, if any.
func (s *Sentence) MultiwordAt(id int) (Multiword, bool) {
	for _, m := range s.Multiwords {
		if m.From == id {
			return m, true
		}
	}
	return Multiword{}, false
}

// Token is a surface token: either a single word or a multiword range.
type Token struct {
	Form       string
	From, To   int // word IDs covered, inclusive
	SpaceAfter bool
}

// Tokens returns the sentence's surface tokens in order.
func (s *Sentence) Tokens() []Token {
	var toks []Token
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if m, ok := s.MultiwordAt(w.ID); ok {
			toks = append(toks, Token{Form: m.Form, From: m.From, To: m.To, SpaceAfter: !HasMisc(m.Misc, "SpaceAfter", "No")})
			for i+1 < len(s.Words) && s.Words[i+1].ID <= m.To {
				i++
			}
			continue
		}
		toks = append(toks, Token{Form: w.Form, From: w.ID, To: w.ID, SpaceAfter: !HasMisc(w.Misc, "SpaceAfter", "No")})
	}
	return toks
}

// HasMisc reports whether the MISC column misc holds key=value.
func HasMisc(misc, key, value string) bool {
	for _, kv := range strings.Split(misc, "|") {
		if k, v, ok := strings.Cut(kv, "="); ok && k == key && v == value {
			return true
		}
	}
	return false
}

// ErrSyntax is wrapped by every error about malformed input.
var ErrSyntax = errors.New("conllu: syntax error")

// Reader reads sentences one at a time. It is not safe for concurrent use.
type Reader struct {
	sc   *bufio.Scanner
	line int
}

// NewReader returns a Reader reading from r.
func NewReader(r io.Reader) *Reader {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 64<<20)
	return &Reader{sc: sc}
}

// Read returns the next sentence, or io.EOF after the last one.
func (r *Reader) Read() (*Sentence, error) {
	var s *Sentence
	for r.sc.Scan() {
		r.line++
		line := strings.TrimRight(r.sc.Text(), "\r")
		if line == "" {
			if s != nil {
				return s, nil
			}
			continue
		}
		if s == nil {
			s = &Sentence{}
		}
		if strings.HasPrefix(line, "#") {
			s.Comments = append(s.Comments, strings.TrimPrefix(strings.TrimPrefix(line, "#"), " "))
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%w: line %d: %d columns, want 10", ErrSyntax, r.line, len(cols))
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			s.Empty = append(s.Empty, line)
			continue
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			from, err1 := strconv.Atoi(a)
			to, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || to < from {
				return nil, fmt.Errorf("%w: line %d: bad range %q", ErrSyntax, r.line, id)
			}
			s.Multiwords = append(s.Multiwords, Multiword{From: from, To: to, Form: cols[1], Misc: cols[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil {
			return nil, fmt.Errorf("%w: line %d: bad ID %q", ErrSyntax, r.line, id)
		}
		s.Words = append(s.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: cols[6], Deprel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := r.sc.Err(); err != nil {
		return nil, err
	}
	if s != nil {
		return s, nil
	}
	return nil, io.EOF
}

// ReadAll reads every sentence from r.
func ReadAll(r io.Reader) ([]*Sentence, error) {
	cr := NewReader(r)
	var out []*Sentence
	for {
		s, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, s)
	}
}

// Write writes s in CoNLL-U, followed by the blank line that ends it.
// Empty columns are written as "_".
func Write(w io.Writer, s *Sentence) error {
	bw := bufio.NewWriter(w)
	for _, c := range s.Comments {
		bw.WriteString("# ")
		bw.WriteString(c)
		bw.WriteByte('\n')
	}
	for _, wd := range s.Words {
		if m, ok := s.MultiwordAt(wd.ID); ok {
			fmt.Fprintf(bw, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", m.From, m.To, col(m.Form), col(m.Misc))
		}
		fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, col(wd.Form), col(wd.Lemma), col(wd.UPOS),
			col(wd.XPOS), col(wd.Feats), col(wd.Head), col(wd.Deprel), col(wd.Deps), col(wd.Misc))
	}
	for _, e := range s.Empty {
		bw.WriteString(e)
		bw.WriteByte('\n')
	}
	bw.WriteByte('\n')
	return bw.Flush()
}

func col(s string) string {
	if s == "" {
		return "_"
	}
	return s
}
