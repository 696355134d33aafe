package ner

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/normalize"
	"github.com/dabir-nlp/dabir/tokenize"
)

// Mention is an entity found in a text.
type Mention struct {
	// Span is the mention's byte range in the text given to Find:
	// text[Span.Start:Span.End] is exactly what was written.
	Span tokenize.Span
	// Text is the mention as written.
	Text string
	// Type is PER, LOC, ORG, EVE, POG or NAT.
	Type string
	// Normalized is the canonical form of the name, shared by every
	// mention of the text that names the same thing (ولادیمیر پوتین,
	// ویلادیمیر پوتین and پوتین all give ولادیمیر پوتین): the most frequent
	// full form of the name, in standard Persian spelling (normalize.Default).
	Normalized string
	// Canonical is the index in the result of the mention whose form is
	// Normalized (the mention's own index when it is the canonical one).
	Canonical int
}

// Find returns the entity mentions of text, a whole document, in order.
// The text is normalized (normalize.Default) and split into sentences and
// words (tokenize) first; spans refer to the original text. Mentions of the
// same type that are variants of one name are linked (see Link). Find never
// fails: text without names, in another script, or not valid UTF-8 gives
// what it can, and every span is inside the text.
func (r *Recognizer) Find(text string) []Mention {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	norm, offsets := findNormalizer().Map(text)
	var out []Mention
	var words [][]string
	var types []string
	for _, s := range tokenize.New(tokenize.Options{}).Tokenize(norm) {
		toks := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i] = t.Text
		}
		for _, e := range r.Recognize(toks, nil) {
			start := offsets[s.Tokens[e.Start].Span.Start]
			end := offsets[s.Tokens[e.End-1].Span.End]
			start, end = trimSpan(text, start, end)
			if start >= end {
				continue
			}
			out = append(out, Mention{
				Span: tokenize.Span{Start: start, End: end},
				Text: text[start:end],
				Type: e.Type,
			})
			words = append(words, toks[e.Start:e.End])
			types = append(types, e.Type)
		}
	}
	canon := Link(words, types, r.known)
	for i := range out {
		c := canon[i]
		out[i].Canonical = c
		out[i].Normalized = normalize.Default().String(strings.Join(words[c], " "))
	}
	return out
}

// findNormalizer prepares text for recognition: letters, digits,
// punctuation and spelling are normalized, but spaces are not turned into
// half-spaces, because the training data writes compounds such as رئیس جمهور
// as separate words.
var findNormalizer = sync.OnceValue(func() *normalize.Normalizer {
	o := normalize.DefaultOptions()
	o.RestoreZWNJ = false
	return normalize.New(o)
})

// trimSpan shrinks [start, end) of text to begin and end on a rune boundary
// and without surrounding white space or invisible format characters.
func trimSpan(text string, start, end int) (int, int) {
	start = max(0, min(start, len(text)))
	end = max(start, min(end, len(text)))
	for start < end && splitsRune(text, start) {
		start++
	}
	for end < len(text) && splitsRune(text, end) {
		end++
	}
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			break
		}
		start += n
	}
	for start < end {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
			break
		}
		end -= n
	}
	return start, end
}

// known reports whether a folded word is in the recognizer's vocabulary
// (word classes or gazetteer).
func (r *Recognizer) known(folded string) bool {
	if _, ok := r.cl.Of(folded); ok {
		return true
	}
	_, ok := r.gaz.entries[folded]
	return ok
}

// splitsRune reports whether byte offset i falls inside a valid multi-byte
// UTF-8 sequence of text (bytes of invalid sequences stand alone).
func splitsRune(text string, i int) bool {
	if i <= 0 || i >= len(text) || utf8.RuneStart(text[i]) {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if utf8.RuneStart(text[j]) {
			r, n := utf8.DecodeRuneInString(text[j:])
			return !(r == utf8.RuneError && n <= 1) && j+n > i
		}
	}
	return false
}
