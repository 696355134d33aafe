package numbers

// wkind is the grammatical role of one number word.
type wkind uint8

const (
	kNone   wkind = iota
	kCard         // صفر … نهصد
	kScale        // هزار میلیون میلیارد …
	kOrd          // یکم دوم بیستم صدم هزارم اول نخست, and their -ین forms
	kHalf         // نیم ربع: a fraction that joins with و
	kAnd          // و
	kNeg          // منفی
	kPoint        // ممیز: decimal point
	kOrdSuf       // ام امین: the ordinal suffix written apart (سی ام, ۲۰ام)
	kDigits       // a run of digits (not in the table)
)

// word is one entry of the number-word table.
type word struct {
	kind wkind
	val  float64
	mag  int  // kCard/kOrd: 1 for 0–19, 10 for tens, 100 for hundreds, 1000 for scales
	pren bool // kOrd: the prenominal -ین form
}

// lexicon maps folded words (see Fold) to their entries.
var lexicon = buildLexicon()

func buildLexicon() map[string]word {
	m := make(map[string]word, 512)
	addCard := func(w string, v float64, mag int) {
		m[Fold(w)] = word{kind: kCard, val: v, mag: mag}
	}
	addOrd := func(w string, v float64, mag int) {
		m[Fold(w)] = word{kind: kOrd, val: v, mag: mag}
		m[Fold(w)+"ین"] = word{kind: kOrd, val: v, mag: mag, pren: true}
	}
	for v, w := range units {
		addCard(w, float64(v), 1)
		addOrd(ordinalOf(w), float64(v), 1)
	}
	for v, w := range tens {
		if w != "" {
			addCard(w, float64(v*10), 10)
			addOrd(ordinalOf(w), float64(v*10), 10)
		}
	}
	for v, w := range hundreds {
		if w != "" {
			addCard(w, float64(v*100), 100)
			addOrd(ordinalOf(w), float64(v*100), 100)
		}
	}
	// Spelling variants met in real text.
	variants := []struct {
		w   string
		v   float64
		mag int
	}{
		{"یکصد", 100, 100}, {"هیجده", 18, 1}, {"هیژده", 18, 1}, {"شیش", 6, 1},
		{"پونزده", 15, 1}, {"شونزده", 16, 1}, {"دوصد", 200, 100},
		{"سی‌صد", 300, 100}, {"پنجصد", 500, 100}, {"یه", 1, 1},
	}
	for _, x := range variants {
		addCard(x.w, x.v, x.mag)
		if x.w != "یه" {
			addOrd(ordinalOf(x.w), x.v, x.mag)
		}
	}
	addOrd("سیم", 30, 10) // سی‌ام written without its alef's spacing
	delete(m, "سیم")      // … but سیم is "wire": keep only the -ین form
	scales := []struct {
		w string
		v float64
	}{
		{"هزار", 1e3}, {"میلیون", 1e6}, {"میلیارد", 1e9}, {"بیلیون", 1e9}, {"تریلیون", 1e12},
		{"بیلیارد", 1e15}, {"کوادریلیون", 1e15},
	}
	for _, s := range scales {
		m[Fold(s.w)] = word{kind: kScale, val: s.v, mag: 1000}
		addOrd(s.w+"م", s.v, 1000)
	}
	for _, w := range []string{"اول", "نخست"} {
		m[w] = word{kind: kOrd, val: 1, mag: 1}
		m[w+"ین"] = word{kind: kOrd, val: 1, mag: 1, pren: true}
	}
	m["نیم"] = word{kind: kHalf, val: 0.5}
	m["ربع"] = word{kind: kHalf, val: 0.25}
	m["و"] = word{kind: kAnd}
	m["منفی"] = word{kind: kNeg}
	m["ممیز"] = word{kind: kPoint}
	m["ام"] = word{kind: kOrdSuf}
	m["امین"] = word{kind: kOrdSuf, pren: true}
	return m
}

// IsNumberWord reports whether w (raw or folded) is a word that can be part
// of a number: a cardinal, ordinal, scale, fraction word, منفی or ممیز
// (not و on its own).
func IsNumberWord(w string) bool {
	e, ok := lexicon[Fold(w)]
	return ok && e.kind != kAnd && e.kind != kOrdSuf
}
