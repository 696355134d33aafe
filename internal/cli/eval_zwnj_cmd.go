package cli

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/dabir-nlp/dabir/internal/zwnjeval"
)

// evalZWNJCommand scores another tool on the same corrupted gold as
// Dabir's restorer: each file's lines, corrupted both ways and clean, go
// through the command, and its output is scored after folding letters,
// digits and punctuation (zwnjeval.FoldLetters), so that only half-space
// decisions count. Lines whose letters the command changed otherwise are
// left out and counted.
func evalZWNJCommand(env *Env, o evalZWNJOptions, names []string) int {
	tw := tabwriter.NewWriter(env.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "file\tlines\tdeleted P\tR\tF1\twords\tspaced P\tR\tF1\twords\tchanged\tother\tleft out\t")
	var all [2]zwnjeval.Scores
	var took time.Duration
	var bytesIn int
	for _, name := range names {
		lines, err := readZWNJGold(name, o.rawGold)
		if err != nil {
			return finish(env, "eval zwnj", err)
		}
		var sc [2]zwnjeval.Scores
		for c := range 3 { // deleted, spaced, the clean gold
			in := make([]string, len(lines))
			for i, g := range lines {
				in[i] = g
				if c < 2 {
					in[i] = zwnjeval.Corrupt(g, zwnjeval.Corruption(c))
				}
			}
			start := time.Now()
			out, err := runLinesThrough(o.cmd, in)
			took += time.Since(start)
			if err != nil {
				return finish(env, "eval zwnj", err)
			}
			for _, l := range in {
				bytesIn += len(l) + 1
			}
			for i, g := range lines {
				g, r := zwnjeval.FoldLetters(g), zwnjeval.FoldLetters(out[i])
				if c < 2 {
					sc[c].Add(g, r)
					all[c].Add(g, r)
				} else {
					sc[0].AddClean(g, r)
					all[0].AddClean(g, r)
				}
			}
		}
		row(tw, filepath.Base(name), sc, true)
	}
	if len(names) > 1 {
		row(tw, "all", all, true)
	}
	err := tw.Flush()
	if err == nil {
		_, err = fmt.Fprintf(env.Stdout, "command time: %.2f s for %.2f MB (%.2f MB/s, start-up included)\n", took.Seconds(), float64(bytesIn)/1e6, float64(bytesIn)/1e6/took.Seconds())
	}
	return finish(env, "eval zwnj", err)
}

// runLinesThrough runs command (sh -c) with lines on its standard input,
// one a line, and returns the lines it writes, which must be as many.
func runLinesThrough(command string, lines []string) ([]string, error) {
	cmd := exec.Command("sh", "-c", command)
	cmd.Stdin = strings.NewReader(strings.Join(lines, "\n") + "\n")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s: %v: %s", command, err, strings.TrimSpace(stderr.String()))
	}
	got := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	if len(got) != len(lines) {
		return nil, fmt.Errorf("%s: wrote %d lines for %d", command, len(got), len(lines))
	}
	return got, nil
}
