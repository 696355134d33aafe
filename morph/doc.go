// Package morph finds the base forms of Persian words: a Lemmatizer in the
// style of the Universal Dependencies Persian treebanks (verbs to their past
// stem, nouns to the singular, adjectives to the positive degree), a light
// Stemmer for search, and the clitic splitter used by the tokenizer.
//
// The data is a lexicon derived by 'dabir train lemma' (go generate) from
// ../shared/data, and for each lemma style an averaged-perceptron classifier
// of edit scripts for the words the lexicon's gold tables lack, trained on
// that lexicon by the same command; all are embedded gzip-compressed and
// parsed once, on first use. All types are safe for concurrent use once
// built.
package morph
