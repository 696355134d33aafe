package normalize

import (
	"bytes"
	"encoding/binary"
	"math/bits"

	"github.com/dabir-nlp/dabir/lexicon"
)

// wordCache is a small two-way set-associative cache in front of the
// lexicon: the frequent words of a text fit in it, and a hit costs one
// access to memory the processor keeps close, where the lexicon's large
// map costs several. For a word the lexicon does not know, a slot also
// keeps what the restorer made of it, since names and rare words recur and
// the learned splitter is the restorer's dearest step. Two ways keep two
// words that share a set from pushing each other out on every use. It
// lives in the per-call state, so it needs no lock; its contents are
// functions of the lexicon and the splitter alone, so they stay valid from
// call to call.
type wordCache struct {
	slots [cacheSets][2]cacheSlot
	lex   *lexicon.ZWNJ     // the lexicon the entries come from
	split *lexicon.Splitter // the splitter the restorations come from
}

const (
	cacheSetBits = 13
	cacheSets    = 1 << cacheSetBits
	cacheMaxWord = 30 // longer words are looked up directly
)

// cacheSlot is 64 bytes, one line of the processor's cache.
type cacheSlot struct {
	n   uint8
	fl  entryFlags // what e says, kept here so that e need not be read
	key [cacheMaxWord]byte
	e   *lexicon.Entry
	// restored is set once the restorer has judged the unknown word: the
	// word with its half-spaces, or the word itself.
	restored []byte
}

// cacheSetOf returns the set of w (at most cacheMaxWord bytes): its first
// and last eight bytes (four for a shorter word) and its length, mixed by a
// multiplication; a hash of the whole word costs more than it saves.
func cacheSetOf(w []byte) uint64 {
	var h uint64
	switch n := len(w); {
	case n >= 8:
		h = binary.LittleEndian.Uint64(w) ^ bits.RotateLeft64(binary.LittleEndian.Uint64(w[n-8:]), 31)
	case n >= 4:
		h = uint64(binary.LittleEndian.Uint32(w)) | uint64(binary.LittleEndian.Uint32(w[n-4:]))<<32
	default:
		for _, c := range w {
			h = h<<8 | uint64(c)
		}
	}
	h = (h ^ uint64(len(w))<<58) * 0x9E3779B97F4A7C15
	return h >> (64 - cacheSetBits)
}

// slot returns the slot of w, filled with its lexicon entry, or nil when w
// is too long to cache. A word not in its set takes the set's first way,
// and the word that was there moves to the second.
func (c *wordCache) slot(lex *lexicon.ZWNJ, w []byte) *cacheSlot {
	if len(w) > cacheMaxWord {
		return nil
	}
	if c.lex != lex {
		c.slots, c.lex, c.split = [cacheSets][2]cacheSlot{}, lex, nil
	}
	set := &c.slots[cacheSetOf(w)]
	for i := range set {
		if s := &set[i]; s.e != nil && int(s.n) == len(w) && bytes.Equal(s.key[:s.n], w) {
			return s
		}
	}
	set[1] = set[0]
	s := &set[0]
	s.n = uint8(copy(s.key[:], w))
	s.e = lex.Lookup(w)
	s.fl = flagsOf(w, s.e)
	s.restored = nil
	return s
}

// lookup returns the lexicon entry of w.
func (c *wordCache) lookup(lex *lexicon.ZWNJ, w []byte) *lexicon.Entry {
	if s := c.slot(lex, w); s != nil {
		return s.e
	}
	return lex.Lookup(w)
}

// entryFlags are facts of a word's lexicon entry that let the hot paths
// skip reading the entry itself, which on a large text is mostly out of
// the processor's cache. The zero value says nothing: read the entry.
type entryFlags uint8

const (
	flSolid        entryFlags = 1 << iota // restoreEntry leaves the word as it is
	flNoStandard                          // no standard spelling to replace it
	flNoJoinPrefix                        // not JoinPrefix
	flNoBoundTail                         // not BoundTail
)

// flagsOf returns the flags of the word w with entry e.
func flagsOf(w []byte, e *lexicon.Entry) entryFlags {
	var f entryFlags
	if solidEntry(w, e) {
		f |= flSolid
	}
	if e.Standard == "" {
		f |= flNoStandard
	}
	if !e.JoinPrefix {
		f |= flNoJoinPrefix
	}
	if !e.BoundTail {
		f |= flNoBoundTail
	}
	return f
}

// lexRef is a word's lexicon entry with its flags; the zero value means
// not looked up yet.
type lexRef struct {
	e  *lexicon.Entry
	fl entryFlags
}

// ref returns the entry of w with its flags.
func (c *wordCache) ref(lex *lexicon.ZWNJ, w []byte) lexRef {
	if s := c.slot(lex, w); s != nil {
		return lexRef{s.e, s.fl}
	}
	e := lex.Lookup(w)
	return lexRef{e, flagsOf(w, e)}
}

// restoration returns the cached restoration of the unknown word in s, if
// the restorer with splitter split has judged it.
func (c *wordCache) restoration(s *cacheSlot, split *lexicon.Splitter) ([]byte, bool) {
	if c.split != split {
		for i := range c.slots {
			c.slots[i][0].restored, c.slots[i][1].restored = nil, nil
		}
		c.split = split
		return nil, false
	}
	return s.restored, s.restored != nil
}
