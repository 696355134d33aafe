package morph

import (
	"strings"
	"unicode/utf8"
)

// Verb features by rule. Persian verb inflection is regular: a word is
//
//	[preverb] [می‌ | نمی‌ | ب | ن | م] stem [personal ending] [‌ام ‌ای ‌ایم ‌اید ‌اند]
//
// and the prefix, the kind of stem (past or present) and the ending settle
// its tense, mood, person, number and polarity. VerbFeatures reads a form
// every way the stems of the lexicon allow and answers only when all the
// readings agree, so a form such as کند (present subjunctive of کردن or past
// of کندن) or رسید (past 3sg or present 2pl) gets no answer.

// VerbFeatures returns the XPOS and FEATS of a verb or auxiliary form in the
// conventions of UD Persian Seraji (the tags tag.Tag gives by default):
// XPOS V_PA (past, also with می‌), V_PRS (present indicative: می‌ + present
// stem, است, هست, دارد), V_SUB (present subjunctive: a present stem with an
// ending, with or without ب or ن), V_PP (participle and perfect: رفته,
// رفته‌اند), V_IMP (imperative: برو, نکن) or V_AUX (future خواه-, باید,
// می‌توان), and FEATS as Seraji writes them, keys in alphabetical order
// ("Number=Sing|Person=1|Tense=Past"; "" when Seraji gives none). A past
// stem alone (گفت, کرد) is the past third person singular, as Seraji tags
// it also after خواه- (خواهد رفت).
//
// upos must be "VERB" or "AUX" (AUX makes a bare خواهد the future
// auxiliary); for any other upos ok is false. ok is true only when the form
// has a single reading; it is false for forms that the word alone cannot
// settle, and then xpos and feats are empty. Left undecided:
//   - a form two stems read differently: کند, خواند, ماند (past stem or
//     present stem + د), رسید, کشید (past 3sg or present 2pl), نشست;
//   - a present stem alone (کن, گو) and the second person plural of the
//     present without می‌ (بروید, کنید: subjunctive or imperative);
//   - negated present and past indicatives of the third person singular
//     (نمی‌کند, نکرد, ندارد), which Seraji marks with Polarity=Neg or not
//     without a rule to tell; نیست is settled;
//   - خواه- with upos VERB (want or future), perfect forms in ‌است, the
//     words ام and ای, and whatever the lexicon lacks a stem for.
//
// The Lemmatizer's style does not matter. It is safe for concurrent use.
func (l *Lemmatizer) VerbFeatures(form, upos string) (xpos, feats string, ok bool) {
	if upos != "VERB" && upos != "AUX" {
		return "", "", false
	}
	if r, found := fixedVerbForms[form]; found {
		if r.opaque {
			return "", "", false
		}
		return r.xpos, r.feats, true
	}
	va := verbReader{vs: l.lx.verbStems(), aux: upos == "AUX"}
	va.readForm(form, false)
	for _, pv := range preverbs {
		if rest, ok := strings.CutPrefix(form, pv); ok {
			rest = strings.TrimPrefix(rest, zwnj)
			if utf8.RuneCountInString(rest) >= 2 {
				va.readForm(rest, true)
			}
		}
	}
	if va.n == 0 || va.conflict {
		return "", "", false
	}
	return va.first.xpos, va.first.feats, true
}

const zwnj = "\u200c"

// verbReading is one reading of a form: its XPOS and FEATS, or opaque when
// the reading exists but its tags cannot be told from the form.
type verbReading struct {
	xpos, feats string
	opaque      bool
}

var opaqueReading = verbReading{opaque: true}

// verbPrefix is the inflectional prefix a reading has taken off.
type verbPrefix int

const (
	noPrefix   verbPrefix = iota
	prefixMi              // می‌: continuous
	prefixNami            // نمی‌: negated continuous
	prefixBe              // ب: subjunctive, imperative
	prefixNa              // ن: negation
	prefixMa              // م: old negated imperative
)

// person is a personal ending's number and person.
type person struct {
	number string // "Sing" or "Plur"
	person byte   // '1', '2', '3'
}

type ending struct {
	suffix string
	person
}

var (
	sg1 = person{"Sing", '1'}
	sg2 = person{"Sing", '2'}
	sg3 = person{"Sing", '3'}
	pl1 = person{"Plur", '1'}
	pl2 = person{"Plur", '2'}
	pl3 = person{"Plur", '3'}

	pastPersonEndings    = []ending{{"یم", pl1}, {"ید", pl2}, {"ند", pl3}, {"م", sg1}, {"ی", sg2}, {"", sg3}}
	presentPersonEndings = []ending{{"یم", pl1}, {"ید", pl2}, {"ند", pl3}, {"م", sg1}, {"ی", sg2}, {"د", sg3}}
	// perfect endings after a participle; ‌است is left undecided.
	perfectEndings = []ending{{zwnj + "ایم", pl1}, {zwnj + "اید", pl2}, {zwnj + "اند", pl3}, {zwnj + "ام", sg1}, {zwnj + "ای", sg2}}
)

// feats writes a FEATS string in Seraji's key order (alphabetical).
func (p person) feats(mood string, neg bool, tense, verbForm string) string {
	var b strings.Builder
	if mood != "" {
		b.WriteString("Mood=" + mood + "|")
	}
	b.WriteString("Number=" + p.number + "|Person=")
	b.WriteByte(p.person)
	if neg {
		b.WriteString("|Polarity=Neg")
	}
	if tense != "" {
		b.WriteString("|Tense=" + tense)
	}
	if verbForm != "" {
		b.WriteString("|VerbForm=" + verbForm)
	}
	return b.String()
}

func pastReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_PA", feats: p.feats("", neg, "Past", "")}
}

func presentReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_PRS", feats: p.feats("", neg, "Pres", "")}
}

func subjunctiveReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_SUB", feats: p.feats("Sub", neg, "Pres", "Fin")}
}

func participleReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_PP", feats: p.feats("", neg, "", "Part")}
}

func imperativeReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_IMP", feats: p.feats("Imp", neg, "", "Fin")}
}

func futureReading(p person, neg bool) verbReading {
	return verbReading{xpos: "V_AUX", feats: p.feats("Ind", neg, "Fut", "Fin")}
}

// fixedVerbForms are the forms outside the regular pattern: the copula and
// its clitics, هست, and the modal auxiliaries as Seraji tags them.
var fixedVerbForms = func() map[string]verbReading {
	m := map[string]verbReading{
		"است": presentReading(sg3, false),
		"ست":  presentReading(sg3, false), // clitic copula: ... ـست
		"باش": imperativeReading(sg2, false),
		// Modals: Seraji's own tags.
		"باید":     {xpos: "V_AUX", feats: "VerbForm=Inf"},
		"نباید":    {xpos: "V_AUX", feats: "Polarity=Neg|VerbForm=Inf"},
		"بایستی":   {xpos: "V_AUX", feats: "Mood=Ind|VerbForm=Fin"},
		"می‌باید":  {xpos: "V_AUX", feats: "Mood=Ind|VerbForm=Fin"},
		"می‌توان":  {xpos: "V_AUX"},
		"نمی‌توان": {xpos: "V_AUX"},
		// The past of بایستن is a modal too; Seraji's tags for it are
		// not known.
		"بایست":     opaqueReading,
		"می‌بایست":  opaqueReading,
		"نمی‌بایست": opaqueReading,
		"می‌بایستی": opaqueReading,
		// ام and ای alone are also the vocative and the copula with no
		// settled features in Seraji.
		"ام": opaqueReading,
		"ای": opaqueReading,
	}
	for _, e := range presentPersonEndings {
		suffix := e.suffix
		if e.person == sg3 {
			suffix = ""
		}
		m["هست"+suffix] = presentReading(e.person, false)
		m["نیست"+suffix] = presentReading(e.person, true)
		if e.person != sg3 {
			m[e.suffix] = presentReading(e.person, false) // clitic copula: ساکت + ند
		}
	}
	for _, e := range perfectEndings {
		if e.person != sg1 && e.person != sg2 {
			m[strings.TrimPrefix(e.suffix, zwnj)] = presentReading(e.person, false) // اند, ایم, اید
		}
	}
	return m
}()

// verbReader gathers the readings of one form.
type verbReader struct {
	vs       *verbStems
	aux      bool // the word is tagged AUX
	n        int  // readings found
	first    verbReading
	conflict bool // two readings differ, or one is opaque
}

func (va *verbReader) add(r verbReading) {
	if va.n == 0 {
		va.first = r
		va.conflict = r.opaque
	} else if r.opaque || r != va.first {
		va.conflict = true
	}
	va.n++
}

// readForm reads w (a form, or what is left of it after a preverb) with
// every prefix it may carry.
func (va *verbReader) readForm(w string, preverb bool) {
	va.readCore(w, noPrefix, preverb)
	for _, p := range []struct {
		s    string
		kind verbPrefix
	}{
		{"نمی" + zwnj, prefixNami}, {"می" + zwnj, prefixMi},
		{"نمی", prefixNami}, {"می", prefixMi}, // the ZWNJ left out
	} {
		if rest, ok := strings.CutPrefix(w, p.s); ok && rest != "" && !strings.HasPrefix(rest, zwnj) {
			va.readCore(rest, p.kind, preverb)
		}
	}
	for _, p := range []struct {
		s    string
		kind verbPrefix
	}{{"ب", prefixBe}, {"ن", prefixNa}, {"م", prefixMa}} {
		rest, ok := strings.CutPrefix(w, p.s)
		if !ok || rest == "" {
			continue
		}
		va.readCore(rest, p.kind, preverb)
		// Before a stem in آ or ا the prefix takes a ی: بیاید (آید),
		// بیندازد (اندازد), بیانجامد (انجامد).
		if r, ok := strings.CutPrefix(rest, "ی"); ok {
			if strings.HasPrefix(r, "ا") || strings.HasPrefix(r, "آ") {
				va.readCore(r, p.kind, preverb)
			}
			if ra, ok := strings.CutPrefix(r, "ا"); ok {
				va.readCore("آ"+ra, p.kind, preverb)
			}
			va.readCore("ا"+r, p.kind, preverb)
		}
	}
}

// readCore reads s as stem + ending after the prefix pre.
func (va *verbReader) readCore(s string, pre verbPrefix, preverb bool) {
	if s == "" {
		return
	}
	neg := pre == prefixNa || pre == prefixNami
	indicativeOK := pre == noPrefix || pre == prefixMi || pre == prefixNa || pre == prefixNami
	// Participles and perfects: رفته, نرفته‌اند, می‌کرده‌اند.
	if indicativeOK {
		if rest, ok := strings.CutSuffix(s, "ه"); ok && va.vs.past[rest] {
			va.add(participleReading(sg3, neg))
		}
		for _, e := range perfectEndings {
			if rest, ok := strings.CutSuffix(s, "ه"+e.suffix); ok && va.vs.past[rest] {
				va.add(participleReading(e.person, neg))
			}
		}
		if rest, ok := strings.CutSuffix(s, "ه"+zwnj+"است"); ok && va.vs.past[rest] {
			va.add(opaqueReading)
		}
	}
	// Past: رفتم, می‌رفتند, نرفتی.
	for _, e := range pastPersonEndings {
		stem, ok := strings.CutSuffix(s, e.suffix)
		if !ok || stem == "" || !va.vs.past[stem] {
			continue
		}
		switch {
		case !indicativeOK:
			// ب or م with a past stem: old style, not read.
		case neg && e.person == sg3:
			va.add(opaqueReading) // Seraji's Polarity varies here
		default:
			va.add(pastReading(e.person, neg))
		}
	}
	// Present with an ending: می‌روم, بروند, کنند, ندارم.
	for _, e := range presentPersonEndings {
		stem, ok := strings.CutSuffix(s, e.suffix)
		if !ok || stem == "" {
			continue
		}
		for _, past := range va.vs.presentBeforeEnding(stem) {
			va.add(va.presentWithEnding(past, e.person, pre, preverb))
		}
	}
	// A present stem alone: imperative after ب, ن, م (برو, نکن, مکن).
	if len(va.vs.present[s]) > 0 {
		switch pre {
		case prefixBe:
			va.add(imperativeReading(sg2, false))
		case prefixNa, prefixMa:
			va.add(imperativeReading(sg2, true))
		default:
			va.add(opaqueReading) // کن, گو: imperative, or part of something else
		}
	}
}

// presentWithEnding is the reading of a present stem of the verb past with
// a personal ending after the prefix pre.
func (va *verbReader) presentWithEnding(past string, p person, pre verbPrefix, preverb bool) verbReading {
	switch pre {
	case prefixMi, prefixNami:
		if pre == prefixNami && p == sg3 {
			return opaqueReading
		}
		return presentReading(p, pre == prefixNami)
	case prefixMa:
		return opaqueReading
	}
	neg := pre == prefixNa
	if pre != prefixBe && !preverb {
		switch past {
		case "داشت": // دارد: داشتن has no continuous present
			if neg && p == sg3 {
				return opaqueReading
			}
			return presentReading(p, neg)
		case "خواست": // خواهد رفت
			if va.aux {
				return futureReading(p, neg)
			}
			return opaqueReading
		}
	}
	if p == pl2 {
		return opaqueReading // بروید, کنید: subjunctive or imperative
	}
	return subjunctiveReading(p, neg)
}

// presentBeforeEnding returns the past stems of the verbs whose present stem
// is written s before a personal ending. A stem in ا always takes a ی there
// (آ → آید) and so does a stem in و that the lexicon also lists with ی
// (گو, گوی → گوید), while شو (شدن) stays شود.
func (vs *verbStems) presentBeforeEnding(s string) []string {
	if endsInA(s) {
		return nil
	}
	var out []string
	for _, past := range vs.present[s] {
		if strings.HasSuffix(s, "و") && hasString(vs.present[s+"ی"], past) {
			continue
		}
		out = append(out, past)
	}
	if base, ok := strings.CutSuffix(s, "ی"); ok && endsInA(base) {
		for _, past := range vs.present[base] {
			if !hasString(out, past) {
				out = append(out, past)
			}
		}
	}
	return out
}

// verbStems are the stems of the lexicon that VerbFeatures reads forms
// with: the verbs the texts attest. Hazm lists archaic verbs (وشت, رندید)
// whose readings would make common forms (نوشت, برند) look ambiguous, and a
// few stem pairs of the gold data are swapped (present گشت of گردید).
type verbStems struct {
	past    map[string]bool     // past stems
	present map[string][]string // present stem -> past stems
}

func (lx *lexicon) verbStems() *verbStems {
	lx.verbStemsOnce.Do(func() { lx.verbStemTable = newVerbStems(lx) })
	return lx.verbStemTable
}

func newVerbStems(lx *lexicon) *verbStems {
	attested := func(w string) bool {
		wi := lx.info[w]
		return wi.freq > 0 || wi.raw > 0 || lx.goldForm[w]
	}
	vs := &verbStems{past: map[string]bool{}, present: map[string][]string{}}
	for p := range lx.past {
		if lx.stemFreq[p] > 0 || attested(p) || attested(p+"ن") || attested(p+"ه") || attested(p+"ند") || attested("می"+zwnj+p) {
			vs.past[p] = true
		}
	}
	for s, pasts := range lx.present {
		if lx.past[s] && !attested(s+"د") && !attested("می"+zwnj+s+"د") {
			continue // a past stem given as a present stem
		}
		for _, past := range pasts {
			if !vs.past[past] {
				continue
			}
			if r, ok := strings.CutPrefix(s, "ب"); ok && hasString(lx.present[r], past) {
				continue // بفرست: the subjunctive prefix taken for the stem
			}
			vs.present[s] = append(vs.present[s], past)
		}
	}
	return vs
}

// endsInA says whether a stem ends in the vowel ا (آ for the stem آ of آمدن).
func endsInA(s string) bool { return strings.HasSuffix(s, "ا") || strings.HasSuffix(s, "آ") }

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
