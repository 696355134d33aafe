package ner

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// ErrBadModel is returned by Load for data that is not an entity model.
var ErrBadModel = errors.New("ner: bad model")

// Recognizer labels words with BIO entity tags. A Recognizer is read-only
// once made: its methods are safe for concurrent use.
type Recognizer struct {
	model *perceptron.Model
	gaz   *Gazetteer
	// per class: its label, type and whether it is an I- label
	labels []string
	types  []string
	inside []bool
}

// NewRecognizer makes a Recognizer from a trained (averaged) perceptron whose
// classes are BIO labels, and the gazetteer its features were trained with.
func NewRecognizer(m *perceptron.Model, g *Gazetteer) (*Recognizer, error) {
	if m == nil || m.Training() {
		return nil, fmt.Errorf("%w: model missing or still training", ErrBadModel)
	}
	if g == nil {
		g = NewGazetteer()
	}
	r := &Recognizer{model: m, gaz: g}
	if err := r.setLabels(m.Classes()); err != nil {
		return nil, err
	}
	return r, nil
}

// setLabels fills the per-class tables from the class names.
func (r *Recognizer) setLabels(classes []string) error {
	hasO := false
	for _, l := range classes {
		if !validLabel(l) {
			return fmt.Errorf("%w: class %q is not a BIO label", ErrBadModel, l)
		}
		hasO = hasO || l == "O"
		r.labels = append(r.labels, l)
		if l == "O" {
			r.types = append(r.types, "")
			r.inside = append(r.inside, false)
			continue
		}
		r.types = append(r.types, l[2:])
		r.inside = append(r.inside, l[0] == 'I')
	}
	if !hasO {
		return fmt.Errorf("%w: no O class", ErrBadModel)
	}
	return nil
}

// Load reads a Recognizer from a model written by perceptron's Save and a
// gazetteer written by (*Gazetteer).Write.
func Load(model, gazetteer io.Reader) (*Recognizer, error) {
	m, err := perceptron.Load(model)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	g, err := ReadGazetteer(gazetteer)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	return NewRecognizer(m, g)
}

// Save writes the recognizer's model and gazetteer, for Load.
func (r *Recognizer) Save(model, gazetteer io.Writer) error {
	if err := r.model.Save(model); err != nil {
		return err
	}
	return r.gaz.Write(gazetteer)
}

// Gazetteer returns the recognizer's gazetteer (read-only).
func (r *Recognizer) Gazetteer() *Gazetteer { return r.gaz }

// Types returns the entity types the recognizer can give, in class order.
func (r *Recognizer) Types() []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range r.types {
		if t != "" && !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	return out
}

// Labels returns one BIO label per word. upos, the universal part-of-speech
// tag of each word, may be nil (it is used only when it has one tag per word
// and the model was trained with tags).
func (r *Recognizer) Labels(words []string, upos []string) []string {
	out := make([]string, len(words))
	var d decoder
	for i, c := range d.decode(r, words, upos) {
		out[i] = r.labels[c]
	}
	return out
}

// Recognize returns the entities of a sentence of words, as token spans.
// upos may be nil (see Labels). It never fails: an empty sentence has no
// entity.
func (r *Recognizer) Recognize(words []string, upos []string) []Entity {
	if len(words) == 0 {
		return nil
	}
	return Entities(r.Labels(words, upos))
}

// decoder holds the reusable buffers of greedy decoding.
type decoder struct {
	ctx    context
	f      perceptron.Features
	scores []float32
	prev   []string
	out    []int
}

// decode labels words greedily from left to right, never giving an I- label
// that does not continue an entity of the same type.
func (d *decoder) decode(r *Recognizer, words, upos []string) []int {
	d.ctx.reset(words, upos, r.gaz)
	d.prev = d.prev[:0]
	d.out = d.out[:0]
	last := -1
	for i := range words {
		d.f.Reset()
		d.ctx.features(i, d.prev, &d.f)
		d.scores = r.model.Scores(d.f.List(), d.scores)
		c := r.best(d.scores, last)
		d.out = append(d.out, c)
		d.prev = append(d.prev, r.labels[c])
		last = c
	}
	return d.out
}

// best returns the highest-scoring class allowed after class last (-1 at
// the start of a sentence).
func (r *Recognizer) best(scores []float32, last int) int {
	best := -1
	for c, s := range scores {
		if !r.allowed(last, c) {
			continue
		}
		if best < 0 || s > scores[best] {
			best = c
		}
	}
	return best
}

func (r *Recognizer) allowed(last, c int) bool {
	if !r.inside[c] {
		return true
	}
	return last >= 0 && r.types[last] == r.types[c]
}

// labelsFor returns the label names in BIO order for the given types.
func labelsFor(types []string) []string {
	out := []string{"O"}
	for _, t := range types {
		out = append(out, "B-"+t, "I-"+t)
	}
	return out
}

// String describes the recognizer briefly.
func (r *Recognizer) String() string {
	return fmt.Sprintf("ner.Recognizer{types: %s, features: %d, weights: %d, gazetteer: %d}",
		strings.Join(r.Types(), ","), r.model.NumFeatures(), r.model.NumWeights(), r.gaz.Len())
}
