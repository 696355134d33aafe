// Package ner finds named entities in Persian text: people (PER), places
// (LOC), organizations (ORG), events (EVE), political groups and dynasties
// (POG) and nationalities (NAT), the types of the ParsTwiNER corpus.
//
// A Recognizer labels a sentence of words with BIO tags using a structured
// averaged perceptron (internal/perceptron) over features of the word, its
// folded form, affixes, shape, neighbours, the previous word's label and
// gazetteers (CLDR place and language names and names seen in the training
// data), decoded with the Viterbi algorithm (the best labelling of the
// whole sentence, trained with the same decoder). Default returns the
// embedded model, loaded once on first use.
//
// Find works on raw text: it splits the text into words that keep their byte
// spans, recognizes the entities and links variant spellings of one name in
// the document to one canonical form.
package ner
