package cli

import (
	"bytes"
	"io"
	"slices"

	"github.com/dabir-nlp/dabir/normalize"
	"golang.org/x/text/transform"
)

// normalizeBlockBytes is the size of the blocks of input that the workers
// of "dabir normalize" take in turn.
var normalizeBlockBytes = 256 << 10

// normalizeBlock is a piece of input that ends at a segment boundary, and
// its normalized text once a worker is done with it.
type normalizeBlock struct {
	in, out []byte
	err     error
}

// normalizeParallel copies r to w normalized by n, the way
// transform.NewReader(r, n) would, but with blocks of lines normalized by
// several goroutines and written in input order. At most about 3×workers
// blocks are held in memory, so memory stays bounded on any input.
func normalizeParallel(n *normalize.Normalizer, r io.Reader, w io.Writer, workers int) error {
	free := newBlockPool(3*workers + 2)
	work := func(b *normalizeBlock) {
		b.out, _, b.err = transform.Append(n, b.out[:0], b.in)
	}
	write := func(b *normalizeBlock) error {
		if b.err != nil {
			return b.err
		}
		_, err := w.Write(b.out)
		free.put(b)
		return err
	}
	return inOrder(workers, work, write, func(send func(*normalizeBlock) bool) error {
		return readBlocks(r, free, send)
	})
}

// readBlocks reads r in blocks of about normalizeBlockBytes that end after
// a newline or, within a very long line, where the streaming normalizer
// would cut it (normalize.SegmentsPrefix), and hands each to send, which
// owns it until it goes back to free; it stops early when send returns
// false.
func readBlocks(r io.Reader, free *blockPool, send func(*normalizeBlock) bool) error {
	var carry []byte
	for {
		b := free.get()
		buf := append(b.in[:0], carry...)
		buf = slices.Grow(buf, normalizeBlockBytes)[:len(buf)+normalizeBlockBytes]
		k, err := io.ReadFull(r, buf[len(carry):])
		buf = buf[:len(carry)+k]
		eof := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !eof {
			return err
		}
		cut := len(buf)
		if !eof {
			if cut = bytes.LastIndexByte(buf, '\n') + 1; cut == 0 {
				cut = normalize.SegmentsPrefix(buf)
			}
		}
		carry = append(carry[:0], buf[cut:]...)
		b.in = buf[:cut]
		if cut > 0 && !send(b) {
			return nil
		}
		if eof {
			return nil
		}
	}
}

// blockPool hands out blocks whose buffers are used again once written, so
// that a long run makes little garbage (and the heap, little growth).
type blockPool struct{ blocks chan *normalizeBlock }

func newBlockPool(n int) *blockPool { return &blockPool{make(chan *normalizeBlock, n)} }

// get returns a free block, or a new one when none is free.
func (p *blockPool) get() *normalizeBlock {
	select {
	case b := <-p.blocks:
		b.err = nil
		return b
	default:
		return &normalizeBlock{}
	}
}

// put keeps b for reuse, unless enough blocks are kept already.
func (p *blockPool) put(b *normalizeBlock) {
	select {
	case p.blocks <- b:
	default:
	}
}
