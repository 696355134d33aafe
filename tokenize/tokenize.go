// Package tokenize splits normalized Persian text into sentences and words,
// following the conventions of the Universal Dependencies Persian treebanks
// (Seraji and PerDT): words written with a zero-width non-joiner (U+200C)
// stay whole (می‌روم, کتاب‌ها), punctuation marks are tokens of their own,
// numbers keep their decimal and date separators (۲٫۵, 31/10/1917), and
// URLs, e-mail addresses, hashtags, mentions and abbreviations (ه.ش.) are one
// token each. Where the treebanks split a surface token into syntactic words
// (pronominal clitics as in کتابش → کتاب + ش, or مرا → م + را) the token
// keeps its text and lists the words in Token.Words.
//
// Every sentence and token carries its byte span in the text given, so
// text[Span.Start:Span.End] is exactly the token as written. Tokenizing never
// drops a non-space character: joining the tokens gives back the input with
// only white space (and invisible format characters, see IsSpace) removed.
//
// Tokenizers are safe for concurrent use.
package tokenize

import "sync"

// Span is a half-open byte range [Start, End) in the text given to Tokenize.
type Span struct {
	Start, End int
}

// Token is one surface token.
type Token struct {
	Text  string // text[Span.Start:Span.End]
	Span  Span
	Words []string // the syntactic words when the treebanks split the token (clitics); else nil
}

// Sentence is a run of tokens ending at a sentence boundary.
type Sentence struct {
	Span   Span
	Tokens []Token
}

// Options choose how a Tokenizer works. The zero value gives the treebank
// conventions without clitic splitting.
type Options struct {
	// Splitter, when set, is asked about every word token; it returns the
	// syntactic words of the token, or nil to keep it whole. It must be safe
	// for concurrent use when the Tokenizer is shared.
	Splitter func(word string) []string
	// LineBreaks makes every newline end a sentence (one sentence or title
	// per line). A blank line always ends a sentence.
	LineBreaks bool
}

// Tokenizer splits text into sentences and tokens. It is safe for concurrent use.
type Tokenizer struct {
	opt Options
}

// New returns a Tokenizer with the given options.
func New(opt Options) *Tokenizer {
	return &Tokenizer{opt: opt}
}

var defaultTokenizer = sync.OnceValue(func() *Tokenizer {
	return New(Options{Splitter: defaultSplitter()})
})

// Default returns the shared Tokenizer with the embedded clitic lexicon.
func Default() *Tokenizer { return defaultTokenizer() }

// Tokenize splits text into sentences of tokens with the default Tokenizer.
func Tokenize(text string) []Sentence { return Default().Tokenize(text) }

// Tokenize splits text into sentences of tokens.
func (t *Tokenizer) Tokenize(text string) []Sentence {
	toks := t.Tokens(text)
	return t.sentences(text, toks)
}

// Tokens splits text into tokens without looking for sentence boundaries.
func (t *Tokenizer) Tokens(text string) []Token {
	toks := scan(text, make([]Token, 0, len(text)/10+1))
	if t.opt.Splitter != nil {
		for i := range toks {
			if toks[i].Words == nil && isWordStart(toks[i].Text) {
				toks[i].Words = t.opt.Splitter(toks[i].Text)
			}
		}
	}
	return toks
}
