package normalize

import "unicode/utf8"

// letters applies the character-level steps (letter forms, tatweel,
// diacritics, spaces) to s, writing into w. Invalid UTF-8 bytes become
// U+FFFD, one per byte, so no text is lost silently.
func (n *Normalizer) letters(w *buffer, s string) {
	o := n.opts
	useRules := o.Letters || o.RemoveDiacritics
	keep := 0 // s[keep:i] is unchanged and not yet written
	flush := func(i int) {
		w.b = append(w.b, s[keep:i]...)
		if w.track {
			for k := keep; k < i; k++ {
				w.off = append(w.off, k)
			}
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		var size int
		if c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// The Arabic block, U+0600–06FF: two bytes.
			r, size = rune(c&0x1F)<<6|rune(s[i+1]&0x3F), 2
			if !useRules || arabicRules[r-0x600].act == actKeep {
				i += 2
				continue
			}
		} else {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if r == utf8.RuneError && size == 1 {
			flush(i)
			w.addRune(utf8.RuneError, i)
			i++
			keep = i
			continue
		}
		rule := charRule{}
		if useRules {
			rule = ruleFor(r)
		}
		switch {
		case rule.act == actMap && o.Letters:
			flush(i)
			for _, m := range rule.to {
				if !(o.RemoveDiacritics && m >= 0x600 && m < 0x700 && arabicRules[m-0x600].act == actMark) {
					w.addRune(m, i)
				}
			}
		case rule.act == actDelete && o.Letters:
			flush(i)
		case rule.act == actMark && o.RemoveDiacritics:
			flush(i)
		default:
			i += size
			continue
		}
		i += size
		keep = i
	}
	flush(len(s))
}
