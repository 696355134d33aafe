package ner

import (
	"errors"
	"fmt"
	"github.com/dabir-nlp/dabir/tag"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/dabir-nlp/dabir/internal/gzipio"
	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// ErrBadModel is returned by Load for data that is not an entity model.
var ErrBadModel = errors.New("ner: bad model")

// Recognizer labels words with BIO entity tags. A Recognizer is read-only
// once made: its methods are safe for concurrent use.
type Recognizer struct {
	model *perceptron.Model
	gaz   *Gazetteer
	cl    *Clusters    // may be nil
	wt    *WordTags    // may be nil
	sp    *spellScores // nil without a Spelling model
	// per class: its label, type and whether it is an I- label
	labels []string
	types  []string
	inside []bool
	// usesTags is false when the model has no part-of-speech features
	// (it was trained without tags): Labels then ignores the tags instead
	// of looking up features that cannot score.
	usesTags bool
	// Scores of the label features that do not depend on a word, laid out
	// as viterbi's trans: "p1" plus "p1c" per word class (index: class
	// number plus one, 0 for no class), and "p1w+1" at the sentence end.
	classTrans [][]float32
	eosTrans   []float32
}

// NewRecognizer makes a Recognizer from a trained (averaged) perceptron whose
// classes are BIO labels, and the gazetteer, word classes and word tags its
// features were trained with (cl and wt may be nil).
func NewRecognizer(m *perceptron.Model, g *Gazetteer, cl *Clusters, wt *WordTags) (*Recognizer, error) {
	if m == nil || m.Training() {
		return nil, fmt.Errorf("%w: model missing or still training", ErrBadModel)
	}
	if g == nil {
		g = NewGazetteer()
	}
	r := &Recognizer{model: m, gaz: g, cl: cl, wt: wt}
	if err := r.setLabels(m.Classes()); err != nil {
		return nil, err
	}
	r.usesTags = hasTagFeatures(m)
	r.initTrans()
	return r, nil
}

// uposTags are the Universal Dependencies part-of-speech tags.
var uposTags = []string{"ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// hasTagFeatures reports whether m gives a weight to the part-of-speech
// feature "t" of any UPOS tag, as every model trained with tags does.
func hasTagFeatures(m *perceptron.Model) bool {
	var scores []float32
	for _, u := range uposTags {
		scores = m.Scores([]perceptron.Feature{perceptron.Hash("t", u)}, scores)
		for _, s := range scores {
			if s != 0 {
				return true
			}
		}
	}
	return false
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

// Names of the files of a saved Recognizer.
const (
	ModelFile     = "ner.model.gz"     // perceptron weights (perceptron.Save)
	GazetteerFile = "gazetteer.tsv.gz" // names (Gazetteer.Write)
	ClustersFile  = "clusters.tsv.gz"  // word classes (Clusters.Write); optional
	WordTagsFile  = "words.tsv.gz"     // word tags (WordTags.Write); optional
	SpellingFile  = "spelling.tsv.gz"  // spelling model (Spelling.Write); optional
)

// Load reads a Recognizer saved by Save from the folder fsys.
func Load(fsys fs.FS) (*Recognizer, error) {
	open := func(name string, read func(io.Reader) error) error {
		f, err := fsys.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
		return read(f)
	}
	var m *perceptron.Model
	var g *Gazetteer
	var cl *Clusters
	var wt *WordTags
	var sp *Spelling
	err := open(ModelFile, func(r io.Reader) (err error) { m, err = perceptron.Load(r); return })
	if err == nil {
		err = open(GazetteerFile, func(r io.Reader) (err error) { g, err = ReadGazetteer(r); return })
	}
	if err == nil {
		err = open(ClustersFile, func(r io.Reader) (err error) { cl, err = ReadClusters(r); return })
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	if err == nil {
		err = open(WordTagsFile, func(r io.Reader) (err error) { wt, err = ReadWordTags(r); return })
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	if err == nil {
		err = open(SpellingFile, func(r io.Reader) (err error) { sp, err = ReadSpelling(r); return })
		if errors.Is(err, fs.ErrNotExist) {
			err = nil
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
	}
	r, err := NewRecognizer(m, g, cl, wt)
	if err != nil {
		return nil, err
	}
	r.setSpelling(sp)
	return r, nil
}

// Save writes the recognizer's files (see ModelFile) into the folder dir,
// creating it if needed.
func (r *Recognizer) Save(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	write := func(name string, fn func(io.Writer) error) error {
		return gzipio.WriteFile(filepath.Join(dir, name), fn)
	}
	if err := write(ModelFile, r.model.Save); err != nil {
		return err
	}
	if err := write(GazetteerFile, r.gaz.Write); err != nil {
		return err
	}
	if r.cl != nil {
		if err := write(ClustersFile, r.cl.Write); err != nil {
			return err
		}
	}
	if r.wt != nil {
		if err := write(WordTagsFile, r.wt.Write); err != nil {
			return err
		}
	}
	if r.sp != nil && r.sp.full != nil {
		return write(SpellingFile, r.sp.full.Write)
	}
	return nil
}

// setSpelling makes the recognizer use the Spelling model sp (nil: none).
func (r *Recognizer) setSpelling(sp *Spelling) {
	r.sp = nil
	if sp != nil {
		r.sp = &spellScores{full: sp}
	}
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

// Labels returns one BIO label per word. tags, the part-of-speech tags of
// the words, may be nil; they are ignored when the model was trained
// without them (as the embedded one is).
func (r *Recognizer) Labels(words []string, tags []tag.Tag) []string {
	var upos []string
	if r.usesTags && len(tags) == len(words) && len(words) > 0 {
		upos = make([]string, len(tags))
		for i, t := range tags {
			upos[i] = t.UPOS
		}
	}
	out := make([]string, len(words))
	d := getDecoder()
	defer putDecoder(d)
	for i, c := range d.decode(r, words, upos) {
		out[i] = r.labels[c]
	}
	r.repair(out, &d.ctx)
	return out
}

// repair widens entities to the gazetteer names they are part of: when a
// name of two or more words of type T (PER, LOC, ORG or EVE in the
// gazetteer) holds a predicted entity of type T and every predicted entity
// that overlaps the name lies inside it, the whole name becomes one entity
// of type T (شی جین پینگ, not just جین پینگ).
func (r *Recognizer) repair(labels []string, c *context) {
	var spans []gazSpan
	spans, c.buf = r.gaz.spans(c.folded, c.buf)
	if len(spans) == 0 {
		return
	}
	// longest first
	sort.SliceStable(spans, func(i, j int) bool { return spans[i].end-spans[i].start > spans[j].end-spans[j].start })
	for _, sp := range spans {
		ents := Entities(labels[max(0, sp.start-1):min(len(labels), sp.end+1)])
		typ := ""
		ok := true
		off := max(0, sp.start-1)
		for _, e := range ents {
			s, t := e.Start+off, e.End+off
			if t <= sp.start || s >= sp.end {
				continue // outside the name
			}
			if s < sp.start || t > sp.end || (typ != "" && typ != e.Type) || !repairable(sp.bits, e.Type) {
				ok = false
				break
			}
			typ = e.Type
		}
		if !ok || typ == "" {
			continue
		}
		labels[sp.start] = "B-" + typ
		for k := sp.start + 1; k < sp.end; k++ {
			labels[k] = "I-" + typ
		}
		if sp.end < len(labels) && labels[sp.end] == "I-"+typ {
			labels[sp.end] = "B-" + typ
		}
	}
}

// repairable reports whether gazetteer classes bits include entity type typ.
func repairable(bits uint32, typ string) bool {
	switch typ {
	case "PER", "LOC", "ORG", "EVE":
		k, _ := gazClass(typ)
		return bits&(1<<k) != 0
	}
	return false
}

// Recognize returns the entities of a sentence of words, as word spans.
// tags may be nil (see Labels). It never fails: a sentence without words or
// without names has no entity.
func (r *Recognizer) Recognize(words []string, tags []tag.Tag) []Entity {
	if len(words) == 0 {
		return nil
	}
	return Entities(r.Labels(words, tags))
}

var decoders = sync.Pool{New: func() any { return new(decoder) }}

func getDecoder() *decoder { return decoders.Get().(*decoder) }

func putDecoder(d *decoder) {
	if cap(d.lat.delta) > 1<<20 { // do not keep the buffers of a huge sentence
		return
	}
	decoders.Put(d)
}

// initTrans fills r.classTrans and r.eosTrans.
func (r *Recognizer) initTrans() {
	L := len(r.labels)
	p1 := r.transOf(featP1)
	r.classTrans = make([][]float32, r.cl.NumClasses()+1)
	for k := range r.classTrans {
		cls := ""
		if k > 0 {
			cls = classNames[k-1]
		}
		t := make([]float32, (L+1)*L)
		copy(t, p1)
		for j, x := range r.transOf(perceptron.Hash("c", cls)) {
			t[j] += x
		}
		r.classTrans[k] = t
	}
	r.eosTrans = r.transOf(wp1EOS)
	if r.eosTrans == nil {
		r.eosTrans = make([]float32, (L+1)*L)
	}
}

// transOf returns the summed scores of features xs joined with each
// previous label (see withLabel), laid out as viterbi's trans; nil when they
// are all zero.
func (r *Recognizer) transOf(xs ...perceptron.Feature) []float32 {
	L := len(r.labels)
	t := make([]float32, (L+1)*L)
	feat := make([]perceptron.Feature, len(xs))
	nonzero := false
	for p := -1; p < L; p++ {
		for k, x := range xs {
			feat[k] = withLabel(x, p)
		}
		row := t[(p+1)*L : (p+2)*L]
		r.model.AddScores(feat, row)
		for _, v := range row {
			nonzero = nonzero || v != 0
		}
	}
	if !nonzero {
		return nil
	}
	return t
}

// decoder holds the reusable buffers of decoding.
type decoder struct {
	r     *Recognizer
	ctx   context
	words wordCache // ctx.cache
	lat   lattice
	out   []int
}

// decode labels words with the best labelling (see viterbi).
func (d *decoder) decode(r *Recognizer, words, upos []string) []int {
	d.r = r
	d.words.use(r.model, r.cl, r.wt, r.sp)
	d.ctx.cache = &d.words
	d.ctx.reset(words, upos, r.gaz, r.cl, r.wt, r.sp)
	L := len(r.labels)
	d.lat.reset(len(words), L)
	for i := range words {
		d.lat.f.Reset()
		d.ctx.staticFeatures(i, &d.lat.f)
		// The scores of the word's own features come from the word cache.
		in := d.ctx.info[i]
		st := d.lat.static[i*L : (i+1)*L]
		copy(st, in.prefix(r.model))
		r.model.AddScores(d.lat.f.List()[len(in.own):], st)
	}
	d.out = append(d.out[:0], r.viterbi(len(words), &d.lat, d.trans)...)
	return d.out
}

// trans fills t with the scores of the label features of word i (see
// viterbi) from the recognizer's and the word cache's tables.
func (d *decoder) trans(i int, t []float32) {
	r := d.r
	info := d.ctx.info
	in := info[i]
	copy(t, r.classTrans[min(in.clsID, len(r.classTrans)-1)])
	in.labelTrans(r)
	L := len(r.labels)
	in.wTrans.addTo(t, L)
	if i+1 < len(info) {
		info[i+1].labelTrans(r)
		info[i+1].nextTrans.addTo(t, L)
	} else {
		addFloats(t, r.eosTrans)
	}
}

// sparseTrans holds the rows of a table laid out as viterbi's trans that
// are not all zero: row rows[k] (previous label plus one) is
// vals[k*L:(k+1)*L]. A word's label features have weights after a few
// previous labels only, so this keeps a word cache small.
type sparseTrans struct {
	rows []uint16
	vals []float32
}

// sparseTransOf is transOf for feature x, keeping the rows that are not all
// zero.
func (r *Recognizer) sparseTransOf(x perceptron.Feature) sparseTrans {
	t := r.transOf(x)
	var s sparseTrans
	if t == nil {
		return s
	}
	L := len(r.labels)
	for p := 0; p*L < len(t); p++ {
		row := t[p*L : (p+1)*L]
		for _, v := range row {
			if v != 0 {
				s.rows = append(s.rows, uint16(p))
				s.vals = append(s.vals, row...)
				break
			}
		}
	}
	return s
}

// addTo adds the table to t (L labels).
func (s sparseTrans) addTo(t []float32, L int) {
	for k, p := range s.rows {
		dst := t[int(p)*L : (int(p)+1)*L]
		for j, v := range s.vals[k*L : (k+1)*L] {
			dst[j] += v
		}
	}
}

func addFloats(dst, src []float32) {
	if src == nil {
		return
	}
	src = src[:len(dst)]
	for k, v := range src {
		dst[k] += v
	}
}

// allowed reports whether class c may follow class last (-1 at the start
// of a sentence): an inside label only continues an entity of its type.
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
	return fmt.Sprintf("ner.Recognizer{types: %s, features: %d, weights: %d, gazetteer: %d, clustered words: %d, tagged words: %d}",
		strings.Join(r.Types(), ","), r.model.NumFeatures(), r.model.NumWeights(), r.gaz.Len(), r.cl.Len(), r.wt.Len())
}
