package dabir

import (
	"time"

	"github.com/dabir-nlp/dabir/dates"
	"github.com/dabir-nlp/dabir/morph"
	"github.com/dabir-nlp/dabir/ner"
	"github.com/dabir-nlp/dabir/normalize"
	"github.com/dabir-nlp/dabir/tag"
	"github.com/dabir-nlp/dabir/tokenize"
)

// wire connects the stage packages to a pipeline, leaving out the stages
// opts switches off. Stage packages load their models lazily, once per
// process, so wiring is cheap.
func wire(opts Options) stages {
	var st stages
	if !opts.NoNormalize {
		st.normalize = func(s string) (string, []int) { return normalize.Default().Map(s) }
	}
	if !opts.NoTokenize {
		st.tokenize = tokenizeText
		if !opts.NoTag {
			st.tag = tagWords
		}
		if !opts.NoEntities {
			st.entities = recognize
		}
		if !opts.NoLemma {
			st.lemma = lemmatize
		}
	}
	if !opts.NoDates {
		st.dates = findDates
	}
	return st
}

// lemmatize runs the default lemmatizer over one sentence, with the tags
// when there are some.
func lemmatize(words []string, tags []rawTag) []string {
	s := morph.Sentence{Forms: words}
	if tags != nil {
		s.UPOS, s.Feats = make([]string, len(tags)), make([]string, len(tags))
		for i, t := range tags {
			s.UPOS[i], s.Feats[i] = t.upos, t.feats
		}
	}
	return morph.Default().LemmaSentence(s)
}

// tagWords runs the default tagger (Seraji conventions).
func tagWords(words []string) []rawTag {
	tags := tag.Default().Tag(words)
	out := make([]rawTag, len(tags))
	for i, t := range tags {
		out[i] = rawTag{upos: t.UPOS, xpos: t.XPOS, feats: t.Feats}
	}
	return out
}

// recognize runs the default named-entity recognizer; tags may be nil.
// It corrects, in place, the tags of the words inside the names it finds
// (ner.RetagNames, in the Seraji conventions of tagWords): a foreign name
// the tagger took for a verb (بریکس) becomes a noun, and so does a
// person's surname it took for an adjective (مهدوی).
func recognize(words []string, tags []rawTag) []rawEntity {
	var tt []tag.Tag
	if tags != nil {
		tt = make([]tag.Tag, len(tags))
		for i, t := range tags {
			tt[i] = tag.Tag{UPOS: t.upos, XPOS: t.xpos, Feats: t.feats}
		}
	}
	es := ner.Default().Recognize(words, tt)
	if tags != nil {
		ner.RetagNames(tt, es, tag.Seraji)
		for i, t := range tt {
			tags[i] = rawTag{upos: t.UPOS, xpos: t.XPOS, feats: t.Feats}
		}
	}
	out := make([]rawEntity, len(es))
	for i, e := range es {
		out[i] = rawEntity{typ: e.Type, start: e.Start, end: e.End}
	}
	return out
}

// findDates runs the date, time and number finder.
func findDates(s string, ref time.Time) []rawExpr {
	xs := dates.Find(s, ref)
	out := make([]rawExpr, len(xs))
	for i, x := range xs {
		out[i] = rawExpr{
			typ: string(x.Type), value: x.Value, span: Span{x.Span.Start, x.Span.End},
			jalali: x.Jalali, gregorian: x.Gregorian, hijri: x.Hijri, unit: x.Unit,
		}
	}
	return out
}

// tokenizeText runs the default tokenizer (treebank conventions, clitics
// split into words).
func tokenizeText(s string) []rawSentence {
	sents := tokenize.Tokenize(s)
	out := make([]rawSentence, len(sents))
	for i, ts := range sents {
		rs := rawSentence{span: Span(ts.Span), tokens: make([]rawToken, len(ts.Tokens))}
		for j, tt := range ts.Tokens {
			rs.tokens[j] = rawToken{span: Span(tt.Span), words: tt.Words}
		}
		out[i] = rs
	}
	return out
}

// Stages returns the names of the stages the pipeline runs, in order, e.g.
// ["normalize", "tokenize", "tag", "lemma", "ner", "dates"].
func (p *Pipeline) Stages() []string {
	var names []string
	add := func(on bool, name string) {
		if on {
			names = append(names, name)
		}
	}
	add(p.st.normalize != nil, "normalize")
	add(p.st.tokenize != nil, "tokenize")
	add(p.st.tag != nil, "tag")
	add(p.st.lemma != nil, "lemma")
	add(p.st.entities != nil, "ner")
	add(p.st.dates != nil, "dates")
	return names
}
