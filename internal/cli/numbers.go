package cli

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dabir-nlp/dabir/dates"
	"github.com/dabir-nlp/dabir/numbers"
)

// numbersOptions are the flags of `dabir numbers`.
type numbersOptions struct {
	all   bool   // report dates, times and durations too
	spell string // "": find numbers in text; cardinal, ordinal or value: one number per input line, spelled or as a decimal
	ref   string // reference date YYYY-MM-DD for dates (with -all); empty: today
}

func init() {
	register(commands, "numbers", "find numbers, money and percentages in text (JSON lines), or spell numbers as words", runNumbers)
}

func runNumbers(env *Env, args []string) int {
	var o numbersOptions
	fs := newFlags(env, "numbers", `dabir numbers [flags] [FILE...]

Reads the files (or standard input) and writes one JSON object per line for
every number, ordinal, amount of money or percentage found:
{"span":[start,end],"text":...,"type":...,"value":...}; values are plain
decimals (دو میلیون و پانصد هزار تومان → 2500000, unit IRT).

With -spell, each input line is one number instead (digits of any script or
words) and the output line is that number: as words (-spell cardinal,
-spell ordinal) or as a decimal (-spell value).`)
	fs.BoolVar(&o.all, "all", false, "also report dates, times and durations")
	fs.StringVar(&o.spell, "spell", "", "one number per line: cardinal, ordinal or value")
	fs.StringVar(&o.ref, "ref", "", "reference date YYYY-MM-DD for dates (with -all)")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	switch o.spell {
	case "":
	case "cardinal", "ordinal", "value":
		return finish(env, "numbers", spellLines(env, fs.Args(), o.spell))
	default:
		return finish(env, "numbers", usageErrorf("unknown -spell %q (want cardinal, ordinal or value)", o.spell))
	}
	ref, err := parseRef(o.ref)
	if err != nil {
		return finish(env, "numbers", err)
	}
	keep := func(t dates.Type) bool {
		return o.all || t == dates.TypeNumber || t == dates.TypeOrdinal || t == dates.TypeMoney || t == dates.TypePercent
	}
	return finish(env, "numbers", writeExprs(env, fs.Args(), ref, keep))
}

// spellLines reads one number per line and writes it as words or as a
// decimal; a line that is not a number is an error naming the line.
func spellLines(env *Env, files []string, mode string) error {
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	err := eachInput(env, files, func(name string, r io.Reader) error {
		line := 0
		return eachLine(r, func(text []byte, _ string) error {
			line++
			s := strings.TrimSpace(string(text))
			if s == "" {
				_, err := w.WriteString("\n")
				return err
			}
			n, ok := numbers.Parse(s)
			if !ok {
				return fmt.Errorf("line %d: not a number: %q", line, s)
			}
			out := n.Decimal
			if mode != "value" {
				if n.Value != float64(int64(n.Value)) || n.Value > 9e18 || n.Value < -9e18 {
					return fmt.Errorf("line %d: only whole numbers can be spelled: %q", line, s)
				}
				if mode == "ordinal" {
					out = numbers.OrdinalWords(int64(n.Value))
				} else {
					out = numbers.Words(int64(n.Value))
				}
			}
			_, err := fmt.Fprintln(w, out)
			return err
		})
	})
	return flushAfter(w, err)
}
