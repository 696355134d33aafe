package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/dabir-nlp/dabir/internal/zwnjeval"
	"github.com/dabir-nlp/dabir/normalize"
)

// evalZWNJMajority scores, on each gold file with its half-spaces deleted,
// the restorer alone and the restorer with every word respelled by its
// majority spelling in a reference text (or, with "self", in the gold's
// other lines): what following one convention word by word would give.
func evalZWNJMajority(env *Env, o evalZWNJOptions, golds []string) int {
	var ref zwnjeval.Spellings // nil: leave one line out of the gold itself
	if o.majority != "self" {
		data, err := os.ReadFile(o.majority)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		cleaner := normalize.New(normalize.Options{CleanZWNJ: true})
		ref = zwnjeval.Spellings{}
		ref.AddText(cleaner.String(string(data)))
	}
	restorer := normalize.New(normalize.Options{RestoreZWNJ: true, RespectZWNJ: true})
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "file\tdeleted F1\trespelled by %s: P\tR\tF1\t\n", filepath.Base(o.majority))
	for _, name := range golds {
		lines, err := readZWNJGold(name, o.rawGold)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		var alone zwnjeval.Scores
		for _, g := range lines {
			alone.Add(g, restorer.String(zwnjeval.Corrupt(g, zwnjeval.Deleted)))
		}
		m := zwnjeval.MajorityScores(lines, ref, restorer.String)
		fmt.Fprintf(tw, "%s\t%.4f\t%.4f\t%.4f\t%.4f\t\n", filepath.Base(name), alone.F1(), m.Precision(), m.Recall(), m.F1())
	}
	return finish(env, "eval zwnj", tw.Flush())
}
