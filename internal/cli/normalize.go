package cli

import (
	"bufio"
	"flag"
	"io"
	"runtime"

	"github.com/dabir-nlp/dabir/normalize"
	"golang.org/x/text/transform"
)

// normalizeOptions are the flags of `dabir normalize`.
type normalizeOptions struct {
	profile     string
	digits      string
	letters     bool
	diacritics  bool
	punctuation bool
	cleanZWNJ   bool
	restoreZWNJ bool
	respectZWNJ bool
	spelling    string
	workers     int
}

func init() {
	register(commands, "normalize", "clean Persian text: letters, digits, punctuation, half-spaces (a filter)", runNormalize)
}

func runNormalize(env *Env, args []string) int {
	var o normalizeOptions
	fs := newFlags(env, "normalize", "dabir normalize [flags] [FILE...]\n\nReads the files (or standard input) and writes the normalized text to standard output.")
	fs.StringVar(&o.profile, "profile", "display", "starting set of steps: display, search or none; the flags below override it")
	fs.StringVar(&o.digits, "digits", "", "digit script: persian, latin or keep")
	fs.BoolVar(&o.letters, "letters", true, "unify Arabic letter forms, remove tatweel")
	fs.BoolVar(&o.diacritics, "remove-diacritics", false, "remove short vowels and other diacritics")
	fs.BoolVar(&o.punctuation, "punctuation", true, "Persian punctuation and spacing")
	fs.BoolVar(&o.cleanZWNJ, "clean-zwnj", true, "remove stray half-spaces")
	fs.BoolVar(&o.restoreZWNJ, "restore-zwnj", true, "restore missing half-spaces")
	fs.BoolVar(&o.respectZWNJ, "respect-zwnj", true, "on lines that already have half-spaces, only join affixes standing apart (display profile)")
	fs.StringVar(&o.spelling, "spelling", "", "spelling variants: standard, search or keep")
	fs.IntVar(&o.workers, "workers", 0, "goroutines normalizing blocks of lines in parallel (0: one per CPU)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	opts, err := o.options(set)
	if err != nil {
		return finish(env, "normalize", err)
	}
	n := normalize.New(opts)
	if o.workers <= 0 {
		o.workers = runtime.GOMAXPROCS(0)
	}
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	err = eachInput(env, fs.Args(), func(name string, r io.Reader) error {
		if o.workers == 1 {
			_, err := io.Copy(w, transform.NewReader(r, n))
			return err
		}
		return normalizeParallel(n, r, w, o.workers)
	})
	return finish(env, "normalize", flushAfter(w, err))
}

// options turns the flags into normalize.Options: the profile first, then
// every flag the user set explicitly.
func (o normalizeOptions) options(set map[string]bool) (normalize.Options, error) {
	var opts normalize.Options
	switch o.profile {
	case "display":
		opts = normalize.DefaultOptions()
	case "search":
		opts = normalize.SearchOptions()
	case "none":
	default:
		return opts, usageErrorf("unknown -profile %q (want display, search or none)", o.profile)
	}
	if set["letters"] {
		opts.Letters = o.letters
	}
	if set["remove-diacritics"] {
		opts.RemoveDiacritics = o.diacritics
	}
	if set["punctuation"] {
		opts.Punctuation = o.punctuation
	}
	if set["clean-zwnj"] {
		opts.CleanZWNJ = o.cleanZWNJ
	}
	if set["restore-zwnj"] {
		opts.RestoreZWNJ = o.restoreZWNJ
	}
	if set["respect-zwnj"] {
		opts.RespectZWNJ = o.respectZWNJ
	}
	switch o.digits {
	case "":
	case "persian":
		opts.Digits = normalize.DigitsPersian
	case "latin":
		opts.Digits = normalize.DigitsLatin
	case "keep":
		opts.Digits = normalize.DigitsKeep
	default:
		return opts, usageErrorf("unknown -digits %q (want persian, latin or keep)", o.digits)
	}
	switch o.spelling {
	case "":
	case "standard":
		opts.Spelling = normalize.SpellingStandard
	case "search":
		opts.Spelling = normalize.SpellingSearch
	case "keep":
		opts.Spelling = normalize.SpellingKeep
	default:
		return opts, usageErrorf("unknown -spelling %q (want standard, search or keep)", o.spelling)
	}
	return opts, nil
}
