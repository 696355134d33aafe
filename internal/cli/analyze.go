package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"runtime"
	"strings"
	"time"

	"github.com/dabir-nlp/dabir"
)

// AnalyzeOptions are the flags of "dabir analyze".
type AnalyzeOptions struct {
	To      string // text, json, jsonl or conllu
	From    string // text (or conllu, when available)
	Workers int    // analysis goroutines; <= 0 means GOMAXPROCS
	Unit    string // what is analysed as one text: line or paragraph
	Ref     string // reference date for relative dates, YYYY-MM-DD
	// Stage switches (all stages run by default).
	NoNormalize, NoTag, NoLemma, NoEntities, NoDates bool
	// Progress is "auto" (a bar on stderr when it is a terminal and the
	// input a file), "always" or "never".
	Progress string
	Files    []string
}

func init() {
	register(commands, "analyze", "full analysis: sentences, tokens, tags, lemmas, entities (text, json, jsonl, conllu)", runAnalyze)
}

const analyzeSynopsis = `dabir analyze [flags] [file ...]

Reads Persian text (files or stdin), analyses it line by line (or, with
--unit paragraph, paragraph by paragraph: lines up to a blank line) and writes
the results in input order. Each unit is analysed on its own, so memory stays
constant on inputs of any size; units are spread over the CPU cores.

  --to text    one sentence per line, tokens as form/UPOS, entities as [ ... ]TYPE
  --to jsonl   one JSON Doc per line or paragraph (the dabir.Doc of the Go API)
  --to json    one JSON array of those Docs
  --to conllu  CoNLL-U (LEMMA, UPOS, XPOS, FEATS; MISC has TokenRange, SpaceAfter, NE;
               with several files, each starts with "# newdoc id = FILE")

  --from conllu  reads CoNLL-U with gold tokens (e.g. a treebank's test set)
                 and writes it back with UPOS, XPOS, FEATS and LEMMA filled
                 in; the tokens are kept as they are.`

func runAnalyze(env *Env, args []string) int {
	var o AnalyzeOptions
	fs := newFlags(env, "analyze", analyzeSynopsis)
	fs.StringVar(&o.To, "to", "text", "output format: text, json, jsonl or conllu (conllu with --from conllu)")
	fs.StringVar(&o.From, "from", "text", "input format: "+strings.Join(analyzeFromFormats(), " or "))
	fs.IntVar(&o.Workers, "workers", 0, "analysis goroutines (0: one per CPU)")
	fs.StringVar(&o.Unit, "unit", "line", "one Doc per input line, or per paragraph (lines up to a blank line)")
	fs.StringVar(&o.Ref, "ref", "", "reference date for relative date expressions, YYYY-MM-DD (default today)")
	fs.BoolVar(&o.NoNormalize, "no-normalize", false, "skip normalization")
	fs.BoolVar(&o.NoTag, "no-tag", false, "skip part-of-speech tagging")
	fs.BoolVar(&o.NoLemma, "no-lemma", false, "skip lemmatization")
	fs.BoolVar(&o.NoEntities, "no-entities", false, "skip named entities")
	fs.BoolVar(&o.NoDates, "no-dates", false, "skip dates, times and numbers")
	fs.StringVar(&o.Progress, "progress", "auto", "progress bar on stderr: auto, always or never")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	o.Files = fs.Args()
	toSet := false
	fs.Visit(func(f *flag.Flag) { toSet = toSet || f.Name == "to" })
	if o.From == "conllu" && !toSet {
		o.To = "conllu" // CoNLL-U in, CoNLL-U out
	}
	return finish(env, "analyze", o.run(env))
}

func analyzeFromFormats() []string {
	if analyzeFromCoNLLU != nil {
		return []string{"text", "conllu"}
	}
	return []string{"text"}
}

// analyzeFromCoNLLU, when set (by analyze_conllu.go), analyses gold CoNLL-U
// tokens: it reads r and writes CoNLL-U with LEMMA, UPOS, ... filled.
var analyzeFromCoNLLU func(env *Env, o *AnalyzeOptions, r io.Reader, w io.Writer) error

func (o *AnalyzeOptions) pipelineOptions() (dabir.Options, error) {
	popts := dabir.Options{
		NoNormalize: o.NoNormalize, NoTag: o.NoTag, NoLemma: o.NoLemma,
		NoEntities: o.NoEntities, NoDates: o.NoDates,
	}
	if o.Ref != "" {
		t, err := time.Parse(time.DateOnly, o.Ref)
		if err != nil {
			return popts, usageErrorf("--ref: want a date like 2022-02-04, got %q", o.Ref)
		}
		popts.Reference = t
	}
	return popts, nil
}

func (o *AnalyzeOptions) run(env *Env) error {
	switch o.To {
	case "text", "json", "jsonl", "conllu":
	default:
		return usageErrorf("--to: unknown format %q (want text, json, jsonl or conllu)", o.To)
	}
	switch {
	case o.From == "text":
	case o.From == "conllu" && analyzeFromCoNLLU != nil:
		if o.To != "conllu" {
			return usageErrorf("--from conllu writes CoNLL-U only; use --to conllu")
		}
	default:
		return usageErrorf("--from: unknown format %q (want %s)", o.From, strings.Join(analyzeFromFormats(), " or "))
	}
	switch o.Unit {
	case "line", "paragraph":
	default:
		return usageErrorf("--unit: want line or paragraph, got %q", o.Unit)
	}
	switch o.Progress {
	case "auto", "always", "never":
	default:
		return usageErrorf("--progress: want auto, always or never, got %q", o.Progress)
	}
	popts, err := o.pipelineOptions()
	if err != nil {
		return err
	}
	if o.Workers <= 0 {
		o.Workers = runtime.GOMAXPROCS(0)
	}
	p := dabir.New(popts)
	w := newAnalyzeWriter(env.Stdout, o.To, o.Unit == "paragraph")
	err = eachInput(env, o.Files, func(name string, r io.Reader) error {
		if len(o.Files) > 1 {
			w.newdoc = name
		}
		bar := newProgress(env, o.Progress, name, r)
		if bar != nil {
			r = bar
			defer bar.done()
		}
		if o.From == "conllu" {
			return analyzeFromCoNLLU(env, o, r, w.bw)
		}
		return analyzeStream(p, r, w, o.Workers, o.Unit == "paragraph")
	})
	if ferr := w.finish(); err == nil {
		err = ferr
	}
	return err
}

// analyzeJob is a batch of consecutive input lines, analysed by one worker.
type analyzeJob struct {
	lines []string
	base  []int // byte offset of each line in its input
	docs  []*dabir.Doc
	out   []byte // the formatted output, for formats that need no global state
}

// jobBytes is the size at which a batch of lines is handed to a worker.
const jobBytes = 32 << 10

// maxParagraph bounds a paragraph in --unit paragraph mode: a longer run of
// non-blank lines is analysed in pieces of about this size.
const maxParagraph = 256 << 10

// analyzeStream analyses r line by line (or paragraph by paragraph) with a
// bounded pool of workers and writes the results in input order. At most
// about 4×workers batches are in memory at any time.
func analyzeStream(p *dabir.Pipeline, r io.Reader, w *analyzeWriter, workers int, paragraphs bool) error {
	work := func(j *analyzeJob) {
		j.docs = make([]*dabir.Doc, len(j.lines))
		for i, l := range j.lines {
			j.docs[i] = p.Analyze(l)
		}
		j.out = w.format(j)
	}
	return inOrder(workers, work, w.write, func(sendJob func(*analyzeJob) bool) error {
		return readUnits(r, paragraphs, sendJob)
	})
}

// readUnits reads r line by line (or paragraph by paragraph) into batches
// of about jobBytes and hands each to send; it stops when send returns
// false.
func readUnits(r io.Reader, paragraphs bool, sendJob func(*analyzeJob) bool) error {
	cur := &analyzeJob{}
	size, offset := 0, 0
	send := func() bool {
		ok := sendJob(cur)
		cur = &analyzeJob{}
		size = 0
		return ok
	}
	add := func(unit string, base int) error {
		cur.lines = append(cur.lines, unit)
		cur.base = append(cur.base, base)
		size += len(unit) + 64
		if size >= jobBytes && !send() {
			return errStopped
		}
		return nil
	}
	// In paragraph mode, para collects the lines of the current paragraph
	// (joined with their own line endings) from byte paraStart on.
	var para []byte
	paraStart, pending := 0, ""
	flush := func() error {
		if len(para) == 0 {
			return nil
		}
		err := add(string(para), paraStart)
		para, pending = para[:0], ""
		if cap(para) > maxParagraph {
			para = nil
		}
		return err
	}
	rerr := eachLine(r, func(line []byte, ending string) error {
		start := offset
		offset += len(line) + len(ending)
		if !paragraphs {
			return add(string(line), start)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			return flush() // a blank line ends a paragraph
		}
		if len(para) == 0 {
			paraStart = start
		}
		para = append(para, pending...)
		para = append(para, line...)
		pending = ending
		if len(para) >= maxParagraph {
			return flush()
		}
		return nil
	})
	if rerr == nil {
		rerr = flush()
	}
	if rerr == nil && len(cur.lines) > 0 {
		send()
	}
	if rerr == errStopped {
		rerr = nil
	}
	return rerr
}

var errStopped = fmt.Errorf("stopped")

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
