package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/dabir-nlp/dabir/internal/zwnjeval"
	"github.com/dabir-nlp/dabir/normalize"
)

// evalZWNJOptions are the flags of `dabir eval zwnj`.
type evalZWNJOptions struct {
	full     bool
	rawGold  bool
	styles   string
	majority string
	cmd      string
}

func init() {
	register(evalCommands, "zwnj", "score half-space restoration on gold text (CoNLL-U # text lines or plain lines)", runEvalZWNJ)
}

func runEvalZWNJ(env *Env, args []string) int {
	var o evalZWNJOptions
	fs := newFlags(env, "zwnj", "dabir eval zwnj [-full] GOLD...\n\nGOLD is a CoNLL-U file (its # text lines are used) or plain text, one sentence a line.\nEach line is corrupted two ways (ZWNJ deleted; ZWNJ typed as a space) and restored;\nthe scores are precision, recall and F1 of ZWNJ positions and the share of words\nrestored exactly; 'changed' is the share of words altered when the clean gold is run,\nand 'other' the same less the words where a bound affix the gold wrote apart\n(می شود, داده ها, ساده تر) was joined to its word: repairs of the gold.")
	fs.BoolVar(&o.full, "full", false, "also report words changed on clean gold by the full default normalizer")
	fs.BoolVar(&o.rawGold, "raw-gold", false, "score the gold as written, keeping ZWNJs that do nothing (after ا د ذ ر ز ژ و, doubled, at word edges)")
	fs.StringVar(&o.cmd, "cmd", "", "score an external `command` (run by sh -c) instead of Dabir's restorer: it reads the corrupted lines on stdin and must write as many lines; letters, digits and punctuation are folded before scoring (e.g. 'node tools/anchors/virastar.js')")
	fs.StringVar(&o.styles, "styles", "", "`A,B`: instead of scoring, count the gold words whose half-spaces the plain texts A and B write differently (by majority), and which of the two the gold follows")
	fs.StringVar(&o.majority, "majority", "", "`TEXT`: instead of the full scores, score the restorer with its words respelled by their majority spelling in the plain text TEXT (half-spaces deleted); 'self' takes each gold line's spellings from the gold's other lines: how consistently the gold writes its words")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return ExitUsage
	}
	if o.majority != "" {
		return evalZWNJMajority(env, o, fs.Args())
	}
	if o.styles != "" {
		return evalZWNJStyles(env, o.styles, fs.Args())
	}
	if o.cmd != "" {
		return evalZWNJCommand(env, o, fs.Args())
	}
	restorer := normalize.New(normalize.Options{RestoreZWNJ: true, RespectZWNJ: true})
	full := normalize.Default()
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "file\tlines\tdeleted P\tR\tF1\twords\tspaced P\tR\tF1\twords\tchanged\tother\t")
	var all [2]zwnjeval.Scores
	for _, name := range fs.Args() {
		lines, err := readZWNJGold(name, o.rawGold)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		var sc [2]zwnjeval.Scores
		var fullChanged zwnjeval.Scores
		for _, g := range lines {
			for c := range sc {
				in := zwnjeval.Corrupt(g, zwnjeval.Corruption(c))
				out := restorer.String(in)
				sc[c].Add(g, out)
				all[c].Add(g, out)
			}
			clean := restorer.String(g)
			sc[0].AddClean(g, clean)
			all[0].AddClean(g, clean)
			if o.full {
				fullChanged.AddClean(g, full.String(g))
			}
		}
		row(tw, filepath.Base(name), sc, false)
		if o.full {
			fmt.Fprintf(tw, "  full normalizer on clean gold: %.2f%% of words changed\t\t\t\t\t\t\t\t\t\t\t\t\n", 100*fullChanged.ChangedRate())
		}
	}
	if fs.NArg() > 1 {
		row(tw, "all", all, false)
	}
	return finish(env, "eval zwnj", tw.Flush())
}

// readZWNJGold returns the gold lines of the file name. Unless rawGold,
// ZWNJs that do nothing (after a letter that does not join, doubled, at a
// word's edge) are removed from them: the normalizer removes them by
// design, so they are no positions to restore.
func readZWNJGold(name string, rawGold bool) ([]string, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	lines := zwnjeval.GoldLines(string(data), strings.HasSuffix(name, ".conllu"))
	if !rawGold {
		cleaner := normalize.New(normalize.Options{CleanZWNJ: true})
		for i, g := range lines {
			lines[i] = cleaner.String(g)
		}
	}
	return lines, nil
}

// row writes one file's scores; with leftOut, also the lines of each
// corruption that could not be compared (an external command's column).
func row(tw *tabwriter.Writer, name string, sc [2]zwnjeval.Scores, leftOut bool) {
	d, s := sc[0], sc[1]
	fmt.Fprintf(tw, "%s\t%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f\t%.3f%%\t%.3f%%\t", name, d.Lines,
		d.Precision(), d.Recall(), d.F1(), d.WordAccuracy(), s.Precision(), s.Recall(), s.F1(), s.WordAccuracy(), 100*d.ChangedRate(), 100*d.ChangedOtherRate())
	if leftOut {
		fmt.Fprintf(tw, "%d + %d\t", d.Misaligned, s.Misaligned)
	}
	fmt.Fprintln(tw)
}

// evalZWNJStyles prints, for each gold file, how many of its words with a
// half-space decision two reference texts spell differently, and which
// spelling the gold follows: a bound on how well one restorer can match
// golds written in both conventions.
func evalZWNJStyles(env *Env, styles string, golds []string) int {
	names := strings.Split(styles, ",")
	if len(names) != 2 {
		return finish(env, "eval zwnj", usageErrorf("-styles wants two files, A,B"))
	}
	cleaner := normalize.New(normalize.Options{Letters: true, CleanZWNJ: true})
	var refs [2]zwnjeval.Spellings
	for i, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		refs[i] = zwnjeval.Spellings{}
		refs[i].AddText(cleaner.String(string(data)))
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "gold	words with a half-space decision	A and B differ	gold as A	gold as B\t\n")
	for _, name := range golds {
		data, err := os.ReadFile(name)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		lines := zwnjeval.GoldLines(string(data), strings.HasSuffix(name, ".conllu"))
		for i, g := range lines {
			lines[i] = cleaner.String(g)
		}
		c := zwnjeval.StyleConflicts(lines, refs[0], refs[1])
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t\n", filepath.Base(name), c.Words, c.Differ, c.InA, c.InB)
	}
	return finish(env, "eval zwnj", tw.Flush())
}
