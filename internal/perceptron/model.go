// Package perceptron is an averaged perceptron for classification and
// sequence labelling (part-of-speech tags, named entities).
//
// Features are hashed strings (see Features and Hash); classes are named and
// numbered in the order they were first seen. A Model is trained with
// Update (UpdateBy for a step other than 1, as passive-aggressive learners
// use) or Learn, one example at a time, then finalized with Average, which
// replaces every weight by its average over all the updates seen: the
// averaged model generalizes much better than the last weights. Average also
// packs the weights into a compact, read-only form: a hash table from feature
// to a run of (class, weight) pairs, so that scoring a feature costs one
// lookup however many classes there are.
//
// Scores returns every class's score; AddScores adds the scores of more
// features, so that features shared by several decisions are scored once.
// Save writes a model as gzip; Load reads it back. Mix averages models
// trained with different seeds. Order gives deterministic, seeded example
// orders. The sequence trainers live with their users: the tagger decodes
// greedily left to right with passive-aggressive updates (tag), the entity
// recognizer by Viterbi with structured updates (Adjust, Tick; ner).
//
// A Model is not safe for concurrent use while it is trained. After Average
// (or Load) it is read-only, and Scores, AddScores and Predict are safe for
// concurrent use.
package perceptron

import (
	"errors"
	"math"
	"sort"
)

// ErrBadModel is returned by Load for data that is not a saved model.
var ErrBadModel = errors.New("perceptron: bad model")

// Model is an averaged perceptron over hashed features.
type Model struct {
	classes  []string
	classIdx map[string]int

	// Training state (nil after Average or Load).
	train map[Feature]*row
	clock int64

	// Compact, read-only state (after Average or Load).
	table table
	keys  []uint64 // feature of each row, ascending
	off   []uint32 // row r holds ent[off[r]:off[r+1]]
	ent   []entry
}

// entry is one (class, weight) pair of a compact row.
type entry struct {
	class int32
	w     float32
}

// row is the training state of one feature: for each class it has a weight,
// the weight's running total and the clock of its last change.
type row struct {
	class []int32
	w     []float64
	total []float64
	stamp []int64
}

// New returns an empty model, ready for training, that knows the given
// classes (more can be added with Class).
func New(classes ...string) *Model {
	m := &Model{classIdx: map[string]int{}, train: map[Feature]*row{}}
	for _, c := range classes {
		m.Class(c)
	}
	return m
}

// Class returns the number of the class named name, adding it if it is new.
// Adding a class to a model that is no longer training is allowed: the class
// simply has no weights.
func (m *Model) Class(name string) int {
	if i, ok := m.classIdx[name]; ok {
		return i
	}
	m.classIdx[name] = len(m.classes)
	m.classes = append(m.classes, name)
	return len(m.classes) - 1
}

// ClassIndex returns the number of the class named name, if the model knows it.
func (m *Model) ClassIndex(name string) (int, bool) {
	i, ok := m.classIdx[name]
	return i, ok
}

// ClassName returns the name of class i.
func (m *Model) ClassName(i int) string { return m.classes[i] }

// NumClasses returns the number of classes.
func (m *Model) NumClasses() int { return len(m.classes) }

// Classes returns the class names in class-number order. The caller must not
// modify the slice.
func (m *Model) Classes() []string { return m.classes }

// Training reports whether the model is still training (not yet averaged).
func (m *Model) Training() bool { return m.train != nil }

// Scores returns the score of every class for the features feats, reusing
// buf when it is large enough. Unknown features contribute nothing.
func (m *Model) Scores(feats []Feature, buf []float32) []float32 {
	n := len(m.classes)
	if cap(buf) < n {
		buf = make([]float32, n)
	}
	buf = buf[:n]
	clear(buf)
	m.AddScores(feats, buf)
	return buf
}

// AddScores adds the scores of feats to scores, which must have at least
// NumClasses entries. Scores of a sum of feature sets add up, so a caller can
// score the features that do not change once and add the rest per decision.
func (m *Model) AddScores(feats []Feature, scores []float32) {
	if m.train != nil {
		for _, f := range feats {
			if r := m.train[f]; r != nil {
				for j, c := range r.class {
					scores[c] += float32(r.w[j])
				}
			}
		}
		return
	}
	// Look the rows up in batches, then add them: the look-ups of a batch
	// do not depend on each other, so their cache misses overlap.
	var runs [32][2]uint32
	for len(feats) > 0 {
		n := min(len(feats), len(runs))
		for i, f := range feats[:n] {
			runs[i][0], runs[i][1] = m.table.get(uint64(f))
		}
		for _, r := range runs[:n] {
			for _, e := range m.ent[r[0]:r[1]] {
				scores[e.class] += e.w
			}
		}
		feats = feats[n:]
	}
}

// Predict returns the best class for feats (the lowest-numbered one on a
// tie), or -1 when the model has no classes.
func (m *Model) Predict(feats []Feature) int {
	var small [64]float32
	return Argmax(m.Scores(feats, small[:0]))
}

// Argmax returns the index of the highest score (the lowest index on a tie),
// or -1 for an empty slice.
func Argmax(scores []float32) int {
	best := -1
	var bs float32
	for i, s := range scores {
		if best < 0 || s > bs {
			best, bs = i, s
		}
	}
	return best
}

// Update learns from one example whose correct class is truth and whose
// predicted class was guess: when they differ, the weights of feats move
// towards truth and away from guess. Every call, right or wrong, advances
// the averaging clock, so call it once per training example. Update panics
// if the model is no longer training.
func (m *Model) Update(truth, guess int, feats []Feature) {
	if m.train == nil {
		panic("perceptron: Update on a model that is no longer training")
	}
	m.UpdateBy(truth, guess, feats, 1)
}

// UpdateBy is Update with a step size: the weights of feats move by step
// (instead of 1) towards truth and away from guess, which may be the same
// (then only the clock advances). Passive-aggressive learners use it to make
// each update just as large as the example needs.
func (m *Model) UpdateBy(truth, guess int, feats []Feature, step float64) {
	if m.train == nil {
		panic("perceptron: UpdateBy on a model that is no longer training")
	}
	m.clock++
	if truth == guess || step == 0 {
		return
	}
	for _, f := range feats {
		r := m.trainRow(f)
		m.bump(r, int32(truth), step)
		if guess >= 0 {
			m.bump(r, int32(guess), -step)
		}
	}
}

// trainRow returns the training row of feature f, made on first use.
func (m *Model) trainRow(f Feature) *row {
	r := m.train[f]
	if r == nil {
		r = &row{}
		m.train[f] = r
	}
	return r
}

// Learn predicts the class of feats, updates the model with the correct
// class truth, and returns the prediction.
func (m *Model) Learn(truth int, feats []Feature) int {
	guess := m.Predict(feats)
	m.Update(truth, guess, feats)
	return guess
}

func (m *Model) bump(r *row, class int32, delta float64) {
	j := -1
	for k, c := range r.class {
		if c == class {
			j = k
			break
		}
	}
	if j < 0 {
		r.class = append(r.class, class)
		r.w = append(r.w, 0)
		r.total = append(r.total, 0)
		r.stamp = append(r.stamp, m.clock)
		j = len(r.class) - 1
	}
	r.total[j] += float64(m.clock-r.stamp[j]) * r.w[j]
	r.stamp[j] = m.clock
	r.w[j] += delta
}

// Average ends training: every weight becomes its average over the whole
// training run, weights whose magnitude is below minWeight are dropped
// (0 keeps all non-zero weights), and the model is packed into its compact,
// read-only form. Calling Average on a model that is not training does
// nothing.
func (m *Model) Average(minWeight float64) {
	if m.train == nil {
		return
	}
	clock := float64(m.clock)
	if clock == 0 {
		clock = 1
	}
	keys := make([]uint64, 0, len(m.train))
	for f := range m.train {
		keys = append(keys, uint64(f))
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	var rows [][]entry
	var kept []uint64
	for _, k := range keys {
		r := m.train[Feature(k)]
		var es []entry
		for j, c := range r.class {
			total := r.total[j] + float64(m.clock-r.stamp[j])*r.w[j]
			avg := total / clock
			if avg == 0 || math.Abs(avg) < minWeight {
				continue
			}
			es = append(es, entry{class: c, w: float32(avg)})
		}
		if len(es) == 0 {
			continue
		}
		sort.Slice(es, func(a, b int) bool { return es[a].class < es[b].class })
		rows = append(rows, es)
		kept = append(kept, k)
	}
	m.pack(kept, rows)
	m.train = nil
}

// pack builds the compact form from sorted keys and their rows.
func (m *Model) pack(keys []uint64, rows [][]entry) {
	m.table = newTable(len(keys))
	m.keys = keys
	m.off = make([]uint32, 1, len(keys)+1)
	n := 0
	for _, r := range rows {
		n += len(r)
	}
	m.ent = make([]entry, 0, n)
	for i, k := range keys {
		start := uint32(len(m.ent))
		m.ent = append(m.ent, rows[i]...)
		m.table.put(k, start, uint32(len(m.ent)))
		m.off = append(m.off, uint32(len(m.ent)))
	}
}

// NumFeatures returns the number of features that have weights.
func (m *Model) NumFeatures() int {
	if m.train != nil {
		return len(m.train)
	}
	return len(m.off) - 1
}

// NumWeights returns the number of non-zero (feature, class) weights.
func (m *Model) NumWeights() int {
	if m.train != nil {
		n := 0
		for _, r := range m.train {
			n += len(r.class)
		}
		return n
	}
	return len(m.ent)
}
