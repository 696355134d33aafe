package morph

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/internal/conllu"
	"github.com/dabir-nlp/dabir/internal/gzipio"
)

// Sources of the lexicon, as paths relative to the shared data folder. The
// Seraji and PerDT test sets are deliberately absent: they are for reporting.
var treebankSources = []struct{ tag, path string }{
	{"perdt-dev", "ud/UD_Persian-PerDT/fa_perdt-ud-dev.conllu"},
	{"seraji-dev", "ud/UD_Persian-Seraji/fa_seraji-ud-dev.conllu"},
	{"iper-train", "ud/iPerUDT/iPerUDT_train.conllu"},
	{"iper-dev", "ud/iPerUDT/iPerUDT_dev.conllu"},
	{"iper-test", "ud/iPerUDT/iPerUDT_test.conllu"},
}

// rawSources are the raw train texts of the two formal treebanks.
var rawSources = []string{
	"ud/UD_Persian-PerDT/fa_perdt-ud-train.rawtext.txt",
	"ud/UD_Persian-Seraji/fa_seraji-ud-train.rawtext.txt",
}

// BuildStats says what BuildLexicon read.
type BuildStats struct {
	Words, Verbs, Pairs, Splits, RawWords int
}

// BuildLexicon derives the embedded lexicon from the shared data folder dir
// and writes it gzip-compressed to w. It reads Hazm's words.dat (words with a
// frequency above zero, with their parts of speech) and verbs.dat (past and
// present stems), and the gold CoNLL-U of the Seraji and PerDT dev sets and
// of iPerUDT: every (form, UPOS, lemma) triple with its count, the verb
// stems in OrigLemma (past#present), and the surface tokens the treebanks
// split into several words (clitics); and the frequencies of the words of
// the raw train text of both treebanks. The output is sorted, so the same
// input always gives the same bytes.
func BuildLexicon(w io.Writer, dir string) (BuildStats, error) {
	return buildLexicon(w, dir, false, nil)
}

// BuildHalvesLexicon is BuildLexicon with the odd sentences of every gold
// source tagged apart (source "perdt-dev-b", ...), so that a Lemmatizer
// built with LemmaOptions{Lexicon: ..., Exclude: []string{"perdt-dev-b"}}
// learns from one half of a dev set and can be measured on the other.
func BuildHalvesLexicon(w io.Writer, dir string) (BuildStats, error) {
	return buildLexicon(w, dir, true, nil)
}

// BuildHalvesLexiconShare is BuildHalvesLexicon for a learning curve: of
// the n sentences of each half of every gold source, the first share(n)
// keep their tag and the others are tagged apart with "-rest" appended
// ("perdt-dev-rest", "perdt-dev-b-rest"), so that a Lemmatizer that
// excludes those too learns from the leading share of a half only. The
// verb stems and clitic splits, which carry no source, still come from
// every sentence, as in BuildHalvesLexicon.
func BuildHalvesLexiconShare(w io.Writer, dir string, share func(n int) int) (BuildStats, error) {
	return buildLexicon(w, dir, true, share)
}

func buildLexicon(w io.Writer, dir string, splitHalves bool, share func(n int) int) (BuildStats, error) {
	var st BuildStats
	var lines []string
	// Known words.
	err := eachTSV(filepath.Join(dir, "lexicon/hazm/words.dat"), func(f []string) {
		if len(f) < 3 {
			return
		}
		n, err := strconv.Atoi(f[1])
		if err != nil || f[0] == "" || n <= 0 && !strings.Contains(","+f[2]+",", ",PL,") {
			return // keep words in use, and every plural (for broken plurals)
		}
		lines = append(lines, "w\t"+f[0]+"\t"+f[1]+"\t"+f[2])
		st.Words++
	})
	if err != nil {
		return st, err
	}
	verbs := map[string]bool{}
	formalPast := map[string]bool{} // past stems of Hazm and the formal treebanks
	err = eachTSV(filepath.Join(dir, "lexicon/hazm/verbs.dat"), func(f []string) {
		if past, pres, ok := strings.Cut(f[0], "#"); ok && past != "" {
			verbs[past+"\t"+pres] = true
			formalPast[past] = true
		}
	})
	if err != nil {
		return st, err
	}
	pairs := map[string]int{}
	type splitCount struct {
		split map[string]int
		whole int
	}
	splits := map[string]*splitCount{}
	wholeForms := map[string]bool{}
	events := map[string]int{}
	joins := map[string]int{}
	for _, src := range treebankSources {
		f, err := os.Open(filepath.Join(dir, src.path))
		if err != nil {
			return st, err
		}
		sents, err := conllu.ReadAll(f)
		f.Close()
		if err != nil {
			return st, fmt.Errorf("%s: %w", src.path, err)
		}
		keep := [2]int{(len(sents) + 1) / 2, len(sents) / 2} // sentences kept of each half
		if share != nil {
			keep = [2]int{share(keep[0]), share(keep[1])}
		}
		for si, s := range sents {
			tag := src.tag
			if splitHalves && si%2 == 1 {
				tag += "-b" // held-out half, for checks of the rules only
			}
			if splitHalves && si/2 >= keep[si%2] {
				tag += "-rest" // past the leading share of its half
			}
			// iPerUDT's verb lemmas hold informal misreadings (خوابد#خواب,
			// گذرد#گذر): its stems count only where Hazm or a formal
			// treebank knows the past stem.
			informal := strings.HasPrefix(src.tag, "iper")
			addVerb := func(past, pres string) {
				if informal && !formalPast[past] {
					return
				}
				verbs[past+"\t"+pres] = true
				formalPast[past] = true
			}
			for _, wd := range s.Words {
				lemma := wd.Lemma
				isVerb := wd.UPOS == "VERB" || wd.UPOS == "AUX"
				if past, pres, ok := strings.Cut(lemma, "#"); ok {
					lemma = past
					if past != "" && pres != "" && isVerb {
						addVerb(past, pres)
					}
				}
				for _, kv := range strings.Split(wd.Misc, "|") {
					if v, ok := strings.CutPrefix(kv, "OrigLemma="); ok {
						if past, pres, ok := strings.Cut(v, "#"); ok && past != "" && pres != "" {
							addVerb(past, pres)
						}
					}
				}
				if wd.Form == "" || lemma == "" || lemma == "_" {
					continue
				}
				pairs[tag+"\t"+wd.Form+"\t"+wd.UPOS+"\t"+lemma]++
			}
			// Words in ی with their neighbours: what the context classifier
			// learns the indefinite ی from (زنی که → زن).
			for i, wd := range s.Words {
				if !yeCandidate(wd.Form, wd.UPOS) || wd.Lemma == "" || wd.Lemma == "_" || strings.ContainsAny(wd.Form, "\t ") {
					continue
				}
				prev, prevU, next, nextU := "", "", "", ""
				if i > 0 {
					prev, prevU = s.Words[i-1].Form, s.Words[i-1].UPOS
				}
				if i+1 < len(s.Words) {
					next, nextU = s.Words[i+1].Form, s.Words[i+1].UPOS
				}
				events[strings.Join([]string{tag, prev, prevU, wd.Form, wd.UPOS, next, nextU, wd.Lemma}, "\t")]++
			}
			for _, t := range s.Tokens() {
				sc := splits[t.Form]
				if sc == nil {
					sc = &splitCount{split: map[string]int{}}
					splits[t.Form] = sc
				}
				if t.To == t.From {
					sc.whole++
					if strings.ContainsAny(lastRune(t.Form), "شمتند") {
						wholeForms[t.Form] = true
					}
					continue
				}
				var parts, lemmas []string
				for id := t.From; id <= t.To; id++ {
					for _, wd := range s.Words {
						if wd.ID == id {
							parts = append(parts, wd.Form)
							lemmas = append(lemmas, wd.Lemma)
						}
					}
				}
				sc.split[strings.Join(parts, " ")]++
				if len(parts) == 2 && isPronounClitic[parts[1]] {
					// Does the host's lemma take the clitic in (PerDT: خود + ش → خودش)?
					joined := "0"
					if lemmas[0] == parts[0]+parts[1] {
						joined = "1"
					}
					joins[tag+"\t"+parts[0]+"\t"+joined]++
				}
			}
		}
	}
	// Word frequencies of the raw train text: which candidate lemmas exist.
	rawFreq := map[string]int{}
	indef := map[string]int{} // words in ی seen where an indefinite ی is usual
	for _, raw := range rawSources {
		err := eachTSV(filepath.Join(dir, raw), func(f []string) {
			ws := strings.Fields(strings.Join(f, " "))
			for i, w := range ws {
				ws[i] = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) })
			}
			for i, w := range ws {
				if w == "" {
					continue
				}
				rawFreq[w]++
				if strings.HasSuffix(w, "ی") && (i+1 < len(ws) && indefNext[ws[i+1]] || i > 0 && indefPrev[ws[i-1]]) {
					indef[w]++
				}
			}
		})
		if err != nil {
			return st, err
		}
	}
	for w, n := range rawFreq {
		if n >= 2 {
			lines = append(lines, "f\t"+w+"\t"+strconv.Itoa(n))
			st.RawWords++
			if indef[w] > 0 {
				lines = append(lines, "i\t"+w+"\t"+strconv.Itoa(indef[w]))
			}
		}
	}
	for v := range verbs {
		past, _, _ := strings.Cut(v, "\t")
		if !strings.HasSuffix(past, "د") && !strings.HasSuffix(past, "ت") {
			continue // not a past stem (a tagging slip in the source)
		}
		lines = append(lines, "v\t"+v)
		st.Verbs++
	}
	for p, n := range pairs {
		lines = append(lines, "l\t"+p+"\t"+strconv.Itoa(n))
		st.Pairs++
	}
	for e, n := range events {
		lines = append(lines, "e\t"+e+"\t"+strconv.Itoa(n))
	}
	for j, n := range joins {
		lines = append(lines, "j\t"+j+"\t"+strconv.Itoa(n))
	}
	for form, sc := range splits {
		best, bn := "", 0
		for p, n := range sc.split {
			if n > bn || n == bn && p < best {
				best, bn = p, n
			}
		}
		if bn > sc.whole {
			lines = append(lines, "m\t"+form+"\t"+best)
			st.Splits++
		} else if wholeForms[form] {
			lines = append(lines, "k\t"+form) // seen whole: the rules must not split it
		}
	}
	sort.Strings(lines)
	return st, gzipio.Write(w, func(bw *bufio.Writer) {
		bw.WriteString(lexiconHeader + "\n")
		for _, l := range lines {
			bw.WriteString(l)
			bw.WriteByte('\n')
		}
	})
}

// indefNext and indefPrev are the words after and before which a final ی
// is most often the indefinite article (زنی که, یک روزی).
var (
	indefNext = map[string]bool{"که": true, "را": true}
	indefPrev = map[string]bool{"یک": true, "چه": true, "هر": true, "چنین": true, "چنان": true}
)

const lexiconHeader = "# dabir morph lexicon v1: derived by 'dabir train lemma' from ../shared/data (Hazm words.dat, verbs.dat; UD Persian Seraji and PerDT dev; iPerUDT)"

func eachTSV(path string, fn func([]string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" {
			continue
		}
		fn(strings.Split(line, "\t"))
	}
	return sc.Err()
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}
