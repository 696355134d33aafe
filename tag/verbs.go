package tag

import (
	"sync"

	"github.com/dabir-nlp/dabir/morph"
)

// verbFeatures gives the Seraji XPOS and FEATS of a verb form when its
// inflection settles them (خواندم: V_PA, first person singular past): the
// rules of morph.VerbFeatures, which agree with the gold tags of the
// Seraji dev set on 99.7% of the verbs they decide. The tagger learns
// XPOS and FEATS as whole combinations and confuses the rare ones (first
// and second persons), so the rules overrule it where they decide.
var verbFeatures = func(form, upos string) (xpos, feats string, ok bool) {
	return morph.Default().VerbFeatures(form, upos)
}

// verbTag returns the tag of word j from the verb rules, and the
// XPOS+FEATS class name the next word's features see, when the convention
// is Seraji's and the rules decide.
func verbTag(conv Convention, form, upos string) (Tag, string, bool) {
	if conv != Seraji || upos != "VERB" && upos != "AUX" {
		return Tag{}, "", false
	}
	x, f, ok := cachedVerbFeatures(form, upos)
	if !ok {
		return Tag{}, "", false
	}
	return Tag{UPOS: upos, XPOS: x, Feats: f}, orUnderscore(x) + "\t" + orUnderscore(f), true
}

// verbResult is one remembered answer of verbFeatures.
type verbResult struct {
	xpos, feats string
	ok          bool
}

// verbMemo remembers verbFeatures for the forms met so far, one map per
// UPOS (VERB, AUX), up to verbMemoMax forms each: verbs repeat, and the
// rules read every form several ways.
var verbMemo struct {
	sync.RWMutex
	m [2]map[string]verbResult
}

const verbMemoMax = 1 << 16

func cachedVerbFeatures(form, upos string) (string, string, bool) {
	i := 0
	if upos == "AUX" {
		i = 1
	}
	verbMemo.RLock()
	r, hit := verbMemo.m[i][form]
	verbMemo.RUnlock()
	if hit {
		return r.xpos, r.feats, r.ok
	}
	x, f, ok := verbFeatures(form, upos)
	verbMemo.Lock()
	if verbMemo.m[i] == nil {
		verbMemo.m[i] = map[string]verbResult{}
	}
	if len(verbMemo.m[i]) < verbMemoMax {
		verbMemo.m[i][form] = verbResult{x, f, ok}
	}
	verbMemo.Unlock()
	return x, f, ok
}
