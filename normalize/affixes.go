package normalize

// The affixes the restorer knows, as lists its rules iterate and as
// classes of bits that affixClass answers fast.
var (
	verbPrefixes = bytesList("نمی", "می", "برنمی", "برمی", "فرونمی", "فرومی", "درنمی", "درمی", "بازنمی", "بازمی", "فرانمی", "فرامی", "وانمی", "وامی")
	// suffixes that take a ZWNJ after a joining letter, longest first.
	suffixes = [][]byte{
		[]byte("هایشان"), []byte("هایتان"), []byte("هایمان"), []byte("هایی"), []byte("هایم"), []byte("هایت"), []byte("هایش"),
		[]byte("ترین"), []byte("های"), []byte("ها"), []byte("تر"),
	}
	// plural suffixes, which an unknown base may take.
	pluralSuffixes = bytesList("هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "های")
	// the same and ها, longest first.
	pluralSuffixesAll = append(pluralSuffixes[:len(pluralSuffixes):len(pluralSuffixes)], []byte("ها"))
	// the same and the plural with a clitic as it is spoken (کتابهاش،
	// دوستهامون), for pluralOfKnown.
	pluralSuffixesSpoken = append(pluralSuffixesAll[:len(pluralSuffixesAll):len(pluralSuffixesAll)], bytesList("هاشون", "هاتون", "هامون", "هاش", "هات", "هام")...)
	// suffixes that take a ZWNJ only after a final ه.
	heSuffixes = bytesList("ایم", "اید", "اند", "ام", "ای", "اش", "ات", "مان", "تان", "شان")
	// clitics that take a ZWNJ after a final ی when written apart (هنری اش).
	yeClitics = bytesList("ای", "اش", "ام", "ات")
	// pronoun clitics written solid on a word that ends in a consonant
	// (کتابش، هدفشان), longest first.
	attachedClitics = bytesList("شان", "تان", "مان", "ش", "م", "ت")
	// personal endings of verbs, longest first.
	verbEndings = [][]byte{[]byte("یند"), []byte("یید"), []byte("ییم"), []byte("یم"), []byte("ید"), []byte("ند"), []byte("م"), []byte("ی"), []byte("د"), []byte("")}
)

// Affix classes, as bits.
const (
	affVerbPrefix uint8 = 1 << iota // می, نمی, برمی...
	affBi                           // بی
	affSuffix                       // ها, های, تر, ترین...
	affHe                           // ام, ای, اند... after a final ه
	affYe                           // ای, اش, ام, ات after a final ی
)

// affixClass returns the classes of w as an affix, 0 for most words. It is
// a switch rather than a map for speed; TestAffixClassMatchesLists keeps it
// in step with the lists above, which the rules iterate.
func affixClass(w []byte) uint8 {
	if len(w) > 12 {
		return 0
	}
	switch string(w) {
	case "می", "نمی", "برنمی", "برمی", "فرونمی", "فرومی", "درنمی", "درمی", "بازنمی", "بازمی", "فرانمی", "فرامی", "وانمی", "وامی":
		return affVerbPrefix
	case "بی":
		return affBi
	case "هایشان", "هایتان", "هایمان", "هایی", "هایم", "هایت", "هایش", "ترین", "های", "ها", "تر":
		return affSuffix
	case "ای", "اش", "ام", "ات":
		return affHe | affYe
	case "ایم", "اید", "اند", "مان", "تان", "شان":
		return affHe
	}
	return 0
}

// IsAffix reports whether w is one of the pieces the restorer joins to a
// neighbouring word when they are written apart: a verb prefix (می، نمی،
// برمی…), بی, a plural or comparative suffix (ها، های، تر، ترین…) or a
// clitic (ام، ای، اند، اش…).
func IsAffix(w string) bool { return affixClass([]byte(w)) != 0 }

func bytesList(words ...string) [][]byte {
	out := make([][]byte, len(words))
	for i, w := range words {
		out[i] = []byte(w)
	}
	return out
}
