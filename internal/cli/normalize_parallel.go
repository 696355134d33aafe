package cli

import (
	"bytes"
	"io"
	"sync"

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
	ready   chan struct{}
}

// normalizeParallel copies r to w normalized by n, the way
// transform.NewReader(r, n) would, but with blocks of lines normalized by
// several goroutines and written in input order. At most about 3×workers
// blocks are held in memory, so memory stays bounded on any input.
func normalizeParallel(n *normalize.Normalizer, r io.Reader, w io.Writer, workers int) error {
	jobs := make(chan *normalizeBlock, workers)
	order := make(chan *normalizeBlock, 2*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range jobs {
				b.out, _, b.err = transform.Bytes(n, b.in)
				close(b.ready)
			}
		}()
	}
	werr := make(chan error, 1)
	stop := make(chan struct{})
	go func() {
		var err error
		for b := range order {
			<-b.ready
			if err == nil {
				err = b.err
				if err == nil {
					_, err = w.Write(b.out)
				}
				if err != nil {
					close(stop)
				}
			}
		}
		werr <- err
	}()
	rerr := readBlocks(r, func(block []byte) bool {
		b := &normalizeBlock{in: block, ready: make(chan struct{})}
		select {
		case <-stop:
			return false
		case order <- b:
		}
		jobs <- b
		return true
	})
	close(jobs)
	close(order)
	wg.Wait()
	if err := <-werr; err != nil {
		return err
	}
	return rerr
}

// readBlocks reads r in blocks of about normalizeBlockBytes that end after
// a newline or, within a very long line, where the streaming normalizer
// would cut it (normalize.SegmentsPrefix), and hands each to send, which
// owns it; it stops early when send returns false.
func readBlocks(r io.Reader, send func([]byte) bool) error {
	var carry []byte
	for {
		buf := make([]byte, len(carry)+normalizeBlockBytes)
		copy(buf, carry)
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
		carry = append([]byte(nil), buf[cut:]...)
		if cut > 0 && !send(buf[:cut]) {
			return nil
		}
		if eof {
			return nil
		}
	}
}
