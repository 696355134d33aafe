package cli

import "github.com/dabir-nlp/dabir/morph"

// LemmatizeOptions are the flags of "dabir lemmatize".
type LemmatizeOptions struct {
	Tokenize TokenizeOptions
	Style    string // perdt or seraji
}

func init() {
	register(commands, "lemmatize", "lemmas of every word (word/lemma per sentence line, JSON lines or CoNLL-U)", runLemmatize)
}

const lemmatizeSynopsis = `dabir lemmatize [flags] [file ...]

Tokenizes normalized Persian text like 'dabir tokenize' and gives every
syntactic word its lemma in the style of the UD Persian treebanks (verbs to
their past stem, nouns to the singular). It works without part-of-speech
tags; 'dabir analyze' tags first and lemmatizes with the tags.

  --format text    one sentence per line, word/lemma separated by spaces
  --format jsonl   as 'dabir tokenize', with "lemmas" for every token
  --format conllu  CoNLL-U with LEMMA filled`

func runLemmatize(env *Env, args []string) int {
	var o LemmatizeOptions
	fs := newFlags(env, "lemmatize", lemmatizeSynopsis)
	fs.StringVar(&o.Tokenize.Format, "format", "text", "output format: text, jsonl or conllu")
	fs.StringVar(&o.Style, "style", morph.StylePerDT, "lemma conventions: perdt or seraji")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if o.Style != morph.StylePerDT && o.Style != morph.StyleSeraji {
		return finish(env, "lemmatize", usageErrorf("--style: want perdt or seraji, got %q", o.Style))
	}
	o.Tokenize.Files = fs.Args()
	l, err := morph.NewLemmatizer(morph.LemmaOptions{Style: o.Style})
	if err != nil {
		return finish(env, "lemmatize", err)
	}
	return finish(env, "lemmatize", o.Tokenize.run(env, func(w string) string { return l.Lemma(w, "") }))
}
