package ner

import (
	"strings"
	"unicode/utf8"
)

// Link groups the mentions of one document that name the same thing and
// returns, for each mention, the index of its group's canonical mention
// (the index of a mention of the same type). Two mentions of a type are
// linked when
//   - their words are the same after folding (Fold),
//   - they have the same number of words and every pair of words is a
//     spelling variant (ولادیمیر / ویلادیمیر: an edit distance of one for
//     words of four or five letters, two for longer words), or
//   - for people, the shorter one is the last name of the longer one
//     (پوتین in ولادیمیر پوتین), or a variant of it.
//
// mentions[i] holds the words of mention i and types[i] its type. A group's
// canonical mention is its most frequent form, then the longest, then the
// one with most words known to known (a word list; may be nil), then the
// first.
func Link(mentions [][]string, types []string, known func(folded string) bool) []int {
	n := len(mentions)
	folded := make([][]string, n)
	for i, m := range mentions {
		for _, w := range m {
			folded[i] = append(folded[i], strings.Fields(Fold(w))...)
		}
	}
	// Compare each distinct (type, form) once.
	formOf := map[string]int{}
	form := make([]int, n) // mention → distinct form
	var reps []int         // distinct form → first mention
	for i := range folded {
		k := types[i] + "\x00" + strings.Join(folded[i], " ")
		f, ok := formOf[k]
		if !ok {
			f = len(reps)
			formOf[k] = f
			reps = append(reps, i)
		}
		form[i] = f
	}
	parent := make([]int, len(reps))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for x := range reps {
		for y := 0; y < x; y++ {
			i, j := reps[x], reps[y]
			if types[i] != types[j] || find(x) == find(y) {
				continue
			}
			if sameName(folded[i], folded[j], types[i] == "PER") {
				parent[find(x)] = find(y)
			}
		}
	}
	// canonical mention of each group
	count := map[string]int{}
	for i := range folded {
		count[types[i]+"\x00"+strings.Join(folded[i], " ")]++
	}
	best := map[int]int{}
	for i := range folded {
		g := find(form[i])
		b, ok := best[g]
		if !ok || better(i, b, folded, types, count, known) {
			best[g] = i
		}
	}
	out := make([]int, n)
	for i := range out {
		out[i] = best[find(form[i])]
	}
	return out
}

// better reports whether mention i makes a better canonical form than b.
func better(i, b int, folded [][]string, types []string, count map[string]int, known func(string) bool) bool {
	ci := count[types[i]+"\x00"+strings.Join(folded[i], " ")]
	cb := count[types[b]+"\x00"+strings.Join(folded[b], " ")]
	if ci != cb {
		return ci > cb
	}
	if len(folded[i]) != len(folded[b]) {
		return len(folded[i]) > len(folded[b])
	}
	if known != nil {
		ki, kb := 0, 0
		for k := range folded[i] {
			if known(folded[i][k]) {
				ki++
			}
			if known(folded[b][k]) {
				kb++
			}
		}
		if ki != kb {
			return ki > kb
		}
	}
	return i < b
}

// sameName reports whether two folded names are variants of one name.
func sameName(a, b []string, person bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	if len(a) == len(b) {
		for k := range a {
			if !variant(a[k], b[k]) {
				return false
			}
		}
		return true
	}
	if !person {
		return false
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	// a one-word mention naming the last word (the surname) of a full name
	return len(short) == 1 && utf8.RuneCountInString(short[0]) >= 3 && variant(short[0], long[len(long)-1])
}

// variant reports whether two folded words are spelling variants.
func variant(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	limit := 1
	if min(len(ra), len(rb)) > 5 {
		limit = 2
	}
	if min(len(ra), len(rb)) < 4 {
		return false
	}
	return editDistance(ra, rb, limit) <= limit
}

// editDistance returns the Levenshtein distance of a and b, or limit+1 when
// it is larger than limit.
func editDistance(a, b []rune, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
