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

// A document larger than the linking window is recognized a window at a
// time: every span still points into the whole input, names are linked
// within each window, and no mention is lost at the cuts.
func TestEntitiesLongDocument(t *testing.T) {
	defer func(w int) { linkWindow = w }(linkWindow)
	linkWindow = 200
	doc := "ویلادیمیر پوتین به پکن رفت.\nپوتین در مسکو با شی جین پینگ دیدار کرد.\n"
	in := strings.Repeat(doc, 5) + strings.Repeat("او در مسکو ماند. ", 30) // the last line is cut in pieces
	code, out, errs := run(t, in, "entities")
	if code != ExitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	counts := map[string]int{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var e entityJSON
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			t.Fatalf("bad JSON line %+q: %v", line, err)
		}
		if e.Span[0] < 0 || e.Span[1] > len(in) || in[e.Span[0]:e.Span[1]] != e.Text {
			t.Errorf("span %v does not give %+q", e.Span, e.Text)
		}
		counts[e.Type+":"+e.Text+"→"+e.Normalized]++
	}
	// a mention a window away from the full name is not linked to it
	far := "ویلادیمیر پوتین به پکن رفت.\n" + strings.Repeat("او در مسکو ماند.\n", 20) + "پوتین به مسکو رفت.\n"
	if _, out, _ := run(t, far, "entities"); !strings.Contains(out, `"text":"پوتین","type":"PER","normalized":"پوتین"`) {
		t.Errorf("far mention linked across windows: %s", out)
	}
	for want, n := range map[string]int{"PER:ویلادیمیر پوتین→ویلادیمیر پوتین": 5, "LOC:پکن→پکن": 5, "LOC:مسکو→مسکو": 35, "PER:پوتین→ویلادیمیر پوتین": 5} {
		if counts[want] != n {
			t.Errorf("%+q found %d times, want %d (all: %v)", want, counts[want], n, counts)
		}
	}
}

// A -model folder that holds no model is a failure naming the problem, for
// both commands that take one.
func TestNERModelFolderMissing(t *testing.T) {
	dir := t.TempDir()
	for _, args := range [][]string{
		{"entities", "-model", dir},
		{"eval", "ner", "-model", dir, "-"},
	} {
		code, out, errs := run(t, "علی به تهران رفت.\n", args...)
		if code != ExitFailure || out != "" || errs == "" {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit %d with a message", args, code, out, errs, ExitFailure)
		}
	}
}
