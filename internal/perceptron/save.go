package perceptron

import (
	"bufio"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

const magic = "dabir-perceptron/1\n"

// Save writes the averaged model to w as gzip. The model must have been
// averaged (or loaded); Save returns an error for a model still training.
//
// The format, inside gzip: the magic line, the class count and names, the
// row count, then column by column the row features (delta-coded), the row
// lengths, the classes and the float32 weights of every row. Columns keep
// like data together so that gzip compresses them well.
func (m *Model) Save(w io.Writer) error {
	if m.train != nil {
		return errors.New("perceptron: Save before Average")
	}
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(zw, 1<<16)
	var buf [binary.MaxVarintLen64]byte
	uv := func(x uint64) { bw.Write(buf[:binary.PutUvarint(buf[:], x)]) }
	bw.WriteString(magic)
	uv(uint64(len(m.classes)))
	for _, c := range m.classes {
		uv(uint64(len(c)))
		bw.WriteString(c)
	}
	rows := len(m.keys)
	uv(uint64(rows))
	var last uint64
	for _, k := range m.keys {
		uv(k - last)
		last = k
	}
	for r := 0; r < rows; r++ {
		uv(uint64(m.off[r+1] - m.off[r]))
	}
	for _, e := range m.ent {
		uv(uint64(e.class))
	}
	for _, e := range m.ent {
		binary.LittleEndian.PutUint32(buf[:4], math.Float32bits(e.w))
		bw.Write(buf[:4])
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}

// Load reads a model written by Save. The model is read-only: it predicts
// but cannot be trained further. Errors wrap ErrBadModel, or are the
// reader's own errors.
func Load(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	defer zr.Close()
	br := bufio.NewReaderSize(zr, 1<<16)
	bad := func(what string, err error) (*Model, error) {
		if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, io.ErrUnexpectedEOF) {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadModel, what, err)
		}
		return nil, fmt.Errorf("%w: %s", ErrBadModel, what)
	}
	head := make([]byte, len(magic))
	if _, err := io.ReadFull(br, head); err != nil || string(head) != magic {
		return bad("not a dabir perceptron model", err)
	}
	// limit guards allocations against corrupt counts.
	const limit = 1 << 28
	count := func() (int, error) {
		x, err := binary.ReadUvarint(br)
		if err != nil {
			return 0, err
		}
		if x > limit {
			return 0, errors.New("count too large")
		}
		return int(x), nil
	}
	nc, err := count()
	if err != nil {
		return bad("class count", err)
	}
	m := &Model{classIdx: make(map[string]int, min(nc, 1<<10))}
	for i := 0; i < nc; i++ {
		n, err := count()
		if err != nil || n > 1<<16 {
			return bad("class name", err)
		}
		b := make([]byte, n)
		if _, err := io.ReadFull(br, b); err != nil {
			return bad("class name", err)
		}
		m.Class(string(b))
	}
	rows, err := count()
	if err != nil {
		return bad("row count", err)
	}
	// Slices grow as data arrives (never from a count alone), so a damaged
	// count cannot make Load allocate much more than the input holds.
	const chunk = 1 << 16
	keys := make([]uint64, 0, min(rows, chunk))
	var last uint64
	for range rows {
		d, err := binary.ReadUvarint(br)
		if err != nil {
			return bad("features", err)
		}
		last += d
		keys = append(keys, last)
	}
	lens := make([]int, 0, min(rows, chunk))
	total := 0
	for range rows {
		n, err := count()
		if err != nil {
			return bad("row lengths", err)
		}
		lens = append(lens, n)
		total += n
		if total > limit {
			return bad("too many weights", nil)
		}
	}
	ent := make([]entry, 0, min(total, chunk))
	for range total {
		c, err := binary.ReadUvarint(br)
		if err != nil || c >= uint64(nc) {
			return bad("classes", err)
		}
		ent = append(ent, entry{class: int32(c)})
	}
	var b4 [4]byte
	for i := range ent {
		if _, err := io.ReadFull(br, b4[:]); err != nil {
			return bad("weights", err)
		}
		ent[i].w = math.Float32frombits(binary.LittleEndian.Uint32(b4[:]))
	}
	rowsOf := make([][]entry, rows)
	at := 0
	for i, n := range lens {
		rowsOf[i] = ent[at : at+n]
		at += n
	}
	m.pack(keys, rowsOf)
	return m, nil
}
