// Package gzipio writes the gzip-compressed files that the trainers save
// and the packages embed.
package gzipio

import (
	"bufio"
	"compress/gzip"
	"io"
)

// Write compresses into w, at gzip.BestCompression (the level of every
// embedded model file), what fill writes to bw. A write error sticks in a
// bufio.Writer and comes back from its Flush, so fill need not check its
// writes: Write returns the first error of the buffer, the compressor or w.
// The same bytes written by fill always give the same output.
func Write(w io.Writer, fill func(bw *bufio.Writer)) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(zw)
	fill(bw)
	if err := bw.Flush(); err != nil {
		return err
	}
	return zw.Close()
}
