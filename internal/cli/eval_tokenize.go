package cli

import (
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/shared"
	"github.com/dabir-nlp/dabir/morph"
	"github.com/dabir-nlp/dabir/tokenize"
)

// EvalTokenizeOptions are the flags of "dabir eval tokenize".
type EvalTokenizeOptions struct {
	Errors  int  // print up to this many token errors
	NoSplit bool // do not split clitics (words = tokens)
	// The clitic conventions follow the file name: Seraji for files named
	// *seraji*, PerDT otherwise.
}

func init() {
	register(evalCommands, "tokenize", "sentence, token and word F1 from the # text lines of CoNLL-U files (CoNLL 2018 style)", runEvalTokenize)
}

func runEvalTokenize(env *Env, args []string) int {
	var o EvalTokenizeOptions
	fs := newFlags(env, "eval tokenize", "dabir eval tokenize [-errors N] [file.conllu ...]  (default: the Seraji and PerDT test sets)")
	fs.IntVar(&o.Errors, "errors", 0, "print up to `N` token boundary errors")
	fs.BoolVar(&o.NoSplit, "nosplit", false, "do not split clitics into words")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	files := fs.Args()
	if len(files) == 0 {
		for _, p := range defaultTestSets {
			f, err := shared.Path(p...)
			if err != nil {
				return finish(env, "eval tokenize", err)
			}
			files = append(files, f)
		}
	}
	fmt.Fprintf(env.Stdout, "%-40s %9s %9s %9s\n", "file", "sentF1", "tokenF1", "wordF1")
	for _, f := range files {
		var opt tokenize.Options
		if !o.NoSplit {
			style := morph.StylePerDT
			if strings.Contains(strings.ToLower(shortName(f)), "seraji") {
				style = morph.StyleSeraji
			}
			sp, err := morph.NewCliticSplitter(style)
			if err != nil {
				return finish(env, "eval tokenize", err)
			}
			opt.Splitter = sp.Split
		}
		tk := tokenize.New(opt)
		r, err := evalTokenizeFile(f, tk, o, env.Stderr)
		if err != nil {
			return finish(env, "eval tokenize", err)
		}
		fmt.Fprintf(env.Stdout, "%-40s %9.2f %9.2f %9.2f\n", shortName(f), r.sent.f1(), r.tok.f1(), r.word.f1())
	}
	return ExitOK
}

var defaultTestSets = [][]string{
	{"ud", "UD_Persian-PerDT", "fa_perdt-ud-test.conllu"},
	{"ud", "UD_Persian-Seraji", "fa_seraji-ud-test.conllu"},
}

func shortName(p string) string {
	if i := strings.LastIndexByte(p, '/'); i >= 0 {
		return p[i+1:]
	}
	return p
}

// prf counts gold, system and correct items.
type prf struct{ gold, sys, correct int }

func (p prf) f1() float64 {
	if p.gold+p.sys == 0 {
		return 100
	}
	return 200 * float64(p.correct) / float64(p.gold+p.sys)
}

type tokEvalResult struct{ sent, tok, word prf }

// evalSpan is a range of non-space character (rune) offsets.
type evalSpan struct{ start, end int }

type evalWord struct {
	span  evalSpan
	multi bool
	form  string
}

func evalTokenizeFile(path string, tk *tokenize.Tokenizer, o EvalTokenizeOptions, errw io.Writer) (tokEvalResult, error) {
	var res tokEvalResult
	f, err := os.Open(path)
	if err != nil {
		return res, err
	}
	defer f.Close()
	sents, err := conllu.ReadAll(f)
	if err != nil {
		return res, err
	}
	// Gold.
	var gSents, gToks []evalSpan
	var gWords []evalWord
	var text strings.Builder
	pos := 0
	for _, s := range sents {
		if text.Len() > 0 {
			text.WriteByte(' ')
		}
		text.WriteString(s.Text())
		sStart := pos
		for _, t := range s.Tokens() {
			n := nonSpaceRunes(t.Form)
			sp := evalSpan{pos, pos + n}
			pos += n
			gToks = append(gToks, sp)
			for id := t.From; id <= t.To; id++ {
				gWords = append(gWords, evalWord{span: sp, multi: t.To > t.From, form: wordForm(s, id)})
			}
		}
		gSents = append(gSents, evalSpan{sStart, pos})
	}
	// System.
	in := text.String()
	offs := nonSpaceOffsets(in)
	if offs[len(in)] != pos {
		return res, fmt.Errorf("%s: the # text lines hold %d non-space characters, the tokens %d", path, offs[len(in)], pos)
	}
	var sSents, sToks []evalSpan
	var sWords []evalWord
	for _, s := range tk.Tokenize(in) {
		sSents = append(sSents, evalSpan{offs[s.Span.Start], offs[s.Span.End]})
		for _, t := range s.Tokens {
			sp := evalSpan{offs[t.Span.Start], offs[t.Span.End]}
			if sp.end == sp.start {
				continue
			}
			sToks = append(sToks, sp)
			if len(t.Words) > 1 {
				for _, w := range t.Words {
					sWords = append(sWords, evalWord{span: sp, multi: true, form: w})
				}
			} else {
				sWords = append(sWords, evalWord{span: sp, form: stripSpace(t.Text)})
			}
		}
	}
	res.sent = matchSpans(gSents, sSents)
	res.tok = matchSpans(gToks, sToks)
	res.word = prf{gold: len(gWords), sys: len(sWords), correct: alignWords(gWords, sWords)}
	if o.Errors > 0 {
		printTokenErrors(errw, in, offs, gToks, sToks, o.Errors)
		printWordErrors(errw, gWords, sWords, o.Errors)
	}
	return res, nil
}

func wordForm(s *conllu.Sentence, id int) string {
	for _, w := range s.Words {
		if w.ID == id {
			return w.Form
		}
	}
	return ""
}

func isEvalSpace(r rune) bool { return unicode.IsSpace(r) }

func nonSpaceRunes(s string) int {
	n := 0
	for _, r := range s {
		if !isEvalSpace(r) {
			n++
		}
	}
	return n
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if isEvalSpace(r) {
			return -1
		}
		return r
	}, s)
}

// nonSpaceOffsets returns, for every byte offset of s (and len(s)), the
// number of non-space runes before it.
func nonSpaceOffsets(s string) []int {
	offs := make([]int, len(s)+1)
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		for k := 0; k < size; k++ {
			offs[i+k] = n
		}
		if !isEvalSpace(r) {
			n++
		}
		i += size
	}
	offs[len(s)] = n
	return offs
}

func matchSpans(g, s []evalSpan) prf {
	p := prf{gold: len(g), sys: len(s)}
	i, j := 0, 0
	for i < len(g) && j < len(s) {
		switch {
		case g[i] == s[j]:
			p.correct++
			i++
			j++
		case g[i].start < s[j].start || g[i].start == s[j].start && g[i].end < s[j].end:
			i++
		default:
			j++
		}
	}
	return p
}

// alignWords counts the aligned words as the CoNLL 2018 evaluation script
// does: words outside multiword tokens align by span; inside a region
// covered by multiword tokens, by the longest common subsequence of forms.
func alignWords(g, s []evalWord) int {
	correct := 0
	gi, si := 0, 0
	for gi < len(g) && si < len(s) {
		if g[gi].multi || s[si].multi {
			var gs, ss int
			gs, ss, gi, si = multiwordRegion(g, s, gi, si)
			if si > ss && gi > gs {
				correct += lcsCount(g[gs:gi], s[ss:si])
			}
			continue
		}
		switch {
		case g[gi].span == s[si].span:
			correct++
			gi++
			si++
		case g[gi].span.start <= s[si].span.start:
			gi++
		default:
			si++
		}
	}
	return correct
}

func multiwordRegion(g, s []evalWord, gi, si int) (gs, ss, gi2, si2 int) {
	var end int
	if g[gi].multi {
		end = g[gi].span.end
		if !s[si].multi && s[si].span.start < g[gi].span.start {
			si++
		}
	} else {
		end = s[si].span.end
		if !g[gi].multi && g[gi].span.start < s[si].span.start {
			gi++
		}
	}
	gs, ss = gi, si
	beyond := func(w []evalWord, i int) bool {
		if i >= len(w) {
			return true
		}
		if w[i].multi {
			return w[i].span.start >= end
		}
		return w[i].span.end > end
	}
	extend := func(w evalWord) {
		if w.multi && w.span.end > end {
			end = w.span.end
		}
	}
	for !beyond(g, gi) || !beyond(s, si) {
		if gi < len(g) && (si >= len(s) || g[gi].span.start <= s[si].span.start) {
			extend(g[gi])
			gi++
		} else {
			extend(s[si])
			si++
		}
	}
	return gs, ss, gi, si
}

func lcsCount(g, s []evalWord) int {
	n, m := len(g), len(s)
	t := make([][]int, n+1)
	for i := range t {
		t[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if strings.EqualFold(g[i].form, s[j].form) {
				t[i][j] = 1 + t[i+1][j+1]
			}
			t[i][j] = max(t[i][j], t[i+1][j], t[i][j+1])
		}
	}
	return t[0][0]
}

func printTokenErrors(w io.Writer, in string, offs []int, g, s []evalSpan, limit int) {
	// Map non-space offsets back to byte offsets for display.
	back := make(map[int]int)
	for i := len(in); i >= 0; i-- {
		back[offs[i]] = i
	}
	show := func(sp evalSpan) string {
		a, b := back[sp.start], back[sp.end]
		lo, hi := max(0, a-30), min(len(in), b+30)
		for lo > 0 && !isRuneStart(in[lo]) {
			lo--
		}
		for hi < len(in) && !isRuneStart(in[hi]) {
			hi++
		}
		return fmt.Sprintf("%s[%s]%s", in[lo:a], in[a:b], in[b:hi])
	}
	gs := map[evalSpan]bool{}
	for _, x := range g {
		gs[x] = true
	}
	ss := map[evalSpan]bool{}
	for _, x := range s {
		ss[x] = true
	}
	n := 0
	for _, x := range g {
		if !ss[x] && n < limit {
			fmt.Fprintf(w, "missed: %s\n", show(x))
			n++
		}
	}
	for _, x := range s {
		if !gs[x] && n < 2*limit {
			fmt.Fprintf(w, "extra:  %s\n", show(x))
			n++
		}
	}
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

// printWordErrors prints the tokens whose span both sides agree on but
// whose words differ (clitic splitting errors).
func printWordErrors(w io.Writer, g, s []evalWord, limit int) {
	group := func(ws []evalWord) map[evalSpan][]string {
		m := map[evalSpan][]string{}
		for _, x := range ws {
			m[x.span] = append(m[x.span], x.form)
		}
		return m
	}
	gm, sm := group(g), group(s)
	n := 0
	for _, x := range g {
		gw := gm[x.span]
		sw, ok := sm[x.span]
		if !ok || strings.Join(gw, " ") == strings.Join(sw, " ") || n >= limit {
			continue
		}
		fmt.Fprintf(w, "words: gold %q system %q\n", gw, sw)
		sm[x.span] = gw // print once
		n++
	}
}
