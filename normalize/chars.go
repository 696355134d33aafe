package normalize

//go:generate go run gen.go

// charAction says what the letter step does with a code point.
type charAction uint8

const (
	actKeep   charAction = iota
	actMap               // replace by charRule.to
	actDelete            // drop (tatweel, BOM)
	actMark              // a diacritic: dropped when Options.RemoveDiacritics
)

// charRule is one entry of the generated tables.
type charRule struct {
	act charAction
	to  string
}

// ruleFor returns the rule for r; the zero rule keeps r.
func ruleFor(r rune) charRule {
	switch {
	case r < 0xA0:
		return charRule{}
	case r >= 0x600 && r < 0x700:
		return arabicRules[r-0x600]
	case r == 0xA0, r >= 0x2000 && r <= 0x205F, r == 0x3000, r >= 0xFB50 && r <= 0xFEFF:
		return otherRules[r]
	}
	return charRule{}
}
