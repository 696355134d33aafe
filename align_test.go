package dabir

import (
	"strings"
	"testing"
)

// edit is one step of a hand-described normalization: keep or replace the
// input text old with new.
type edit struct{ old, new string }

// apply builds the input, output and offset map that a normalizer making the
// given edits would produce: every output byte of a step points at the start
// of that step's input (an insertion points at the next input byte).
func apply(steps []edit) (in, out string, offsets []int) {
	var ib, ob strings.Builder
	for _, s := range steps {
		start := ib.Len()
		if s.old == s.new {
			for i := range len(s.new) {
				offsets = append(offsets, start+i)
			}
		} else {
			for range len(s.new) {
				offsets = append(offsets, start)
			}
		}
		ib.WriteString(s.old)
		ob.WriteString(s.new)
	}
	offsets = append(offsets, ib.Len())
	return ib.String(), ob.String(), offsets
}

func TestAlignmentChanges(t *testing.T) {
	tests := []struct {
		desc  string
		steps []edit
		want  []Change
	}{
		{desc: "clean text", steps: []edit{{"کتاب خوب", "کتاب خوب"}}, want: nil},
		{desc: "arabic yeh", steps: []edit{{"عل", "عل"}, {"ي", "ی"}}, want: []Change{
			{From: Span{4, 6}, To: Span{4, 6}, Old: "ي", New: "ی"}}},
		{desc: "restored zwnj", steps: []edit{{"می", "می"}, {"", "\u200c"}, {"کند", "کند"}}, want: []Change{
			{From: Span{4, 4}, To: Span{4, 7}, Old: "", New: "\u200c"}}},
		{desc: "duplicate space", steps: []edit{{"دو", "دو"}, {"  ", " "}, {"سه", "سه"}}, want: []Change{
			{From: Span{5, 6}, To: Span{5, 5}, Old: " ", New: ""}}},
		{desc: "digits", steps: []edit{{"سال ", "سال "}, {"1400", "۱۴۰۰"}}, want: []Change{
			{From: Span{7, 11}, To: Span{7, 15}, Old: "1400", New: "۱۴۰۰"}}},
		{desc: "tatweel", steps: []edit{{"کت", "کت"}, {"ـ", ""}, {"اب", "اب"}}, want: []Change{
			{From: Span{4, 6}, To: Span{4, 4}, Old: "ـ", New: ""}}},
	}
	for _, tc := range tests {
		in, out, off := apply(tc.steps)
		got := newAlignment(in, out, off).changes()
		if len(got) != len(tc.want) {
			t.Errorf("%s: changes(%+q → %+q) = %+v, want %+v", tc.desc, in, out, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("%s: change %d = %+v, want %+v", tc.desc, i, got[i], tc.want[i])
			}
		}
	}
}

func TestAlignmentSpan(t *testing.T) {
	tests := []struct {
		desc  string
		steps []edit
		word  string // an output word
		want  string // its text in the input
	}{
		{"arabic yeh", []edit{{"م", "م"}, {"ي", "ی"}, {"  ", " "}, {"کند", "کند"}}, "می", "مي"},
		{"dropped double space is not part of the word", []edit{{"مي", "می"}, {"  ", " "}, {"کند", "کند"}}, "می", "مي"},
		{"dropped tatweel after the word is part of it", []edit{{"کند", "کند"}, {"ـ", ""}, {".", "."}}, "کند", "کندـ"},
		{"dropped space before punctuation", []edit{{"کند", "کند"}, {" ", ""}, {".", "."}}, "کند", "کند"},
		{"word replaced as a whole", []edit{{"رییس جمهور", "رئیس‌جمهور"}, {" روسیه", " روسیه"}}, "رئیس‌جمهور", "رییس جمهور"},
		{"one input letter, two output letters", []edit{{"ﻻ", "لا"}, {" ", " "}}, "لا", "ﻻ"},
	}
	for _, tc := range tests {
		in, out, off := apply(tc.steps)
		al := newAlignment(in, out, off)
		s := strings.Index(out, tc.word)
		sp := al.span(s, s+len(tc.word))
		if got := in[sp.Start:sp.End]; got != tc.want {
			t.Errorf("%s: span of %+q in %+q = %v (%+q), want %+q", tc.desc, tc.word, in, sp, got, tc.want)
		}
	}
}

// FuzzAlignment checks, for arbitrary (even malformed) offset maps, that
// spans lie inside the input on rune boundaries and that the changes
// rebuild the output from the input.
func FuzzAlignment(f *testing.F) {
	f.Add("میکند  ي", "می\u200cکند ی", []byte{0, 1, 2})
	f.Add("\xff\xfe", "x", []byte{9})
	f.Add("", "", []byte{})
	f.Fuzz(func(t *testing.T, in, out string, raw []byte) {
		var off []int
		if len(raw) > 0 {
			off = make([]int, len(out)+1)
			for i := range off {
				off[i] = int(raw[i%len(raw)]) - 3
			}
		}
		al := newAlignment(in, out, off)
		boundary := map[int]bool{len(in): true}
		for i := range in {
			boundary[i] = true
		}
		for s := 0; s <= len(out); s += 1 + s%3 {
			for e := s; e <= len(out); e += 2 {
				sp := al.span(s, e)
				if sp.Start < 0 || sp.End > len(in) || sp.Start > sp.End {
					t.Fatalf("span(%d,%d) = %v outside %d-byte input", s, e, sp, len(in))
				}
				if !boundary[sp.Start] || !boundary[sp.End] {
					t.Fatalf("span(%d,%d) = %v cuts a character of %+q", s, e, sp, in)
				}
			}
		}
		// Rebuild the output from the input and the changes.
		var b strings.Builder
		pos := 0
		for _, c := range al.changes() {
			if c.From.Start < pos || c.From.End < c.From.Start {
				t.Fatalf("changes out of order: %+v at %d", c, pos)
			}
			b.WriteString(in[pos:c.From.Start])
			b.WriteString(c.New)
			pos = c.From.End
		}
		b.WriteString(in[pos:])
		if b.String() != out {
			t.Fatalf("rebuilt %+q, want %+q (in %+q)", b.String(), out, in)
		}
	})
}
