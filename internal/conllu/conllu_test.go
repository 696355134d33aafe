package conllu

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

const sample = `# sent_id = 1
# text = کتاب‌هایم را دیدم.
1-2	کتاب‌هایم	_	_	_	_	_	_	_	_
1	کتاب‌های	کتاب	NOUN	N_PL	Number=Plur	3	obj	_	_
2	م	من	PRON	PRO	Number=Sing|Person=1	1	nmod:poss	_	_
3	را	را	ADP	CLITIC	_	1	case	_	_
4	دیدم	دید#بین	VERB	V_PA	Number=Sing|Person=1	0	root	_	SpaceAfter=No
5	.	.	PUNCT	DELM	_	4	punct	_	_

`

func TestReadWriteRoundTrip(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 1 {
		t.Fatalf("got %d sentences, want 1", len(sents))
	}
	s := sents[0]
	if got := s.Text(); got != "کتاب‌هایم را دیدم." {
		t.Errorf("Text() = %+q", got)
	}
	toks := s.Tokens()
	var forms []string
	for _, tk := range toks {
		forms = append(forms, tk.Form)
	}
	if got := strings.Join(forms, " "); got != "کتاب‌هایم را دیدم ." {
		t.Errorf("tokens = %+q", got)
	}
	if toks[2].SpaceAfter {
		t.Errorf("دیدم has SpaceAfter=No")
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s", buf.String())
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{"1\ta\tb\n", "x\ta\t_\t_\t_\t_\t_\t_\t_\t_\n", "3-1\ta\t_\t_\t_\t_\t_\t_\t_\t_\n"} {
		if _, err := ReadAll(strings.NewReader(in)); err == nil {
			t.Errorf("ReadAll(%+q) = nil error", in)
		}
	}
	r := NewReader(strings.NewReader(""))
	if _, err := r.Read(); err != io.EOF {
		t.Errorf("empty input: %v, want EOF", err)
	}
}
