package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dabir-nlp/dabir"
)

// analyzeWriter writes analysed batches in one output format.
type analyzeWriter struct {
	bw     *bytesWriter
	format func(j *analyzeJob) []byte
	write  func(j *analyzeJob) error
	finish func() error
	// newdoc, when set, is written as a CoNLL-U "# newdoc id" comment before
	// the next sentence: with several inputs each is a document of its own,
	// whose TokenRange offsets start at 0.
	newdoc string
}

// bytesWriter counts what was written so the JSON array knows its commas.
type bytesWriter struct {
	w io.Writer
	n int64
}

// Write passes p on and counts the bytes written.
func (b *bytesWriter) Write(p []byte) (int, error) {
	n, err := b.w.Write(p)
	b.n += int64(n)
	return n, err
}

func newAnalyzeWriter(out io.Writer, to string, paragraphs bool) *analyzeWriter {
	aw := &analyzeWriter{bw: &bytesWriter{w: out}}
	plain := func(j *analyzeJob) error { _, err := aw.bw.Write(j.out); return err }
	aw.write = plain
	aw.finish = func() error { return nil }
	switch to {
	case "text":
		aw.format = func(j *analyzeJob) []byte {
			var b bytes.Buffer
			for _, d := range j.docs {
				writeDocText(&b, d)
				if paragraphs {
					b.WriteByte('\n') // a blank line between paragraphs
				}
			}
			return b.Bytes()
		}
	case "jsonl":
		aw.format = func(j *analyzeJob) []byte {
			var b bytes.Buffer
			enc := json.NewEncoder(&b)
			enc.SetEscapeHTML(false)
			for _, d := range j.docs {
				enc.Encode(d)
			}
			return b.Bytes()
		}
	case "json":
		docs := 0
		aw.format = func(j *analyzeJob) []byte {
			var b bytes.Buffer
			for _, d := range j.docs {
				b.WriteString(",\n")
				enc := json.NewEncoder(&b)
				enc.SetEscapeHTML(false)
				enc.Encode(d)
				b.Truncate(b.Len() - 1) // Encode's newline
			}
			return b.Bytes()
		}
		aw.write = func(j *analyzeJob) error {
			out := j.out
			if docs == 0 && len(out) > 0 {
				out = append([]byte("[\n"), out[2:]...)
			}
			docs += len(j.docs)
			_, err := aw.bw.Write(out)
			return err
		}
		aw.finish = func() error {
			s := "\n]\n"
			if docs == 0 {
				s = "[]\n"
			}
			_, err := io.WriteString(aw.bw, s)
			return err
		}
	case "conllu":
		sent := 0
		aw.format = func(j *analyzeJob) []byte { return nil }
		aw.write = func(j *analyzeJob) error {
			var b bytes.Buffer
			for i, d := range j.docs {
				if aw.newdoc != "" && len(d.Sentences) > 0 {
					fmt.Fprintf(&b, "# newdoc id = %s\n", conlluOneLine(aw.newdoc))
					aw.newdoc = ""
				}
				writeDocCoNLLU(&b, d, j.base[i], &sent)
			}
			_, err := aw.bw.Write(b.Bytes())
			return err
		}
	}
	return aw
}

// writeDocText writes one input line's analysis as text: one sentence per
// line, tokens as form/UPOS (form alone when untagged), entities as
// "[ tokens ]TYPE" around the tokens they overlap. An empty line stays an
// empty line.
func writeDocText(b *bytes.Buffer, d *dabir.Doc) {
	if len(d.Sentences) == 0 {
		b.WriteString(strings.TrimSpace(d.Normalized))
		b.WriteByte('\n')
		return
	}
	for _, s := range d.Sentences {
		// open[i] and close[i] list the entities that start before and end
		// after token i; an entity is shown only within one sentence.
		open := make([][]string, len(s.Tokens))
		closing := make([][]string, len(s.Tokens))
		for _, e := range d.Entities {
			first, last := -1, -1
			for i, t := range s.Tokens {
				if t.Span.End > e.Span.Start && t.Span.Start < e.Span.End {
					if first < 0 {
						first = i
					}
					last = i
				}
			}
			if first < 0 || e.Span.Start < s.Span.Start || e.Span.End > s.Span.End {
				continue
			}
			open[first] = append(open[first], e.Type)
			closing[last] = append([]string{e.Type}, closing[last]...)
		}
		for i, t := range s.Tokens {
			if i > 0 {
				b.WriteByte(' ')
			}
			for range open[i] {
				b.WriteString("[ ")
			}
			b.WriteString(t.Norm)
			if t.UPOS != "" {
				b.WriteByte('/')
				b.WriteString(t.UPOS)
			}
			for _, typ := range closing[i] {
				b.WriteString(" ]")
				b.WriteString(typ)
			}
		}
		b.WriteByte('\n')
	}
}

// writeDocCoNLLU writes one input line's sentences in CoNLL-U. base is the
// line's byte offset in its input, so TokenRange values are offsets into
// the whole input; *sent numbers the sentences.
func writeDocCoNLLU(b *bytes.Buffer, d *dabir.Doc, base int, sent *int) {
	for _, s := range d.Sentences {
		*sent++
		fmt.Fprintf(b, "# sent_id = %d\n# text = %s\n", *sent, conlluOneLine(s.Text))
		id := 1
		for ti, t := range s.Tokens {
			var misc []string
			if ti+1 < len(s.Tokens) && s.Tokens[ti+1].Span.Start == t.Span.End {
				misc = append(misc, "SpaceAfter=No")
			}
			misc = append(misc, fmt.Sprintf("TokenRange=%d:%d", base+t.Span.Start, base+t.Span.End))
			for _, e := range d.Entities {
				if e.Span.Start <= t.Span.Start && t.Span.End <= e.Span.End && t.Span.Start < t.Span.End {
					tag := "I-"
					if e.Span.Start == t.Span.Start {
						tag = "B-"
					}
					misc = append(misc, "NE="+tag+e.Type)
				}
			}
			m := strings.Join(misc, "|")
			if len(t.Words) > 1 {
				fmt.Fprintf(b, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", id, id+len(t.Words)-1, conlluCol(t.Norm), m)
				for _, w := range t.Words {
					fmt.Fprintf(b, "%d\t%s\t%s\t%s\t%s\t%s\t_\t_\t_\t_\n", id, conlluCol(w.Text), conlluCol(w.Lemma), conlluCol(w.UPOS), conlluCol(w.XPOS), conlluCol(w.Feats))
					id++
				}
				continue
			}
			fmt.Fprintf(b, "%d\t%s\t%s\t%s\t%s\t%s\t_\t_\t_\t%s\n", id, conlluCol(t.Norm), conlluCol(t.Lemma), conlluCol(t.UPOS), conlluCol(t.XPOS), conlluCol(t.Feats), m)
			id++
		}
		b.WriteByte('\n')
	}
}

// conlluCol returns s as a CoNLL-U column: "_" when empty, with tabs and line
// breaks turned into spaces.
func conlluCol(s string) string {
	if s == "" {
		return "_"
	}
	return conlluOneLine(s)
}

func conlluOneLine(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r':
			return ' '
		}
		return r
	}, s)
}
