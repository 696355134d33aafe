package cli

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/morph"
	"github.com/dabir-nlp/dabir/tokenize"
)

// TokenizeOptions are the flags of "dabir tokenize".
type TokenizeOptions struct {
	Format  string // text, jsonl or conllu
	Words   bool   // text: write syntactic words (clitics split) instead of surface tokens
	NoSplit bool   // do not split clitics
	Files   []string
}

func init() {
	register(commands, "tokenize", "split text into sentences and tokens (one sentence per line, JSON lines or CoNLL-U)", runTokenize)
}

const tokenizeSynopsis = `dabir tokenize [flags] [file ...]

Reads normalized Persian text (pipe it through 'dabir normalize' first when
it is raw) and writes its sentences and tokens. Input is read line by line: a
line is a paragraph (a newline always ends a sentence), so memory stays
constant on any input size.

  --format text    one sentence per line, tokens separated by spaces
  --format jsonl   one JSON object per input line: sentences with byte spans
                   (into that line) and tokens with spans and clitic words
  --format conllu  CoNLL-U: # text, multiword ranges for clitics, SpaceAfter=No`

func runTokenize(env *Env, args []string) int {
	var o TokenizeOptions
	fs := newFlags(env, "tokenize", tokenizeSynopsis)
	fs.StringVar(&o.Format, "format", "text", "output format: text, jsonl or conllu")
	fs.BoolVar(&o.Words, "words", false, "text format: write syntactic words (clitics split off) instead of surface tokens")
	fs.BoolVar(&o.NoSplit, "no-split", false, "do not split clitics into words")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	o.Files = fs.Args()
	return finish(env, "tokenize", o.run(env, nil))
}

// run tokenizes the input; lemma, when set, adds a lemma to every word.
func (o *TokenizeOptions) run(env *Env, lemma func(word string) string) error {
	switch o.Format {
	case "text", "jsonl", "conllu":
	default:
		return usageErrorf("--format: unknown format %q (want text, jsonl or conllu)", o.Format)
	}
	opt := tokenize.Options{LineBreaks: true}
	if !o.NoSplit {
		opt.Splitter = morph.SplitClitics
	}
	tk := tokenize.New(opt)
	bw := bufio.NewWriterSize(env.Stdout, 64<<10)
	sentID := 0
	err := eachInput(env, o.Files, func(name string, r io.Reader) error {
		return eachLine(r, func(line []byte, _ string) error {
			text := string(line)
			sents := tk.Tokenize(text)
			var err error
			switch o.Format {
			case "text":
				err = writeTokensText(bw, sents, o.Words, lemma)
			case "jsonl":
				err = writeTokensJSON(bw, sents, lemma)
			case "conllu":
				for _, s := range sents {
					sentID++
					if err = conllu.Write(bw, sentenceCoNLLU(text, s, sentID, lemma)); err != nil {
						break
					}
				}
			}
			return err
		})
	})
	return flushAfter(bw, err)
}

func writeTokensText(w *bufio.Writer, sents []tokenize.Sentence, words bool, lemma func(string) string) error {
	for _, s := range sents {
		first := true
		put := func(x string) {
			if !first {
				w.WriteByte(' ')
			}
			first = false
			w.WriteString(x)
			if lemma != nil {
				w.WriteByte('/')
				w.WriteString(lemma(x))
			}
		}
		for _, t := range s.Tokens {
			if (words || lemma != nil) && len(t.Words) > 0 {
				for _, x := range t.Words {
					put(x)
				}
				continue
			}
			put(t.Text)
		}
		if err := w.WriteByte('\n'); err != nil {
			return err
		}
	}
	return nil
}

type jsonToken struct {
	Text   string   `json:"text"`
	Start  int      `json:"start"`
	End    int      `json:"end"`
	Words  []string `json:"words,omitempty"`
	Lemmas []string `json:"lemmas,omitempty"`
}

type jsonSentence struct {
	Start  int         `json:"start"`
	End    int         `json:"end"`
	Tokens []jsonToken `json:"tokens"`
}

func writeTokensJSON(w *bufio.Writer, sents []tokenize.Sentence, lemma func(string) string) error {
	out := struct {
		Sentences []jsonSentence `json:"sentences"`
	}{Sentences: make([]jsonSentence, 0, len(sents))}
	for _, s := range sents {
		js := jsonSentence{Start: s.Span.Start, End: s.Span.End}
		for _, t := range s.Tokens {
			jt := jsonToken{Text: t.Text, Start: t.Span.Start, End: t.Span.End, Words: t.Words}
			if lemma != nil {
				ws := t.Words
				if len(ws) == 0 {
					ws = []string{t.Text}
				}
				for _, x := range ws {
					jt.Lemmas = append(jt.Lemmas, lemma(x))
				}
			}
			js.Tokens = append(js.Tokens, jt)
		}
		out.Sentences = append(out.Sentences, js)
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	w.Write(b)
	return w.WriteByte('\n')
}

// sentenceCoNLLU turns a tokenized sentence of text into CoNLL-U.
func sentenceCoNLLU(text string, s tokenize.Sentence, id int, lemma func(string) string) *conllu.Sentence {
	cs := &conllu.Sentence{Comments: []string{
		fmt.Sprintf("sent_id = %d", id),
		"text = " + strings.Join(strings.Fields(text[s.Span.Start:s.Span.End]), " "),
	}}
	n := 0
	for i, t := range s.Tokens {
		misc := ""
		if i+1 < len(s.Tokens) && s.Tokens[i+1].Span.Start == t.Span.End {
			misc = "SpaceAfter=No"
		}
		forms := t.Words
		if len(forms) == 0 {
			forms = []string{t.Text}
		}
		if len(forms) > 1 {
			cs.Multiwords = append(cs.Multiwords, conllu.Multiword{From: n + 1, To: n + len(forms), Form: t.Text, Misc: misc})
		}
		for _, f := range forms {
			n++
			wd := conllu.Word{ID: n, Form: f}
			if lemma != nil {
				wd.Lemma = lemma(f)
			}
			if len(forms) == 1 {
				wd.Misc = misc
			}
			cs.Words = append(cs.Words, wd)
		}
	}
	return cs
}
