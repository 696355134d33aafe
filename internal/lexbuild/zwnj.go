// Package lexbuild derives the embedded lexicons from the shared data sets.
// It is used by `dabir train` and never at run time.
package lexbuild

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/lexicon"
	"github.com/dabir-nlp/dabir/normalize"
)

// ZWNJSources are the files, relative to the shared data folder, whose text
// the ZWNJ lexicon counts: the raw text of the UD train sets, whose
// half-spaces are written consistently. No test set is among them.
var ZWNJSources = []string{
	"ud/UD_Persian-PerDT/fa_perdt-ud-train.rawtext.txt",
	"ud/UD_Persian-Seraji/fa_seraji-ud-train.rawtext.txt",
}

// minSolidPair is how often a pair whose solid spelling is no word must be
// seen for the lexicon to keep it.
var minSolidPair uint32 = 5

// ZWNJLexicon is the evidence the half-space restorer needs.
type ZWNJLexicon struct {
	Counts   map[string]lexicon.Count // word form -> counts
	Pairs    map[string]uint32        // "a b" -> count, for pairs whose joined form is a word
	Stems    []string                 // verb stems
	Standard map[string]string        // spelling variant -> standard form
}

// letters unifies letter forms and drops the half-spaces that do nothing
// (after a letter that does not join, doubled), as the restorer's input has.
var letters = normalize.New(normalize.Options{Letters: true, CleanZWNJ: true})

// BuildZWNJ counts word forms in the raw text sources and Hazm's word list
// under dataDir, and collects the verb stems of Hazm's verbs.dat.
func BuildZWNJ(dataDir string) (*ZWNJLexicon, error) {
	counts := map[string]lexicon.Count{}
	allPairs := map[string]uint32{}
	for _, src := range ZWNJSources {
		err := eachLine(filepath.Join(dataDir, src), func(line string) {
			words, seps := SplitWords(letters.String(line))
			for i, w := range words {
				c := counts[w]
				c.Text++
				counts[w] = c
				if i > 0 && seps[i] == " " {
					allPairs[words[i-1]+" "+w]++
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	if err := addHazm(dataDir, counts); err != nil {
		return nil, err
	}
	lex := &ZWNJLexicon{Counts: counts, Pairs: map[string]uint32{}, Standard: standardSpellings(counts)}
	// keep the pair counts that can decide a join: the joined form is a word.
	for p, c := range allPairs {
		a, b, _ := strings.Cut(p, " ")
		last, _ := utf8.DecodeLastRuneInString(a)
		j := a + "\u200C" + b
		if strings.ContainsRune("اآأإدذرزژوؤءة", last) {
			j = a + b
		}
		if counts[j].Known() || normalize.IsAffix(a) || normalize.IsAffix(b) {
			lex.Pairs[p] = c
			continue
		}
		// and the frequent pairs whose solid spelling is no word: a text
		// that lost its spaces and half-spaces writes همینطور for همین طور.
		if c >= minSolidPair && j != a+b && !counts[a+b].Known() && utf8.RuneCountInString(a) >= 2 && utf8.RuneCountInString(b) >= 2 {
			lex.Pairs[p] = c
		}
	}
	stems, err := verbStems(dataDir)
	if err != nil {
		return nil, err
	}
	lex.Stems = stems
	return lex, nil
}

// addHazm adds Hazm's words.dat forms with a non-zero frequency, scaled to
// the size of the counted text, at least 1.
func addHazm(dataDir string, counts map[string]lexicon.Count) error {
	type entry struct {
		w string
		f float64
	}
	var entries []entry
	var total float64
	err := eachLine(filepath.Join(dataDir, "lexicon/hazm/words.dat"), func(line string) {
		cols := strings.Split(line, "\t")
		if len(cols) < 2 {
			return
		}
		f, err := strconv.ParseFloat(cols[1], 64)
		if err != nil || f <= 0 {
			return
		}
		w := letters.String(cols[0])
		entries = append(entries, entry{w, f})
		total += f
	})
	if err != nil {
		return err
	}
	var ours float64
	for _, c := range counts {
		ours += float64(c.Text)
	}
	for _, e := range entries {
		c := counts[e.w]
		c.Lexicon += uint32(e.f/total*ours + 1)
		counts[e.w] = c
	}
	return nil
}

// verbStems reads the past and present stems of Hazm's verbs.dat.
func verbStems(dataDir string) ([]string, error) {
	set := map[string]bool{}
	err := eachLine(filepath.Join(dataDir, "lexicon/hazm/verbs.dat"), func(line string) {
		for _, s := range strings.Split(line, "#") {
			if s = letters.String(strings.TrimSpace(s)); s != "" {
				set[s] = true
			}
		}
	})
	stems := make([]string, 0, len(set))
	for s := range set {
		stems = append(stems, s)
	}
	sort.Strings(stems)
	return stems, err
}

// standardSpellings maps each spelling variant (hamza written or not:
// رییس/رئیس, تاکید/تأکید, مسایل/مسائل) to the most frequent form of its
// class, when that form is clearly the more common one.
func standardSpellings(counts map[string]lexicon.Count) map[string]string {
	fold := strings.NewReplacer("ئ", "ی", "أ", "ا", "ؤ", "و", "إ", "ا")
	classes := map[string][]string{}
	for w := range counts {
		if k := fold.Replace(w); k != w || strings.ContainsAny(w, "ییاو") {
			classes[k] = append(classes[k], w)
		}
	}
	std := map[string]string{}
	for key, forms := range classes {
		best := ""
		for _, f := range forms {
			if best == "" || counts[f].Total() > counts[best].Total() || counts[f].Total() == counts[best].Total() && f < best {
				best = f
			}
		}
		if counts[best].Total() < 5 {
			continue
		}
		for _, f := range forms {
			if f != best && counts[best].Total() >= 2*counts[f].Total() {
				std[f] = best
			}
		}
		if _, seen := counts[key]; !seen && key != best {
			std[key] = best
		}
	}
	return std
}

// SplitWords returns the Persian words of s (runs of Arabic-script letters,
// marks and ZWNJ) and, for each, the text between it and the word before.
func SplitWords(s string) (words, seps []string) {
	prevEnd := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !wordRune(r) {
			i += size
			continue
		}
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !wordRune(r) {
				break
			}
			j += size
		}
		w := strings.Trim(s[i:j], "\u200C")
		if w != "" {
			words = append(words, w)
			seps = append(seps, s[prevEnd:i])
		}
		prevEnd = j
		i = j
	}
	return words, seps
}

func wordRune(r rune) bool {
	return (r >= 0x621 && r <= 0x64A) || (r >= 0x64B && r <= 0x655) || r == 0x670 || (r >= 0x671 && r <= 0x6D3) || r == 0x6D5 || r == '\u200C'
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return scanLines(f, fn)
}

func scanLines(r io.Reader, fn func(string)) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexbuild: %w", err)
	}
	return nil
}
