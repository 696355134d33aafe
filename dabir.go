package dabir

import (
	"sort"
	"time"
)

// Options selects the stages a Pipeline runs. The zero value runs every
// stage that is available.
type Options struct {
	// NoNormalize skips normalization: tokens are found in the input as is.
	NoNormalize bool
	// NoTokenize skips sentence and word tokenization, and with it every
	// stage that needs tokens (tags, lemmas, named entities).
	NoTokenize bool
	// NoTag skips part-of-speech tagging (UPOS, XPOS, Feats).
	NoTag bool
	// NoLemma skips lemmatization.
	NoLemma bool
	// NoEntities skips the named-entity recognizer (people, places, ...).
	NoEntities bool
	// NoDates skips dates, times and numbers.
	NoDates bool
	// Reference is the day relative and partial date expressions
	// ("دیروز", "هفته‌ی پیش", "۱۴ بهمن") are resolved against. With the zero
	// value they are not resolved: relative dates get no value and partial
	// dates keep no year.
	Reference time.Time
}

// Pipeline runs the analysis stages chosen by its Options. It is safe for
// concurrent use; the models it uses are loaded once per process, on the
// first call that needs them, and shared by every Pipeline.
type Pipeline struct {
	opts Options
	st   stages
}

// stages holds one function per stage; a nil function is a stage that is
// switched off (or not available in this build).
type stages struct {
	// normalize returns the normalized text and its offset map (see
	// normalize.Normalizer.Map).
	normalize func(s string) (string, []int)
	// tokenize splits a (normalized) text into sentences and tokens, with
	// spans into that text.
	tokenize func(s string) []rawSentence
	// tag tags the syntactic words of one sentence.
	tag func(words []string) []rawTag
	// lemma returns the lemmas of the words of one sentence, given their
	// tags (nil when the tagger is off): the context settles some lemmas.
	lemma func(words []string, tags []rawTag) []string
	// entities finds named entities in the words of one sentence; tags may
	// be nil. Start and End are word indices, End exclusive. It may correct
	// tags in place where a name shows the tagger wrong (a name read as a
	// verb), so it runs before the lemmatizer.
	entities func(words []string, tags []rawTag) []rawEntity
	// dates finds date, time and number expressions in a text, with spans
	// into that text.
	dates func(s string, ref time.Time) []rawExpr
}

type rawSentence struct {
	span   Span
	tokens []rawToken
}

type rawToken struct {
	span  Span
	words []string // syntactic words; nil when the token is one word
}

type rawTag struct{ upos, xpos, feats string }

type rawEntity struct {
	typ        string
	start, end int // word indices in the sentence, end exclusive
}

type rawExpr struct {
	typ, value               string
	jalali, gregorian, hijri string
	unit                     string
	span                     Span
}

// New returns a pipeline running the stages opts selects. It does not load
// any model: that happens on first use.
func New(opts Options) *Pipeline {
	return &Pipeline{opts: opts, st: wire(opts)}
}

// Analyze runs the pipeline on text and returns its analysis. It never
// fails: invalid UTF-8, control characters and empty input give a Doc whose
// spans still lie inside text.
func (p *Pipeline) Analyze(text string) *Doc {
	doc := &Doc{
		Text:       text,
		Normalized: text,
		Changes:    []Change{},
		Sentences:  []Sentence{},
		Entities:   []Entity{},
	}
	var offsets []int
	if p.st.normalize != nil {
		doc.Normalized, offsets = p.st.normalize(text)
	}
	al := newAlignment(text, doc.Normalized, offsets)
	if p.st.normalize != nil {
		doc.Changes = al.changes()
	}
	if p.st.tokenize != nil {
		p.analyzeSentences(doc, al)
	}
	if p.st.dates != nil {
		for _, x := range p.st.dates(doc.Normalized, p.opts.Reference) {
			sp := al.span(x.span.Start, x.span.End)
			doc.Entities = append(doc.Entities, Entity{
				Type: x.typ, Text: text[sp.Start:sp.End], Span: sp, Value: x.value,
				Jalali: x.jalali, Gregorian: x.gregorian, Hijri: x.hijri, Unit: x.unit,
				Source: "dates",
			})
		}
	}
	doc.Entities = dropInsideTimes(doc.Entities)
	sort.SliceStable(doc.Entities, func(i, j int) bool {
		return doc.Entities[i].Span.Start < doc.Entities[j].Span.Start
	})
	return doc
}

// dropInsideTimes removes the recognizer's entities that lie inside a date
// or time the rules found: there a name is a month or a day (۱۴ بهمن,
// not the person Bahman), and the rules read dates more reliably. It sorts
// the times by start, so that each entity is checked by one binary search
// against the furthest end reached by the times that start before it.
func dropInsideTimes(es []Entity) []Entity {
	var times []Span
	for _, d := range es {
		if d.Source == "dates" && (d.Type == "DATE" || d.Type == "TIME") {
			times = append(times, d.Span)
		}
	}
	if len(times) == 0 {
		return es
	}
	sort.Slice(times, func(i, j int) bool { return times[i].Start < times[j].Start })
	reach := make([]int, len(times)) // reach[k]: the furthest end of times[:k+1]
	for k, t := range times {
		reach[k] = t.End
		if k > 0 {
			reach[k] = max(reach[k], reach[k-1])
		}
	}
	out := make([]Entity, 0, len(es))
	for _, e := range es {
		if e.Source == "ner" {
			k := sort.Search(len(times), func(k int) bool { return times[k].Start > e.Span.Start }) - 1
			if k >= 0 && reach[k] >= e.Span.End {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// analyzeSentences fills doc.Sentences (and named entities) from the
// tokenizer, tagger, lemmatizer and recognizer.
func (p *Pipeline) analyzeSentences(doc *Doc, al *alignment) {
	norm := doc.Normalized
	for _, rs := range p.st.tokenize(norm) {
		sp := al.span(rs.span.Start, rs.span.End)
		s := Sentence{Span: sp, Text: doc.Text[sp.Start:sp.End], Tokens: make([]Token, 0, len(rs.tokens))}
		// Syntactic words of the sentence and the token each belongs to.
		var words []string
		var owner []int
		for ti, rt := range rs.tokens {
			tsp := al.span(rt.span.Start, rt.span.End)
			t := Token{
				Text: doc.Text[tsp.Start:tsp.End], Span: tsp,
				Norm: norm[rt.span.Start:rt.span.End], NormSpan: rt.span,
			}
			if len(rt.words) > 1 {
				t.Words = make([]Word, len(rt.words))
				for wi, w := range rt.words {
					t.Words[wi].Text = w
					words = append(words, w)
					owner = append(owner, ti)
				}
			} else {
				words = append(words, t.Norm)
				owner = append(owner, ti)
			}
			s.Tokens = append(s.Tokens, t)
		}
		var tags []rawTag
		if p.st.tag != nil && len(words) > 0 {
			tags = p.st.tag(words)
			if len(tags) != len(words) {
				tags = nil // a stage contract violation must not crash the caller
			}
		}
		// Entities come before the lemmas: the entities stage may correct
		// the tags of words inside names, and the lemmatizer sees them.
		var ents []rawEntity
		if p.st.entities != nil && len(words) > 0 {
			ents = p.st.entities(words, tags)
		}
		var lemmas []string
		if p.st.lemma != nil && len(words) > 0 {
			lemmas = p.st.lemma(words, tags)
			if len(lemmas) != len(words) {
				lemmas = nil
			}
		}
		// Fill tokens and words; wi walks the syntactic words.
		wi := 0
		for ti := range s.Tokens {
			t := &s.Tokens[ti]
			n := 1
			if len(t.Words) > 0 {
				n = len(t.Words)
			}
			for k := 0; k < n; k++ {
				var tg rawTag
				if tags != nil {
					tg = tags[wi+k]
				}
				lemma := ""
				if lemmas != nil {
					lemma = lemmas[wi+k]
				}
				if len(t.Words) > 0 {
					w := &t.Words[k]
					w.Lemma, w.UPOS, w.XPOS, w.Feats = lemma, tg.upos, tg.xpos, tg.feats
				}
				if k == 0 {
					t.Lemma, t.UPOS, t.XPOS, t.Feats = lemma, tg.upos, tg.xpos, tg.feats
				}
			}
			wi += n
		}
		if len(ents) > 0 {
			for _, e := range ents {
				if e.start < 0 || e.end > len(words) || e.start >= e.end {
					continue
				}
				first, last := s.Tokens[owner[e.start]], s.Tokens[owner[e.end-1]]
				esp := Span{first.Span.Start, last.Span.End}
				if esp.End < esp.Start {
					esp.End = esp.Start
				}
				doc.Entities = append(doc.Entities, Entity{
					Type: e.typ, Text: doc.Text[esp.Start:esp.End], Span: esp, Source: "ner",
				})
			}
		}
		doc.Sentences = append(doc.Sentences, s)
	}
}
