package cli

import (
	"fmt"
	"io"

	"github.com/dabir-nlp/dabir/ner"
)

// EvalNEROptions are the flags of "dabir eval ner".
type EvalNEROptions struct {
	Model  string // folder of a saved model; "" means the embedded one
	Set    string // ParsTwiNER set evaluated when no file is named
	Errors int    // print up to this many sentences with an error
}

func init() {
	register(evalCommands, "ner", "entity-level precision, recall and F1 per type on ParsTwiNER (CoNLL style)", runEvalNER)
}

func runEvalNER(env *Env, args []string) int {
	var o EvalNEROptions
	fs := newFlags(env, "eval ner", "dabir eval ner [-model dir] [-set test|dev] [file.bio ...]  (default: the ParsTwiNER test set)")
	fs.StringVar(&o.Model, "model", "", "evaluate the model saved in `dir` instead of the embedded one")
	fs.StringVar(&o.Set, "set", "test", "ParsTwiNER set to evaluate when no file is named: test, dev or train")
	fs.IntVar(&o.Errors, "errors", 0, "print up to `N` sentences whose entities differ from the gold ones")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch o.Set {
	case "test", "dev", "train":
	default:
		return finish(env, "eval ner", usageErrorf("-set must be test, dev or train, not %q", o.Set))
	}
	return finish(env, "eval ner", evalNER(env, o, fs.Args()))
}

func evalNER(env *Env, o EvalNEROptions, files []string) error {
	r, err := loadRecognizer(o.Model)
	if err != nil {
		return err
	}
	var sents []ner.Sentence
	if len(files) == 0 {
		s, err := readNERSet(o.Set + ".txt")
		if err != nil {
			return err
		}
		sents = s
		fmt.Fprintf(env.Stdout, "ParsTwiNER %s\n", o.Set)
	} else {
		err := eachInput(env, files, func(name string, in io.Reader) error {
			s, err := ner.ReadBIO(in)
			sents = append(sents, s...)
			return err
		})
		if err != nil {
			return err
		}
	}
	var score ner.Score
	shown := 0
	words := 0
	for _, s := range sents {
		pred := r.Labels(s.Words, nil)
		score.Add(s.Labels, pred)
		words += len(s.Words)
		if shown < o.Errors && !sameLabels(s.Labels, pred) {
			shown++
			fmt.Fprintln(env.Stdout)
			for i, w := range s.Words {
				mark := ""
				if s.Labels[i] != pred[i] {
					mark = "  <-- " + pred[i]
				}
				fmt.Fprintf(env.Stdout, "%s\t%s%s\n", w, s.Labels[i], mark)
			}
		}
	}
	if shown > 0 {
		fmt.Fprintln(env.Stdout)
	}
	fmt.Fprintf(env.Stdout, "%d sentences, %d words\n", len(sents), words)
	return score.WriteTable(env.Stdout)
}

func sameLabels(a, b []string) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return len(a) == len(b)
}
