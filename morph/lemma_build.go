package morph

import (
	"maps"
	"sort"
	"strings"
	"unicode/utf8"
)

// NewLemmatizer builds a Lemmatizer from the embedded lexicon (or from
// opt.Lexicon). It fails only on bad lexicon data.
//
// The order of the steps matters: the classifiers learn from the gold
// table as the treebanks give it, so the style's fixes of other sources'
// entries go in after them, and the by-form tables and suffix rules last.
func NewLemmatizer(opt LemmaOptions) (*Lemmatizer, error) {
	lx, err := lemmaLexicon(opt)
	if err != nil {
		return nil, err
	}
	excluded := map[string]bool{}
	for _, e := range opt.Exclude {
		excluded[e] = true
	}
	style := opt.Style
	if style == "" {
		style = StylePerDT
	}
	l := newLemmatizer(lx, style)
	l.orderShift = opt.OrderShift
	gc := l.countGold(excluded)
	l.findOwnBoth(gc.ownFP)
	fixes := l.pickFormPOS(gc.fp)
	l.buildJoins(excluded)
	l.yeOwn = l.yeGroup(style)
	if err := l.setModels(opt, excluded); err != nil {
		return nil, err
	}
	if !opt.asTreebanks {
		maps.Copy(l.byFormPOS, fixes)
	}
	l.pickByForm(gc)
	l.pickStemMap(gc.sm)
	l.rankRules(gc.rc)
	return l, nil
}

// lemmaLexicon returns the lexicon a Lemmatizer is built from: opt.Lexicon
// when set, else the embedded one.
func lemmaLexicon(opt LemmaOptions) (*lexicon, error) {
	lx, err := loadDefaultLexicon()
	if opt.Lexicon != nil {
		lx, err = loadLexicon(opt.Lexicon)
	}
	return lx, err
}

// newLemmatizer returns a Lemmatizer of style over lx with empty tables.
func newLemmatizer(lx *lexicon, style string) *Lemmatizer {
	return &Lemmatizer{lx: lx, keepHamza: style == StyleSeraji, style: style, byFormPOS: map[formPOS]string{}, byForm: map[string]string{}, byNoun: map[string]string{}, byVerb: map[string]string{}, stemMap: map[string]string{},
		lemmas: map[string]bool{}, rules: map[formPOS][]suffixRule{}, goldPOS: map[string]uint8{},
		own: map[formPOS]bool{}, altFormPOS: map[formPOS]string{}, ownBoth: map[formPOS]bool{}}
}

// goldCounts are the lemma counts of the lexicon's gold pairs, weighted by
// source, from which the Lemmatizer's tables take their most frequent
// lemma.
type goldCounts struct {
	fp    map[formPOS]map[string]int    // (form, UPOS) -> lemma -> weighted count
	ownFP map[formPOS]map[string]int    // the same over the style's own treebank, unweighted
	ff    map[string]map[string]int     // form -> lemma, under any UPOS
	fn    map[string]map[string]int     // form -> lemma, over the words that are not verbs
	fv    map[string]map[string]int     // form -> lemma, over the verbs
	sm    map[string]map[string]int     // past stem -> verb lemma in the style's own treebank
	rc    map[formPOS]map[[2]string]int // (form suffix, UPOS or "*") -> (strip, add) -> weighted count
}

// countGold counts the gold pairs of the sources not excluded, and on the
// way fills l.own, l.goldPOS and l.lemmas.
func (l *Lemmatizer) countGold(excluded map[string]bool) goldCounts {
	style := l.style
	c := goldCounts{
		fp:    map[formPOS]map[string]int{},
		ownFP: map[formPOS]map[string]int{},
		ff:    map[string]map[string]int{},
		fn:    map[string]map[string]int{},
		fv:    map[string]map[string]int{},
		sm:    map[string]map[string]int{},
		rc:    map[formPOS]map[[2]string]int{},
	}
	for _, p := range l.lx.pairs {
		if excluded[p.source] {
			continue
		}
		n := p.count * sourceWeight(p.source, style)
		p, ok := styledPair(p, style)
		if !ok {
			continue
		}
		k := formPOS{p.form, p.upos}
		if strings.HasPrefix(p.source, style) {
			l.own[k] = true
			c.ownFP[k] = addCount(c.ownFP[k], p.lemma, p.count)
		}
		l.markGoldPOS(p.form, p.upos)
		c.fp[k] = addCount(c.fp[k], p.lemma, n)
		c.ff[p.form] = addCount(c.ff[p.form], p.lemma, n)
		if p.upos != "VERB" && p.upos != "AUX" {
			c.fn[p.form] = addCount(c.fn[p.form], p.lemma, n)
		} else {
			c.fv[p.form] = addCount(c.fv[p.form], p.lemma, n)
			if strings.HasPrefix(p.source, style) {
				if a, ok := l.lx.analyzeVerb(p.form); ok {
					c.sm[a.past] = addCount(c.sm[a.past], p.lemma, p.count)
				}
			}
		}
		l.lemmas[p.lemma] = true
		countSuffixRule(c.rc, p, style)
	}
	return c
}

// styledPair returns p with its lemma in the conventions of style, or
// false when the lemma is not this word's.
func styledPair(p goldPair, style string) (goldPair, bool) {
	if style != StyleSeraji {
		p.lemma = strings.TrimSuffix(p.lemma, "\u200c") // a stray joiner in a few gold lemmas
	}
	if !strings.HasPrefix(p.source, style) && p.lemma != p.form && hamzaFold.Replace(p.form) == p.lemma {
		// iPerUDT respells hamza in lemmas (سؤال → سوال); the formal
		// treebanks keep the word's spelling.
		p.lemma = p.form
	}
	if strings.HasPrefix(p.lemma, p.form) && utf8.RuneCountInString(p.lemma) >= utf8.RuneCountInString(p.form)+2 {
		return p, false // the lemma of a compound written apart (ضد → ضدآفتاب): not this word's
	}
	return p, true
}

// markGoldPOS records that the gold data has form under upos.
func (l *Lemmatizer) markGoldPOS(form, upos string) {
	switch upos {
	case "NOUN", "PROPN":
		l.goldPOS[form] |= goldNoun
	case "ADJ":
		l.goldPOS[form] |= goldAdj
	default:
		l.goldPOS[form] |= goldOther
	}
}

// countSuffixRule counts the suffix edit that takes p's form to its lemma
// at every ending of the form a rule may condition on, under p's UPOS and
// under "*". Verbs, punctuation, numbers and edits that are not
// inflection give no rule.
func countSuffixRule(rc map[formPOS]map[[2]string]int, p goldPair, style string) {
	if p.upos == "VERB" || p.upos == "AUX" || p.upos == "PUNCT" || p.upos == "NUM" {
		return
	}
	strip, addS, ok := suffixEdit(p.form, p.lemma)
	if !ok || utf8.RuneCountInString(addS) > utf8.RuneCountInString(strip)+1 {
		return // not inflection (ضد → ضدآفتاب)
	}
	ctxs := suffixes(p.form, utf8.RuneCountInString(strip))
	for _, c := range ctxs {
		for _, u := range []string{p.upos, "*"} {
			key := formPOS{c, u}
			if rc[key] == nil {
				rc[key] = map[[2]string]int{}
			}
			rc[key][[2]string{strip, addS}] += p.count * ruleSourceWeight(p.source, style)
		}
	}
}

// sourceWeight is how much an example of source counts in the gold tables
// of style.
func sourceWeight(source, style string) int {
	switch {
	case strings.HasPrefix(source, style):
		return ownWeight
	case strings.HasPrefix(source, "iper") == (style == StylePerDT):
		// PerDT agrees more with iPerUDT (شد → شد), Seraji with PerDT.
		return 2
	}
	return 1
}

// ruleSourceWeight is how much an example of source counts in the suffix
// rules of style.
func ruleSourceWeight(source, style string) int {
	if strings.HasPrefix(source, style) {
		return ruleOwnWeight
	}
	return 1
}

// addCount adds n to m[k], making m when it is nil, and returns m.
func addCount(m map[string]int, k string, n int) map[string]int {
	if m == nil {
		m = map[string]int{}
	}
	m[k] += n
	return m
}

// findOwnBoth fills l.ownBoth: the words in ی the style's own treebank
// gives both with and without it.
func (l *Lemmatizer) findOwnBoth(ownFP map[formPOS]map[string]int) {
	for k, m := range ownFP {
		if m[k.form] > 0 && len(m) > 1 && yeCandidate(k.form, k.upos) {
			for lem := range m {
				if lem != k.form && (lem == yeStrip(k.form) || l.yeLabel(k.form, k.upos, lem) == 0) {
					l.ownBoth[k] = true
				}
			}
		}
	}
}

// pickFormPOS fills l.byFormPOS with the most frequent lemma of each
// (form, UPOS) and l.altFormPOS with the second, and returns the style's
// fixes of other sources' entries, to apply once the classifiers have
// learnt from the table as the treebanks give it.
func (l *Lemmatizer) pickFormPOS(fp map[formPOS]map[string]int) map[formPOS]string {
	fixes := map[formPOS]string{}
	for k, m := range fp {
		l.byFormPOS[k] = argmax(m)
		if fix, ok := l.perdtFix(k); ok {
			fixes[k] = fix
		}
		if len(m) > 1 {
			rest := maps.Clone(m)
			delete(rest, l.byFormPOS[k])
			l.altFormPOS[k] = argmax(rest)
		}
	}
	return fixes
}

// perdtFix returns the lemma the PerDT style gives k where the gold table
// (l.byFormPOS[k]) holds another treebank's lemma, if any.
func (l *Lemmatizer) perdtFix(k formPOS) (fix string, ok bool) {
	if l.style != StylePerDT || l.own[k] {
		return "", false
	}
	lx, lem := l.lx, l.byFormPOS[k]
	if lem != k.form && k.upos != "VERB" && k.upos != "AUX" &&
		lx.known[k.form].pos&posPL == 0 && lx.known[strings.TrimSuffix(k.form, "ی")].pos&posPL == 0 && respelling(k.form, lem) {
		// iPerUDT writes informal words in their formal spelling
		// (خانوم → خانم, بلیت → بلیط); PerDT keeps the word's own
		// (not a broken plural: تصاویری → تصویر).
		fix, ok = k.form, true
	}
	if k.upos == "PRON" && lem != k.form && pluralPronoun(k.form) {
		// PerDT keeps a plural pronoun whole (اینان, دیگران, آن‌ها → آنها).
		fix, ok = strings.ReplaceAll(k.form, "\u200c", ""), true
	}
	if keepWholePOS[k.upos] && lem != k.form {
		// PerDT keeps uninflected words whole (بعدها, لطفاً), where
		// another treebank may not.
		fix, ok = k.form, true
	}
	if lem == k.form {
		// PerDT gives a broken plural its singular, where iPerUDT and
		// Seraji often keep it (اطراف → طرف); applied after the
		// classifiers have learnt from the table as the treebanks give it.
		if s := l.brokenPlural(k.form, k.upos); s != k.form {
			fix, ok = s, true
		} else if s, found := l.glideStem(k.form, k.upos); found {
			fix, ok = s, true // and the ezafe ی after a vowel (دعای → دعا)
		} else if s, found := l.zwnjPlural(k.form, k.upos); found {
			fix, ok = s, true // and a plural in ‌ها kept whole (تمرین‌های → تمرین)
		}
	}
	return fix, ok
}

// setModels gives l its edit-script classifier for unseen words and its
// classifier of the final ی in context: none with opt.RulesOnly, the
// embedded ones for the embedded lexicon, else trained on l's own tables.
func (l *Lemmatizer) setModels(opt LemmaOptions, excluded map[string]bool) error {
	switch {
	case opt.RulesOnly:
	case opt.Lexicon == nil && len(opt.Exclude) == 0:
		var err error
		l.fb, l.ye, err = embeddedModels(l.style)
		if err != nil {
			return err
		}
	default:
		// A lexicon of its own: models of its own.
		l.fb = l.trainFallback(l.byFormPOS)
		l.ye = l.trainYe(excluded)
	}
	return nil
}

// pickByForm fills l.byForm, l.byNoun and l.byVerb with the most frequent
// lemma of each form.
func (l *Lemmatizer) pickByForm(c goldCounts) {
	for k, m := range c.ff {
		l.byForm[k] = argmax(m)
	}
	for k, m := range c.fn {
		l.byNoun[k] = argmax(m)
	}
	for k, m := range c.fv {
		l.byVerb[k] = argmax(m)
	}
}

// pickStemMap fills l.stemMap: a past stem whose verbs the style's own
// treebank clearly lemmatizes to another past stem (Seraji: شد → کرد).
func (l *Lemmatizer) pickStemMap(sm map[string]map[string]int) {
	for past, m := range sm {
		total := 0
		for _, n := range m {
			total += n
		}
		if best := argmax(m); best != past && l.lx.past[best] && 2*m[best] > total && total >= 3 {
			l.stemMap[past] = best
		}
	}
}

// rankRules fills l.rules: for each context, the suffix rules most
// frequent first, at most maxRules of them.
func (l *Lemmatizer) rankRules(rc map[formPOS]map[[2]string]int) {
	for k, m := range rc {
		rs := make([]suffixRule, 0, len(m))
		for e, n := range m {
			rs = append(rs, suffixRule{e[0], e[1], n})
		}
		sort.Slice(rs, func(i, j int) bool {
			if rs[i].count != rs[j].count {
				return rs[i].count > rs[j].count
			}
			return rs[i].strip+"\x00"+rs[i].add < rs[j].strip+"\x00"+rs[j].add
		})
		if len(rs) > maxRules {
			rs = rs[:maxRules] // the long tail is noise, and slow to try
		}
		l.rules[k] = rs
	}
}

// zwnjPlural returns the stem of w, a noun or adjective in the plural ‌ها
// (with or without the ezafe ی) whose stem the lexicons know: a plural
// ending written apart is never part of a word. For the PerDT fixes of
// other treebanks' entries, as Seraji keeps a few such plurals whole
// (تمرین‌های, فلس‌های); on the PerDT dev halves 1 error fewer.
func (l *Lemmatizer) zwnjPlural(w, upos string) (string, bool) {
	if upos != "NOUN" && upos != "ADJ" {
		return "", false
	}
	for _, suf := range []string{"\u200cهای", "\u200cها"} {
		if st, ok := strings.CutSuffix(w, suf); ok && l.knownWord(st) {
			return st, true
		}
	}
	return "", false
}

// keepWholePOS are the parts of speech of uninflected words, which PerDT
// keeps whole even where another treebank gives a lemma of its own (بعدها →
// بعد, لطفاً → لطفا): on the PerDT dev halves, both ways round, 4 errors
// fewer (keeping DET and ADP whole too added 2 and 3).
var keepWholePOS = map[string]bool{"ADV": true, "CCONJ": true, "SCONJ": true, "INTJ": true, "PART": true}

// pluralPronoun reports whether w, a pronoun, is a plural in ها or ان (not
// a clitic such as شان or یمان).
func pluralPronoun(w string) bool {
	if isPronounClitic[w] || isPronounClitic[strings.TrimPrefix(w, "ی")] {
		return false
	}
	return strings.HasSuffix(w, "ها") || strings.HasSuffix(w, "ان")
}

// respelling reports whether lemma is form spelled otherwise rather than
// form with an inflection taken off: nothing is taken off, or more than a
// letter is put on.
func respelling(form, lemma string) bool {
	strip, add, ok := suffixEdit(form, lemma)
	if !ok {
		return false // too little in common: a broken plural or a suppletive lemma
	}
	if strip == "" {
		return true // جم → جمع
	}
	switch add {
	case "", "ه", "ی", "ت":
		return false
	}
	return true
}

// hamzaFold writes the hamza carriers as their plain letters.
var hamzaFold = strings.NewReplacer("ؤ", "و", "أ", "ا", "إ", "ا", "ئ", "ی")

func argmax(m map[string]int) string {
	best, bn := "", -1
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

// ownWeight is how much more an example of the style's own treebank counts
// than one of another source.
var ownWeight = 100

// ruleOwnWeight is how much more the style's own examples count in the
// suffix rules.
var ruleOwnWeight = 3
