// Package ner finds named entities in Persian text: people (PER), places
// (LOC), organizations (ORG), events (EVE), political groups and dynasties
// (POG) and nationalities (NAT), the types of the ParsTwiNER corpus.
//
// A Recognizer labels a sentence of words with BIO tags using a structured
// averaged perceptron (internal/perceptron), decoded with the Viterbi
// algorithm (the best labelling of the whole sentence, trained with the
// same decoder). Its features are the folded word and its neighbours,
// affixes, shape and the previous word's label, and four sources learnt
// or gathered beforehand:
//   - word classes: 256 classes learnt from raw text with the exchange
//     algorithm, for the word and two words each side;
//   - a spelling model (Spelling): how likely the word's letters are to
//     spell a person, place, organization, other name or ordinary word;
//   - Hazm word tags: the frequency band and first part of speech of the
//     word and its neighbours in Hazm's word list;
//   - a gazetteer: CLDR place and language names, the names of the
//     training data, and the reviewed list names.tsv.
//
// The embedded model was trained without part-of-speech tags and ignores
// them. Default returns it, loaded once on first use.
//
// Find works on raw text: it splits the text into words that keep their byte
// spans, recognizes the entities and links variant spellings of one name in
// the document to one canonical form.
package ner
