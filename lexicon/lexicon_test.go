package lexicon_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/lexbuild"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
	"github.com/dabir-nlp/dabir/lexicon"
)

func TestDefaultZWNJ(t *testing.T) {
	z := lexicon.DefaultZWNJ()
	if c := z.Count("می‌کند"); c.Text < 100 {
		t.Errorf("می‌کند counted %d times in the text, want many", c.Text)
	}
	if f, ok := z.Joined([]byte("بینالمللی")); !ok || f != "بین‌المللی" {
		t.Errorf("Joined(بینالمللی) = %+q, %v", f, ok)
	}
	if s, ok := z.Standard([]byte("مسایل")); !ok || s != "مسائل" {
		t.Errorf("Standard(مسایل) = %+q, %v", s, ok)
	}
	if !z.IsStem([]byte("کن")) || !z.IsStem([]byte("کرد")) {
		t.Errorf("the stems of کردن are missing")
	}
	if !z.IsJoinPrefix([]byte("می")) || z.IsJoinPrefix([]byte("پکن")) {
		t.Errorf("IsJoinPrefix: می should be a prefix of ZWNJ forms, پکن not")
	}
	if z.Count("نه‌کلمه‌ای‌که‌نیست").Known() {
		t.Errorf("an invented form is known")
	}
}

func TestReadZWNJErrors(t *testing.T) {
	if _, err := lexicon.ReadZWNJ(strings.NewReader("not gzip")); !errors.Is(err, lexicon.ErrBadLexicon) {
		t.Errorf("plain text: %v, want ErrBadLexicon", err)
	}
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	gz.Write([]byte("w\tکتاب\tx\t1\n"))
	gz.Close()
	if _, err := lexicon.ReadZWNJ(&buf); !errors.Is(err, lexicon.ErrBadLexicon) {
		t.Errorf("bad count: %v, want ErrBadLexicon", err)
	}
}

func TestWriteReadRoundTrip(t *testing.T) {
	var buf bytes.Buffer
	counts := map[string]lexicon.Count{"می‌کند": {Text: 5}, "میکند": {Lexicon: 1}, "کتاب": {Text: 3, Lexicon: 2}}
	err := lexicon.WriteZWNJ(&buf, counts, map[string]uint32{"می کند": 1}, []string{"کن"}, map[string]string{"رییس": "رئیس"})
	if err != nil {
		t.Fatal(err)
	}
	z, err := lexicon.ReadZWNJ(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if z.Count("کتاب") != (lexicon.Count{Text: 3, Lexicon: 2}) || z.Pair([]byte("می"), []byte("کند")) != 1 {
		t.Errorf("counts lost in the round trip")
	}
	if f, _ := z.Joined([]byte("میکند")); f != "می‌کند" {
		t.Errorf("Joined = %+q", f)
	}
}

// TestEmbeddedIsReproducible rebuilds the lexicon from the shared data and
// checks it is the embedded file, byte for byte.
func TestEmbeddedIsReproducible(t *testing.T) {
	sharedtest.Path(t, "lexicon", "hazm", "words.dat")
	dir := strings.TrimSuffix(sharedtest.Path(t), "/")
	lex, err := lexbuild.BuildZWNJ(dir)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := lexicon.WriteZWNJ(&buf, lex.Counts, lex.Pairs, lex.Stems, lex.Standard); err != nil {
		t.Fatal(err)
	}
	embedded, err := os.ReadFile("zwnj.txt.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), embedded) {
		t.Errorf("zwnj.txt.gz differs from what 'go generate ./lexicon' makes now: run it and commit the file")
	}
	z, err := lexicon.ReadZWNJ(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var model bytes.Buffer
	if err := lexbuild.TrainSplitter(lex, z).Save(&model); err != nil {
		t.Fatal(err)
	}
	embedded, err = os.ReadFile("zwnj-split.model.gz")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(model.Bytes(), embedded) {
		t.Errorf("zwnj-split.model.gz differs from what 'go generate ./lexicon' makes now")
	}
}

func TestSplitter(t *testing.T) {
	s := lexicon.DefaultSplitter()
	for _, c := range []struct{ in, want string }{
		{"نقطهگذاری", "نقطه‌گذاری"},
		{"سرمایهگذاریها", "سرمایه‌گذاری‌ها"},
		{"دندانپزشکان", "دندان‌پزشکان"},
		{"همهپرسیها", "همه‌پرسی‌ها"},
		{"پنجرههای", "پنجره‌های"},
	} {
		if got := string(s.Split([]byte(c.in))); got != c.want {
			t.Errorf("Split(%+q) = %+q, want %+q", c.in, got, c.want)
		}
	}
	for _, w := range []string{"پکن", "سوچی", "پژوهشگرانه"} { // nothing to split
		if got := s.Split([]byte(w)); got != nil {
			t.Errorf("Split(%+q) = %+q, want no split", w, got)
		}
	}
}
