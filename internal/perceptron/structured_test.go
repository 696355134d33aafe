package perceptron

import "testing"

// TestAdjustTick checks that weights changed by Adjust are averaged over the
// clock that Tick advances: a weight set before the first of two ticks
// keeps its value, one set between them counts for half.
func TestAdjustTick(t *testing.T) {
	m := New("O", "B-PER")
	early, late := Hash("w", "تهران"), Hash("w", "علی")
	m.Adjust(1, 1, []Feature{early})
	m.Adjust(0, -1, []Feature{early})
	m.Tick()
	m.Adjust(1, 1, []Feature{late})
	m.Tick()
	m.Average(0)
	tests := []struct {
		desc string
		f    Feature
		want []float32
	}{
		{"set before both ticks", early, []float32{-1, 1}},
		{"set between the ticks", late, []float32{0, 0.5}},
	}
	for _, tc := range tests {
		got := m.Scores([]Feature{tc.f}, nil)
		if got[0] != tc.want[0] || got[1] != tc.want[1] {
			t.Errorf("%s: scores %v, want %v", tc.desc, got, tc.want)
		}
	}
	defer func() {
		if recover() == nil {
			t.Error("Adjust after Average did not panic")
		}
	}()
	m.Adjust(0, 1, []Feature{early})
}
