package ner

// Entity is a named entity over a sentence's words: Words[Start:End] (End
// exclusive) is a mention of Type ("PER", "LOC", "ORG", "EVE", "POG", "NAT").
type Entity struct {
	Type  string
	Start int
	End   int
}

// Entities returns the entity spans of a BIO label sequence, the way the
// CoNLL evaluation script reads them: an I- tag that does not continue an
// entity of the same type starts a new one.
func Entities(labels []string) []Entity {
	var out []Entity
	open := -1
	typ := ""
	for i, l := range labels {
		var t string
		begin := false
		switch {
		case len(l) > 2 && l[1] == '-' && (l[0] == 'B' || l[0] == 'I'):
			t = l[2:]
			begin = l[0] == 'B' || t != typ || open < 0
		}
		if open >= 0 && (t == "" || begin) {
			out = append(out, Entity{Type: typ, Start: open, End: i})
			open, typ = -1, ""
		}
		if t != "" && begin {
			open, typ = i, t
		}
	}
	if open >= 0 {
		out = append(out, Entity{Type: typ, Start: open, End: len(labels)})
	}
	return out
}
