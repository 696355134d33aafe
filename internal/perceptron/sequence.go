package perceptron

import "math/rand/v2"

// Order returns a permutation of 0..n-1 that depends only on n and seed:
// the order in which to visit n training examples in one epoch. Use a
// different seed for each epoch (for example seed+epoch).
func Order(n int, seed uint64) []int {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	r := rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15))
	r.Shuffle(n, func(i, j int) { p[i], p[j] = p[j], p[i] })
	return p
}

// Sequence is one training sequence for TrainGreedy.
type Sequence struct {
	// Gold holds the correct class of each position.
	Gold []int
	// Features adds to f the features of position i, given prev, the
	// classes already predicted for positions 0..i-1 (len(prev) == i).
	// f has been Reset.
	Features func(i int, prev []int, f *Features)
}

// TrainOptions control TrainGreedy.
type TrainOptions struct {
	Epochs    int     // passes over the data; 0 means 5
	Seed      uint64  // seed of the example order; the same seed gives the same model
	MinWeight float64 // passed to Average: smaller averaged weights are dropped
	// Progress, if set, is called after each epoch with the fraction of
	// positions predicted correctly during that epoch.
	Progress func(epoch int, accuracy float64)
}

// TrainGreedy trains m as a greedy left-to-right sequence labeller: at each
// position it predicts a class from the features, which may depend on the
// classes predicted before (not the gold ones, so that training sees the
// errors decoding will make), and updates the model. The sequences are
// visited in a seeded random order that changes every epoch. At the end it
// calls m.Average(opt.MinWeight), so m is ready to use and save.
func TrainGreedy(m *Model, seqs []Sequence, opt TrainOptions) {
	epochs := opt.Epochs
	if epochs == 0 {
		epochs = 5
	}
	var f Features
	var scores []float32
	var prev []int
	for ep := 0; ep < epochs; ep++ {
		correct, total := 0, 0
		for _, k := range Order(len(seqs), opt.Seed+uint64(ep)) {
			s := seqs[k]
			prev = prev[:0]
			for i, gold := range s.Gold {
				f.Reset()
				s.Features(i, prev, &f)
				scores = m.Scores(f.List(), scores)
				guess := Argmax(scores)
				m.Update(gold, guess, f.List())
				if guess == gold {
					correct++
				}
				total++
				prev = append(prev, guess)
			}
		}
		if opt.Progress != nil && total > 0 {
			opt.Progress(ep+1, float64(correct)/float64(total))
		}
	}
	m.Average(opt.MinWeight)
}
