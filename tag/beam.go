package tag

import "github.com/dabir-nlp/dabir/internal/perceptron"

// A tagger with a beam width above 1 chooses the UPOS tags of a sentence by
// beam search over whole tag sequences instead of greedily, and is trained
// the same way (a structured passive-aggressive learner with early
// updates, Collins and Roark 2004): training then meets the errors decoding
// makes, and a word's tag can be revised by what its successors prefer.
// Hypotheses that agree on the last two tags have the same future (the
// features look two tags back), so only the better one is kept.

// hyp is one hypothesis of the UPOS beam at word i: the class of word i,
// the class of word i-1 (-1 before the sentence), the index of its parent
// in the beam of word i-1, and its total score.
type hyp struct {
	class, prev, parent int32
	score               float32
	gold                bool // training: the hypothesis is the gold prefix
}

// rootHyp stands before the first word.
var rootHyp = []hyp{{class: -1, prev: -1, parent: -1, gold: true}}

// beamStep extends every hypothesis of prev (the beam of word i-1, or
// rootHyp) with every allowed class of word i and appends the best width
// of them, best first, to out. static holds the scores of word i's
// features that do not depend on earlier tags; dyn(c1, c2) returns the
// scores of its previous-tag features for classes c1 of word i-1 and c2 of
// word i-2. gold is word i's gold class while training (else -1).
func beamStep(prev []hyp, static []float32, allowed []int, width, gold int, dyn func(c1, c2 int) []float32, out []hyp) []hyp {
	start := len(out)
	for pi := range prev {
		p := prev[pi]
		d := dyn(int(p.class), int(p.prev))
		for _, c := range allowed {
			h := hyp{class: int32(c), prev: p.class, parent: int32(pi),
				score: p.score + static[c] + d[c], gold: p.gold && c == gold}
			out = insertHyp(out, start, width, h)
		}
	}
	return out
}

// insertHyp inserts h into the beam out[start:], sorted best first and at
// most width long, replacing a worse hypothesis with the same last two
// classes.
func insertHyp(out []hyp, start, width int, h hyp) []hyp {
	b := out[start:]
	for k := range b {
		if b[k].class == h.class && b[k].prev == h.prev {
			if h.score <= b[k].score {
				return out
			}
			copy(b[k:], b[k+1:])
			out = out[:len(out)-1]
			b = out[start:]
			break
		}
	}
	if len(b) >= width && h.score <= b[len(b)-1].score {
		return out
	}
	k := len(b)
	for k > 0 && h.score > b[k-1].score {
		k--
	}
	if len(b) < width {
		out = append(out, hyp{})
		b = out[start:]
	}
	copy(b[k+1:], b[k:len(b)-1])
	b[k] = h
	return out
}

// beamBufs is the working memory of beam search over one sentence.
type beamBufs struct {
	all  []hyp // the beams of every word, one after the other
	off  []int // the beam of word i is all[off[i]:off[i+1]]
	path []int
	dyn  []float32
	f    perceptron.Features
	upd  []perceptron.Feature
	gold []float32 // training: the score of the gold prefix up to word i
}

// maxViolation selects max-violation updates instead of early ones.
var maxViolation = true

// backtrack writes into b.path the classes of words 0..i along hypothesis
// k of word i's beam.
func (b *beamBufs) backtrack(i, k int) []int {
	b.path = append(b.path[:0], make([]int, i+1)...)
	for j := i; j >= 0; j-- {
		h := b.all[b.off[j]+k]
		b.path[j] = int(h.class)
		k = int(h.parent)
	}
	return b.path
}

// trainBeam trains the UPOS model on one sentence by beam search with early
// updates and returns how many of its words the search tagged right.
func (t *Tagger) trainBeam(it *item, width int, b *beamBufs, scores []float32) ([]float32, int) {
	s := &it.s
	n := len(it.words)
	allowed := t.uposAllowed[it.conv]
	name := func(c int) string {
		if c < 0 {
			return bos
		}
		return t.upos.ClassName(c)
	}
	var i int
	dyn := func(c1, c2 int) []float32 {
		b.f.Reset()
		uposFeatures2(s, i, name(c1), name(c2), &b.f)
		b.dyn = t.upos.Scores(b.f.List(), b.dyn)
		return b.dyn
	}
	b.all = b.all[:0]
	b.off = append(b.off[:0], 0)
	var goldScore float32
	prev := rootHyp
	correct := 0
	// Max-violation update (Huang et al. 2012): the search runs to the end
	// even after the gold prefix fell out of the beam, and the update is
	// made at the prefix where the best hypothesis beats the gold one by
	// the most; early update (maxViolation false) stops at the first.
	worst, worstAt := float32(0), -1
	b.gold = b.gold[:0]
	for i = 0; i < n; i++ {
		scores = t.upos.Scores(s.static[s.off[i]:s.off[i+1]], scores)
		g := it.upos[i]
		gp1, gp2 := -1, -1
		if i >= 1 {
			gp1 = it.upos[i-1]
		}
		if i >= 2 {
			gp2 = it.upos[i-2]
		}
		goldScore += scores[g] + dyn(gp1, gp2)[g]
		b.gold = append(b.gold, goldScore)
		b.all = beamStep(prev, scores, allowed, width, g, dyn, b.all)
		b.off = append(b.off, len(b.all))
		prev = b.all[b.off[i]:b.off[i+1]]
		if !prev[0].gold {
			if v := prev[0].score - goldScore; worstAt < 0 || v > worst {
				worst, worstAt = v, i
			}
		}
		inBeam := false
		for _, h := range prev {
			inBeam = inBeam || h.gold
		}
		if !inBeam && !maxViolation {
			break
		}
	}
	switch {
	case worstAt >= 0:
		path := b.backtrack(worstAt, 0)
		for j, c := range path {
			if c == it.upos[j] {
				correct++
			}
		}
		t.structUpdate(it, path, b.all[b.off[worstAt]].score, b.gold[worstAt], b)
	default:
		correct += n
		// The gold sequence won: make sure it wins by a margin over the
		// best other one.
		if len(prev) > 1 {
			t.structUpdate(it, b.backtrack(n-1, 1), prev[1].score, goldScore, b)
		}
	}
	for range n {
		t.upos.Tick()
	}
	return scores, correct
}

// structUpdate makes the passive-aggressive update of the UPOS model that
// puts the gold tags of it's words 0..len(pred)-1 ahead of pred (whose
// score was predScore; the gold prefix's, goldScore) by a margin of the
// number of words they tag differently.
func (t *Tagger) structUpdate(it *item, pred []int, predScore, goldScore float32, b *beamBufs) {
	s := &it.s
	gold := it.upos[:len(pred)]
	wrong := 0
	for j := range pred {
		if pred[j] != gold[j] {
			wrong++
		}
	}
	loss := float64(predScore-goldScore) + float64(wrong)
	if wrong == 0 || loss <= 0 {
		return
	}
	name := func(tags []int, j int) string {
		if j < 0 {
			return bos
		}
		return t.upos.ClassName(tags[j])
	}
	// Collect the differing features: static ones where the tags differ,
	// previous-tag ones where the tags or their histories differ.
	type change struct {
		class  int
		sign   float64
		static bool
		lo, hi int // static[lo:hi] or b.upd[lo:hi]
	}
	var changes []change
	b.upd = b.upd[:0]
	total := 0
	for j := range pred {
		if pred[j] != gold[j] {
			lo, hi := s.off[j], s.off[j+1]
			changes = append(changes, change{gold[j], 1, true, lo, hi}, change{pred[j], -1, true, lo, hi})
			total += 2 * (hi - lo)
		}
		same := pred[j] == gold[j] && (j < 1 || pred[j-1] == gold[j-1]) && (j < 2 || pred[j-2] == gold[j-2])
		if same {
			continue
		}
		for _, side := range [2]struct {
			tags []int
			sign float64
		}{{gold, 1}, {pred, -1}} {
			b.f.Reset()
			uposFeatures2(s, j, name(side.tags, j-1), name(side.tags, j-2), &b.f)
			lo := len(b.upd)
			b.upd = append(b.upd, b.f.List()...)
			changes = append(changes, change{side.tags[j], side.sign, false, lo, len(b.upd)})
			total += len(b.upd) - lo
		}
	}
	if total == 0 {
		return
	}
	step := loss / float64(total)
	for _, c := range changes {
		var feats []perceptron.Feature
		if c.static {
			feats = s.static[c.lo:c.hi]
		} else {
			feats = b.upd[c.lo:c.hi]
		}
		t.upos.Adjust(c.class, c.sign*step, feats)
	}
}
