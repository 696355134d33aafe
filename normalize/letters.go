package normalize

import "unicode/utf8"

// letters applies the character-level steps (letter forms, tatweel,
// diacritics, spaces) to s, writing into w. Invalid UTF-8 bytes become
// U+FFFD, one per byte, so no text is lost silently.
func (n *Normalizer) letters(w *buffer, s string) {
	o := n.opts
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII fast path: copy the run.
			j := i + 1
			for j < len(s) && s[j] < utf8.RuneSelf {
				j++
			}
			w.b = append(w.b, s[i:j]...)
			if w.track {
				for k := i; k < j; k++ {
					w.off = append(w.off, k)
				}
			}
			i = j
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			w.addRune(utf8.RuneError, i)
			i++
			continue
		}
		rule := charRule{}
		if o.Letters || o.RemoveDiacritics {
			rule = ruleFor(r)
		}
		switch {
		case rule.act == actMap && o.Letters:
			w.add(rule.to, i)
		case rule.act == actDelete && o.Letters:
		case rule.act == actMark && o.RemoveDiacritics:
		default:
			w.b = append(w.b, s[i:i+size]...)
			if w.track {
				for k := 0; k < size; k++ {
					w.off = append(w.off, i)
				}
			}
		}
		i += size
	}
}
