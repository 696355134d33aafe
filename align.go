package dabir

import (
	"unicode"
	"unicode/utf8"
)

// alignment relates a normalized text back to the input it came from, using
// the normalizer's offset map: offsets[i] is the input byte offset that output
// byte i came from, with len(offsets) == len(out)+1. It tolerates maps that
// are not strictly what it expects (non-monotonic, out of range): every span
// it returns lies inside the input, on rune boundaries, with Start <= End.
type alignment struct {
	in, out string
	offsets []int
}

// newAlignment returns the alignment of out to in. A nil or malformed offsets
// slice is treated as the identity map when in == out, and as "everything
// changed" otherwise.
func newAlignment(in, out string, offsets []int) *alignment {
	if len(offsets) != len(out)+1 {
		offsets = nil
		if in == out {
			offsets = make([]int, len(out)+1)
			for i := range offsets {
				offsets[i] = i
			}
		}
	}
	return &alignment{in: in, out: out, offsets: offsets}
}

// src returns the input offset that output byte i came from, clamped to the
// input and moved back to a rune boundary.
func (a *alignment) src(i int) int {
	if a.offsets == nil {
		if i >= len(a.out) {
			return len(a.in)
		}
		return 0
	}
	if i < 0 {
		i = 0
	}
	if i > len(a.out) {
		i = len(a.out)
	}
	o := a.offsets[i]
	if o < 0 {
		o = 0
	}
	if o > len(a.in) {
		o = len(a.in)
	}
	return runeBoundary(a.in, o)
}

// runeBoundary moves o back to the start of the character (or invalid byte)
// of s that contains it, as a forward decode of s sees it.
func runeBoundary(s string, o int) int {
	for p := o - 1; p >= 0 && p >= o-(utf8.UTFMax-1); p-- {
		if _, n := utf8.DecodeRuneInString(s[p:]); p+n > o {
			return p
		}
	}
	return o
}

// span maps the output span [s, e) to the input: [offsets[s], offsets[e])
// without the spaces and invisible format characters the normalizer dropped
// at its end, and never shorter than the input character the last output
// character came from.
func (a *alignment) span(s, e int) Span {
	start := a.src(s)
	if e <= s {
		return Span{start, start}
	}
	last := max(runeBoundary(a.out, e-1), s)
	o := a.src(last)
	minEnd := o
	if o < len(a.in) {
		_, n := utf8.DecodeRuneInString(a.in[o:])
		minEnd = o + n
	}
	end := len(a.in)
	if a.offsets != nil {
		end = a.src(e)
		for end > minEnd {
			r, n := utf8.DecodeLastRuneInString(a.in[:end])
			if !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) {
				break
			}
			end -= n
		}
	}
	end = max(end, minEnd, start)
	return Span{start, end}
}

// changes lists the edits that turn in into out. An output rune is
// "aligned" when it equals the input rune its offset points at, at or after
// the end of the previous aligned rune; everything between two aligned runs
// is a change.
func (a *alignment) changes() []Change {
	var out []Change
	i, j := 0, 0 // output and input positions after the last aligned rune
	k := 0       // output scan position
	emit := func(outEnd, inEnd int) {
		if outEnd > i || inEnd > j {
			out = append(out, Change{
				From: Span{j, inEnd}, To: Span{i, outEnd},
				Old: a.in[j:inEnd], New: a.out[i:outEnd],
			})
		}
	}
	for k < len(a.out) {
		r, n := utf8.DecodeRuneInString(a.out[k:])
		if a.offsets != nil {
			o := a.offsets[k]
			if o >= j && o < len(a.in) {
				ir, m := utf8.DecodeRuneInString(a.in[o:])
				if ir == r && m == n && a.in[o:o+m] == a.out[k:k+n] {
					emit(k, o)
					i, j = k+n, o+m
					k += n
					continue
				}
			}
		}
		k += n
	}
	emit(len(a.out), len(a.in))
	return out
}
