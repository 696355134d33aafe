package perceptron

// Adjust adds delta to the weight of class for each feature of feats,
// without advancing the averaging clock. With Tick it trains a structured
// perceptron, whose update for one example (a whole sentence) touches the
// features of several decisions: call Adjust for each of them (towards the
// correct structure with delta 1, away from the predicted one with delta -1),
// then Tick once. Adjust panics if the model is no longer training.
func (m *Model) Adjust(class int, delta float64, feats []Feature) {
	if m.train == nil {
		panic("perceptron: Adjust on a model that is no longer training")
	}
	for _, f := range feats {
		m.bump(m.trainRow(f), int32(class), delta)
	}
}

// Tick advances the averaging clock by one example (see Adjust). Update
// ticks by itself.
func (m *Model) Tick() {
	if m.train == nil {
		panic("perceptron: Tick on a model that is no longer training")
	}
	m.clock++
}
