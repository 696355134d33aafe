package perceptron

import (
	"errors"
	"slices"
	"sort"
)

// Mix returns a read-only model whose weights are the mean of the weights of
// models, which must be averaged (or loaded) and have the same classes in the
// same order. Mixing models trained on different example orders (different
// seeds) reduces the variance that the order leaves in a single model.
func Mix(models ...*Model) (*Model, error) {
	if len(models) == 0 {
		return nil, errors.New("perceptron: Mix of no models")
	}
	for _, m := range models {
		if m.train != nil {
			return nil, errors.New("perceptron: Mix before Average")
		}
		if !slices.Equal(m.classes, models[0].classes) {
			return nil, errors.New("perceptron: Mix of models with different classes")
		}
	}
	sum := map[uint64]map[int32]float32{}
	for _, m := range models {
		for r, k := range m.keys {
			row := sum[k]
			if row == nil {
				row = map[int32]float32{}
				sum[k] = row
			}
			for _, e := range m.ent[m.off[r]:m.off[r+1]] {
				row[e.class] += e.w
			}
		}
	}
	keys := make([]uint64, 0, len(sum))
	for k := range sum {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	rows := make([][]entry, len(keys))
	n := float32(len(models))
	for i, k := range keys {
		for c, w := range sum[k] {
			rows[i] = append(rows[i], entry{class: c, w: w / n})
		}
		es := rows[i]
		sort.Slice(es, func(a, b int) bool { return es[a].class < es[b].class })
	}
	out := New(models[0].classes...)
	out.train = nil
	out.pack(keys, rows)
	return out, nil
}
