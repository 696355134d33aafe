package gzipio

import (
	"io"
	"os"
)

// WriteFile writes the model file path with fn through a temporary file
// beside it, renamed into place once fn and the close succeed: an
// interrupted or failed training run leaves the old file whole, never a
// half-written one.
func WriteFile(path string, fn func(io.Writer) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}
