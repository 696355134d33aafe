package morph

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
)

//go:generate go run ../cmd/dabir train lemma -o lexicon.tsv.gz

//go:embed lexicon.tsv.gz
var embeddedLexicon []byte

// ErrBadLexicon is returned when lexicon data cannot be read.
var ErrBadLexicon = errors.New("morph: bad lexicon")

// posBits is a set of Hazm coarse parts of speech.
type posBits uint16

const (
	posN posBits = 1 << iota
	posAJ
	posADV
	posPRO
	posP
	posNUM
	posPL // a plural (Hazm's PL tag), often an Arabic broken plural
	posOther
)

func parsePOS(s string) posBits {
	var b posBits
	for _, p := range strings.Split(s, ",") {
		switch p {
		case "N":
			b |= posN
		case "AJ":
			b |= posAJ
		case "ADV":
			b |= posADV
		case "PRO":
			b |= posPRO
		case "P", "POSTP":
			b |= posP
		case "NUM":
			b |= posNUM
		case "PL":
			b |= posPL
		default:
			b |= posOther
		}
	}
	return b
}

type knownWord struct {
	freq int
	pos  posBits
}

// wordInfo is what the lexicon knows of a word: its Hazm frequency and
// parts of speech, and its frequency in the raw train text.
type wordInfo struct {
	knownWord
	raw int
}

type goldPair struct {
	source, form, upos, lemma string
	count                     int
}

// lexicon is the parsed embedded data. It is read-only after loading.
type lexicon struct {
	known    map[string]knownWord
	past     map[string]bool     // past stems
	present  map[string][]string // present stem -> past stems
	pairs    []goldPair
	splits   map[string][]string
	goldForm map[string]bool     // forms seen as whole tokens in the gold data
	stemFreq map[string]int      // how often the gold data uses a past stem as a verb lemma
	stemVerb map[string]int      // the same, as the lemma of a VERB (not AUX)
	rawFreq  map[string]int      // word frequencies in the raw train text (2 or more)
	indef    map[string]int      // how often a raw-text word in ی stands where the indefinite ی is usual (before که, after یک)
	info     map[string]wordInfo // known and rawFreq in one lookup
	events   []yeEvent           // gold words in ی with their neighbours
	joins    []joinCount         // hosts of a pronoun clitic: lemma with or without it

	verbStemsOnce sync.Once  // builds verbStemTable on first use
	verbStemTable *verbStems // the stems VerbFeatures reads with
}

// yeEvent is a gold word ending in ی in its context, seen count times.
type yeEvent struct {
	source, prev, prevUPOS, form, upos, next, nextUPOS, lemma string
	count                                                     int
}

// joinCount says how often a gold host word before a pronoun clitic in the
// same token had the host and clitic together as its lemma (joined).
type joinCount struct {
	source, form string
	joined       bool
	count        int
}

func loadLexicon(data []byte) (*lexicon, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, errors.Join(ErrBadLexicon, err)
	}
	lx := &lexicon{
		known:    make(map[string]knownWord, 30000),
		past:     map[string]bool{},
		present:  map[string][]string{},
		splits:   map[string][]string{},
		goldForm: map[string]bool{},
		rawFreq:  make(map[string]int, 60000),
		indef:    map[string]int{},
	}
	br := bufio.NewReaderSize(zr, 64<<10)
	for {
		line, err := br.ReadString('\n')
		line = strings.TrimSuffix(line, "\n")
		if line != "" && line[0] != '#' {
			f := strings.Split(line, "\t")
			switch {
			case f[0] == "w" && len(f) == 4:
				n, _ := strconv.Atoi(f[2])
				lx.known[f[1]] = knownWord{freq: n, pos: parsePOS(f[3])}
			case f[0] == "v" && len(f) == 3:
				lx.past[f[1]] = true
				if f[2] != "" {
					lx.present[f[2]] = appendUnique(lx.present[f[2]], f[1])
				}
			case f[0] == "l" && len(f) == 6:
				n, _ := strconv.Atoi(f[5])
				lx.pairs = append(lx.pairs, goldPair{f[1], f[2], f[3], f[4], n})
			case f[0] == "m" && len(f) == 3:
				lx.splits[f[1]] = strings.Split(f[2], " ")
			case f[0] == "f" && len(f) == 3:
				n, _ := strconv.Atoi(f[2])
				lx.rawFreq[f[1]] = n
			case f[0] == "i" && len(f) == 3:
				n, _ := strconv.Atoi(f[2])
				lx.indef[f[1]] = n
			case f[0] == "k" && len(f) == 2:
				lx.goldForm[f[1]] = true
			case f[0] == "e" && len(f) == 10:
				n, _ := strconv.Atoi(f[9])
				lx.events = append(lx.events, yeEvent{source: f[1], prev: f[2], prevUPOS: f[3], form: f[4], upos: f[5], next: f[6], nextUPOS: f[7], lemma: f[8], count: n})
			case f[0] == "j" && len(f) == 5:
				n, _ := strconv.Atoi(f[4])
				lx.joins = append(lx.joins, joinCount{source: f[1], form: f[2], joined: f[3] == "1", count: n})
			default:
				return nil, ErrBadLexicon
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, errors.Join(ErrBadLexicon, err)
		}
	}
	// Order the past stems of each present stem by how often the gold data
	// uses them as a verb lemma.
	stemFreq := map[string]int{}
	lx.stemFreq = stemFreq
	lx.stemVerb = map[string]int{}
	for _, p := range lx.pairs {
		if p.upos == "VERB" || p.upos == "AUX" {
			stemFreq[p.lemma] += p.count
		}
		if p.upos == "VERB" {
			lx.stemVerb[p.lemma] += p.count
		}
	}
	for _, pasts := range lx.present {
		sort.SliceStable(pasts, func(i, j int) bool { return stemFreq[pasts[i]] > stemFreq[pasts[j]] })
	}
	if len(lx.known) == 0 || len(lx.past) == 0 {
		return nil, ErrBadLexicon
	}
	lx.info = make(map[string]wordInfo, len(lx.rawFreq)+len(lx.known)/2)
	for w, k := range lx.known {
		lx.info[w] = wordInfo{knownWord: k}
	}
	for w, n := range lx.rawFreq {
		wi := lx.info[w]
		wi.raw = n
		lx.info[w] = wi
	}
	return lx, nil
}

func appendUnique(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
