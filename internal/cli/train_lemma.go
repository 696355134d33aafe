package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/morph"
)

// TrainLemmaOptions are the flags of "dabir train lemma".
type TrainLemmaOptions struct {
	Out string // output file of the lexicon; the classifiers go beside it
}

func init() {
	register(trainCommands, "lemma", "derive the morph lexicon (lemmas, verb stems, clitic splits) and the lemma classifiers from ../shared/data", runTrainLemma)
}

func runTrainLemma(env *Env, args []string) int {
	var o TrainLemmaOptions
	fs := newFlags(env, "train lemma", "dabir train lemma [-o morph/lexicon.tsv.gz]")
	fs.StringVar(&o.Out, "o", "morph/lexicon.tsv.gz", "write the gzip lexicon to `file`")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return finish(env, "train lemma", usageErrorf("unexpected arguments: %v", fs.Args()))
	}
	dir, err := shared.Dir()
	if err != nil {
		return finish(env, "train lemma", err)
	}
	var buf bytes.Buffer
	st, err := morph.BuildLexicon(&buf, dir)
	if err != nil {
		return finish(env, "train lemma", err)
	}
	if err := os.WriteFile(o.Out, buf.Bytes(), 0o644); err != nil {
		return finish(env, "train lemma", err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s: %d bytes; %d known words, %d verb stem pairs, %d (form, UPOS, lemma) triples, %d clitic splits, %d raw-text words\n",
		o.Out, buf.Len(), st.Words, st.Verbs, st.Pairs, st.Splits, st.RawWords)
	// The edit-script classifiers for unseen words and the classifiers of
	// the final ی in context, one of each per style, trained on the lexicon
	// just written, beside it.
	for _, style := range []string{morph.StylePerDT, morph.StyleSeraji} {
		var mb bytes.Buffer
		if err := morph.TrainFallback(&mb, buf.Bytes(), style); err != nil {
			return finish(env, "train lemma", err)
		}
		out := filepath.Join(filepath.Dir(o.Out), "lemma-"+style+".model.gz")
		if err := os.WriteFile(out, mb.Bytes(), 0o644); err != nil {
			return finish(env, "train lemma", err)
		}
		fmt.Fprintf(env.Stderr, "wrote %s: %d bytes\n", out, mb.Len())
		// The classifier of the final ی in context.
		mb.Reset()
		if err := morph.TrainContext(&mb, buf.Bytes(), style); err != nil {
			return finish(env, "train lemma", err)
		}
		out = filepath.Join(filepath.Dir(o.Out), "lemma-"+style+"-context.model.gz")
		if err := os.WriteFile(out, mb.Bytes(), 0o644); err != nil {
			return finish(env, "train lemma", err)
		}
		fmt.Fprintf(env.Stderr, "wrote %s: %d bytes\n", out, mb.Len())
	}
	return ExitOK
}
