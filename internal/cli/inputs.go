package cli

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"unicode/utf8"
)

// flushAfter flushes w, the buffered output of a command, and returns err,
// or the flush's error when err is nil.
func flushAfter(w *bufio.Writer, err error) error {
	if ferr := w.Flush(); err == nil {
		return ferr
	}
	return err
}

// eachInput calls fn for every named file in order, or for stdin when files
// is empty; "-" also names stdin. It stops at the first error. A file that
// cannot be opened is an error naming the file.
func eachInput(env *Env, files []string, fn func(name string, r io.Reader) error) error {
	if len(files) == 0 {
		return fn("-", env.Stdin)
	}
	for _, name := range files {
		if name == "-" {
			if err := fn(name, env.Stdin); err != nil {
				return err
			}
			continue
		}
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		err = fn(name, f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	return nil
}

// eachLine calls fn for each line of r, with the line ending removed and
// ending reporting what ended it ("\n", "\r\n" or "" at end of input). Lines
// of any length are handled and no text is dropped: a line longer than
// maxLineBytes comes in pieces of at most that size, cut after a space where
// possible, each but the last with ending "".
func eachLine(r io.Reader, fn func(line []byte, ending string) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var long []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			// A line longer than maxLineBytes is handed over in pieces,
			// cut after a space where there is one, so that memory stays
			// bounded on a 1 GB line and no text is lost.
			if long, err = piecesOf(append(long, chunk...), 0, fn); err != nil {
				return err
			}
			continue
		}
		line := chunk
		if len(long) > 0 {
			var perr error
			if long, perr = piecesOf(append(long, chunk...), len("\r\n"), fn); perr != nil {
				return perr
			}
			line = long
		}
		if len(line) > 0 {
			ending := ""
			if line[len(line)-1] == '\n' {
				line = line[:len(line)-1]
				ending = "\n"
				if len(line) > 0 && line[len(line)-1] == '\r' {
					line = line[:len(line)-1]
					ending = "\r\n"
				}
			}
			if ferr := fn(line, ending); ferr != nil {
				return ferr
			}
		}
		long = long[:0]
		if cap(long) > 4*maxLineBytes {
			long = nil // do not keep a huge buffer after one huge line
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// piecesOf hands the front of long to fn in pieces while more than
// maxLineBytes+slack bytes are left, and returns the rest, moved to the
// front of long's array.
func piecesOf(long []byte, slack int, fn func(line []byte, ending string) error) ([]byte, error) {
	for len(long) > maxLineBytes+slack {
		cut := cutLong(long, maxLineBytes)
		if err := fn(long[:cut], ""); err != nil {
			return long, err
		}
		long = long[:copy(long, long[cut:])]
	}
	return long, nil
}

// maxLineBytes is the longest piece of a line eachLine hands over at once.
var maxLineBytes = 256 << 10

// cutLong returns where to cut b, longer than limit: just after the last
// space or tab in its first limit bytes (past the first half), else at the
// last character boundary before limit.
func cutLong(b []byte, limit int) int {
	if i := bytes.LastIndexAny(b[limit/2:limit], " \t"); i >= 0 {
		return limit/2 + i + 1
	}
	cut := limit
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	if cut == 0 {
		return limit
	}
	return cut
}
