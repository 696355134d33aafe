package morph

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Lemma conventions: the two formal UD Persian treebanks differ on a few
// frequent words (Seraji lemmatizes the light verb شد to کرد, PerDT keeps شد).
const (
	StylePerDT  = "perdt"  // UD Persian PerDT conventions (the default)
	StyleSeraji = "seraji" // UD Persian Seraji conventions
)

// LemmaOptions configure a Lemmatizer.
type LemmaOptions struct {
	// Style is StylePerDT (default) or StyleSeraji: the gold examples of
	// that treebank outweigh the others where they disagree.
	Style string
	// Exclude leaves out the gold examples of the named sources
	// ("perdt-dev", "seraji-dev", "iper-train", "iper-dev", "iper-test"),
	// to measure the rules on data the tables have not seen.
	Exclude []string
}

type formPOS struct{ form, upos string }

type suffixRule struct {
	strip, add string
	count      int
}

// Lemmatizer maps a word and its universal part of speech to its lemma in
// the style of the UD Persian treebanks. It is safe for concurrent use.
type Lemmatizer struct {
	lx        *lexicon
	byFormPOS map[formPOS]string
	byForm    map[string]string
	lemmas    map[string]bool
	rules     map[formPOS][]suffixRule // (upos or "*", form suffix) -> rules, most frequent first
}

// maxContext is the longest form suffix (in runes) the rules condition on.
const maxContext = 5

var loadDefaultLexicon = sync.OnceValues(func() (*lexicon, error) { return loadLexicon(embeddedLexicon) })

var defaultLemmatizer = sync.OnceValue(func() *Lemmatizer {
	l, err := NewLemmatizer(LemmaOptions{})
	if err != nil {
		panic(err) // the embedded lexicon is part of the build; a test loads it
	}
	return l
})

// Default returns the shared Lemmatizer (PerDT style) built from the
// embedded lexicon on first use.
func Default() *Lemmatizer { return defaultLemmatizer() }

// NewLemmatizer builds a Lemmatizer from the embedded lexicon.
func NewLemmatizer(opt LemmaOptions) (*Lemmatizer, error) {
	lx, err := loadDefaultLexicon()
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
	weight := func(source string) int {
		switch {
		case strings.HasPrefix(source, style):
			return 8
		case strings.HasPrefix(source, "iper"):
			return 1
		}
		return 3
	}
	l := &Lemmatizer{lx: lx, byFormPOS: map[formPOS]string{}, byForm: map[string]string{},
		lemmas: map[string]bool{}, rules: map[formPOS][]suffixRule{}}
	fp := map[formPOS]map[string]int{}
	ff := map[string]map[string]int{}
	rc := map[formPOS]map[[2]string]int{}
	add := func(m map[string]int, k string, n int) map[string]int {
		if m == nil {
			m = map[string]int{}
		}
		m[k] += n
		return m
	}
	for _, p := range lx.pairs {
		if excluded[p.source] {
			continue
		}
		n := p.count * weight(p.source)
		k := formPOS{p.form, p.upos}
		fp[k] = add(fp[k], p.lemma, n)
		ff[p.form] = add(ff[p.form], p.lemma, n)
		l.lemmas[p.lemma] = true
		if p.upos == "VERB" || p.upos == "AUX" || p.upos == "PUNCT" || p.upos == "NUM" {
			continue
		}
		strip, addS, ok := suffixEdit(p.form, p.lemma)
		if !ok {
			continue
		}
		ctxs := suffixes(p.form, utf8.RuneCountInString(strip))
		for _, c := range ctxs {
			for _, u := range []string{p.upos, "*"} {
				key := formPOS{c, u}
				if rc[key] == nil {
					rc[key] = map[[2]string]int{}
				}
				rc[key][[2]string{strip, addS}] += p.count
			}
		}
	}
	for k, m := range fp {
		l.byFormPOS[k] = argmax(m)
	}
	for k, m := range ff {
		l.byForm[k] = argmax(m)
	}
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
		l.rules[k] = rs
	}
	return l, nil
}

func argmax(m map[string]int) string {
	best, bn := "", -1
	for k, n := range m {
		if n > bn || n == bn && k < best {
			best, bn = k, n
		}
	}
	return best
}

// suffixEdit describes lemma as form with a suffix replaced. It fails when
// the two share less than two characters (broken plurals such as افراد → فرد
// are learned as whole words instead).
func suffixEdit(form, lemma string) (strip, add string, ok bool) {
	i := 0
	for i < len(form) && i < len(lemma) {
		r1, n1 := utf8.DecodeRuneInString(form[i:])
		r2, _ := utf8.DecodeRuneInString(lemma[i:])
		if r1 != r2 {
			break
		}
		i += n1
	}
	if utf8.RuneCountInString(form[:i]) < 2 {
		return "", "", false
	}
	return form[i:], lemma[i:], true
}

// suffixes returns the suffixes of form from minRunes to maxContext runes
// long (never the whole form when it is longer than that).
func suffixes(form string, minRunes int) []string {
	var out []string
	n := 0
	for i := len(form); i > 0; {
		if n >= minRunes && n > 0 {
			out = append(out, form[i:])
		}
		if n == maxContext {
			break
		}
		_, size := utf8.DecodeLastRuneInString(form[:i])
		i -= size
		n++
	}
	if n >= minRunes && n < maxContext && n > 0 {
		out = append(out, form)
	}
	return out
}

// Lemma returns the lemma of word, a syntactic word (clitics already split
// off), given its universal part of speech upos ("" when unknown). Known
// words come from the gold tables; verbs are analysed against the verb
// stems; other unseen words get the most frequent suffix rule learned from
// the gold data whose result is a known word. A word no rule fits is its
// own lemma.
func (l *Lemmatizer) Lemma(word, upos string) string {
	if word == "" {
		return word
	}
	if upos != "" {
		if lem, ok := l.byFormPOS[formPOS{word, upos}]; ok {
			return lem
		}
	}
	if lem, ok := l.byForm[word]; ok {
		return lem
	}
	switch upos {
	case "VERB", "AUX":
		if a, ok := l.lx.analyzeVerb(word); ok {
			return a.past
		}
		return word
	case "PUNCT", "NUM", "SYM", "X", "PROPN":
		if upos != "PROPN" {
			return word
		}
	case "":
		if _, known := l.lx.known[word]; !known {
			if a, ok := l.lx.analyzeVerb(word); ok && (a.prefixed || !a.present) {
				return a.past
			}
		}
		upos = "*"
	}
	return l.applyRules(word, upos)
}

func (l *Lemmatizer) applyRules(word, upos string) string {
	ctxs := suffixes(word, 1)
	formFreq := l.lx.known[word].freq
	formKnown := l.lemmas[word] || formFreq > 0
	for i := len(ctxs) - 1; i >= 0; i-- { // longest context first
		rs := l.rules[formPOS{ctxs[i], upos}]
		total := 0
		for _, r := range rs {
			total += r.count
		}
		for _, r := range rs {
			if r.strip == "" && r.add == "" {
				if formKnown {
					return word
				}
				continue
			}
			stem, ok := strings.CutSuffix(word, r.strip)
			if !ok || stem == "" {
				continue
			}
			cand := stem + r.add
			candFreq := l.lx.known[cand].freq
			if l.lemmas[cand] || candFreq > 0 {
				if r.strip == "ی" && r.add == "" && formFreq > 0 && candFreq < 20*formFreq {
					continue // a word of its own (میزبانی), not میزبان + indefinite ی
				}
				return cand
			}
			// An unknown stem is still trusted after a dominant, unambiguous
			// suffix such as the plural ‌ها.
			if total >= 10 && r.count*10 >= total*9 && utf8.RuneCountInString(r.strip) >= 2 {
				return cand
			}
		}
	}
	return word
}
