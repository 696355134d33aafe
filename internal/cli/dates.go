package cli

import (
	"bufio"
	"encoding/json"
	"io"
	"time"

	"github.com/dabir-nlp/dabir/dates"
)

// datesOptions are the flags of `dabir dates`.
type datesOptions struct {
	ref string // reference date, YYYY-MM-DD (Gregorian); empty: today
	all bool   // report every type, not only dates, times and durations
}

func init() {
	register(commands, "dates", "find dates, times and durations in text; JSON lines with span, type and value", runDates)
}

func runDates(env *Env, args []string) int {
	var o datesOptions
	fs := newFlags(env, "dates", `dabir dates [flags] [FILE...]

Reads the files (or standard input) and writes one JSON object per line for
every date, time or duration found: {"span":[start,end],"text":...,"type":...,
"value":...}. Spans are byte offsets into the file. Dates carry the day in the
Jalali, Gregorian and Hijri calendars, and warnings where a weekday or a
second calendar disagrees with the date.`)
	fs.StringVar(&o.ref, "ref", "", "reference date YYYY-MM-DD (Gregorian) for partial and relative dates (default: today)")
	fs.BoolVar(&o.all, "all", false, "also report numbers, money and percentages")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	ref, err := parseRef(o.ref)
	if err != nil {
		return finish(env, "dates", err)
	}
	keep := func(t dates.Type) bool {
		return o.all || t == dates.TypeDate || t == dates.TypeTime || t == dates.TypeDuration
	}
	return finish(env, "dates", writeExprs(env, fs.Args(), ref, keep))
}

// parseRef reads --ref; empty means today.
func parseRef(s string) (time.Time, error) {
	if s == "" {
		y, m, d := time.Now().Date()
		return time.Date(y, m, d, 0, 0, 0, 0, time.UTC), nil
	}
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return time.Time{}, usageErrorf("bad -ref %q: want YYYY-MM-DD", s)
	}
	return t, nil
}

// exprRecord is one line of output of `dabir dates` and `dabir numbers`.
type exprRecord struct {
	File string `json:"file,omitempty"`
	Line int    `json:"line"`
	dates.Expr
}

// writeExprs runs the finder over every line of the inputs and writes the
// expressions keep accepts as JSON lines. Lines are read one at a time, so
// memory stays bounded by the longest line.
func writeExprs(env *Env, files []string, ref time.Time, keep func(dates.Type) bool) error {
	w := bufio.NewWriterSize(env.Stdout, 64<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	f := dates.NewFinder(ref)
	var buf []dates.Expr
	err := eachInput(env, files, func(name string, r io.Reader) error {
		offset, line := 0, 0
		file := ""
		if len(files) > 1 {
			file = name
		}
		return eachLine(r, func(text []byte, ending string) error {
			line++
			buf = f.AppendFind(buf[:0], string(text))
			for _, e := range buf {
				if !keep(e.Type) {
					continue
				}
				e.Span.Start += offset
				e.Span.End += offset
				if err := enc.Encode(exprRecord{File: file, Line: line, Expr: e}); err != nil {
					return err
				}
			}
			offset += len(text) + len(ending)
			return nil
		})
	})
	return flushAfter(w, err)
}
