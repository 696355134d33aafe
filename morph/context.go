package morph

import (
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// Lemmas in context. Three choices the word alone cannot settle are made
// from its sentence:
//
//   - a host before a pronoun clitic split off the same token: PerDT gives
//     خود + ش the lemma خودش (learned per host from the gold tokens);
//   - a final ی: the indefinite article (زنی که → زن, کتابی را → کتاب) or
//     part of the word (رهبری, رسانه‌ای, ارتشی). For a word the gold tables
//     lack, an averaged perceptron trained on the gold words in ی in their
//     sentences decides from the neighbouring words and their parts of
//     speech, the word's ending, and how often the lexicons know the word
//     with and without the ی;
//   - a noun's grammatical number, when its features give one (see
//     lemmaNumber).

// isPronounClitic holds the personal pronoun clitics the treebanks split off
// a host word (کتابش → کتاب + ش). A word of the sentence that is one of them
// is always such a clitic: none stands alone.
var isPronounClitic = map[string]bool{"م": true, "ت": true, "ش": true, "مان": true, "تان": true, "شان": true}

// yeCandidate reports whether form, a word with universal part of speech
// upos, ends in a ی that may be the indefinite article.
func yeCandidate(form, upos string) bool {
	switch upos {
	case "NOUN", "ADJ", "PROPN", "PRON", "DET", "ADV":
	default:
		return false
	}
	// The ی after a plural ها is never a word's own (کتاب‌های, کتاب‌هایی).
	return strings.HasSuffix(form, "ی") && !strings.HasSuffix(yeStrip(form), "ها") && utf8.RuneCountInString(form) >= 3
}

// yeStrip returns form without its final indefinite ی: خانه‌ای → خانه,
// آقایی → آقا, کتابی → کتاب.
func yeStrip(form string) string {
	if s, ok := strings.CutSuffix(form, "\u200cای"); ok {
		return s
	}
	if s, ok := strings.CutSuffix(form, "یی"); ok && (strings.HasSuffix(s, "ا") || strings.HasSuffix(s, "و")) {
		return s
	}
	return strings.TrimSuffix(form, "ی")
}

// yeEpochs is how many passes the ی classifier makes over its examples.
const yeEpochs = 8

// yeLabel says whether gold lemma lemma of form (in ی) keeps the ی (1),
// strips it (0), or is neither (-1: a broken plural such as اراضی → ارض).
func (l *Lemmatizer) yeLabel(form, upos, lemma string) int {
	if !l.keepHamza {
		lemma = strings.TrimSuffix(lemma, "\u0654")
	}
	if lemma == form {
		return 1
	}
	s := yeStrip(form)
	if lemma == s || l.byFormPOS[formPOS{s, upos}] == lemma || strings.HasPrefix(s, lemma) && utf8.RuneCountInString(lemma) >= 2 {
		return 0
	}
	return -1
}

// yeMinWeight drops the weights of the ی classifier smaller than this after
// averaging: half the model's size, the same accuracy on the dev halves.
const yeMinWeight = 1

// trainYe trains the ی classifier on the gold words in ی in their context.
// (It decides only for words the gold tables lack, so it learns without
// what the tables say of each word.)
func (l *Lemmatizer) trainYe(excluded map[string]bool) *perceptron.Model {
	m := perceptron.New("keep", "strip")
	type ex struct {
		e     yeEvent
		truth int
		group uint64
	}
	var exs []ex
	for _, e := range l.lx.events {
		if excluded[e.source] {
			continue
		}
		y := l.yeLabel(e.form, e.upos, e.lemma)
		if y < 0 || !l.yePlausible(yeStrip(e.form)) {
			continue
		}
		truth := 1 // strip
		if y == 1 {
			truth = 0
		}
		for i := 0; i < e.count; i++ {
			exs = append(exs, ex{e, truth, l.yeGroup(e.source)})
		}
	}
	var f perceptron.Features
	for ep := 0; ep < yeEpochs; ep++ {
		for _, i := range perceptron.Order(len(exs), uint64(ep)+1+l.orderShift) {
			x := exs[i]
			f.Reset()
			l.yeFeatures(&f, x.e.prev, x.e.prevUPOS, x.e.form, x.e.upos, x.e.next, x.e.nextUPOS)
			m.Learn(x.truth, withGroup(&f, x.group))
		}
	}
	m.Average(yeMinWeight)
	return m
}

// yeGroup returns the feature group of a source. The ی classifier learns
// from the gold words of every source, each
// feature twice: as it is, and joined with the word's source group (the
// style's own treebank, iPerUDT, the other formal treebank), so that the
// conventions of each source have weights of their own ("frustratingly easy
// domain adaptation"). A word to lemmatize belongs to the style's own group.
func (l *Lemmatizer) yeGroup(source string) uint64 {
	switch {
	case strings.HasPrefix(source, l.style):
		return uint64(perceptron.Hash("g", "own"))
	case strings.HasPrefix(source, "iper"):
		return uint64(perceptron.Hash("g", "iper"))
	}
	return uint64(perceptron.Hash("g", "other"))
}

// withGroup appends to f a copy of its features joined with group and
// returns the list.
func withGroup(f *perceptron.Features, group uint64) []perceptron.Feature {
	n := f.Len()
	for _, x := range f.List()[:n] {
		f.AddFeature(perceptron.Feature((uint64(x) ^ group) * 0x9e3779b97f4a7c15))
	}
	return f.List()
}

// yePlausible reports whether s, a word stripped of its ی, is a word the
// lexicons know.
func (l *Lemmatizer) yePlausible(s string) bool {
	if utf8.RuneCountInString(s) < 2 {
		return false
	}
	wi := l.lx.info[s]
	return wi.freq > 0 || wi.raw > 0 || l.lemmas[s]
}

// yeFeatures adds the features of the word form (in ی) between prev and
// next.
func (l *Lemmatizer) yeFeatures(f *perceptron.Features, prev, prevU, form, upos, next, nextU string) {
	s := yeStrip(form)
	f.Add("b")
	f.Add("u", upos)
	kind := "y"
	switch {
	case strings.HasSuffix(form, "\u200cای"):
		kind = "zay"
	case len(s) < len(form)-len("ی"):
		kind = "yy"
	}
	f.Add("k", kind, upos)
	n := utf8.RuneCountInString(s)
	i := len(s)
	for k := 1; k <= 3 && k < n; k++ {
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
		f.Add("e", s[i:])
	}
	// Its first letters: بی‌, نا, هم make words of their own (بی‌سوادی).
	j := 0
	for k := 1; k <= 2 && k < n; k++ {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
		f.Add("pre", s[:j])
	}
	f.Add("n", next)
	f.Add("nu", nextU)
	f.Add("nuu", nextU, upos)
	f.Add("p", prev)
	f.Add("pu", prevU)
	f.Add("pnu", prevU, nextU)
	wi, si := l.lx.info[form], l.lx.info[s]
	f.Add("fw", freqBin(wi.freq), freqBin(si.freq))
	f.Add("rw", ratioBin(si.raw, wi.raw))
	f.Add("rwu", ratioBin(si.raw, wi.raw), upos)
	f.Add("hp", posClass(wi.knownWord), posClass(si.knownWord), upos)
	f.Add("gp", l.goldPOSClass(s), upos)
	f.Add("ind", indefBin(l.lx.indef[form], wi.raw), upos)
}

// indefBin names the share of the raw-text occurrences of a word in ی that
// stand where the indefinite ی is usual (before که or را, after یک).
func indefBin(indef, total int) string {
	switch {
	case total == 0:
		return "-"
	case indef == 0:
		return "0"
	case 4*indef >= total:
		return "hi"
	}
	return "lo"
}

// yeOtherMargin is how much more the classifier must score stripping than
// keeping to strip the ی of a word that only another treebank has, and
// keeps (PerDT style). Those treebanks keep the ی of words PerDT strips
// (زنی, آبی, تعدادی: iPerUDT lemmatizes in its own way), but less often
// than the classifier strips words of their own (ایرانی, شهرداری): on the
// PerDT dev halves, both ways round, over four training orders of the
// classifier, this margin lowered the errors by 5 to 9 (any margin from 8
// to 32 about the same; with no margin, by 2 on one order, as more words
// of their own lose their ی); the Seraji style is unchanged.
const yeOtherMargin = 16

// indefDeterminers are the words after which the final ی of a noun is the
// indefinite article (هیچ کسی, هر روزی, چنین کاری, چند سالی): the gold
// data strips it 30 times in 31 in PerDT, 91 in 95 in iPerUDT and 10 in 11
// in Seraji.
var indefDeterminers = map[string]bool{"هر": true, "هیچ": true, "چنین": true, "چنان": true, "چند": true}

// yeDecide returns whether the ی of form should be stripped in its context,
// and whether the classifier had a say.
func (l *Lemmatizer) yeDecide(prev, prevU, form, upos, next, nextU string) (strip, ok bool) {
	if l.ye == nil || !yeCandidate(form, upos) {
		return false, false
	}
	if k := (formPOS{form, upos}); upos == "NOUN" && indefDeterminers[prev] && (!l.own[k] || l.ownBoth[k]) && l.yePlausible(yeStrip(form)) {
		// After هر, هیچ, چنین, چند a noun's ی is the article (هیچ
		// کارگری, هر انسانی): where the style's own treebank does not
		// settle the word, on its dev halves 1 to 2 errors fewer in
		// PerDT and 2 in Seraji.
		return true, true
	}
	otherKeep := false
	if lem, ok := l.byFormPOS[formPOS{form, upos}]; ok {
		if l.ownBoth[formPOS{form, upos}] && l.yePlausible(yeStrip(form)) {
			// The style's own treebank gives the word both with and
			// without its ی (انسانی, کودکی, آقایی): the context
			// decides, as for an unseen word (on the PerDT dev halves 1
			// error fewer on the embedded training order, 0.5 on the
			// mean of four).
			return l.yeScore(prev, prevU, form, upos, next, nextU, 0), true
		}
		if l.own[formPOS{form, upos}] || lem != form || l.style != StylePerDT {
			return false, false // the gold table knows the word: it decides
		}
		// Only another treebank has the word, and keeps its ی: in PerDT
		// style the classifier may still strip it, when sure (زنی که → زن).
		otherKeep = true
	}
	if !l.yePlausible(yeStrip(form)) {
		return false, false
	}
	if upos == "PROPN" && !strings.HasSuffix(form, "ای") && !strings.HasSuffix(form, "وی") {
		// A name takes no indefinite article: its ی is its own (رضایی,
		// هواپیمایی), but for the ezafe after a vowel (شورای, اروپای).
		// PerDT's gold PROPN in ی keep it 150 times in 163, and 12 of
		// the 13 others are that ezafe; on its dev halves 2 errors fewer.
		return false, true
	}
	if inf, ok := strings.CutSuffix(yeStrip(form), "ن"); ok && l.lx.past[inf] {
		// An infinitive with ی makes a word of its own (نوشیدنی, بستنی,
		// دیدنی): the gold data keeps it 18 times of 19.
		return false, true
	}
	if otherKeep {
		return l.yeScore(prev, prevU, form, upos, next, nextU, yeOtherMargin), true
	}
	return l.yeScore(prev, prevU, form, upos, next, nextU, 0), true
}

// yeScore reports whether the classifier scores stripping the ی of form
// more than margin above keeping it.
func (l *Lemmatizer) yeScore(prev, prevU, form, upos, next, nextU string, margin float32) bool {
	f := featurePool.Get().(*perceptron.Features)
	defer featurePool.Put(f)
	f.Reset()
	l.yeFeatures(f, prev, prevU, form, upos, next, nextU)
	var buf [2]float32
	sc := l.ye.Scores(withGroup(f, l.yeOwn), buf[:0])
	return sc[1] > sc[0]+margin
}

// Sentence is one sentence's syntactic words (clitics split off) for
// LemmaAt. UPOS and Feats, when not nil, hold each word's universal part of
// speech and UD features ("Number=Plur|..."), "" where unknown.
type Sentence struct {
	Forms, UPOS, Feats []string
}

func (s Sentence) at(list []string, i int) string {
	if i >= 0 && i < len(list) && i < len(s.Forms) {
		return list[i]
	}
	return ""
}

// LemmaSentence returns the lemmas of the words of s, each as LemmaAt gives
// it.
func (l *Lemmatizer) LemmaSentence(s Sentence) []string {
	out := make([]string, len(s.Forms))
	for i := range s.Forms {
		out[i] = l.LemmaAt(s, i)
	}
	return out
}

// LemmaAt returns the lemma of word i of s in its sentence. Beyond Lemma, it
// joins a host and the pronoun clitic after it where the style's treebank
// does (PerDT: خود + ش → خودش), settles a final ی from the context
// (زنی که → زن; رهبری → رهبری), and follows the word's grammatical number
// when its features give one (Number=Sing keeps اعمال whole; Number=Plur
// finds a singular for ستارگان). An i out of range gives "".
func (l *Lemmatizer) LemmaAt(s Sentence, i int) string {
	if i < 0 || i >= len(s.Forms) {
		return ""
	}
	w, u := s.Forms[i], s.at(s.UPOS, i)
	next, nextU := s.at(s.Forms, i+1), s.at(s.UPOS, i+1)
	if len(next) <= len("شان") && isPronounClitic[next] && l.joins[w] {
		return w + next
	}
	number := ""
	if (u == "NOUN" || u == "PROPN") && i < len(s.Feats) {
		number = featValue(s.Feats[i], "Number")
	}
	if s, ok := l.ezafeGlide(w, u); ok {
		return s
	}
	if l.ye != nil && yeCandidate(w, u) {
		prev, prevU := s.at(s.Forms, i-1), s.at(s.UPOS, i-1)
		if strip, ok := l.yeDecide(prev, prevU, w, u, next, nextU); ok {
			if !strip {
				return w
			}
			return l.lemmaNumber(yeStrip(w), u, number)
		}
	}
	return l.lemmaNumber(w, u, number)
}

// ezafeGlide returns the lemma of w, a word the gold tables lack that ends
// in the ی written after a vowel for the ezafe: after و in both styles where
// Hazm knows the word without the ی and not with it (خودروی → خودرو,
// not مثنوی); after ا in the PerDT style, which drops it where the lexicons
// know the word without it (آوای → آوا, میرزای → میرزا, while Seraji
// writes آمریکای).
func (l *Lemmatizer) ezafeGlide(w, upos string) (string, bool) {
	if _, ok := l.byFormPOS[formPOS{w, upos}]; ok {
		return "", false
	}
	s, ok := l.glideStem(w, upos)
	if !ok {
		return "", false
	}
	if lem, ok := l.byFormPOS[formPOS{s, upos}]; ok {
		return lem, true
	}
	return s, true
}

// glideStem returns w without the ezafe ی after a vowel, by the rules of
// ezafeGlide, whatever the gold tables say of w.
func (l *Lemmatizer) glideStem(w, upos string) (string, bool) {
	switch upos {
	case "NOUN", "PROPN", "ADJ":
	default:
		return "", false
	}
	if h, ok := strings.CutSuffix(w, "وی"); ok {
		// After و, only where Hazm lacks the word with its ی (خودروی, not
		// مثنوی or تساوی).
		if utf8.RuneCountInString(h) < 2 || l.lx.known[w].freq > 0 || l.lx.known[h+"و"].freq == 0 {
			return "", false
		}
		return h + "و", true
	}
	if l.style != StylePerDT {
		return "", false
	}
	h, ok := strings.CutSuffix(w, "ای")
	if !ok || utf8.RuneCountInString(h) < 2 || strings.HasSuffix(h, "\u200c") || strings.HasSuffix(h, "ه") {
		return "", false
	}
	if s := h + "ا"; l.knownWord(s) {
		return s, true
	}
	return "", false
}

// featValue returns the value of feature name in UD features feats.
func featValue(feats, name string) string {
	for feats != "" {
		var kv string
		kv, feats, _ = strings.Cut(feats, "|")
		if v, ok := strings.CutPrefix(kv, name+"="); ok {
			return v
		}
	}
	return ""
}

// buildJoins decides, per host word, whether the style's treebank joins a
// following pronoun clitic into the host's lemma.
func (l *Lemmatizer) buildJoins(excluded map[string]bool) {
	yes, no := map[string]int{}, map[string]int{}
	for _, j := range l.lx.joins {
		if excluded[j.source] || !strings.HasPrefix(j.source, l.style) {
			continue
		}
		if j.joined {
			yes[j.form] += j.count
		} else {
			no[j.form] += j.count
		}
	}
	l.joins = map[string]bool{}
	for w, n := range yes {
		if n >= 2 && n > 2*no[w] {
			l.joins[w] = true
		}
	}
}
