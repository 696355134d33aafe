package tag

import "github.com/dabir-nlp/dabir/internal/perceptron"

// The two models can learn with passive-aggressive updates (PA, Crammer et
// al. 2006) instead of perceptron ones. A perceptron moves every weight by
// one whenever it is wrong; PA moves them whenever the gold class does not
// beat the best other class by a margin of 1, and by just as much as makes
// up the shortfall, so a near miss changes the model a little and a gross
// error a lot. With binary features the shortfall is made up by a step of
// loss / (2 × number of features). The margin only sets the scale of the
// weights, so the averaged weights are small: they are pruned below
// paMinWeightUPOS and paMinWeightRest, not below TrainOptions.MinWeight.

// The smallest averaged weights a passive-aggressive model keeps. Pruning
// keeps the weight tables (and so tagging time) near the perceptron's: on
// held-out data, UPOS keeps 267k of 601k weights for 0.03 points less, and
// XPOS+FEATS keeps 50k of 265k for 0.07 points less AllTags.
const (
	paMinWeightUPOS = 0.01
	paMinWeightRest = 0.05
)

// paUpdate makes the passive-aggressive update of m for one example whose
// features feats gave scores, with gold class truth and rivals among the
// classes allowed (all when empty). It advances the averaging clock once,
// like Update.
func paUpdate(m *perceptron.Model, truth int, allowed []int, scores []float32, feats []perceptron.Feature) {
	rival := -1
	consider := func(c int) {
		if c != truth && (rival < 0 || scores[c] > scores[rival]) {
			rival = c
		}
	}
	if len(allowed) == 0 {
		for c := range scores {
			consider(c)
		}
	} else {
		for _, c := range allowed {
			consider(c)
		}
	}
	step := 0.0
	if rival >= 0 && len(feats) > 0 {
		if loss := 1 - float64(scores[truth]-scores[rival]); loss > 0 {
			step = loss / float64(2*len(feats))
		}
	}
	if step == 0 {
		rival = truth
	}
	m.UpdateBy(truth, rival, feats, step)
}
