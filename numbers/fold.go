package numbers

import "unicode/utf8"

// Fold returns the lookup key of a word: Arabic yeh and kaf (ي ى ك) become
// Persian ی and ک, heh with hamza (ۀ) becomes ه, and ZWNJ, tatweel, the
// hamza-above mark and Arabic diacritics are dropped, so that سه‌شنبه,
// سهشنبه and سه‌شنبه written with Arabic letters share one key. Digits are
// not changed. Fold returns w itself, without allocating, when nothing needs
// folding.
func Fold(w string) string {
	if !needsFold(w) {
		return w
	}
	return string(AppendFold(make([]byte, 0, len(w)), w))
}

// AppendFold appends the folded form of w (see Fold) to dst.
func AppendFold(dst []byte, w string) []byte {
	if !needsFold(w) {
		return append(dst, w...)
	}
	for i := 0; i < len(w); {
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		switch {
		case r == 'ي' || r == 'ى':
			dst = utf8.AppendRune(dst, 'ی')
		case r == 'ك':
			dst = utf8.AppendRune(dst, 'ک')
		case r == 'ۀ' || r == 'ة':
			dst = utf8.AppendRune(dst, 'ه')
		case r == 'أ' || r == 'إ' || r == 'ٱ':
			dst = utf8.AppendRune(dst, 'ا')
		case r == '\u200c' || r == '\u200d' || r == 'ـ' || r == '\u200f' || r == '\u200e' || r == '\u00ad':
		case r >= 0x064B && r <= 0x065F, r == 0x0670:
		default:
			if r == utf8.RuneError && size == 1 {
				dst = append(dst, w[i-1])
				continue
			}
			dst = utf8.AppendRune(dst, r)
		}
	}
	return dst
}

// NeedsFold reports whether Fold would change w.
func NeedsFold(w string) bool { return needsFold(w) }

// needsFold reports whether Fold would change w.
func needsFold(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 0x80 {
			continue
		}
		switch c {
		case 0xD9: // U+0640–U+067F: tatweel, ك ى ي, diacritics, ٱ
			if i+1 < len(w) {
				n := w[i+1]
				if n == 0x80 || n == 0x83 || n == 0x89 || n == 0x8A || (n >= 0x8B && n <= 0x9F) || n == 0xB0 || n == 0xB1 {
					return true
				}
			}
		case 0xD8: // U+0600–U+063F: أ إ ة
			if i+1 < len(w) {
				n := w[i+1]
				if n == 0xA3 || n == 0xA5 || n == 0xA9 {
					return true
				}
			}
		case 0xDB: // U+06C0 ۀ
			if i+1 < len(w) && w[i+1] == 0x80 {
				return true
			}
		case 0xE2: // U+200C–U+200F
			if i+2 < len(w) && w[i+1] == 0x80 && (w[i+2] >= 0x8C && w[i+2] <= 0x8F) {
				return true
			}
		case 0xC2:
			if i+1 < len(w) && w[i+1] == 0xAD {
				return true
			}
		}
	}
	return false
}
