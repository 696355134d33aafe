package morph

import (
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/perceptron"
)

// The fallback for words the gold tables do not hold: an averaged
// perceptron picks an edit script ("strip this suffix, add that one", or
// keep the word) from the word's letters, its part of speech, and whether
// each candidate lemma is a word the lexicons know. This is the classic
// data-driven lemmatizer of UDPipe and Stanza; the lexicon features are
// what tell پایداری (a word of its own) from کاغذی (کاغذ + indefinite ی).

// keepClass is the edit script that keeps the word as it is.
const keepClass = "\x00"

// fallbackEpochs is how many passes training makes over the examples.
const fallbackEpochs = 12

// minEditCount is how many training words an edit script needs to become a
// class (rarer ones are noise).
const minEditCount = 2

// maxEditStrip is the longest suffix (in runes) an edit script strips.
const maxEditStrip = 5

type edit struct{ strip, add string }

func editName(e edit) string {
	if e.strip == "" && e.add == "" {
		return keepClass
	}
	return e.strip + "\x00" + e.add
}

func parseEdit(name string) edit {
	if name == keepClass {
		return edit{}
	}
	s, a, _ := strings.Cut(name, "\x00")
	return edit{s, a}
}

// fallback is the trained edit-script classifier. It is read-only after
// training or loading and safe for concurrent use.
type fallback struct {
	m     *perceptron.Model
	edits []edit           // by class number
	byEnd map[string][]int // stripped suffix -> classes
	ends  []int            // lengths in bytes of the stripped suffixes, ascending
}

func newFallback(m *perceptron.Model) *fallback {
	fb := &fallback{m: m, byEnd: map[string][]int{}}
	for i, c := range m.Classes() {
		e := parseEdit(c)
		fb.edits = append(fb.edits, e)
		if fb.byEnd[e.strip] == nil {
			fb.ends = append(fb.ends, len(e.strip))
		}
		fb.byEnd[e.strip] = append(fb.byEnd[e.strip], i)
	}
	sort.Ints(fb.ends)
	fb.ends = slices.Compact(fb.ends)
	return fb
}

// candidates returns the classes whose suffix word ends with.
func (fb *fallback) candidates(word string, out []int) []int {
	out = out[:0]
	for _, n := range fb.ends {
		if n > len(word) {
			break
		}
		out = append(out, fb.byEnd[word[len(word)-n:]]...)
	}
	sort.Ints(out)
	return out
}

func applyEdit(word string, e edit) string {
	stem := strings.TrimSuffix(word, e.strip)
	return strings.TrimSuffix(stem, "\u200c") + e.add
}

func freqBin(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n < 3:
		return "1"
	case n < 10:
		return "2"
	case n < 50:
		return "3"
	case n < 300:
		return "4"
	}
	return "5"
}

func ratioBin(a, b int) string {
	// a against b, both raw frequencies
	switch {
	case a == 0 && b == 0:
		return "00"
	case a == 0:
		return "0"
	case b == 0:
		return "inf"
	case a >= 20*b:
		return ">20"
	case a >= 4*b:
		return ">4"
	case a >= b:
		return ">1"
	case 4*a >= b:
		return "<1"
	}
	return "<4"
}

// wordFeatures adds the features of word that do not depend on the class.
func (l *Lemmatizer) wordFeatures(f *perceptron.Features, word, upos string) {
	f.Add("b")
	f.Add("u", upos)
	n := utf8.RuneCountInString(word)
	i := len(word)
	for k := 1; k <= 5 && k <= n; k++ {
		_, size := utf8.DecodeLastRuneInString(word[:i])
		i -= size
		f.Add("s", word[i:])
		if k <= 3 {
			f.Add("su", word[i:], upos)
		}
	}
	i = 0
	for k := 1; k <= 3 && k < n; k++ {
		_, size := utf8.DecodeRuneInString(word[i:])
		i += size
		f.Add("p", word[:i])
	}
	ln := n
	if ln > 10 {
		ln = 10
	}
	f.Add("len", string(rune('0'+ln)))
	kw := l.lx.known[word]
	pl := "-"
	if kw.pos&posPL != 0 {
		pl = "pl"
	}
	f.Add("wk", freqBin(kw.freq), pl, upos)
	f.Add("wr", freqBin(l.lx.rawFreq[word]))
	if strings.Contains(word, "\u200c") {
		f.Add("zwnj")
	}
}

// candFeature returns the features of class c (edit e) for word: how well
// the lexicons know its candidate lemma, and as what part of speech. Their
// hashes hold the class, so each class learns its own weights for them (a
// weight of another class for them is never read).
func (l *Lemmatizer) candFeature(word string, wi wordInfo, upos string, c int, e edit) [2]perceptron.Feature {
	if e.strip == "" && e.add == "" {
		return [2]perceptron.Feature{perceptron.Hash("keep", freqBin(wi.freq), freqBin(wi.raw)),
			perceptron.Hash("keep-pos", upos, posClass(wi.knownWord))}
	}
	kc := l.lx.info[applyEdit(word, e)]
	return [2]perceptron.Feature{perceptron.Hash("cand", string(rune(c)), freqBin(kc.freq), ratioBin(kc.raw, wi.raw)),
		perceptron.Hash("cand-pos", string(rune(c)), upos, posClass(kc.knownWord))}
}

// posClass names the coarse parts of speech Hazm gives a word.
func posClass(k knownWord) string {
	return string(rune('a' + k.pos&(posN|posAJ|posADV|posPL)))
}

// best returns the class of the highest score for word among the edit
// scripts that fit it, given f holding the word's features, and the
// candidate features of that class; -1 when none fits.
func (l *Lemmatizer) best(fb *fallback, f *perceptron.Features, word, upos string, cands []int, buf []float32) (int, [2]perceptron.Feature, []float32) {
	base := fb.m.Scores(f.List(), buf)
	bestC, bestF, bs := -1, [2]perceptron.Feature{}, float32(0)
	var small [128]float32
	tmp := small[:0]
	wi := l.lx.info[word]
	for _, c := range cands {
		e := fb.edits[c]
		if e.strip != "" && len(e.strip) >= len(word) {
			continue
		}
		cf := l.candFeature(word, wi, upos, c, e)
		s := base[c] + fb.m.Scores(cf[:], tmp)[c]
		if bestC < 0 || s > bs {
			bestC, bestF, bs = c, cf, s
		}
	}
	return bestC, bestF, base
}

var featurePool = sync.Pool{New: func() any { return new(perceptron.Features) }}

// classify returns the lemma the fallback predicts for word. An edit whose
// result no lexicon knows gives way to the suffix rules, unless it is a
// plural of a compound whose last part is known (مرمت‌گران → مرمت‌گر).
func (l *Lemmatizer) classify(word, upos string) string {
	fb := l.fb
	if fb == nil || word == "" {
		return word
	}
	f := featurePool.Get().(*perceptron.Features)
	defer featurePool.Put(f)
	f.Reset()
	l.wordFeatures(f, word, upos)
	var cbuf [32]int
	var sbuf [128]float32
	c, _, _ := l.best(fb, f, word, upos, fb.candidates(word, cbuf[:0]), sbuf[:0])
	if c < 0 {
		return word
	}
	cand := applyEdit(word, fb.edits[c])
	if cand != word && l.lx.known[cand].freq == 0 && l.lx.rawFreq[cand] == 0 && !l.lemmas[cand] && !(isPluralStrip(fb.edits[c].strip) && l.knownHead(cand)) {
		return l.applyRules(word, upos)
	}
	// A candidate the gold data knows goes on to its lemma there
	// (منتقدانی → منتقدان → منتقد).
	if cand != word {
		if lem, ok := l.byFormPOS[formPOS{cand, upos}]; ok {
			return lem
		}
	}
	return cand
}

// knownHead reports whether w is a compound written with a half-space
// whose last part the lexicons know as a word of two letters or more
// (مستعمره‌نشین: نشین).
func (l *Lemmatizer) knownHead(w string) bool {
	i := strings.LastIndex(w, "\u200c")
	if i < 0 {
		return false
	}
	h := w[i+len("\u200c"):]
	return utf8.RuneCountInString(h) >= 2 && l.knownWord(h)
}

// isPluralStrip reports whether strip is a plural ending.
func isPluralStrip(strip string) bool {
	for _, p := range pluralSuffixes {
		if strip == p.strip {
			return true
		}
	}
	return false
}

// trainFallback learns the edit-script classifier from the gold (form,
// UPOS) -> lemma table of l (each distinct word once).
func (l *Lemmatizer) trainFallback(byFormPOS map[formPOS]string) *fallback {
	counts := map[string]int{}
	type ex struct {
		form, upos, class string
	}
	var exs []ex
	for k, lem := range byFormPOS {
		switch k.upos {
		case "VERB", "AUX", "PUNCT", "NUM", "SYM", "X", "":
			continue
		}
		if !l.keepHamza {
			lem = strings.TrimSuffix(lem, "\u0654")
		}
		strip, add, ok := suffixEdit(k.form, lem)
		if !ok || utf8.RuneCountInString(strip) > maxEditStrip || applyEdit(k.form, edit{strip, add}) != lem {
			continue
		}
		c := editName(edit{strip, add})
		counts[c]++
		exs = append(exs, ex{k.form, k.upos, c})
	}
	sort.Slice(exs, func(i, j int) bool {
		if exs[i].form != exs[j].form {
			return exs[i].form < exs[j].form
		}
		return exs[i].upos < exs[j].upos
	})
	var names []string
	for c, n := range counts {
		if n >= minEditCount || c == keepClass {
			names = append(names, c)
		}
	}
	sort.Strings(names)
	m := perceptron.New(names...)
	fb := newFallback(m)
	var f perceptron.Features
	var cbuf []int
	var sbuf []float32
	for ep := 0; ep < fallbackEpochs; ep++ {
		for _, i := range perceptron.Order(len(exs), uint64(ep)+1+l.orderShift) {
			e := exs[i]
			truth, ok := m.ClassIndex(e.class)
			if !ok {
				continue
			}
			f.Reset()
			l.wordFeatures(&f, e.form, e.upos)
			cbuf = fb.candidates(e.form, cbuf)
			guess, gf, buf := l.best(fb, &f, e.form, e.upos, cbuf, sbuf)
			sbuf = buf
			tf := l.candFeature(e.form, l.lx.info[e.form], e.upos, truth, fb.edits[truth])
			f.AddFeature(tf[0])
			f.AddFeature(tf[1])
			if guess >= 0 && guess != truth {
				f.AddFeature(gf[0])
				f.AddFeature(gf[1])
			}
			m.Update(truth, guess, f.List())
		}
	}
	m.Average(0)
	return newFallback(m)
}
