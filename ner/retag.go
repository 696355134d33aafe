package ner

import "github.com/dabir-nlp/dabir/tag"

// NameTag returns the tag that a word of a name of entity type typ takes
// in convention conv: a singular noun in Seraji's, which has no PROPN, and
// a singular PROPN in PerDT's (animate for a person) and iPerUDT's.
func NameTag(conv tag.Convention, typ string) tag.Tag {
	switch conv {
	case tag.PerDT:
		if typ == "PER" {
			return tag.Tag{UPOS: "PROPN", XPOS: "N_ANM", Feats: "Number=Sing"}
		}
		return tag.Tag{UPOS: "PROPN", XPOS: "N_IANM", Feats: "Number=Sing"}
	case tag.Informal:
		return tag.Tag{UPOS: "PROPN", XPOS: "PROPN", Feats: "Number=Sing"}
	}
	return tag.Tag{UPOS: "NOUN", XPOS: "N_SING", Feats: "Number=Sing"}
}

// RetagNames corrects, in place, the tags of the words inside the names
// ents that the recognizer found in a sentence tagged in convention conv.
// The tagger reads many foreign names it has never seen as verbs (بریکس,
// کوربین, بروکینگز), and surnames in ی or names in Latin letters as
// adjectives (مهدوی, Bernie), where the recognizer, which knows how names
// are spelt and where they stand, sees a name. A verb inside any name
// takes NameTag; an adjective or adverb only inside a person's name, since
// names of places, organizations and events hold real adjectives (اتحادیه
// اقتصادی اوراسیا). Nationalities (NAT) are adjectives and keep their tags.
// Entities that do not fit in tags are skipped.
func RetagNames(tags []tag.Tag, ents []Entity, conv tag.Convention) {
	for _, e := range ents {
		if e.Type == "NAT" || e.Start < 0 || e.End > len(tags) {
			continue
		}
		for i := e.Start; i < e.End; i++ {
			switch tags[i].UPOS {
			case "VERB", "AUX":
			case "ADJ", "ADV":
				if e.Type != "PER" {
					continue
				}
			default:
				continue
			}
			tags[i] = NameTag(conv, e.Type)
		}
	}
}
