package normalize

import (
	"bytes"
	"hash/maphash"

	"github.com/dabir-nlp/dabir/lexicon"
)

// wordCache is a small direct-mapped cache in front of the lexicon: the
// frequent words of a text fit in it, and a hit costs one access to memory
// the processor keeps close, where the lexicon's large map costs several.
// It lives in the per-call state, so it needs no lock; entries are
// functions of the lexicon alone, so they stay valid from call to call.
type wordCache struct {
	slots [cacheSlots]cacheSlot
}

const (
	cacheSlots   = 4096
	cacheMaxWord = 30 // longer words are looked up directly
)

type cacheSlot struct {
	n   uint8
	key [cacheMaxWord]byte
	e   *lexicon.Entry
}

var cacheSeed = maphash.MakeSeed()

// lookup returns the lexicon entry of w.
func (c *wordCache) lookup(lex *lexicon.ZWNJ, w []byte) *lexicon.Entry {
	if len(w) > cacheMaxWord {
		return lex.Lookup(w)
	}
	s := &c.slots[maphash.Bytes(cacheSeed, w)&(cacheSlots-1)]
	if s.e != nil && int(s.n) == len(w) && bytes.Equal(s.key[:s.n], w) {
		return s.e
	}
	e := lex.Lookup(w)
	s.n = uint8(copy(s.key[:], w))
	s.e = e
	return e
}
