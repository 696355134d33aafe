package morph

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// Clitics the UD Persian treebanks write as separate syntactic words.
var (
	pronounClitics = []string{"شان", "مان", "تان", "ش", "م", "ت"}
	zwnjClitics    = map[string]bool{"اش": true, "ام": true, "ات": true, "شان": true, "مان": true, "تان": true,
		"اند": true, "ایم": true, "اید": true, "ست": true}
)

// CliticSplitter splits a surface token into the syntactic words of the UD
// Persian treebanks: a host and its pronominal or copula clitic (کتابش →
// کتاب + ش, کتاب‌هایشان → کتاب‌های + شان, خانه‌ام → خانه‌ + ام, کجاست → کجا +
// ست), and the fixed fusions seen in the gold data (مرا → م + را). It is safe
// for concurrent use.
type CliticSplitter struct {
	lx        *lexicon
	lemmas    map[string]bool
	zwnjAlone bool // Seraji: the host of ‌ات is written without its ZWNJ (نامه + ات)
}

var defaultSplitter = sync.OnceValue(func() *CliticSplitter {
	s, err := NewCliticSplitter(StylePerDT)
	if err != nil {
		panic(err)
	}
	return s
})

// NewCliticSplitter returns a CliticSplitter following the conventions of
// style (StylePerDT or StyleSeraji), built from the embedded lexicon.
func NewCliticSplitter(style string) (*CliticSplitter, error) {
	lx, err := loadDefaultLexicon()
	if err != nil {
		return nil, err
	}
	s := &CliticSplitter{lx: lx, lemmas: map[string]bool{}, zwnjAlone: style == StyleSeraji}
	for _, p := range lx.pairs {
		if p.upos == "NOUN" || p.upos == "ADJ" || p.upos == "PRON" || p.upos == "ADP" || p.upos == "PROPN" {
			s.lemmas[p.lemma] = true
		}
	}
	return s, nil
}

// DefaultSplitter returns the shared CliticSplitter built from the embedded
// lexicon on first use.
func DefaultSplitter() *CliticSplitter { return defaultSplitter() }

// SplitClitics splits word with the default CliticSplitter.
func SplitClitics(word string) []string { return DefaultSplitter().Split(word) }

// Split returns the syntactic words of the surface token word, or nil when
// it is one word.
func (s *CliticSplitter) Split(word string) []string {
	if len(word) < 4 {
		return nil
	}
	last, _ := utf8.DecodeLastRuneInString(word)
	switch last {
	case 'ش', 'م', 'ت', 'ن', 'د', 'ا':
	default:
		return nil
	}
	if parts, ok := s.lx.splits[word]; ok {
		parts = append([]string(nil), parts...)
		// The sources differ on where the ZWNJ before a clitic goes (PerDT
		// خانه‌ + ام, Seraji نامه + ات); follow the style.
		if len(parts) == 2 && parts[0]+"\u200c"+parts[1] == word && !(s.zwnjAlone && parts[1] == "ات") {
			parts[0] += "\u200c"
		}
		return parts
	}
	if last == 'ا' || s.lx.goldForm[word] {
		return nil
	}
	if f := s.lx.known[word].freq; f > 0 {
		// A word of its own, unless its host is far more frequent (خودش).
		for _, cl := range pronounClitics {
			if host, ok := strings.CutSuffix(word, cl); ok && s.lx.known[host].freq >= 50*f && s.lx.known[host].pos&posN != 0 {
				if _, verb := s.lx.analyzeVerb(word); !verb {
					return []string{host, cl}
				}
			}
		}
		return nil
	}
	if a, ok := s.lx.analyzeVerb(word); ok {
		// A prefixed or inflected past form is a verb (رفتم, نمی‌دانم). An
		// unprefixed present form or a bare past stem may be a noun with a
		// clitic (کارم, سرم, آغوشت) when that noun is frequent.
		if a.prefixed || !a.present && a.past != word || !s.frequentNounHost(word) {
			return nil
		}
	}
	// خانه‌ام, زندگی‌شان, انسانی‌اند: the ZWNJ stays with the host.
	if i := strings.LastIndex(word, "\u200c"); i > 0 {
		host, cl := word[:i+len("\u200c")], word[i+len("\u200c"):]
		if zwnjClitics[cl] && s.knownHost(word[:i]) {
			if s.zwnjAlone && cl == "ات" {
				host = word[:i]
			}
			return []string{host, cl}
		}
		if zwnjClitics[cl] {
			return nil
		}
	}
	// معتقدند, موظفیم: adjective + copula.
	for _, cl := range []string{"ند", "یم", "ید"} {
		if host, ok := strings.CutSuffix(word, cl); ok && s.lx.known[host].pos&posAJ != 0 {
			return []string{host, cl}
		}
	}
	for _, cl := range pronounClitics {
		host, ok := strings.CutSuffix(word, cl)
		if !ok || utf8.RuneCountInString(host) < 2 {
			continue
		}
		// کتاب‌هایش: plural + clitic.
		if strings.HasSuffix(host, "های") && utf8.RuneCountInString(host) > 4 {
			return []string{host, cl}
		}
		// صدایش, رویم: a host ending in a vowel takes ی before the clitic.
		if h, ok := strings.CutSuffix(host, "ی"); ok && (strings.HasSuffix(h, "ا") || strings.HasSuffix(h, "و")) && s.knownHost(h) {
			return []string{h, "ی" + cl}
		}
		if s.knownHost(host) {
			return []string{host, cl}
		}
	}
	// کجاست, مدت‌هاست, چیست: host ending in a vowel + ست (است).
	if host, ok := strings.CutSuffix(word, "ست"); ok && utf8.RuneCountInString(host) >= 2 {
		if (strings.HasSuffix(host, "ا") || strings.HasSuffix(host, "ی") || strings.HasSuffix(host, "و")) &&
			(s.knownHost(host) || strings.HasSuffix(host, "ها") || s.knownHost(strings.TrimSuffix(host, "ی"))) {
			return []string{host, "ست"}
		}
	}
	return nil
}

// knownHost reports whether w is a noun, adjective, pronoun or preposition
// the lexicon knows.
func (s *CliticSplitter) knownHost(w string) bool {
	if k := s.lx.known[w]; k.freq > 0 && k.pos&(posN|posAJ|posPRO|posP|posADV) != 0 {
		return true
	}
	if s.lemmas[w] {
		return true
	}
	// Plurals in ان and ات of known nouns (فرزندان, مخاطبان).
	for _, pl := range []string{"ان", "ات"} {
		if sg, ok := strings.CutSuffix(w, pl); ok && utf8.RuneCountInString(sg) >= 2 {
			if k := s.lx.known[sg]; k.freq > 0 && k.pos&posN != 0 || s.lemmas[sg] {
				return true
			}
		}
	}
	return false
}

// frequentNounHost reports whether word is a frequent noun plus a pronoun clitic.
func (s *CliticSplitter) frequentNounHost(word string) bool {
	for _, cl := range pronounClitics {
		if host, ok := strings.CutSuffix(word, cl); ok {
			if k := s.lx.known[host]; k.freq >= 10000 && k.pos&posN != 0 {
				return true
			}
		}
	}
	return false
}
