package cli

import (
	"bytes"
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
