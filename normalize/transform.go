package normalize

import (
	"bytes"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/transform"
)

// MaxSegmentBytes bounds the lookahead of the streaming transformer: it
// normalizes a line at a time, and a line longer than this is cut at a
// space (or, lacking one, at a character boundary) where no half-space
// decision depends on both sides.
const MaxSegmentBytes = 2048

var _ transform.SpanningTransformer = (*Normalizer)(nil)

// Reset implements transform.Transformer; a Normalizer keeps no state.
func (n *Normalizer) Reset() {}

// Transform implements transform.Transformer. It normalizes src a segment
// at a time: a line, or a piece of a long line cut at a space.
func (n *Normalizer) Transform(dst, src []byte, atEOF bool) (nDst, nSrc int, err error) {
	st := getState()
	defer putState(st)
	for nSrc < len(src) {
		seg, complete := segment(src[nSrc:], atEOF, MaxSegmentBytes)
		if !complete {
			// More input is needed to find the end of the segment.
			return nDst, nSrc, transform.ErrShortSrc
		}
		for {
			out := n.run(st, bytesAsString(src[nSrc:nSrc+seg]), false)
			if len(out) <= len(dst)-nDst {
				nDst += copy(dst[nDst:], out)
				nSrc += seg
				break
			}
			// The output does not fit. Let the caller drain dst, or grow
			// it; when dst is already large, cut the segment shorter.
			if nDst > 0 || len(dst) < 2*MaxSegmentBytes {
				return nDst, nSrc, transform.ErrShortDst
			}
			if shorter := cutPoint(src[nSrc:nSrc+seg], seg/2); shorter < seg {
				seg = shorter
				continue
			}
			return nDst, nSrc, transform.ErrShortDst
		}
	}
	return nDst, nSrc, nil
}

// Span implements transform.SpanningTransformer: the length of the prefix
// of src that normalization leaves unchanged, cut at a segment boundary.
func (n *Normalizer) Span(src []byte, atEOF bool) (int, error) {
	st := getState()
	defer putState(st)
	done := 0
	for done < len(src) {
		seg, complete := segment(src[done:], atEOF, MaxSegmentBytes)
		if !complete {
			return done, transform.ErrShortSrc
		}
		if !bytes.Equal(n.run(st, bytesAsString(src[done:done+seg]), false), src[done:done+seg]) {
			return done, transform.ErrEndOfSpan
		}
		done += seg
	}
	return done, nil
}

// bytesAsString views b as a string without copying it. run only reads
// its input during the call and keeps no reference to it, and the caller's
// buffer is not written while run works, so the view is safe here.
func bytesAsString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// segment returns the length of the next segment of src: through the first
// newline; or, when there is none within limit bytes, up to a cut point in
// the first limit bytes; or all of src at EOF. complete is false when more
// input is needed to know where the segment ends.
func segment(src []byte, atEOF bool, limit int) (n int, complete bool) {
	if i := bytes.IndexByte(src[:min(len(src), limit)], '\n'); i >= 0 {
		return i + 1, true
	}
	if len(src) <= limit {
		if atEOF {
			return len(src), true
		}
		return len(src), false
	}
	return cutPoint(src, limit), true
}

// cutPoint returns a place at most limit bytes into src to cut a long line:
// just before the last single space between two words that cannot join, or
// at a character boundary. It is never 0 when src is not empty.
func cutPoint(src []byte, limit int) int {
	limit = min(limit, len(src))
	for _, safe := range []bool{true, false} {
		for i := limit - 1; i > 0; i-- {
			if src[i] == ' ' && i+1 < len(src) && src[i+1] != ' ' && src[i-1] != ' ' && (!safe || safeCut(src[:i], src[i+1:])) {
				return i
			}
		}
	}
	if limit >= len(src) {
		return len(src)
	}
	i := limit
	for i > 0 && (!utf8.RuneStart(src[i]) || src[i-1] == ' ') {
		i--
	}
	if i == 0 {
		_, size := utf8.DecodeRune(src)
		return size
	}
	return i
}

// safeCut reports whether a space between before and after cannot become a
// half-space: the word after it is not Persian, or the word before is not.
func safeCut(before, after []byte) bool {
	r, _ := utf8.DecodeRune(after)
	l, _ := utf8.DecodeLastRune(before)
	if !isWordRune(r) || !isWordRune(l) {
		return true
	}
	// Between two Persian words: cut only where neither looks like an affix.
	word := after
	if k := bytes.IndexByte(word, ' '); k >= 0 {
		word = word[:k]
	}
	prev := before
	if k := bytes.LastIndexByte(prev, ' '); k >= 0 {
		prev = prev[k+1:]
	}
	return utf8.RuneCount(word) > 4 && utf8.RuneCount(prev) > 4
}

// SegmentsPrefix returns the length of the longest prefix of b that ends
// where the streaming transformer ends a segment when more input follows:
// after a newline, or at the cut of a line longer than MaxSegmentBytes,
// counting from the start of b, which must itself start a segment (the
// start of a text or a place SegmentsPrefix returned). A stream split at
// such places can be normalized in parts, in parallel, with the same result
// as Transform gives.
func SegmentsPrefix(b []byte) int {
	done := 0
	for done < len(b) {
		seg, complete := segment(b[done:], false, MaxSegmentBytes)
		if !complete {
			break
		}
		done += seg
	}
	return done
}
