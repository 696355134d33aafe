package tokenize

import "github.com/dabir-nlp/dabir/morph"

// defaultSplitter returns the clitic splitter of the default Tokenizer: the
// morph package's, learned from the UD Persian dev sets and iPerUDT.
func defaultSplitter() func(string) []string { return morph.DefaultSplitter().Split }
