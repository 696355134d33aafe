// Package tag assigns part-of-speech tags to the words of Persian
// sentences: the Universal Dependencies UPOS tag, the treebank's own XPOS
// tag and the morphological features (FEATS).
//
// The tagger is two averaged linear models (trained with passive-aggressive
// updates, see learn.go) decoded greedily left to right: the first chooses
// UPOS, the second chooses XPOS and FEATS together among the combinations
// seen with that UPOS (it also looks at the next word's UPOS, so it runs one
// word behind the first). Features are the word and its folded form,
// prefixes and suffixes, the parts around a half-space (ZWNJ), the character
// shape, the neighbouring words, the tags already chosen, the tags Hazm's
// lexicon lists for the word and its neighbours, how often the word is part
// of a name in NER data, the most frequent UPOS of the word and of the next
// two words in the gold training data, and what raw text teaches: a word
// class (exchange clustering) and the words most often seen just before and
// after the word. The features of frequent words, and their UPOS scores, are
// computed once when the model loads. A model trained with `dabir train pos
// -bidi` also has a right-to-left UPOS model whose scores are added to the
// first's (see bidi.go); the embedded model has none.
//
// The Persian treebanks disagree on XPOS (and a little on UPOS: Seraji has
// no PROPN), so the tagger speaks three conventions; see Convention.
//
// Default returns the embedded model, loaded once. A Tagger is safe for
// concurrent use.
package tag

import (
	"bufio"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// Tag is the part of speech of one word.
type Tag struct {
	UPOS  string // Universal POS tag, e.g. "NOUN"
	XPOS  string // treebank-specific tag, e.g. "N_SING" (Seraji) or "N_IANM" (PerDT)
	Feats string // UD features, e.g. "Number=Sing"; "" when there are none
}

// Convention is a treebank's tagging scheme: which XPOS tags exist and a few
// UPOS choices.
type Convention int

// The conventions the tagger can follow.
const (
	// Seraji is UD Persian Seraji's: UPDT XPOS tags such as N_SING, V_PRS,
	// ADJ_CMPR; proper nouns are NOUN.
	Seraji Convention = iota
	// PerDT is UD Persian PerDT's: Dadegan XPOS tags such as N_IANM, V_ACT,
	// ADJ_AJP; proper nouns are PROPN.
	PerDT
	// Informal is iPerUDT's (informal Persian): Seraji-style XPOS with PROPN
	// and PART tags.
	Informal
	numConventions
)

var convNames = [...]string{"seraji", "perdt", "informal"}

// String returns the convention's name: "seraji", "perdt" or "informal".
func (c Convention) String() string {
	if c < 0 || c >= numConventions {
		return fmt.Sprintf("Convention(%d)", int(c))
	}
	return convNames[c]
}

// code is the short name used in features.
func (c Convention) code() string { return [...]string{"S", "P", "I"}[c] }

// ParseConvention returns the convention named s (case-insensitive).
func ParseConvention(s string) (Convention, error) {
	for i, n := range convNames {
		if strings.EqualFold(s, n) {
			return Convention(i), nil
		}
	}
	return 0, fmt.Errorf("tag: unknown convention %q (want seraji, perdt or informal)", s)
}

// ErrBadModel is returned by Load when the model files are missing or
// damaged.
var ErrBadModel = errors.New("tag: bad model")

// Tagger tags the words of sentences. It is safe for concurrent use.
type Tagger struct {
	lex lexicon
	// upos scores UPOS classes ("NOUN"...); rest scores XPOS+FEATS classes
	// ("N_SING\tNumber=Sing"...).
	upos, rest *perceptron.Model
	// uposR, when not nil, is the right-to-left UPOS model whose scores
	// are added to upos's, times bidiWeight (see bidi.go).
	uposR      *perceptron.Model
	bidiWeight float32

	// uposAllowed[c] lists the UPOS classes convention c uses.
	uposAllowed [numConventions][]int
	// restAllowed[c][u] lists the XPOS+FEATS classes convention c uses with
	// UPOS class u; restAll[c] lists all of them.
	restAllowed [numConventions][][]int
	restAll     [numConventions][]int
	// restTag[k] is the XPOS and FEATS of class k (zero for UPOS classes).
	restTag []Tag
	// loaded is true for a tagger read by Load (read-only): tagging then
	// caches per word what the context features need (see wordInfo).
	loaded bool
	// salt[u] is uposSalt of UPOS class u.
	salt []uint64
	// tagHash[u] holds the hashes uposFeatures makes from UPOS class u;
	// the last entry is the sentence start's (loaded taggers only).
	tagHash []tagHashes
	// tagHashR is tagHash for uposR's features of the next tags.
	tagHashR []tagHashes

	// conv is the convention Tag follows. Default: Seraji.
	conv Convention
	// autoIdx selects the auto-tag dictionary the features read (0 once
	// trained; see lexEntry.auto).
	autoIdx int

	pool sync.Pool // *scratch

	// passiveAggressive selects the learner while training (see
	// learn.go).
	passiveAggressive bool
}

// scratch is the per-call working memory of a Tagger.
type scratch struct {
	s       sentence
	f       perceptron.Features
	wf, cf  perceptron.Features // word and context features of the sentence
	slots   []slot
	cOff    []int // context features of word i: cf[cOff[i]:cOff[i+1]]
	cShared []int // the first cShared[i] of them serve XPOS+FEATS too
	scores  []float32
	upos    []string
	uposIdx []int // class number of upos[i]
	pf      perceptron.Features
	pscores []float32
	infos   wordInfos   // of a loaded tagger, see wordInfo
	info    []*wordInfo // of the words of the sentence
	// The right-to-left pass of a bidirectional tagger: the scores of word
	// i are rscores[i*K:(i+1)*K], its class rIdx[i] (and name rNames[i]
	// for a tagger being trained).
	rscores []float32
	rIdx    []int
	rNames  []string
}

// classScore is one nonzero score of a sparse score vector.
type classScore struct {
	class int32
	score float32
}

// Model file names inside the file system given to Load.
const (
	fileUPOS    = "upos.gz"
	fileRest    = "rest.gz"
	fileLexicon = "lexicon.gz"
	fileMeta    = "meta.gz"
	// fileUPOSR holds the right-to-left UPOS model of a bidirectional
	// tagger; a model without it is left-to-right only.
	fileUPOSR = "uposr.gz"
)

// Convention returns the convention Tag follows.
func (t *Tagger) Convention() Convention { return t.conv }

// Conventions returns the conventions the model was trained for.
func (t *Tagger) Conventions() []Convention {
	var cs []Convention
	for c := range numConventions {
		if len(t.uposAllowed[c]) > 0 {
			cs = append(cs, c)
		}
	}
	return cs
}

// Tag returns the tags of words (one sentence, already tokenized into
// syntactic words) in the tagger's default convention (Seraji). It never
// fails: an empty sentence gives an empty result, and any string, even
// Latin, digits, emoji or invalid UTF-8, gets a tag.
func (t *Tagger) Tag(words []string) []Tag {
	return t.TagAs(words, t.conv)
}

// TagAs is Tag in convention conv. An unknown convention, or one the model
// was not trained for (see Conventions), is treated as Seraji.
func (t *Tagger) TagAs(words []string, conv Convention) []Tag {
	out := make([]Tag, len(words))
	t.tagInto(out, words, conv)
	return out
}

func (t *Tagger) tagInto(out []Tag, words []string, conv Convention) {
	if len(words) == 0 {
		return
	}
	if conv < 0 || conv >= numConventions || len(t.uposAllowed[conv]) == 0 {
		conv = Seraji // also for a convention the model has no data for
	}
	sc, _ := t.pool.Get().(*scratch)
	if sc == nil {
		sc = &scratch{}
	}
	defer t.pool.Put(sc)
	s := &sc.s
	n := len(words)
	s.words = s.words[:0]
	s.lex = s.lex[:0]
	s.auto = t.autoIdx
	sc.info = sc.info[:0]
	for _, w := range words {
		if t.loaded {
			in := t.wordInfo(sc, w)
			sc.info = append(sc.info, in)
			s.words = append(s.words, in.folded)
			s.lex = append(s.lex, in.e)
			continue
		}
		fw := fold(w)
		s.words = append(s.words, fw)
		s.lex = append(s.lex, t.lookup(fw))
	}
	// Word features: from the cache for frequent words, else computed.
	sc.slots = sc.slots[:0]
	sc.wf.Reset()
	for i, w := range s.words {
		if c := s.lex[i].cache; c != nil {
			sc.slots = append(sc.slots, slot{cached: c})
			continue
		}
		start := sc.wf.Len()
		shared := wordFeatures(w, s.lex[i], s.auto, &sc.wf)
		sc.slots = append(sc.slots, slot{start: start, end: sc.wf.Len(), shared: shared})
	}
	// Context features.
	tb := conv.code()
	sc.cf.Reset()
	sc.cOff = append(sc.cOff[:0], 0)
	sc.cShared = sc.cShared[:0]
	for i := 0; i < n; i++ {
		if t.loaded {
			sc.cShared = append(sc.cShared, contextFeaturesOf(s, sc.info, i, conv, &sc.cf))
		} else {
			sc.cShared = append(sc.cShared, contextFeatures(s, i, tb, &sc.cf))
		}
		sc.cOff = append(sc.cOff, sc.cf.Len())
	}
	wf, cf := sc.wf.List(), sc.cf.List()

	if t.uposR != nil {
		t.r2lScores(sc, wf, cf, conv)
	}
	sc.upos = sc.upos[:0]
	sc.uposIdx = sc.uposIdx[:0]
	prevRest := bos
	k := t.upos.NumClasses()
	// Word i gets its UPOS, then word i-1 (whose right neighbour's UPOS is
	// now known) gets its XPOS and FEATS.
	for i := 0; i <= n; i++ {
		if i < n {
			t.staticScores(sc, i, wf, cf)
			sc.f.Reset()
			if t.tagHash != nil {
				t.uposFeaturesOf(s, i, sc.uposIdx, &sc.f)
			} else {
				uposFeatures(s, i, sc.upos, &sc.f)
			}
			t.upos.AddScores(sc.f.List(), sc.scores)
			if t.uposR != nil {
				for c, v := range sc.rscores[i*k : (i+1)*k] {
					sc.scores[c] += t.bidiWeight * v
				}
			}
			u := best(sc.scores, t.uposAllowed[conv])
			sc.upos = append(sc.upos, t.upos.ClassName(u))
			sc.uposIdx = append(sc.uposIdx, u)
		}
		if j := i - 1; j >= 0 {
			sc.f.Reset()
			sl := sc.slots[j]
			u := sc.uposIdx[j]
			salt := t.saltOf(u)
			// A frequent word tagged with its usual UPOS has the scores
			// of its word features cached.
			cached := sl.cached != nil && sl.cached.restU == u
			if !cached {
				word := wf[sl.start : sl.start+sl.shared]
				if sl.cached != nil {
					word = sl.cached.feats[:sl.cached.shared]
				}
				for _, x := range word {
					sc.f.AddFeature(x)
				}
			}
			for _, x := range cf[sc.cOff[j] : sc.cOff[j]+sc.cShared[j]] {
				sc.f.AddFeature(x)
			}
			restFeatures(s, j, tb, sc.upos, prevRest, &sc.f)
			conjoinSalt(sc.f.List(), salt)
			if cached {
				// Scores add up feature by feature in list order, so
				// starting from the sums of the word features and adding
				// the others gives exactly the scores of the whole list.
				sc.scores = t.rest.Scores(nil, sc.scores)
				for _, p := range t.restPrefix(sl.cached, sc) {
					sc.scores[p.class] = p.score
				}
				t.rest.AddScores(sc.f.List(), sc.scores)
			} else {
				sc.scores = t.rest.Scores(sc.f.List(), sc.scores)
			}
			k := best(sc.scores, t.restForClass(conv, sc.uposIdx[j]))
			if vt, class, ok := verbTag(conv, words[j], sc.upos[j]); ok {
				out[j], prevRest = vt, class
				continue
			}
			rt := t.restTag[k]
			prevRest = t.rest.ClassName(k)
			out[j] = Tag{UPOS: sc.upos[j], XPOS: rt.XPOS, Feats: rt.Feats}
		}
	}
}

// staticScores sets sc.scores to the UPOS scores of word i's features
// that do not depend on earlier tags.
func (t *Tagger) staticScores(sc *scratch, i int, wf, cf []perceptron.Feature) {
	if c := sc.slots[i].cached; c != nil {
		sc.scores = append(sc.scores[:0], c.upos...)
	} else {
		sc.scores = t.upos.Scores(wf[sc.slots[i].start:sc.slots[i].end], sc.scores)
	}
	t.upos.AddScores(cf[sc.cOff[i]:sc.cOff[i+1]], sc.scores)
}

// wordCache holds what tagging needs about a frequent word that does not
// depend on its neighbours: its word features and their UPOS scores.
type wordCache struct {
	feats  []perceptron.Feature
	shared int // feats[:shared] serve the XPOS+FEATS stage too
	upos   []float32
	uposR  []float32 // scores of uposR, for a bidirectional tagger
	// rest holds the nonzero XPOS+FEATS scores of feats[:shared] conjoined
	// with UPOS class restU, the class upos scores best; it is computed on
	// first use (see restPrefix).
	restU int
	rest  atomic.Pointer[[]classScore]
}

// restPrefix returns c.rest, computing it with sc's buffers on first use.
// Concurrent first uses compute the same value, so either store is right.
func (t *Tagger) restPrefix(c *wordCache, sc *scratch) []classScore {
	if p := c.rest.Load(); p != nil {
		return *p
	}
	sc.pf.Reset()
	for _, x := range c.feats[:c.shared] {
		sc.pf.AddFeature(x)
	}
	conjoinSalt(sc.pf.List(), t.saltOf(c.restU))
	sc.pscores = t.rest.Scores(sc.pf.List(), sc.pscores)
	p := []classScore{}
	for class, v := range sc.pscores {
		if v != 0 {
			p = append(p, classScore{int32(class), v})
		}
	}
	c.rest.Store(&p)
	return p
}

// slot says where the word features of one word of a sentence are.
type slot struct {
	cached             *wordCache // or, when nil, scratch.wf[start:end]
	start, end, shared int
}

// cacheMinFreq is the raw-text frequency bucket (log2 of the count) from
// which a word's features are cached at load time.
const cacheMinFreq = 3

// buildCache caches the word features of the lexicon's frequent words in
// their entries.
func (t *Tagger) buildCache() {
	var f perceptron.Features
	for w, e := range t.lex {
		if len(e.freq) == 0 || len(e.freq) == 1 && e.freq[0] < '0'+cacheMinFreq {
			continue
		}
		f.Reset()
		shared := wordFeatures(w, e, 0, &f)
		feats := append([]perceptron.Feature(nil), f.List()...)
		c := &wordCache{feats: feats, shared: shared, upos: t.upos.Scores(feats, nil)}
		c.restU = perceptron.Argmax(c.upos)
		if t.uposR != nil {
			c.uposR = t.uposR.Scores(feats, nil)
		}
		e.cache = c
	}
}

// restFor returns the XPOS+FEATS classes convention conv allows with upos.
func (t *Tagger) restFor(conv Convention, upos string) []int {
	u, ok := t.upos.ClassIndex(upos)
	if !ok {
		return t.restAll[conv]
	}
	return t.restForClass(conv, u)
}

// restForClass is restFor for UPOS class number u.
func (t *Tagger) restForClass(conv Convention, u int) []int {
	if u < len(t.restAllowed[conv]) && len(t.restAllowed[conv][u]) > 0 {
		return t.restAllowed[conv][u]
	}
	return t.restAll[conv]
}

// saltOf returns the conjunction salt of UPOS class u.
func (t *Tagger) saltOf(u int) uint64 {
	if u < len(t.salt) {
		return t.salt[u]
	}
	return uposSalt(t.upos.ClassName(u)) // a tagger being trained
}

// initSalts computes the conjunction salt of every UPOS class (see conjoin).
func (t *Tagger) initSalts() {
	t.salt = make([]uint64, t.upos.NumClasses())
	for u, name := range t.upos.Classes() {
		t.salt[u] = uposSalt(name)
	}
}

// best returns the allowed class with the highest score (all classes when
// allowed is empty).
func best(scores []float32, allowed []int) int {
	if len(allowed) == 0 {
		return perceptron.Argmax(scores)
	}
	b := allowed[0]
	for _, c := range allowed[1:] {
		if scores[c] > scores[b] {
			b = c
		}
	}
	return b
}

// Load reads a tagger from the model files in fsys (upos.gz, rest.gz,
// lexicon.gz and meta.gz, as written by (*Tagger).Save).
func Load(fsys fs.FS) (*Tagger, error) {
	open := func(name string) (io.ReadCloser, error) {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, fmt.Errorf("%w: %v", ErrBadModel, err)
		}
		return f, nil
	}
	t := &Tagger{}
	var err error
	load := func(name string) (*perceptron.Model, error) {
		f, err := open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		m, err := perceptron.Load(f)
		if err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrBadModel, name, err)
		}
		return m, nil
	}
	if t.upos, err = load(fileUPOS); err != nil {
		return nil, err
	}
	if t.rest, err = load(fileRest); err != nil {
		return nil, err
	}
	if _, err := fs.Stat(fsys, fileUPOSR); err == nil {
		if t.uposR, err = load(fileUPOSR); err != nil {
			return nil, err
		}
	}
	f, err := open(fileLexicon)
	if err != nil {
		return nil, err
	}
	t.lex, err = readLexicon(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	f, err = open(fileMeta)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if err := t.readMeta(f); err != nil {
		return nil, err
	}
	t.initSalts()
	t.initTagHashes()
	t.buildCache()
	t.loaded = true
	return t, nil
}

// readMeta reads the allowed tag combinations: lines "U conv upos" and
// "R conv upos xpos feats", tab-separated.
func (t *Tagger) readMeta(r io.Reader) error {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return fmt.Errorf("%w: meta: %v", ErrBadModel, err)
	}
	defer zr.Close()
	t.initRestTags()
	sc := bufio.NewScanner(zr)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 {
			continue
		}
		if f[0] == "W" && f[1] == "bidi" {
			w, err := strconv.ParseFloat(f[2], 32)
			if err != nil || w < 0 {
				return fmt.Errorf("%w: meta: bad line %q", ErrBadModel, sc.Text())
			}
			t.bidiWeight = float32(w)
			continue
		}
		c, err := ParseConvention(f[1])
		if err != nil {
			return fmt.Errorf("%w: meta: %v", ErrBadModel, err)
		}
		u, ok := t.upos.ClassIndex(f[2])
		if !ok {
			return fmt.Errorf("%w: meta: unknown UPOS %q", ErrBadModel, f[2])
		}
		switch {
		case f[0] == "U" && len(f) == 3:
			t.uposAllowed[c] = append(t.uposAllowed[c], u)
		case f[0] == "R" && len(f) == 5:
			k, ok := t.rest.ClassIndex(f[3] + "\t" + f[4])
			if !ok {
				return fmt.Errorf("%w: meta: unknown class %q", ErrBadModel, f[3]+" "+f[4])
			}
			t.allowRest(c, u, k)
		default:
			return fmt.Errorf("%w: meta: bad line %q", ErrBadModel, sc.Text())
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%w: meta: %v", ErrBadModel, err)
	}
	if t.upos.NumClasses() == 0 || t.rest.NumClasses() == 0 {
		return fmt.Errorf("%w: no tags", ErrBadModel)
	}
	return nil
}

// initRestTags splits every rest class name "XPOS\tFEATS" into a Tag.
func (t *Tagger) initRestTags() {
	t.restTag = make([]Tag, t.rest.NumClasses())
	for k, name := range t.rest.Classes() {
		x, feats, _ := strings.Cut(name, "\t")
		if feats == "_" {
			feats = ""
		}
		if x == "_" {
			x = ""
		}
		t.restTag[k] = Tag{XPOS: x, Feats: feats}
	}
}

func (t *Tagger) allowRest(c Convention, u, k int) {
	for len(t.restAllowed[c]) <= u {
		t.restAllowed[c] = append(t.restAllowed[c], nil)
	}
	for _, x := range t.restAllowed[c][u] {
		if x == k {
			return
		}
	}
	t.restAllowed[c][u] = append(t.restAllowed[c][u], k)
	for _, x := range t.restAll[c] {
		if x == k {
			return
		}
	}
	t.restAll[c] = append(t.restAll[c], k)
}
