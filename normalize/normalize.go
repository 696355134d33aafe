// Package normalize turns messy Persian text into clean, standard text:
// Arabic letter forms unified, digits of one script, Persian punctuation and
// spacing, stray half-spaces removed and missing ones (ZWNJ, U+200C)
// restored, spelling variants unified.
//
// A Normalizer is immutable and safe for concurrent use. It implements
// golang.org/x/text/transform.Transformer, so it can normalize a stream of
// any size with constant memory:
//
//	r := transform.NewReader(os.Stdin, normalize.Default())
//
// Every rule is a step that can be switched off in Options; Map reports, for
// every byte of the output, the byte of the input it came from.
package normalize

import (
	"sync"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
)

// DigitStyle selects the script digits are written in.
type DigitStyle uint8

const (
	DigitsKeep    DigitStyle = iota // leave digits as written
	DigitsPersian                   // ۰۱۲۳۴۵۶۷۸۹, with ٫ and ٬ as separators
	DigitsLatin                     // 0123456789, with . and , as separators
)

// Spelling selects how spelling variants of one word are treated.
type Spelling uint8

const (
	SpellingKeep     Spelling = iota // leave spellings as written
	SpellingStandard                 // the more common, standard form (رییس → رئیس, تاکید → تأکید)
	SpellingSearch                   // fold variants for search: hamza forms, ة, diacritics
)

// Options selects the normalization steps. The zero value changes nothing;
// DefaultOptions gives the recommended set for display text.
type Options struct {
	// Letters maps Arabic letter forms and presentation forms to Persian
	// letters (ي → ی, ك → ک, ﻧ → ن, ۀ → هٔ), removes tatweel and the BOM,
	// and turns exotic spaces into plain spaces. Invalid UTF-8 always
	// becomes U+FFFD, whatever the options.
	Letters bool
	// RemoveDiacritics drops Arabic short vowels, tanwin, shadda and sukun.
	RemoveDiacritics bool
	// Digits writes digits outside Latin words in one script.
	Digits DigitStyle
	// Punctuation writes Persian punctuation (، ؛ ؟) after Persian words, removes
	// spaces before closing punctuation, adds one after it, and collapses runs
	// of spaces.
	Punctuation bool
	// CleanZWNJ removes doubled ZWNJs, ZWNJs at word edges and ZWNJs after
	// letters that do not join (ا د ذ ر ز ژ و), where they do nothing.
	CleanZWNJ bool
	// RestoreZWNJ puts back half-spaces that were deleted (میکند → می‌کند) or
	// typed as spaces (بین المللی → بین‌المللی), using the embedded lexicon.
	RestoreZWNJ bool
	// RespectZWNJ narrows RestoreZWNJ on lines that already hold a
	// half-space between letters: their writer is taken to know half-spaces
	// and to have written solid words (اینها, کتابها) and spaced compounds
	// (رئیس جمهور) on purpose. On such lines no word is split and only an
	// affix standing apart is joined to its word (کتاب ها, می کند).
	// Lines without a half-space are restored in full.
	RespectZWNJ bool
	// Spelling unifies spelling variants.
	Spelling Spelling
}

// DefaultOptions returns the recommended options for display text: every
// step on, Persian digits, standard spelling, diacritics kept.
func DefaultOptions() Options {
	return Options{Letters: true, Digits: DigitsPersian, Punctuation: true, CleanZWNJ: true, RestoreZWNJ: true, RespectZWNJ: true, Spelling: SpellingStandard}
}

// SearchOptions returns options for building search keys: everything of
// DefaultOptions, with diacritics removed, Latin digits and spelling
// variants folded together, and half-spaces restored on every line, so
// that one word gets one key whoever wrote it.
func SearchOptions() Options {
	o := DefaultOptions()
	o.RespectZWNJ = false
	o.RemoveDiacritics = true
	o.Digits = DigitsLatin
	o.Spelling = SpellingSearch
	return o
}

// Normalizer applies a fixed set of normalization steps.
type Normalizer struct {
	opts Options
	lex  *lexicon.ZWNJ // nil unless a step needs it
	// split predicts the half-spaces of unknown words; nil unless RestoreZWNJ
	split *lexicon.Splitter
}

// New returns a Normalizer for opts. The embedded lexicon is loaded on first
// use when RestoreZWNJ or Spelling needs it.
func New(opts Options) *Normalizer {
	n := &Normalizer{opts: opts}
	if opts.RestoreZWNJ || opts.Spelling != SpellingKeep {
		n.lex = lexicon.DefaultZWNJ()
	}
	if opts.RestoreZWNJ {
		n.split = lexicon.DefaultSplitter()
	}
	return n
}

// Default returns the shared Normalizer with DefaultOptions.
var Default = sync.OnceValue(func() *Normalizer { return New(DefaultOptions()) })

// Options returns the options n was built with.
func (n *Normalizer) Options() Options { return n.opts }

// String returns s normalized. Clean input is returned as is, without
// allocating.
func (n *Normalizer) String(s string) string {
	st := getState()
	defer putState(st)
	out := n.run(st, s, false)
	if string(out) == s { // compared without allocating
		return s
	}
	return string(out)
}

// Bytes returns b normalized, in a new slice.
func (n *Normalizer) Bytes(b []byte) []byte {
	st := getState()
	defer putState(st)
	return append([]byte(nil), n.run(st, string(b), false)...)
}

// Map returns s normalized and the offset map: offsets has len(out)+1
// entries, and offsets[i] is the byte offset in s that output byte i came
// from (for an inserted character, the offset of the input byte after it);
// offsets[len(out)] is len(s). The offsets never decrease, so the input
// span of output bytes [i, j) is [offsets[i], offsets[j]).
func (n *Normalizer) Map(s string) (out string, offsets []int) {
	st := getState()
	defer putState(st)
	o := n.run(st, s, true)
	offsets = make([]int, len(o)+1)
	copy(offsets, st.out.off)
	offsets[len(o)] = len(s)
	return string(o), offsets
}

// run normalizes s into st.out and returns st.out.b.
func (n *Normalizer) run(st *state, s string, track bool) []byte {
	st.respect, st.lineEnd = false, -1
	st.letters.reset(track, len(s))
	n.letters(&st.letters, s)
	st.out.reset(track, len(s))
	n.text(st, &st.letters)
	return st.out.b
}

// state holds the scratch buffers of one call.
type state struct {
	letters buffer // after the letter step
	out     buffer
	toks    []token
	words   []gword
	tmp     []byte
	tmp2    []byte
	// respect is set while the current line holds a half-space and
	// RespectZWNJ is on; lineEnd is where that line ends in the letter buffer.
	respect bool
	lineEnd int
	cache   *wordCache
}

var statePool = sync.Pool{New: func() any { return new(state) }}

func getState() *state { return statePool.Get().(*state) }

// slot returns the cache slot of w, or nil when w is too long to cache.
func (st *state) slot(lex *lexicon.ZWNJ, w []byte) *cacheSlot {
	if st.cache == nil {
		st.cache = new(wordCache)
	}
	return st.cache.slot(lex, w)
}

// ref returns the lexicon entry of w, with its flags, through the state's
// cache.
func (st *state) ref(lex *lexicon.ZWNJ, w []byte) lexRef {
	if st.cache == nil {
		st.cache = new(wordCache)
	}
	return st.cache.ref(lex, w)
}

// entry returns the lexicon entry of w through the state's cache.
func (st *state) entry(lex *lexicon.ZWNJ, w []byte) *lexicon.Entry {
	if st.cache == nil {
		st.cache = new(wordCache)
	}
	return st.cache.lookup(lex, w)
}

func putState(st *state) {
	if cap(st.letters.b) > 1<<20 || cap(st.out.b) > 1<<20 {
		return // do not keep the buffers of one huge call
	}
	statePool.Put(st)
}

// buffer is text with, when tracking, the input offset of each byte.
type buffer struct {
	b     []byte
	off   []int
	track bool
	end   int // the input length: the offset of the position after the text
}

func (w *buffer) reset(track bool, end int) {
	w.b, w.off, w.track, w.end = w.b[:0], w.off[:0], track, end
}

// add appends p; every byte is mapped to the input offset src.
func (w *buffer) add(p string, src int) {
	w.b = append(w.b, p...)
	if w.track {
		for range len(p) {
			w.off = append(w.off, src)
		}
	}
}

// addRune appends r mapped to src.
func (w *buffer) addRune(r rune, src int) {
	w.b = utf8.AppendRune(w.b, r)
	if w.track {
		for len(w.off) < len(w.b) {
			w.off = append(w.off, src)
		}
	}
}

// copyFrom appends from.b[i:j] with its offsets.
func (w *buffer) copyFrom(from *buffer, i, j int) {
	w.b = append(w.b, from.b[i:j]...)
	if w.track {
		w.off = append(w.off, from.off[i:j]...)
	}
}

// src returns the input offset of byte i of the buffer: end for the byte
// after the last, 0 when not tracking.
func (w *buffer) src(i int) int {
	if !w.track {
		return 0
	}
	if i < len(w.off) {
		return w.off[i]
	}
	return w.end
}
