package normalize

import (
	"bytes"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
)

// gword is one word of a group of words separated by single spaces.
type gword struct {
	tok  token  // the word in the letter-step buffer
	form []byte // the word after ZWNJ cleaning and restoration
	// cleaned is the word after ZWNJ cleaning, before restoration split
	// it; nil when restoration left it as it was.
	cleaned []byte
	gap     byte   // what follows it inside the group: ' ', gapZWNJ or gapNone
	sp      token  // the space token after it, if any
	ref     lexRef // the lexicon entry of form, once looked up
	// respelled is set when form has other letters than the token (a
	// spelling variant replaced), so it cannot be aligned letter by letter.
	respelled bool
}

// entry returns the lexicon entry of w's form.
func (w *gword) entry(st *state, lex *lexicon.ZWNJ) *lexicon.Entry {
	if w.ref.e == nil {
		w.ref = st.ref(lex, w.form)
	}
	return w.ref.e
}

const (
	gapSpace = ' '
	gapZWNJ  = 'z' // the space becomes a ZWNJ
	gapNone  = 'n' // the space is dropped (the letter before does not join)
)

var zwnjBytes = []byte("\u200C")

// wordGroup normalizes the run of words that starts at toks[i] and is
// separated by spaces, and returns the index of the first token after it.
func (n *Normalizer) wordGroup(st *state, in *buffer, i int) int {
	o := n.opts
	toks := st.toks
	words := st.words[:0]
	j := i
	if o.RespectZWNJ && toks[i].s > st.lineEnd {
		st.lineEnd, st.respect = lineWithZWNJ(in.b, toks[i].s)
	}
	for {
		t := toks[j]
		if len(words) == cap(words) {
			words = append(words, gword{})
		} else {
			words = words[:len(words)+1]
		}
		w := &words[len(words)-1]
		// field by field: a struct literal is built on the stack and
		// copied, which stalls the processor on every word.
		w.tok, w.form, w.cleaned, w.gap, w.sp, w.ref, w.respelled = t, in.b[t.s:t.e], nil, gapSpace, token{}, lexRef{}, false
		if o.CleanZWNJ && t.zwnj {
			w.form = cleanZWNJ(w.form)
		}
		// in a word token, only a ZWNJ has the byte E2
		if o.RestoreZWNJ && !st.respect && len(w.form) > 0 && (!t.zwnj || bytes.IndexByte(w.form, 0xE2) < 0) {
			if r, ref := n.restoreCached(st, w.form); !bytes.Equal(r, w.form) {
				w.cleaned, w.form, w.ref = w.form, r, ref
			} else {
				w.ref = ref
			}
		}
		// Spelling comes before the joins, so that a second pass sees the
		// words the first one judged.
		switch {
		case o.Spelling == SpellingStandard && len(w.form) > 0 && w.ref.fl&flNoStandard == 0:
			if e := w.entry(st, n.lex); e.Standard != "" {
				w.form, w.ref, w.respelled = []byte(e.Standard), lexRef{}, true
			}
		case o.Spelling == SpellingSearch:
			// folded, then standard, so that the joins look up the
			// spellings the lexicon counts; the chain is folded again below.
			v, changed := foldSearch(w.form)
			if !changed {
				v = string(w.form)
			}
			if std, ok := n.lex.Standard([]byte(v)); ok {
				v, changed = std, true
			}
			if changed {
				w.form, w.ref, w.respelled = []byte(v), lexRef{}, true
			}
		}
		j++
		if j+1 < len(toks) && toks[j].kind == tkSpace && toks[j+1].kind == tkWord &&
			(o.Punctuation || toks[j].e-toks[j].s == 1 && in.b[toks[j].s] == ' ') {
			w.sp = toks[j]
			j++
			continue
		}
		break
	}
	if o.RestoreZWNJ && !st.respect {
		n.fixPluralsBeforeStops(words, in, toks, j)
	}
	if o.RestoreZWNJ {
		n.joinWords(st, words)
	}
	n.emitWords(st, in, words)
	st.words = words
	return j
}

// lineWithZWNJ returns the end of the line of b that holds offset i (the
// offset of its newline, or len(b)) and whether the line holds a half-space
// that cleaning keeps: after a joining letter and before a letter.
func lineWithZWNJ(b []byte, i int) (end int, has bool) {
	start := bytes.LastIndexByte(b[:i], '\n') + 1
	end = len(b)
	if k := bytes.IndexByte(b[i:], '\n'); k >= 0 {
		end = i + k
	}
	line := b[start:end]
	for k := 0; ; {
		z := bytes.Index(line[k:], zwnjBytes)
		if z < 0 {
			return end, false
		}
		z += k
		prev, _ := utf8.DecodeLastRune(line[:z])
		next, _ := utf8.DecodeRune(line[z+len(zwnjBytes):])
		if isPersianLetter(prev) && !nonJoining(prev) && isPersianLetter(next) {
			return end, true
		}
		k = z + len(zwnjBytes)
	}
}

// cleanZWNJ removes ZWNJs at the edges of w, doubled ones, and ones after a
// letter that does not join. It returns w itself when nothing changes.
func cleanZWNJ(w []byte) []byte {
	if bytes.IndexByte(w, 0xE2) < 0 {
		return w
	}
	var out []byte
	prev := rune(-1)
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRune(w[i:])
		drop := false
		if r == zwnj {
			next := rune(-1)
			if i+size < len(w) {
				next, _ = utf8.DecodeRune(w[i+size:])
			}
			drop = prev < 0 || prev == zwnj || next < 0 || next == zwnj || nonJoining(prev)
		}
		if drop && out == nil {
			out = append(make([]byte, 0, len(w)), w[:i]...)
		}
		if !drop && out != nil {
			out = append(out, w[i:i+size]...)
		}
		if !drop || r != zwnj {
			prev = r
		}
		i += size
	}
	if out == nil {
		return w
	}
	return out
}

// emitWords writes the group: each chain of joined words, spelled as the
// options say, and the spaces between chains.
func (n *Normalizer) emitWords(st *state, in *buffer, words []gword) {
	out := &st.out
	for a := 0; a < len(words); {
		b := a // the chain is words[a..b]
		for b < len(words)-1 && words[b].gap != gapSpace {
			b++
		}
		if n.opts.Spelling == SpellingSearch || n.opts.Spelling == SpellingStandard && a < b {
			// a chain joined from several words may be a variant as a whole
			st.tmp = chainText(st.tmp[:0], words[a:b+1])
			if v, ok := n.spell(st.tmp); ok {
				out.add(v, in.src(words[a].tok.s))
				goto next
			}
		}
		for k := a; k <= b; k++ {
			w := &words[k]
			if w.respelled {
				out.add(string(w.form), in.src(w.tok.s))
			} else {
				emitAligned(out, in, w.tok, w.form)
			}
			if k < b {
				if w.gap == gapZWNJ {
					out.add("\u200C", in.src(w.sp.s))
				}
			}
		}
	next:
		if b < len(words)-1 {
			sp := words[b].sp
			if n.opts.Punctuation {
				out.add(" ", in.src(sp.s))
			} else {
				copySpaces(out, in, sp)
			}
		}
		a = b + 1
	}
}

// chainText appends the words of a chain, joined as their gaps say.
func chainText(dst []byte, chain []gword) []byte {
	for k, w := range chain {
		dst = append(dst, w.form...)
		if k < len(chain)-1 && w.gap == gapZWNJ {
			dst = append(dst, zwnjBytes...)
		}
	}
	return dst
}

// emitAligned writes form, which differs from the word token t only by
// added or removed ZWNJs, mapping each byte to its input offset.
func emitAligned(out *buffer, in *buffer, t token, form []byte) {
	orig := in.b[t.s:t.e]
	if len(orig) == len(form) && (len(form) == 0 || &orig[0] == &form[0]) || bytes.Equal(orig, form) {
		// the word as it stands in the buffer (the common case, tested
		// without a call), or the same letters
		out.copyFrom(in, t.s, t.e)
		return
	}
	if !out.track {
		out.b = append(out.b, form...)
		return
	}
	i, j := 0, 0
	for j < len(form) {
		switch {
		case i < len(orig) && bytes.HasPrefix(orig[i:], zwnjBytes) && !bytes.HasPrefix(form[j:], zwnjBytes):
			i += len(zwnjBytes) // removed
		case bytes.HasPrefix(form[j:], zwnjBytes) && (i >= len(orig) || !bytes.HasPrefix(orig[i:], zwnjBytes)):
			out.add("\u200C", in.src(t.s+i)) // inserted
			j += len(zwnjBytes)
		default:
			out.b = append(out.b, form[j])
			out.off = append(out.off, in.src(t.s+min(i, len(orig)-1)))
			i++
			j++
		}
	}
}
