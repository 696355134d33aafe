package normalize

import (
	"bytes"
	"sync"

	"github.com/dabir-nlp/dabir/lexicon"
)

// The plurals of the demonstratives (آنها, اینها, همین‌ها, آنهایی…) are one
// family: a writer joins ها to all of them or to none. Word by word, the
// counted text splits them between its two treebanks' conventions (PerDT
// writes آنها and اینها, Seraji آن‌ها and این‌ها, in text of very
// different sizes), which gave آنها but این‌ها. The restorer instead writes
// the whole family, when it finds one written solid, the way the counted
// text writes most of its members; one typed apart (این ها) takes the
// half-space, as the writer kept it apart.
var (
	demonstratives     = bytesList("همین", "همان", "این", "آن")
	demonstrativeTails = bytesList("هایی", "هاست", "ها")
)

// demonstrativePlural returns the demonstrative and plural ending that
// make up w (آنهایی: آن, هایی), or nil.
func demonstrativePlural(w []byte) (dem, tail []byte) {
	for _, d := range demonstratives {
		rest, ok := bytes.CutPrefix(w, d)
		if !ok {
			continue
		}
		for _, t := range demonstrativeTails {
			if bytes.Equal(rest, t) {
				return d, t
			}
		}
	}
	return nil, nil
}

// demonstrativesSolid reports whether the counted text writes the family
// of demonstrative plurals more often solid than with a half-space.
var demonstrativesSolid = sync.OnceValue(func() bool {
	lex := lexicon.DefaultZWNJ()
	var solid, apart uint32
	for _, d := range demonstratives {
		for _, t := range demonstrativeTails {
			solid += lex.CountBytes(append(d[:len(d):len(d)], t...)).Text
			apart += lex.CountBytes(join3(d, t)).Text
		}
	}
	return solid >= apart
})

// restoreDemonstrative returns w, a demonstrative plural without a
// half-space, as the family is written, or nil when w is none.
func (n *Normalizer) restoreDemonstrative(w []byte) []byte {
	d, t := demonstrativePlural(w)
	if d == nil {
		return nil
	}
	if demonstrativesSolid() {
		return w
	}
	return join3(d, t)
}
