package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/ner"
	"github.com/dabir-nlp/dabir/tag"
)

// TrainNEROptions are the flags of "dabir train ner".
type TrainNEROptions struct {
	Out       string  // directory the model files are written to
	Epochs    int     // training passes
	Seed      uint64  // example order seed
	Seeds     int     // models trained with different seeds and averaged
	Folds     int     // parts of the training data for jackknifed gazetteer features
	Classes   int     // word classes learnt from raw text (0: none)
	MinCount  int     // raw-text count a word needs for a class
	Iters     int     // exchange-algorithm passes for word classes
	MinWeight float64 // prune smaller averaged weights
	NoCLDR    bool    // do not use the CLDR names
	NoNames   bool    // do not use the reviewed names of ner/names.tsv
	NoHazm    bool    // do not use Hazm's word list for word tags
	Dev       bool    // report entity F1 on the dev set after training
	WithDev   bool    // train on train and dev (the final model, once choices are fixed on dev)
	Clusters  string  // read word classes from this file instead of learning them
	Spelling  bool    // learn and use a spelling model of names
	POS       bool    // learn part-of-speech features from tag.Default (PerDT convention)
	Fraction  float64 // train on this leading share of the training sentences (a learning curve)
}

// nerTrainRaw lists the raw text the word classes are learnt from, besides
// the NER training and dev sentences themselves. Never the Seraji or PerDT
// test sets, nor the NER test set.
var nerTrainRaw = [][]string{
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-train.rawtext.txt"},
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-train.rawtext.txt"},
	{"raw", "ntrex128", "newstest2019-ref.fas.txt"},
	{"raw", "vue-docs-fa", "vue_docs_fa.txt"},
	{"ud", "iPerUDT", "iPerUDT_train.conllu"},
	{"ud", "iPerUDT", "iPerUDT_dev.conllu"},
	{"ud", "iPerUDT", "iPerUDT_test.conllu"},
}

// nerTreebanks lists the tagged text whose proper nouns and other words
// teach the spelling model: dev and training sets only.
var nerTreebanks = [][]string{
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-dev.conllu"},
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-dev.conllu"},
	{"ud", "iPerUDT", "iPerUDT_train.conllu"},
	{"ud", "iPerUDT", "iPerUDT_dev.conllu"},
}

func init() {
	register(trainCommands, "ner", "train the named-entity recognizer on ParsTwiNER into ner/model", runTrainNER)
}

func runTrainNER(env *Env, args []string) int {
	var o TrainNEROptions
	fs := newFlags(env, "train ner", "dabir train ner [flags]")
	fs.StringVar(&o.Out, "out", filepath.Join("ner", "model"), "write the model files into `dir`")
	fs.IntVar(&o.Epochs, "epochs", 8, "training passes")
	fs.Uint64Var(&o.Seed, "seed", 1, "seed of the example order")
	fs.IntVar(&o.Seeds, "seeds", 3, "train this many models with different example orders and average their weights")
	fs.IntVar(&o.Folds, "folds", 5, "jackknife folds for the gazetteer features of training sentences")
	fs.IntVar(&o.Classes, "classes", 256, "word classes learnt from raw text (0: none)")
	fs.IntVar(&o.MinCount, "mincount", 3, "raw-text count a word needs for a word class")
	fs.IntVar(&o.Iters, "iters", 8, "passes of the word-class exchange algorithm")
	fs.Float64Var(&o.MinWeight, "minweight", 0.001, "drop averaged weights smaller than this")
	fs.BoolVar(&o.NoCLDR, "nocldr", false, "do not use the CLDR place and language names")
	fs.BoolVar(&o.NoNames, "nonames", false, "do not use the reviewed names of ner/names.tsv")
	fs.BoolVar(&o.NoHazm, "nohazm", false, "do not use Hazm's word list (frequency band and part of speech of common words)")
	fs.BoolVar(&o.Dev, "dev", true, "report entity-level scores on the ParsTwiNER dev set (not with -withdev)")
	fs.BoolVar(&o.WithDev, "withdev", false, "train on ParsTwiNER train and dev together (for the final model, once every choice was made on dev)")
	fs.StringVar(&o.Clusters, "clusters", "", "read the word classes from `file` (clusters.tsv.gz of a saved model) instead of learning them")
	fs.BoolVar(&o.Spelling, "spelling", true, "learn how names are spelt (character n-grams of the training words, ordinary words from Hazm and treebanks) and use it as features")
	fs.Float64Var(&o.Fraction, "fraction", 1, "train on this leading share (0–1] of the ParsTwiNER training sentences, to draw a learning curve on dev")
	fs.BoolVar(&o.POS, "pos", false, "use the part-of-speech tags of tag.Default (PerDT convention) as features (lowered dev F1)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return finish(env, "train ner", usageErrorf("unexpected arguments %q", fs.Args()))
	}
	return finish(env, "train ner", trainNER(env, o))
}

func readNERSet(name string) ([]ner.Sentence, error) {
	p, err := shared.Path("ner", "ParsTwiNER", name)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p, err)
	}
	return s, nil
}

func trainNER(env *Env, o TrainNEROptions) error {
	start := time.Now()
	train, err := readNERSet("train.txt")
	if err != nil {
		return err
	}
	dev, err := readNERSet("dev.txt")
	if err != nil {
		return err
	}
	if err := checkFraction(o.Fraction); err != nil {
		return err
	}
	train = leadingShare(train, o.Fraction)
	base := ner.NewGazetteer()
	if !o.NoCLDR {
		dir, err := shared.Path("lexicon", "cldr-fa")
		if err != nil {
			return err
		}
		if err := ner.AddCLDR(base, dir); err != nil {
			return err
		}
	}
	if !o.NoNames {
		if err := ner.AddReviewedNames(base); err != nil {
			return err
		}
	}
	opt := ner.TrainOptions{Epochs: o.Epochs, Seed: o.Seed, Seeds: o.Seeds, Folds: o.Folds, MinWeight: o.MinWeight, Spelling: o.Spelling,
		Progress: func(ep int, acc float64) {
			fmt.Fprintf(env.Stderr, "epoch %d: %.4f of training words right (%v)\n", ep, acc, time.Since(start).Round(time.Second))
		}}
	if !o.NoHazm {
		p, err := shared.Path("lexicon", "hazm", "words.dat")
		if err != nil {
			return err
		}
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		opt.WordTags, err = ner.ReadHazmWords(f)
		f.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
	}
	if o.Spelling {
		opt.Treebank = map[string]ner.WordUse{}
		for _, elem := range nerTreebanks {
			p, err := shared.Path(elem...)
			if err != nil {
				return err
			}
			if err := ner.ReadTreebankUse(p, opt.Treebank); err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
		}
	}
	switch {
	case o.Clusters != "":
		f, err := os.Open(o.Clusters)
		if err != nil {
			return err
		}
		opt.Clusters, err = ner.ReadClusters(f)
		f.Close()
		if err != nil {
			return err
		}
	case o.Classes > 0:
		corpus := ner.FoldedWords(append(append([]ner.Sentence{}, train...), dev...))
		for _, elem := range nerTrainRaw {
			p, err := shared.Path(elem...)
			if err != nil {
				return err
			}
			c, err := ner.ReadRawFile(p)
			if err != nil {
				return err
			}
			corpus = append(corpus, c...)
		}
		opt.Clusters = ner.TrainClusters(corpus, o.Classes, o.MinCount, o.Iters)
		fmt.Fprintf(env.Stderr, "word classes: %d words in %d classes from %d sentences (%v)\n",
			opt.Clusters.Len(), o.Classes, len(corpus), time.Since(start).Round(time.Second))
	}
	var tagger *tag.Tagger
	if o.POS {
		tagger = tag.Default()
		opt.UPOS = func(words []string) []string {
			tags := tagger.TagAs(words, tag.PerDT)
			upos := make([]string, len(tags))
			for i, t := range tags {
				upos[i] = t.UPOS
			}
			return upos
		}
	}
	sents := train
	if o.WithDev {
		sents = append(append([]ner.Sentence{}, train...), dev...)
	}
	r, err := ner.Train(sents, base, opt)
	if err != nil {
		return err
	}
	if o.Dev && !o.WithDev {
		var s ner.Score
		for _, x := range dev {
			var tags []tag.Tag
			if tagger != nil {
				tags = tagger.TagAs(x.Words, tag.PerDT)
			}
			s.Add(x.Labels, r.Labels(x.Words, tags))
		}
		fmt.Fprintln(env.Stderr, "ParsTwiNER dev:")
		if err := s.WriteTable(env.Stderr); err != nil {
			return err
		}
	}
	if err := r.Save(o.Out); err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "%v written to %s in %v\n", r, o.Out, time.Since(start).Round(time.Second))
	return nil
}
