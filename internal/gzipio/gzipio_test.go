package gzipio

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestWriteRoundTrip checks that what fill writes comes back from a gzip
// reader, for Persian text, an empty file and one larger than the buffer.
func TestWriteRoundTrip(t *testing.T) {
	tests := []struct {
		desc, text string
	}{
		{"lines of words and tags", "کتاب‌ها\tNOUN\nمی‌روند\tVERB\n"},
		{"nothing written", ""},
		{"more than the buffer holds", string(bytes.Repeat([]byte("دانشگاه تهران\t"), 2000))},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := Write(&buf, func(bw *bufio.Writer) { bw.WriteString(tt.text) }); err != nil {
			t.Fatalf("%s: Write: %v", tt.desc, err)
		}
		zr, err := gzip.NewReader(&buf)
		if err != nil {
			t.Fatalf("%s: not gzip: %v", tt.desc, err)
		}
		got, err := io.ReadAll(zr)
		if err != nil || string(got) != tt.text {
			t.Errorf("%s: read back %d bytes (%v), want %d: %+q", tt.desc, len(got), err, len(tt.text), firstRunes(string(got)))
		}
	}
}

// TestWriteSameBytes checks that the output depends only on the bytes
// written, not on how fill splits them (the embedded models must
// regenerate byte for byte).
func TestWriteSameBytes(t *testing.T) {
	words := []string{"رفت", "به", "مدرسه", "۱۴۰۲"}
	var whole, parts bytes.Buffer
	Write(&whole, func(bw *bufio.Writer) { bw.WriteString("رفت\nبه\nمدرسه\n۱۴۰۲\n") })
	Write(&parts, func(bw *bufio.Writer) {
		for _, w := range words {
			bw.WriteString(w)
			bw.WriteByte('\n')
		}
	})
	if !bytes.Equal(whole.Bytes(), parts.Bytes()) {
		t.Errorf("same text written in parts gives other bytes: %d vs %d", whole.Len(), parts.Len())
	}
}

// TestWriteError checks that an error of the destination is returned.
func TestWriteError(t *testing.T) {
	errFull := errors.New("disk full")
	err := Write(failWriter{errFull}, func(bw *bufio.Writer) { bw.WriteString("سلام\n") })
	if !errors.Is(err, errFull) {
		t.Errorf("Write to a failing writer = %v, want %v", err, errFull)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

func firstRunes(s string) string {
	r := []rune(s)
	if len(r) > 20 {
		r = r[:20]
	}
	return string(r)
}

// WriteFile replaces the file only when the writer succeeds, and leaves no
// temporary file behind either way.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "model.gz")
	if err := WriteFile(path, func(w io.Writer) error { _, err := io.WriteString(w, "اول"); return err }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := WriteFile(path, func(w io.Writer) error { io.WriteString(w, "نیمه"); return boom }); !errors.Is(err, boom) {
		t.Fatalf("error %v, want %v", err, boom)
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != "اول" {
		t.Errorf("after a failed write the file holds %q (%v), want the old %q", got, err, "اول")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder, want 1 (no temporary file left)", len(entries))
	}
}
