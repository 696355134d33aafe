package zwnjeval

import "testing"

func TestRespell(t *testing.T) {
	ref := Spellings{}
	ref.AddText("آنها کتابها را می‌خوانند. آنها کتاب‌ها را دیدند، آنها")
	tests := []struct{ in, want string }{
		// آن‌ها → the majority آنها; کتاب‌ها and کتابها tie, the smaller
		// string wins; می‌خوانند kept; words ref never saw stay as they are.
		{"آن‌ها کتابها را میخوانند.", "آنها کتابها را می‌خوانند."},
		{"«آن‌ها» و شما", "«آنها» و شما"},
		{"abc ۱۲ نمیدانم", "abc ۱۲ نمیدانم"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Respell(tt.in, ref); got != tt.want {
			t.Errorf("Respell(%+q) = %+q, want %+q", tt.in, got, tt.want)
		}
	}
}

// TestMajorityScoresSelf: the gold writes می‌روند three times with a
// half-space and once without; left out in turn, each line is respelled by
// the other three. The line that joins it loses its spelling to the majority (a missed
// half-space is no false one), the others keep theirs.
func TestMajorityScoresSelf(t *testing.T) {
	gold := []string{"آنها می‌روند", "ما میروند", "شما می‌روند", "می‌روند"}
	noRestore := func(s string) string { return s }
	s := MajorityScores(gold, nil, noRestore)
	if s.TP != 3 || s.FP != 1 || s.FN != 0 {
		t.Errorf("self: TP %d FP %d FN %d, want 3 1 0", s.TP, s.FP, s.FN)
	}
	// With a reference that writes it joined, no half-space is put back.
	ref := Spellings{}
	ref.AddText("میروند")
	s = MajorityScores(gold, ref, noRestore)
	if s.TP != 0 || s.FP != 0 || s.FN != 3 {
		t.Errorf("ref: TP %d FP %d FN %d, want 0 0 3", s.TP, s.FP, s.FN)
	}
}
