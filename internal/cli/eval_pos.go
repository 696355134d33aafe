package cli

import (
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/ner"
	"github.com/dabir-nlp/dabir/tag"
)

// EvalPOSOptions are the flags of "dabir eval pos".
type EvalPOSOptions struct {
	Convention string // seraji, perdt, informal or auto (guess from the gold XPOS)
	Errors     int    // print the N most frequent UPOS confusions
	Names      bool   // correct the tags inside recognized names, as dabir analyze does
}

// posTestSets are the files "dabir eval pos" reads by default: the test sets
// the tagger never learnt from.
var posTestSets = [][]string{
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-test.conllu"},
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu"},
	{"ud", "iPerUDT", "iPerUDT_test.conllu"},
}

func init() {
	register(evalCommands, "pos", "UPOS, XPOS, UFeats and AllTags accuracy of the tagger on gold words of CoNLL-U files", runEvalPOS)
}

func runEvalPOS(env *Env, args []string) int {
	var o EvalPOSOptions
	fs := newFlags(env, "eval pos", "dabir eval pos [-convention name] [-errors N] [-names] [file.conllu ...]  (default: the Seraji, PerDT and iPerUDT test sets)")
	fs.StringVar(&o.Convention, "convention", "auto", "tag convention: seraji, perdt, informal, or auto to guess it from each file's gold XPOS")
	fs.IntVar(&o.Errors, "errors", 0, "print the `N` most frequent UPOS confusions")
	fs.BoolVar(&o.Names, "names", false, "run the entity recognizer too and correct the tags inside the names it finds (ner.RetagNames), as dabir analyze does")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	conv := tag.Convention(-1)
	if o.Convention != "auto" {
		c, err := tag.ParseConvention(o.Convention)
		if err != nil {
			return finish(env, "eval pos", usageErrorf("%v", err))
		}
		conv = c
	}
	files := fs.Args()
	if len(files) == 0 {
		for _, p := range posTestSets {
			f, err := shared.Path(p...)
			if err != nil {
				return finish(env, "eval pos", err)
			}
			files = append(files, f)
		}
	}
	t := tag.Default()
	fmt.Fprintf(env.Stdout, "%-28s %-9s %7s %7s %7s %7s %7s\n", "file", "conv", "words", "UPOS", "XPOS", "UFeats", "AllTags")
	for _, f := range files {
		var sents []*conllu.Sentence
		err := eachInput(env, []string{f}, func(_ string, r io.Reader) error {
			var err error
			sents, err = conllu.ReadAll(r)
			return err
		})
		if err != nil {
			return finish(env, "eval pos", err)
		}
		c := conv
		if c < 0 {
			c = tag.Guess(sents)
		}
		if !slices.Contains(t.Conventions(), c) {
			c = tag.Seraji // what TagAs falls back to
		}
		var a tag.Accuracy
		if o.Names {
			a = tag.Score(sents, func(words []string) []tag.Tag {
				tags := t.TagAs(words, c)
				ner.RetagNames(tags, ner.Default().Recognize(words, tags), c)
				return tags
			})
		} else {
			a = t.Evaluate(sents, c)
		}
		u, x, fe, all := a.Percent()
		name := f
		if i := strings.LastIndexByte(name, '/'); i >= 0 {
			name = name[i+1:]
		}
		if _, err := fmt.Fprintf(env.Stdout, "%-28s %-9s %7d %7.2f %7.2f %7.2f %7.2f\n", name, c, a.Words, u, x, fe, all); err != nil {
			return finish(env, "eval pos", err)
		}
		if o.Errors > 0 {
			printPOSConfusions(env.Stdout, t, sents, c, o.Errors)
		}
	}
	return ExitOK
}

// printPOSConfusions prints the n most frequent (gold UPOS, tagged UPOS)
// confusions with a few example words each.
func printPOSConfusions(w io.Writer, t *tag.Tagger, sents []*conllu.Sentence, conv tag.Convention, n int) {
	type conf struct {
		key      string
		count    int
		examples []string
	}
	byKey := map[string]*conf{}
	var words []string
	for _, s := range sents {
		words = words[:0]
		for _, wd := range s.Words {
			words = append(words, wd.Form)
		}
		tags := t.TagAs(words, conv)
		for i, wd := range s.Words {
			if tags[i].UPOS == wd.UPOS {
				continue
			}
			k := wd.UPOS + " -> " + tags[i].UPOS
			c := byKey[k]
			if c == nil {
				c = &conf{key: k}
				byKey[k] = c
			}
			c.count++
			if len(c.examples) < 8 {
				c.examples = append(c.examples, wd.Form)
			}
		}
	}
	list := make([]*conf, 0, len(byKey))
	for _, c := range byKey {
		list = append(list, c)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].key < list[j].key
	})
	for i, c := range list {
		if i == n {
			break
		}
		fmt.Fprintf(w, "  %5d  %-16s %s\n", c.count, c.key, strings.Join(c.examples, " "))
	}
}
