package ner

import (
	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// TrainOptions control Train.
type TrainOptions struct {
	Epochs int    // passes over the data; 0 means 8
	Seed   uint64 // seed of the example order
	// Seeds is the number of models trained with different example orders
	// (seeds Seed, Seed+1000, ...) whose weights are averaged (perceptron.Mix);
	// 0 means 1.
	Seeds     int
	MinWeight float64 // averaged weights smaller than this are dropped
	// Folds is the number of parts the training data is cut into for the
	// names the gazetteer learns from it: a sentence's gazetteer features
	// come from the names of the other parts, so that the model does not
	// learn to trust the gazetteer more than it deserves on new text.
	// 0 means 5; 1 uses all names everywhere.
	Folds int
	// Clusters, if set, gives word-class features; it is kept in the
	// recognizer.
	Clusters *Clusters
	// WordTags, if set, gives dictionary features (see WordTags); it is
	// kept in the recognizer.
	WordTags *WordTags
	// Spelling adds the features of a Spelling model learnt from the
	// training words (jackknifed: a training word's scores come from a
	// model that never saw it); the model is kept in the recognizer.
	Spelling bool
	// Treebank, if set, tells which words a treebank tagged proper nouns
	// and which not, for the Spelling model.
	Treebank map[string]WordUse
	// UPOS, if set, gives the part-of-speech tags of a training sentence's
	// words (nil for none); the recognizer then learns tag features, and
	// should be given tags when used.
	UPOS func(words []string) []string
	// Progress, if set, is called after each epoch with the fraction of
	// words labelled correctly during the epoch.
	Progress func(epoch int, accuracy float64)
}

// Train trains a Recognizer on sents. base holds the names that do not come
// from the training data (CLDR); it is not modified. The recognizer's
// gazetteer is base plus the names of sents (see AddTrainingNames).
func Train(sents []Sentence, base *Gazetteer, opt TrainOptions) (*Recognizer, error) {
	if opt.Epochs == 0 {
		opt.Epochs = 8
	}
	if opt.Folds == 0 {
		opt.Folds = 5
	}
	if base == nil {
		base = NewGazetteer()
	}
	full := base.Clone()
	AddTrainingNames(full, sents)

	// Gazetteer of each fold: base plus the names of the other folds.
	foldGaz := make([]*Gazetteer, opt.Folds)
	for k := range foldGaz {
		if opt.Folds == 1 {
			foldGaz[k] = full
			continue
		}
		var others []Sentence
		for i, s := range sents {
			if i%opt.Folds != k {
				others = append(others, s)
			}
		}
		foldGaz[k] = base.Clone()
		AddTrainingNames(foldGaz[k], others)
	}

	var sp *spellScores
	if opt.Spelling {
		sp = newSpellScores(spellingExamples(sents, base, opt.WordTags, opt.Treebank), spellEpochs, opt.Seed)
	}

	types := typesOf(sents)
	m := perceptron.New(labelsFor(types)...)
	r0 := &Recognizer{}
	r0.setLabels(m.Classes())
	gold := make([][]int, len(sents))
	ctxs := make([]context, len(sents))
	var words wordCache
	for i, s := range sents {
		gold[i] = make([]int, len(s.Labels))
		for j, l := range s.Labels {
			gold[i][j] = m.Class(l)
		}
		for j := range gold[i] {
			last := -1
			if j > 0 {
				last = gold[i][j-1]
			}
			if !r0.allowed(last, gold[i][j]) { // I- that continues nothing
				gold[i][j] = m.Class("B-" + s.Labels[j][2:])
			}
		}
		var upos []string
		if opt.UPOS != nil {
			upos = opt.UPOS(s.Words)
		}
		ctxs[i].cache = &words
		ctxs[i].reset(s.Words, upos, foldGaz[i%opt.Folds], opt.Clusters, opt.WordTags, sp)
		ctxs[i].buf = nil
	}
	// The static features of every word, computed once.
	static := make([][][]perceptron.Feature, len(sents))
	var f perceptron.Features
	for k := range sents {
		static[k] = make([][]perceptron.Feature, len(gold[k]))
		for i := range gold[k] {
			f.Reset()
			ctxs[k].staticFeatures(i, &f)
			static[k][i] = append([]perceptron.Feature(nil), f.List()...)
		}
	}
	seeds := max(opt.Seeds, 1)
	models := make([]*perceptron.Model, seeds)
	for s := range models {
		models[s] = perceptron.New(m.Classes()...)
		seed := opt.Seed + uint64(s)*1000
		trainStructured(models[s], full, opt, seed, gold, ctxs, static, func(ep int, acc float64) {
			if opt.Progress != nil {
				opt.Progress(s*opt.Epochs+ep, acc)
			}
		})
	}
	m = models[0]
	if seeds > 1 {
		var err error
		if m, err = perceptron.Mix(models...); err != nil {
			return nil, err
		}
	}
	r, err := NewRecognizer(m, full, opt.Clusters, opt.WordTags)
	if err != nil {
		return nil, err
	}
	if sp != nil {
		// Words of the training data get the full model's scores too:
		// keeping their jackknifed ones was worse on dev.
		r.setSpelling(sp.full)
	}
	return r, nil
}

// typesOf lists the entity types of sents in the order of MainTypes first,
// then as first seen.
func typesOf(sents []Sentence) []string {
	seen := map[string]bool{}
	var out []string
	for _, t := range MainTypes {
		seen[t] = true
		out = append(out, t)
	}
	for _, s := range sents {
		for _, l := range s.Labels {
			if l != "O" && !seen[l[2:]] {
				seen[l[2:]] = true
				out = append(out, l[2:])
			}
		}
	}
	return out
}

// trainStructured trains m as a structured perceptron with Viterbi decoding
// over the training sentences (gold classes, contexts and static features),
// then averages it.
func trainStructured(m *perceptron.Model, g *Gazetteer, opt TrainOptions, seed uint64, gold [][]int, ctxs []context, static [][][]perceptron.Feature, progress func(int, float64)) {
	// The decoding tables of a recognizer over the model being trained.
	r := &Recognizer{model: m, gaz: g, cl: opt.Clusters}
	r.setLabels(m.Classes())
	L := len(r.labels)
	var lat lattice
	var f, tf perceptron.Features
	for ep := 0; ep < opt.Epochs; ep++ {
		correct, total := 0, 0
		for _, k := range perceptron.Order(len(gold), seed+uint64(ep)) {
			ctx := &ctxs[k]
			n := len(gold[k])
			lat.reset(n, L)
			for i := 0; i < n; i++ {
				m.Scores(static[k][i], lat.static[i*L:(i+1)*L])
			}
			pred := r.viterbi(n, &lat, func(i int, t []float32) { r.featureTrans(ctx, i, t, &tf) })
			// Structured update: towards the features of the gold labelling,
			// away from those of the predicted one, where they differ.
			for i, g := range gold[k] {
				p := pred[i]
				if g == p {
					correct++
				}
				total++
				gp, pp := -1, -1
				if i > 0 {
					gp, pp = gold[k][i-1], pred[i-1]
				}
				if g != p {
					m.Adjust(g, 1, static[k][i])
					m.Adjust(p, -1, static[k][i])
				}
				if g != p || gp != pp {
					f.Reset()
					ctx.labelFeatures(i, gp, &f)
					m.Adjust(g, 1, f.List())
					f.Reset()
					ctx.labelFeatures(i, pp, &f)
					m.Adjust(p, -1, f.List())
				}
			}
			m.Tick()
		}
		if total > 0 {
			progress(ep+1, float64(correct)/float64(total))
		}
	}
	m.Average(opt.MinWeight)
}
