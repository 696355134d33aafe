package cli

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestEntitiesCommand(t *testing.T) {
	in := "ویلادیمیر پوتین به پکن رفت.\nپوتین در مسکو با شی جین پینگ دیدار کرد.\n"
	for _, args := range [][]string{{"entities"}, {"entities", "-lines"}} {
		code, out, errs := run(t, in, args...)
		if code != ExitOK {
			t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
		}
		var got []string
		for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
			var e entityJSON
			if err := json.Unmarshal([]byte(line), &e); err != nil {
				t.Fatalf("%v: bad JSON line %+q: %v", args, line, err)
			}
			if e.Span[0] < 0 || e.Span[1] > len(in) || in[e.Span[0]:e.Span[1]] != e.Text {
				t.Errorf("%v: span %v does not give %+q", args, e.Span, e.Text)
			}
			got = append(got, e.Type+":"+e.Text+"→"+e.Normalized)
		}
		joined := strings.Join(got, "|")
		for _, want := range []string{"PER:ویلادیمیر پوتین", "LOC:پکن", "LOC:مسکو", "PER:شی جین پینگ"} {
			if !strings.Contains(joined, want) {
				t.Errorf("%v: %+q missing from %+q", args, want, got)
			}
		}
		// linked within the document, not across -lines documents
		linked := strings.Contains(joined, "PER:پوتین→ویلادیمیر پوتین")
		if linked == (args[len(args)-1] == "-lines") {
			t.Errorf("%v: linking of پوتین: %+q", args, got)
		}
	}
}

func TestEntitiesEmptyInput(t *testing.T) {
	if code, out, errs := run(t, "", "entities"); code != ExitOK || out != "" {
		t.Errorf("empty input: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestEvalNERBadSet(t *testing.T) {
	if code, _, _ := run(t, "", "eval", "ner", "-set", "nosuch"); code != ExitUsage {
		t.Errorf("bad -set: exit %d, want %d", code, ExitUsage)
	}
}
