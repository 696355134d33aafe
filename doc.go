// Package dabir is the one import most users of the Dabir Persian (Farsi)
// toolkit need: a Pipeline that runs every stage (normalization, sentence and
// word tokenization, lemmas, part-of-speech tags, named entities, dates and
// numbers) and returns one Doc.
//
//	p := dabir.New(dabir.Options{})
//	doc := p.Analyze("شی جین پینگ روز جمعه در پکن بود.")
//	for _, s := range doc.Sentences {
//		for _, t := range s.Tokens {
//			fmt.Println(t.Text, t.Norm, t.UPOS, t.Lemma)
//		}
//	}
//
// Every span in a Doc (sentences, tokens, entities, changes' From) is a pair
// of byte offsets into the text given to Analyze, even when the normalizer
// rewrote it, so a caller can always highlight an annotation in the text the
// user wrote. Normalized-text positions are kept separately (Token.Norm,
// Change.To).
//
// A Pipeline is safe for concurrent use; models are embedded in the binary
// and loaded once, on first use. Each stage is also usable on its own from its
// package (normalize, tokenize, morph, tag, ner, dates).
package dabir

// Span is a half-open range of byte offsets [Start, End) into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Doc is the analysis of one text. Its slices are never nil after Analyze, so
// they encode as JSON arrays.
type Doc struct {
	// Text is the input, exactly as given (invalid UTF-8 included).
	Text string `json:"text"`
	// Normalized is Text after the normalizer (equal to Text when the
	// normalization stage is off).
	Normalized string `json:"normalized"`
	// Changes lists what the normalizer changed, in order.
	Changes []Change `json:"changes"`
	// Sentences holds the sentences with their tokens, in order.
	Sentences []Sentence `json:"sentences"`
	// Entities holds named entities, dates, times and numbers, ordered by
	// start offset.
	Entities []Entity `json:"entities"`
}

// Change is one edit the normalizer made: Text[From] became Normalized[To].
// An insertion (e.g. a restored half-space) has an empty From; a deletion
// (e.g. a duplicate space) an empty To.
type Change struct {
	From Span   `json:"from"` // in Doc.Text
	To   Span   `json:"to"`   // in Doc.Normalized
	Old  string `json:"old"`  // Doc.Text[From.Start:From.End]
	New  string `json:"new"`  // Doc.Normalized[To.Start:To.End]
}

// Sentence is one sentence of a Doc.
type Sentence struct {
	Span   Span    `json:"span"` // in Doc.Text
	Text   string  `json:"text"` // Doc.Text[Span.Start:Span.End]
	Tokens []Token `json:"tokens"`
}

// Token is one surface token (a word, number or punctuation mark). When the
// treebank convention splits it into several syntactic words (a noun and its
// clitic pronoun, for instance), Words lists them and the token-level
// Lemma/UPOS/XPOS/Feats are those of the first word.
type Token struct {
	Text     string `json:"text"`      // Doc.Text[Span.Start:Span.End], as the user wrote it
	Span     Span   `json:"span"`      // in Doc.Text
	Norm     string `json:"norm"`      // the normalized form
	NormSpan Span   `json:"norm_span"` // in Doc.Normalized
	Lemma    string `json:"lemma,omitempty"`
	UPOS     string `json:"upos,omitempty"`
	XPOS     string `json:"xpos,omitempty"`
	Feats    string `json:"feats,omitempty"`
	Words    []Word `json:"words,omitempty"`
}

// Word is one syntactic word of a multi-word token.
type Word struct {
	Text  string `json:"text"`
	Lemma string `json:"lemma,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	XPOS  string `json:"xpos,omitempty"`
	Feats string `json:"feats,omitempty"`
}

// Entity is a named entity (person, place, organization, ...) or a date,
// time, duration, number, amount of money or percentage.
type Entity struct {
	Type string `json:"type"` // PER, LOC, ORG, ... (ner); DATE, TIME, DURATION, NUM, ORDINAL, MONEY, PERCENT (dates)
	Text string `json:"text"` // Doc.Text[Span.Start:Span.End]
	Span Span   `json:"span"` // in Doc.Text
	// Value is the normalized value of a date, time or number expression;
	// empty for named entities. Dates are Gregorian ISO 8601 ("2022-02-04",
	// "2014", or an interval "2021-03-21/2022-03-20"), times "T10:30",
	// durations ISO 8601 ("P3D"), numbers plain decimals ("12.5").
	Value string `json:"value,omitempty"`
	// Jalali, Gregorian and Hijri give a date in each calendar, written
	// like Value ("1400-11-15"); empty for other types.
	Jalali    string `json:"jalali,omitempty"`
	Gregorian string `json:"gregorian,omitempty"`
	Hijri     string `json:"hijri,omitempty"`
	// Unit is the currency of MONEY (ISO 4217, IRT for toman).
	Unit string `json:"unit,omitempty"`
	// Source names the stage that found the entity: "ner" or "dates".
	Source string `json:"source"`
}
