package tokenize

// defaultSplitter returns the clitic splitter of the default Tokenizer.
func defaultSplitter() func(string) []string { return nil }
