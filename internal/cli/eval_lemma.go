package cli

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/morph"
	"github.com/dabir-nlp/dabir/tag"
)

// EvalLemmaOptions are the flags of "dabir eval lemma".
type EvalLemmaOptions struct {
	Style   string // perdt, seraji or auto (from the file name)
	Exclude string // comma-separated lexicon sources to leave out
	Errors  int    // print up to this many errors
	// Halves learns from the even sentences of the dev sets only and
	// measures on their odd sentences: the honest dev figure for the rules.
	Halves bool
	// Swap, with Halves, learns from the odd sentences and measures on the
	// even ones: the other way round, as every change is checked both ways.
	Swap bool
	// Fraction, with Halves, learns from the leading share of the learning
	// half's sentences of the style's own treebank only (gold tables and
	// both classifiers), scoring the same other half: a learning curve.
	Fraction float64
	// Orders, with Halves, trains the classifiers in this many orders of
	// their examples (shifted by orderStep) and reports the errors of each
	// and their mean: one order moves the errors by several words.
	Orders int
	// RulesOnly measures the suffix rules without the edit-script classifier.
	RulesOnly bool
	// Tagged adds a column with the UPOS and FEATS of the embedded tagger
	// (in the treebank's convention) instead of the gold ones: how the
	// lemmatizer does in the pipeline, and how UDPipe and Stanza report.
	Tagged bool
	// Exact compares with the gold LEMMA as it is written, as the CoNLL 2018
	// evaluation does; by default a gold lemma with a '#' (a few Seraji
	// verbs and participles: کرد#کن, بر#داشت) is compared by its part
	// before the '#'.
	Exact bool
}

func init() {
	register(evalCommands, "lemma", "lemma accuracy on gold tokens of CoNLL-U files, with gold UPOS (and FEATS), without, or with predicted tags", runEvalLemma)
}

func runEvalLemma(env *Env, args []string) int {
	var o EvalLemmaOptions
	fs := newFlags(env, "eval lemma", "dabir eval lemma [-style auto|perdt|seraji] [-exclude sources] [-errors N] [-halves [-swap] [-fraction F] [-orders N]] [-rules] [-tagged] [-exact] [file.conllu ...]  (default: the Seraji and PerDT test sets)")
	fs.StringVar(&o.Style, "style", "auto", "lemma conventions: perdt, seraji, or auto (seraji when the file name says so)")
	fs.StringVar(&o.Exclude, "exclude", "", "comma-separated lexicon sources to leave out (perdt-dev, seraji-dev, iper-train, iper-dev, iper-test)")
	fs.IntVar(&o.Errors, "errors", 0, "print up to `N` errors (with gold UPOS), each with the words before and after it")
	fs.BoolVar(&o.Halves, "halves", false, "learn from the even sentences of the dev sets, measure on the odd ones (default files: the Seraji and PerDT dev sets)")
	fs.BoolVar(&o.Swap, "swap", false, "with -halves: learn from the odd sentences, measure on the even ones")
	fs.Float64Var(&o.Fraction, "fraction", 1, "with -halves: learn from the leading share `F` (0 < F <= 1) of the learning half's sentences of the style's own treebank")
	fs.IntVar(&o.Orders, "orders", 1, "with -halves: train the classifiers in `N` orders of their examples and report each and the mean errors")
	fs.BoolVar(&o.RulesOnly, "rules", false, "leave out the edit-script classifier for unseen words (suffix rules only)")
	fs.BoolVar(&o.Exact, "exact", false, "compare with the gold LEMMA exactly as written (by default a lemma with '#' is compared by its part before the '#')")
	fs.BoolVar(&o.Tagged, "tagged", false, "add a column with the tags of the embedded tagger (UPOS and FEATS) instead of the gold ones")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if err := checkFraction(o.Fraction); err != nil {
		return finish(env, "eval lemma", err)
	}
	if o.Fraction < 1 && !o.Halves {
		return finish(env, "eval lemma", usageErrorf("-fraction needs -halves"))
	}
	if o.Orders < 1 || o.Orders > 1 && !o.Halves {
		return finish(env, "eval lemma", usageErrorf("-orders %d: want 1, or more with -halves", o.Orders))
	}
	files := fs.Args()
	sets := defaultTestSets
	var lexicon []byte
	if o.Halves {
		sets = defaultDevSets
		var err error
		if lexicon, err = halvesLexicon(o.Fraction); err != nil {
			return finish(env, "eval lemma", err)
		}
	}
	if len(files) == 0 {
		for _, p := range sets {
			f, err := shared.Path(p...)
			if err != nil {
				return finish(env, "eval lemma", err)
			}
			files = append(files, f)
		}
	}
	var exclude []string
	if o.Exclude != "" {
		exclude = strings.Split(o.Exclude, ",")
	}
	head := fmt.Sprintf("%-32s %7s %9s %6s %11s %8s", "file", "words", "goldUPOS%", "errors", "+goldFEATS%", "noUPOS%")
	if o.Tagged {
		head += fmt.Sprintf(" %11s", "predicted%")
	}
	fmt.Fprintln(env.Stdout, head)
	for _, f := range files {
		style := o.Style
		if style == "auto" {
			style = morph.StylePerDT
			if strings.Contains(strings.ToLower(shortName(f)), "seraji") {
				style = morph.StyleSeraji
			}
		}
		ex := exclude
		if o.Halves && o.Swap {
			ex = append(ex, style+"-dev")
		} else if o.Halves {
			ex = append(ex, style+"-dev-b")
		}
		if o.Halves && o.Fraction < 1 {
			// The sentences past the leading share of the style's halves.
			ex = append(ex, style+"-dev-rest", style+"-dev-b-rest")
		}
		sumErrors := 0
		for k := 0; k < o.Orders; k++ {
			lm, err := morph.NewLemmatizer(morph.LemmaOptions{Style: style, Exclude: ex, Lexicon: lexicon, RulesOnly: o.RulesOnly, OrderShift: uint64(k) * orderStep})
			if err != nil {
				return finish(env, "eval lemma", err)
			}
			fh, err := os.Open(f)
			if err != nil {
				return finish(env, "eval lemma", err)
			}
			sents, err := conllu.ReadAll(fh)
			fh.Close()
			if err != nil {
				return finish(env, "eval lemma", err)
			}
			conv := tag.PerDT
			if style == morph.StyleSeraji {
				conv = tag.Seraji
			}
			var n, withPOS, withFeats, without, tagged, shown int
			for si, s := range sents {
				if o.Halves && si%2 == 0 != o.Swap {
					continue
				}
				forms := make([]string, len(s.Words))
				upos := make([]string, len(s.Words))
				feats := make([]string, len(s.Words))
				for i, w := range s.Words {
					forms[i], upos[i], feats[i] = w.Form, w.UPOS, w.Feats
					if upos[i] == "_" {
						upos[i] = "" // no UPOS in the file
					}
					if feats[i] == "_" {
						feats[i] = ""
					}
				}
				var pred morph.Sentence
				if o.Tagged {
					pred.Forms = forms
					for _, t := range tag.Default().TagAs(forms, conv) {
						pred.UPOS = append(pred.UPOS, t.UPOS)
						pred.Feats = append(pred.Feats, t.Feats)
					}
				}
				for i, w := range s.Words {
					gold := w.Lemma
					if past, _, ok := strings.Cut(gold, "#"); ok && past != "" && !o.Exact {
						gold = past
					}
					n++
					got := lm.LemmaAt(morph.Sentence{Forms: forms, UPOS: upos}, i)
					if got == gold {
						withPOS++
					} else if shown < o.Errors {
						prev, next := "", ""
						if i > 0 {
							prev = forms[i-1]
						}
						if i+1 < len(forms) {
							next = forms[i+1]
						}
						fmt.Fprintf(env.Stderr, "%s\t%s\tgold=%s\tgot=%s\t%s _ %s\n", w.Form, upos[i], gold, got, prev, next)
						shown++
					}
					if lm.LemmaAt(morph.Sentence{Forms: forms, UPOS: upos, Feats: feats}, i) == gold {
						withFeats++
					}
					if lm.LemmaAt(morph.Sentence{Forms: forms}, i) == gold {
						without++
					}
					if o.Tagged && lm.LemmaAt(pred, i) == gold {
						tagged++
					}
				}
			}
			name := shortName(f)
			if o.Orders > 1 {
				name += fmt.Sprintf(" #%d", k)
			}
			sumErrors += n - withPOS
			line := fmt.Sprintf("%-32s %7d %9.2f %6d %11.2f %8.2f", name, n, pct(withPOS, n), n-withPOS, pct(withFeats, n), pct(without, n))
			if o.Tagged {
				line += fmt.Sprintf(" %11.2f", pct(tagged, n))
			}
			fmt.Fprintln(env.Stdout, line)
		}
		if o.Orders > 1 {
			fmt.Fprintf(env.Stdout, "%-32s mean errors over %d training orders: %.1f\n", shortName(f), o.Orders, float64(sumErrors)/float64(o.Orders))
		}
	}
	return ExitOK
}

// halvesLexicon builds the lexicon of -halves: the dev sets split into
// their even and odd sentences, and, for fraction < 1, each half split
// again after its leading share.
func halvesLexicon(fraction float64) ([]byte, error) {
	dir, err := shared.Dir()
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if fraction == 1 {
		_, err = morph.BuildHalvesLexicon(&buf, dir)
	} else {
		_, err = morph.BuildHalvesLexiconShare(&buf, dir, func(n int) int {
			return len(leadingShare(make([]struct{}, n), fraction))
		})
	}
	return buf.Bytes(), err
}

// orderStep is how far -orders shifts the training order of the
// classifiers from one run to the next (each epoch of a run has an order of
// its own, so a step beyond the epochs gives runs that share none).
const orderStep = 100

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

var defaultDevSets = [][]string{
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-dev.conllu"},
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu"},
}
