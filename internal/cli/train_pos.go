package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/tag"
)

// TrainPOSOptions are the flags of "dabir train pos".
type TrainPOSOptions struct {
	Out       string  // directory the model files are written to
	Heldout   int     // hold out the last 1/N of each gold file and report accuracy on it (0: none)
	Epochs    int     // training passes
	Seed      uint64  // example order seed
	Context   int     // raw-text context words
	MinCount  int     // raw-text count for a signature
	MinWeight float64 // prune smaller averaged weights
	Classes   int     // word classes learnt from raw text (1: none)
	GoldDict  bool    // each word's most frequent gold UPOS as a feature
	NoRaw     bool    // do not use raw text
	NoHazm    bool    // do not use Hazm's words.dat
	NoNER     bool    // do not use the NER training data
	SelfTrain bool    // learn an auto-tag dictionary from raw text
	Ensemble  int     // models trained on different orders and mixed
	PA        bool    // passive-aggressive learner instead of the perceptron
	Only      string  // comma-separated conventions whose gold data is used
	// FormalRepeat weighs the formal treebanks (Seraji, PerDT) against the
	// larger informal one by visiting their sentences that many times.
	FormalRepeat int
	Bidi         bool    // also a right-to-left UPOS model
	BidiWeight   float64 // weight of the right-to-left scores
	Errors       int     // with Heldout: print the N most frequent UPOS confusions
	Fraction     float64 // train on this leading share of each gold file's training sentences (a learning curve)
}

// posTrainGold lists the gold training data: dev sets and iPerUDT train and
// dev, never the Seraji or PerDT test sets.
var posTrainGold = []struct {
	conv tag.Convention
	path []string
}{
	{tag.Seraji, []string{"ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu"}},
	{tag.PerDT, []string{"ud", "UD_Persian-PerDT", "fa_perdt-ud-dev.conllu"}},
	{tag.Informal, []string{"ud", "iPerUDT", "iPerUDT_train.conllu"}},
	{tag.Informal, []string{"ud", "iPerUDT", "iPerUDT_dev.conllu"}},
}

// posTrainRaw lists the raw text the tagger's distributional signature is
// learnt from.
var posTrainRaw = [][]string{
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-train.rawtext.txt"},
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-train.rawtext.txt"},
	{"raw", "vue-docs-fa", "vue_docs_fa.txt"},
	{"raw", "ntrex128", "newstest2019-ref.fas.txt"},
}

func init() {
	register(trainCommands, "pos", "train the part-of-speech tagger (UPOS, XPOS, FEATS) into tag/model", runTrainPOS)
}

func runTrainPOS(env *Env, args []string) int {
	var o TrainPOSOptions
	fs := newFlags(env, "train pos", "dabir train pos [flags]")
	fs.StringVar(&o.Out, "out", filepath.Join("tag", "model"), "write the model files into `dir`")
	fs.IntVar(&o.Heldout, "heldout", 0, "hold out the last 1/`N` of each gold file (whole documents, like a test set), report accuracy on it and write no model")
	fs.IntVar(&o.Epochs, "epochs", 15, "training passes")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the example order")
	fs.IntVar(&o.Context, "context", 500, "number of frequent raw-text words used as contexts")
	fs.IntVar(&o.MinCount, "mincount", 2, "raw-text count a word needs for a context signature")
	fs.Float64Var(&o.MinWeight, "minweight", 1, "drop averaged weights smaller than this")
	fs.IntVar(&o.Classes, "classes", 256, "word classes learnt from raw text (1: none)")
	fs.BoolVar(&o.GoldDict, "golddict", true, "use each word's most frequent gold UPOS (jackknifed in two halves while training) as a feature of it and its neighbours")
	fs.BoolVar(&o.NoRaw, "noraw", false, "do not learn from raw text")
	fs.IntVar(&o.Ensemble, "ensemble", 1, "train `K` models on different example orders and mix their weights")
	fs.BoolVar(&o.PA, "pa", true, "train with passive-aggressive updates (false: perceptron updates; -minweight applies only then)")
	fs.BoolVar(&o.SelfTrain, "selftrain", false, "tag the raw text and use each word's most frequent tag as a feature")
	fs.StringVar(&o.Only, "only", "seraji,perdt,informal", "train only on the gold data of these comma-separated `conventions` (iPerUDT is \"informal\")")
	fs.IntVar(&o.FormalRepeat, "formal-repeat", 2, "visit Seraji and PerDT sentences `K` times per epoch (iPerUDT once)")
	fs.BoolVar(&o.NoNER, "noner", false, "do not use ParsTwiNER's train set (name gazetteer, raw text)")
	fs.BoolVar(&o.NoHazm, "nohazm", false, "do not use Hazm's words.dat")
	fs.BoolVar(&o.Bidi, "bidi", false, "also train a right-to-left UPOS model and add its scores to the left-to-right one's")
	fs.Float64Var(&o.BidiWeight, "bidi-weight", 0.3, "with -bidi: weight of the right-to-left model's scores")
	fs.Float64Var(&o.Fraction, "fraction", 1, "train on this leading share (0–1] of each gold file's training sentences, to draw a learning curve with -heldout")
	fs.IntVar(&o.Errors, "errors", 0, "with -heldout: print the `N` most frequent UPOS confusions")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return finish(env, "train pos", usageErrorf("unexpected arguments %q", fs.Args()))
	}
	return finish(env, "train pos", trainPOS(env, o))
}

func trainPOS(env *Env, o TrainPOSOptions) error {
	if err := checkFraction(o.Fraction); err != nil {
		return err
	}
	opt := tag.TrainOptions{Epochs: o.Epochs, Seed: o.Seed, ContextWords: o.Context,
		MinCount: o.MinCount, Classes: o.Classes, SelfTrain: o.SelfTrain, Ensemble: o.Ensemble, PassiveAggressive: o.PA, GoldDict: o.GoldDict, Bidirectional: o.Bidi, BidiWeight: o.BidiWeight, MinWeight: o.MinWeight, Log: env.Stderr}
	type heldout struct {
		name  string
		conv  tag.Convention
		sents []*conllu.Sentence
	}
	var held []heldout
	for _, g := range posTrainGold {
		if o.Only != "" && !slices.Contains(strings.Split(o.Only, ","), g.conv.String()) {
			continue
		}
		sents, err := readConlluShared(g.path...)
		if err != nil {
			return err
		}
		var train, test []*conllu.Sentence
		for i, s := range sents {
			if o.Heldout > 0 && i >= len(sents)-len(sents)/o.Heldout {
				test = append(test, s)
			} else {
				train = append(train, s)
			}
		}
		train = leadingShare(train, o.Fraction)
		repeat := 1
		if g.conv != tag.Informal {
			repeat = o.FormalRepeat
		}
		opt.Sources = append(opt.Sources, tag.Source{Convention: g.conv, Sentences: train, Repeat: repeat})
		if len(test) > 0 {
			held = append(held, heldout{g.path[len(g.path)-1], g.conv, test})
		}
	}
	var closers []io.Closer
	defer func() {
		for _, c := range closers {
			c.Close()
		}
	}()
	open := func(elem ...string) (*os.File, error) {
		p, err := shared.Path(elem...)
		if err != nil {
			return nil, err
		}
		f, err := os.Open(p)
		if err == nil {
			closers = append(closers, f)
		}
		return f, err
	}
	if !o.NoHazm {
		f, err := open("lexicon", "hazm", "words.dat")
		if err != nil {
			return err
		}
		opt.Hazm = f
	}
	if !o.NoRaw {
		for _, r := range posTrainRaw {
			f, err := open(r...)
			if err != nil {
				return err
			}
			opt.Raw = append(opt.Raw, f)
		}
	}
	if !o.NoNER {
		f, err := open("ner", "ParsTwiNER", "train.txt")
		if err != nil {
			return err
		}
		opt.NER = append(opt.NER, f)
	}
	t, err := tag.Train(opt)
	if err != nil {
		return err
	}
	if o.Heldout > 0 {
		seen := map[string]bool{}
		for _, src := range opt.Sources {
			for _, s := range src.Sentences {
				for _, w := range s.Words {
					seen[w.Form] = true
				}
			}
		}
		var all tag.Accuracy
		for _, h := range held {
			a := t.Evaluate(h.sents, h.conv)
			all.Add(a)
			fmt.Fprintf(env.Stdout, "held-out %-28s %-8s %v\n", h.name, h.conv, a)
			printKnownUnknown(env.Stdout, t, h.sents, h.conv, seen)
			if o.Errors > 0 {
				printPOSConfusions(env.Stdout, t, h.sents, h.conv, o.Errors)
			}
		}
		fmt.Fprintf(env.Stdout, "held-out %-28s %-8s %v\n", "all", "", all)
		return nil
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return err
	}
	if err := t.Save(o.Out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "wrote the tagger model into %s\n", o.Out)
	return nil
}

// readConlluShared reads a CoNLL-U file of the shared data folder.
func readConlluShared(elem ...string) ([]*conllu.Sentence, error) {
	p, err := shared.Path(elem...)
	if err != nil {
		return nil, err
	}
	return readConlluFile(p)
}

// readConlluFile reads every sentence of a CoNLL-U file.
func readConlluFile(path string) ([]*conllu.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return sents, nil
}

// printKnownUnknown prints the UPOS accuracy on the words of sents whose form
// occurs in the gold training data (seen) and on the others.
func printKnownUnknown(w io.Writer, t *tag.Tagger, sents []*conllu.Sentence, conv tag.Convention, seen map[string]bool) {
	var n, ok [2]int // [0] known, [1] unknown
	var words []string
	for _, s := range sents {
		words = words[:0]
		for _, wd := range s.Words {
			words = append(words, wd.Form)
		}
		for i, tg := range t.TagAs(words, conv) {
			k := 0
			if !seen[s.Words[i].Form] {
				k = 1
			}
			n[k]++
			if tg.UPOS == s.Words[i].UPOS {
				ok[k]++
			}
		}
	}
	pct := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return 100 * float64(a) / float64(b)
	}
	fmt.Fprintf(w, "         UPOS of words seen in the gold training data %.2f%% (%d words), of unseen words %.2f%% (%d words)\n",
		pct(ok[0], n[0]), n[0], pct(ok[1], n[1]), n[1])
}
