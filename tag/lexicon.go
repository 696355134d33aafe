package tag

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/dabir-nlp/dabir/internal/gzipio"
)

// lexEntry is what the tagger knows about a word type from outside the
// gold treebanks: its possible tags in Hazm's words.dat, how often it occurs
// in raw text, and the words most often seen just before and after it there
// (a cheap distributional signature that groups words used alike).
type lexEntry struct {
	hazm  string    // Hazm POS set such as "N,AJ"; "" when unknown
	freq  string    // log2 bucket of the raw-text count, "" when unseen
	left  [2]string // most frequent left neighbours among frequent words
	right [2]string // most frequent right neighbours among frequent words
	class string    // word class from exchange clustering of raw text, "" when none
	ne    string    // entity type the word mostly belongs to in NER data ("PER?" when often), "" when none
	// auto[0] is the word's most frequent UPOS in the gold training data
	// ("NOUN|ADJ" when no tag has 70%; see Tagger.goldDict), or with
	// TrainOptions.SelfTrain the one it most often gets when the tagger tags
	// raw text. While training, auto[1], auto[2]... are the same from part
	// of the gold data (jackknifed); auto[autoNone] stays empty.
	auto [8]string
	// cache holds the word's features and their UPOS scores for frequent
	// words of a loaded tagger (see buildCache); nil otherwise.
	cache *wordCache
}

// autoNone selects the always-empty auto-tag dictionary.
const autoNone = 7

// lexicon maps folded word forms to their entries.
type lexicon map[string]*lexEntry

// writeLexicon writes lx as gzip, one sorted line per word:
// word, hazm, freq, left1, left2, right1, right2, class, ne, auto, tab-separated.
func writeLexicon(w io.Writer, lx lexicon) error {
	words := make([]string, 0, len(lx))
	for word := range lx {
		words = append(words, word)
	}
	sort.Strings(words)
	return gzipio.Write(w, func(bw *bufio.Writer) {
		for _, word := range words {
			e := lx[word]
			fmt.Fprintf(bw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", word, e.hazm, e.freq, e.left[0], e.left[1], e.right[0], e.right[1], e.class, e.ne, e.auto[0])
		}
	})
}

// readLexicon reads what writeLexicon wrote.
func readLexicon(r io.Reader) (lexicon, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w: lexicon: %v", ErrBadModel, err)
	}
	defer zr.Close()
	lx := lexicon{}
	intern := map[string]string{}
	in := func(s string) string {
		if v, ok := intern[s]; ok {
			return v
		}
		s = strings.Clone(s)
		intern[s] = s
		return s
	}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 10 {
			return nil, fmt.Errorf("%w: lexicon line %d", ErrBadModel, n)
		}
		lx[strings.Clone(f[0])] = &lexEntry{hazm: in(f[1]), freq: in(f[2]),
			left: [2]string{in(f[3]), in(f[4])}, right: [2]string{in(f[5]), in(f[6])}, class: in(f[7]), ne: in(f[8]), auto: [8]string{in(f[9])}}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%w: lexicon: %v", ErrBadModel, err)
	}
	return lx, nil
}

// readHazm reads Hazm's words.dat (word, frequency, comma-separated tags)
// into lx.
func readHazm(r io.Reader, lx lexicon) error {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 || f[0] == "" {
			continue
		}
		w := fold(f[0])
		e := lx[w]
		if e == nil {
			e = &lexEntry{}
			lx[w] = e
		}
		tags := strings.Split(f[2], ",")
		sort.Strings(tags)
		if e.hazm != "" {
			tags = append(tags, strings.Split(e.hazm, ",")...)
			sort.Strings(tags)
			tags = dedup(tags)
		}
		e.hazm = strings.Join(tags, ",")
	}
	return sc.Err()
}

func dedup(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// rawStats gathers the distributional signature of words from raw text.
type rawStats struct {
	count map[string]int
	sents [][]string
	// ne[w][type] counts w inside entities of each type; neTotal[w] counts
	// w in NER data.
	ne      map[string]map[string]int
	neTotal map[string]int
}

// addRaw reads raw text, one sentence or paragraph per line, splits it
// into rough tokens and counts words and neighbours.
func (st *rawStats) addRaw(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for sc.Scan() {
		toks := roughTokens(sc.Text())
		if len(toks) == 0 {
			continue
		}
		for i, t := range toks {
			toks[i] = fold(t)
			st.count[toks[i]]++
		}
		st.sents = append(st.sents, toks)
	}
	return sc.Err()
}

// roughTokens splits a raw line on spaces and detaches punctuation from
// the ends of words: good enough for counting neighbours.
func roughTokens(line string) []string {
	var out []string
	for _, f := range strings.Fields(line) {
		var tail []string
		for f != "" {
			r := []rune(f)
			if isPunctRune(r[0]) {
				out = append(out, string(r[0]))
				f = string(r[1:])
				continue
			}
			if isPunctRune(r[len(r)-1]) {
				tail = append(tail, string(r[len(r)-1]))
				f = string(r[:len(r)-1])
				continue
			}
			out = append(out, f)
			break
		}
		for i := len(tail) - 1; i >= 0; i-- {
			out = append(out, tail[i])
		}
	}
	return out
}

func isPunctRune(r rune) bool {
	return strings.ContainsRune(".,،؛;:!?؟«»()[]{}\"'“”‘’-–—…/\\*", r)
}

// finish computes the signature of every word seen at least minCount times
// into lx, using the k most frequent words as contexts.
func (st *rawStats) finish(lx lexicon, k, minCount, classes int) {
	if classes > 1 {
		for w, c := range exchangeClusters(st.sents, st.count, classes, minCount, 10) {
			e := lx[w]
			if e == nil {
				e = &lexEntry{}
				lx[w] = e
			}
			e.class = strconv.Itoa(c)
		}
	}
	type wc struct {
		w string
		c int
	}
	all := make([]wc, 0, len(st.count))
	for w, c := range st.count {
		all = append(all, wc{w, c})
	}
	sort.Slice(all, func(i, j int) bool {
		if all[i].c != all[j].c {
			return all[i].c > all[j].c
		}
		return all[i].w < all[j].w
	})
	ctx := map[string]bool{}
	for i := 0; i < k && i < len(all); i++ {
		ctx[all[i].w] = true
	}
	name := func(s string) string {
		if ctx[s] {
			return s
		}
		return "*"
	}
	left := map[string]map[string]int{}
	right := map[string]map[string]int{}
	for _, s := range st.sents {
		for i, w := range s {
			if st.count[w] < minCount {
				continue
			}
			l, r := "<s>", "</s>"
			if i > 0 {
				l = name(s[i-1])
			}
			if i+1 < len(s) {
				r = name(s[i+1])
			}
			if left[w] == nil {
				left[w], right[w] = map[string]int{}, map[string]int{}
			}
			left[w][l]++
			right[w][r]++
		}
	}
	top2 := func(m map[string]int) [2]string {
		var best [2]wc
		for w, c := range m {
			x := wc{w, c}
			if x.c > best[0].c || x.c == best[0].c && x.w < best[0].w {
				best[1], best[0] = best[0], x
			} else if x.c > best[1].c || x.c == best[1].c && x.w < best[1].w {
				best[1] = x
			}
		}
		return [2]string{best[0].w, best[1].w}
	}
	for w, c := range st.count {
		if c < minCount {
			continue
		}
		e := lx[w]
		if e == nil {
			e = &lexEntry{}
			lx[w] = e
		}
		b := 0
		for x := c; x > 1; x >>= 1 {
			b++
		}
		e.freq = strconv.Itoa(b)
		e.left = top2(left[w])
		e.right = top2(right[w])
	}
}

// addNER reads NER data (token, tab, BIO tag; a blank line between
// sentences), adds its sentences to the raw text and counts, for every
// word, how often it is part of an entity of each type.
func (st *rawStats) addNER(r io.Reader) error {
	if st.ne == nil {
		st.ne = map[string]map[string]int{}
		st.neTotal = map[string]int{}
	}
	sc := bufio.NewScanner(r)
	var sent []string
	flush := func() {
		if len(sent) > 0 {
			st.sents = append(st.sents, sent)
			sent = nil
		}
	}
	for sc.Scan() {
		tok, tag, ok := strings.Cut(sc.Text(), "\t")
		if !ok || tok == "" {
			flush()
			continue
		}
		w := fold(tok)
		sent = append(sent, w)
		st.count[w]++
		st.neTotal[w]++
		if len(tag) > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' {
			m := st.ne[w]
			if m == nil {
				m = map[string]int{}
				st.ne[w] = m
			}
			m[tag[2:]]++
		}
	}
	flush()
	return sc.Err()
}

// finishNER sets the ne field of words that are often part of entities.
func (st *rawStats) finishNER(lx lexicon) {
	for w, m := range st.ne {
		bestType, bestN := "", 0
		for typ, n := range m {
			if n > bestN || n == bestN && typ < bestType {
				bestType, bestN = typ, n
			}
		}
		ratio := float64(bestN) / float64(st.neTotal[w])
		if ratio < 0.2 {
			continue
		}
		e := lx[w]
		if e == nil {
			e = &lexEntry{}
			lx[w] = e
		}
		e.ne = bestType
		if ratio < 0.5 {
			e.ne += "?"
		}
	}
}
