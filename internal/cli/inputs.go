package cli

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

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
// of any length are handled: a line is never split or dropped.
func eachLine(r io.Reader, fn func(line []byte, ending string) error) error {
	br := bufio.NewReaderSize(r, 64<<10)
	var long []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			long = append(long, chunk...)
			continue
		}
		line := chunk
		if len(long) > 0 {
			long = append(long, chunk...)
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
		if cap(long) > 1<<20 {
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
