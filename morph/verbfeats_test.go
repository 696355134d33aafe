package morph

import (
	"flag"
	"os"
	"sort"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func TestVerbFeatures(t *testing.T) {
	l := Default()
	const (
		pa1   = "Number=Sing|Person=1|Tense=Past"
		pa2   = "Number=Sing|Person=2|Tense=Past"
		pa3   = "Number=Sing|Person=3|Tense=Past"
		pa6   = "Number=Plur|Person=3|Tense=Past"
		prs1  = "Number=Sing|Person=1|Tense=Pres"
		prs3  = "Number=Sing|Person=3|Tense=Pres"
		prs6  = "Number=Plur|Person=3|Tense=Pres"
		sub1  = "Mood=Sub|Number=Sing|Person=1|Tense=Pres|VerbForm=Fin"
		sub3  = "Mood=Sub|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
		sub6  = "Mood=Sub|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin"
		pp3   = "Number=Sing|Person=3|VerbForm=Part"
		imp2  = "Mood=Imp|Number=Sing|Person=2|VerbForm=Fin"
		none  = ""
		vpa   = "V_PA"
		vprs  = "V_PRS"
		vsub  = "V_SUB"
		vpp   = "V_PP"
		vimp  = "V_IMP"
		vaux  = "V_AUX"
		undec = "undecided"
	)
	tests := []struct {
		desc, form, upos, xpos, feats string // xpos undec: ok must be false
	}{
		// simple past
		{"past 1sg", "خواندم", "VERB", vpa, pa1},
		{"past 1sg", "رفتم", "VERB", vpa, pa1},
		{"past 1sg", "گفتم", "VERB", vpa, pa1},
		{"past 2sg", "کردی", "VERB", vpa, pa2},
		{"past 1pl", "دیدیم", "VERB", vpa, "Number=Plur|Person=1|Tense=Past"},
		{"past 2pl", "گفتید", "VERB", vpa, "Number=Plur|Person=2|Tense=Past"},
		{"past 3pl", "کردند", "VERB", vpa, pa6},
		{"past 3sg", "گفت", "VERB", vpa, pa3},
		{"past 3sg of a stem in آ", "آمد", "VERB", vpa, pa3},
		{"past 3sg with a preverb", "برداشت", "VERB", vpa, pa3},
		{"negated past 1sg", "نرفتم", "VERB", vpa, "Number=Sing|Person=1|Polarity=Neg|Tense=Past"},
		{"negated past 3pl of a stem in آ", "نیامدند", "VERB", vpa, "Number=Plur|Person=3|Polarity=Neg|Tense=Past"},
		{"auxiliary past 1sg", "بودم", "AUX", vpa, pa1},
		{"continuous past 3sg", "می‌کرد", "VERB", vpa, pa3},
		{"continuous past 1sg", "می‌خواندم", "VERB", vpa, pa1},
		{"negated continuous past 3pl", "نمی‌رفتند", "VERB", vpa, "Number=Plur|Person=3|Polarity=Neg|Tense=Past"},
		{"continuous past without zwnj", "میرفتند", "VERB", vpa, pa6},
		// present indicative
		{"present 1sg", "می‌خوانم", "VERB", vprs, prs1},
		{"present 3pl", "می‌کنند", "VERB", vprs, prs6},
		{"present 3sg of a stem in و with ی", "می‌گوید", "VERB", vprs, prs3},
		{"present 3sg of شدن", "می‌شود", "VERB", vprs, prs3},
		{"present 3sg of a stem in آ", "می‌آید", "VERB", vprs, prs3},
		{"present 2sg", "می‌دانی", "VERB", vprs, "Number=Sing|Person=2|Tense=Pres"},
		{"negated present 1sg", "نمی‌دانم", "VERB", vprs, "Number=Sing|Person=1|Polarity=Neg|Tense=Pres"},
		{"present with a preverb", "برمی‌گردد", "VERB", vprs, prs3},
		{"present of داشتن", "دارند", "VERB", vprs, prs6},
		{"negated present of داشتن", "ندارم", "VERB", vprs, "Number=Sing|Person=1|Polarity=Neg|Tense=Pres"},
		{"copula", "است", "AUX", vprs, prs3},
		{"copula هست", "هستند", "VERB", vprs, prs6},
		{"negated copula", "نیست", "VERB", vprs, "Number=Sing|Person=3|Polarity=Neg|Tense=Pres"},
		{"clitic copula", "ند", "VERB", vprs, prs6},
		// subjunctive
		{"subjunctive 1sg", "بخوانم", "VERB", vsub, sub1},
		{"subjunctive 3sg of a stem in آ", "بیاید", "VERB", vsub, sub3},
		{"subjunctive 3sg of a stem in ا", "بیندازد", "VERB", vsub, sub3},
		{"subjunctive without ب", "شود", "VERB", vsub, sub3},
		{"subjunctive 3pl without ب", "کنند", "VERB", vsub, sub6},
		{"auxiliary subjunctive", "باشد", "AUX", vsub, sub3},
		{"negated subjunctive", "نگیرد", "VERB", vsub, "Mood=Sub|Number=Sing|Person=3|Polarity=Neg|Tense=Pres|VerbForm=Fin"},
		{"subjunctive with a preverb and negation", "برندارد", "VERB", vsub, "Mood=Sub|Number=Sing|Person=3|Polarity=Neg|Tense=Pres|VerbForm=Fin"},
		// participles and perfects
		{"participle", "رفته", "VERB", vpp, pp3},
		{"participle of شدن", "شده", "AUX", vpp, pp3},
		{"perfect 1sg", "خوانده‌ام", "VERB", vpp, "Number=Sing|Person=1|VerbForm=Part"},
		{"perfect 3pl", "کرده‌اند", "VERB", vpp, "Number=Plur|Person=3|VerbForm=Part"},
		{"negated perfect 2sg", "نکرده‌ای", "VERB", vpp, "Number=Sing|Person=2|Polarity=Neg|VerbForm=Part"},
		{"continuous perfect", "می‌کرده‌اند", "VERB", vpp, "Number=Plur|Person=3|VerbForm=Part"},
		{"negated participle", "نشده", "VERB", vpp, "Number=Sing|Person=3|Polarity=Neg|VerbForm=Part"},
		// imperative
		{"imperative", "برو", "VERB", vimp, imp2},
		{"imperative of a stem in آ", "بیا", "VERB", vimp, imp2},
		{"imperative of دادن", "بده", "VERB", vimp, imp2},
		{"negated imperative", "نکن", "VERB", vimp, "Mood=Imp|Number=Sing|Person=2|Polarity=Neg|VerbForm=Fin"},
		// future and modals
		{"future 1sg", "خواهم", "AUX", vaux, "Mood=Ind|Number=Sing|Person=1|Tense=Fut|VerbForm=Fin"},
		{"future 3sg", "خواهد", "AUX", vaux, "Mood=Ind|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"},
		{"negated future 3pl", "نخواهند", "AUX", vaux, "Mood=Ind|Number=Plur|Person=3|Polarity=Neg|Tense=Fut|VerbForm=Fin"},
		{"modal باید", "باید", "AUX", vaux, "VerbForm=Inf"},
		{"impersonal می‌توان", "می‌توان", "AUX", vaux, none},
		// undecided
		{"past stem of کندن or subjunctive of کردن", "کند", "VERB", undec, ""},
		{"past 3sg or present 2pl", "رسید", "VERB", undec, ""},
		{"past stem or present stem + د", "خواند", "VERB", undec, ""},
		{"subjunctive or imperative 2pl", "بروید", "VERB", undec, ""},
		{"present stem alone", "کن", "VERB", undec, ""},
		{"want or future", "خواهد", "VERB", undec, ""},
		{"negated present 3sg", "نمی‌کند", "VERB", undec, ""},
		{"negated past 3sg", "نکرد", "VERB", undec, ""},
		{"sat or did not wash", "نشست", "VERB", undec, ""},
		{"not a verb tag", "رفتم", "NOUN", undec, ""},
		{"unknown stem", "فلانیدم", "VERB", undec, ""},
		{"empty", "", "VERB", undec, ""},
		{"invalid UTF-8", "\xff\xfeم", "VERB", undec, ""},
	}
	for _, tt := range tests {
		xpos, feats, ok := l.VerbFeatures(tt.form, tt.upos)
		if tt.xpos == undec {
			if ok || xpos != "" || feats != "" {
				t.Errorf("%s: VerbFeatures(%+q, %q) = %+q, %+q, %v; want undecided", tt.desc, tt.form, tt.upos, xpos, feats, ok)
			}
			continue
		}
		if !ok || xpos != tt.xpos || feats != tt.feats {
			t.Errorf("%s: VerbFeatures(%+q, %q) = %+q, %+q, %v; want %+q, %+q, true", tt.desc, tt.form, tt.upos, xpos, feats, ok, tt.xpos, tt.feats)
		}
	}
}

// verbFeatureScore counts, over the gold VERB and AUX words of a CoNLL-U
// file, how many the rules decide and how many of those agree with gold.
type verbFeatureScore struct {
	words, covered, xpos, feats int
	wrong                       map[string]int // "form upos: got / gold" -> count
}

func scoreVerbFeatures(t *testing.T, l *Lemmatizer, path string) verbFeatureScore {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		t.Fatal(err)
	}
	sc := verbFeatureScore{wrong: map[string]int{}}
	for _, s := range sents {
		for _, w := range s.Words {
			if w.UPOS != "VERB" && w.UPOS != "AUX" {
				continue
			}
			sc.words++
			xpos, feats, ok := l.VerbFeatures(w.Form, w.UPOS)
			if !ok {
				continue
			}
			sc.covered++
			gold := w.Feats
			if gold == "_" {
				gold = ""
			}
			if xpos == w.XPOS {
				sc.xpos++
			}
			if feats == gold {
				sc.feats++
			}
			if xpos != w.XPOS || feats != gold {
				sc.wrong[w.Form+" "+w.UPOS+": "+xpos+" "+feats+" / gold "+w.XPOS+" "+gold]++
			}
		}
	}
	return sc
}

func (sc verbFeatureScore) log(t *testing.T, name string) {
	t.Helper()
	pct := func(a, b int) float64 { return 100 * float64(a) / float64(max(b, 1)) }
	t.Logf("%s: %d gold verbs, covered %d (%.2f%%), XPOS agree %d (%.2f%%), FEATS agree %d (%.2f%%)",
		name, sc.words, sc.covered, pct(sc.covered, sc.words), sc.xpos, pct(sc.xpos, sc.covered), sc.feats, pct(sc.feats, sc.covered))
	keys := make([]string, 0, len(sc.wrong))
	for k := range sc.wrong {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return sc.wrong[keys[i]] > sc.wrong[keys[j]] })
	for _, k := range keys {
		t.Logf("  %d× %s", sc.wrong[k], k)
	}
}

var verbFeatsTestSet = flag.Bool("verbfeats.testset", false,
	"TestVerbFeaturesSerajiDev also logs the figures on the Seraji test set (for reporting only: never tune on them)")

// TestVerbFeaturesSerajiDev measures the rules on the Seraji dev set (on
// which they were written; the test set is for reporting only).
func TestVerbFeaturesSerajiDev(t *testing.T) {
	path := sharedtest.Path(t, "ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu")
	sc := scoreVerbFeatures(t, Default(), path)
	sc.log(t, "Seraji dev")
	const minCoverage, minFeats = 0.85, 0.99 // measured: 0.918, 0.9973
	if c := float64(sc.covered) / float64(sc.words); c < minCoverage {
		t.Errorf("coverage %.4f, want at least %.2f", c, minCoverage)
	}
	if a := float64(sc.feats) / float64(max(sc.covered, 1)); a < minFeats {
		t.Errorf("FEATS agreement on covered verbs %.4f, want at least %.2f", a, minFeats)
	}
	if *verbFeatsTestSet {
		path := sharedtest.Path(t, "ud", "UD_Persian-Seraji", "fa_seraji-ud-test.conllu")
		scoreVerbFeatures(t, Default(), path).log(t, "Seraji test")
	}
}

// verbXPOS are the tags VerbFeatures may give, with a feature each one's
// FEATS must hold.
var verbXPOS = map[string]string{
	"V_PA": "Tense=Past", "V_PRS": "Tense=Pres", "V_SUB": "Mood=Sub", "V_PP": "VerbForm=Part",
	"V_IMP": "Mood=Imp", "V_AUX": "",
}

func FuzzVerbFeatures(f *testing.F) {
	for _, s := range []string{"خواندم", "می‌خوانند", "نمی‌رفتند", "بیاید", "خوانده‌ام", "کند", "است", "ی", "\xffم", "ن", "می‌", "بی", "‌اند"} {
		f.Add(s, "VERB")
		f.Add(s, "AUX")
	}
	l := Default()
	f.Fuzz(func(t *testing.T, form, upos string) {
		xpos, feats, ok := l.VerbFeatures(form, upos)
		if !ok {
			if xpos != "" || feats != "" {
				t.Fatalf("VerbFeatures(%+q, %q) = %+q, %+q, false: tags without ok", form, upos, xpos, feats)
			}
			return
		}
		if upos != "VERB" && upos != "AUX" {
			t.Fatalf("VerbFeatures(%+q, %q) decided for a upos that is not a verb", form, upos)
		}
		need, known := verbXPOS[xpos]
		if !known || !strings.Contains(feats, need) {
			t.Fatalf("VerbFeatures(%+q, %q) = %+q, %+q: unknown XPOS or FEATS that do not fit it", form, upos, xpos, feats)
		}
		keys := []string{}
		for _, kv := range strings.Split(feats, "|") {
			if kv == "" {
				continue
			}
			k, _, found := strings.Cut(kv, "=")
			if !found {
				t.Fatalf("VerbFeatures(%+q, %q): bad feature %+q", form, upos, kv)
			}
			keys = append(keys, k)
		}
		if !sort.StringsAreSorted(keys) {
			t.Fatalf("VerbFeatures(%+q, %q): FEATS %+q not in key order", form, upos, feats)
		}
		if x2, f2, ok2 := l.VerbFeatures(form, upos); x2 != xpos || f2 != feats || !ok2 {
			t.Fatalf("VerbFeatures(%+q, %q) changed between calls", form, upos)
		}
	})
}

// BenchmarkVerbFeaturesSeraji reads every gold verb of the Seraji dev set.
func BenchmarkVerbFeaturesSeraji(b *testing.B) {
	sents := sharedtest.Sentences(b, "ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu")
	var words []conllu.Word
	for _, s := range sents {
		for _, w := range s.Words {
			if w.UPOS == "VERB" || w.UPOS == "AUX" {
				words = append(words, w)
			}
		}
	}
	l := Default()
	l.VerbFeatures("رفتم", "VERB")
	b.ResetTimer()
	for b.Loop() {
		for _, w := range words {
			l.VerbFeatures(w.Form, w.UPOS)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}
