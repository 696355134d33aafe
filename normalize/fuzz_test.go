package normalize

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/transform"
)

// FuzzNormalize checks the properties every output must have: valid UTF-8,
// idempotence, an offset map that points back into the input, and the same
// result from String, Map and the streaming transformer.
func FuzzNormalize(f *testing.F) {
	for _, c := range restoreCases {
		f.Add(c.in)
	}
	for _, s := range []string{"", "\xff", "رييس جمهور ، گفت:میکند 2014.", "Vue.js و COVID-19", "a\u200c\u200cb", "ه.ش ۱۲٫۵", "\uFDFA\uFEFB", "«سلام»(دنیا)", "بین  المللی\r\n", "می\u200c کند", "آینده ی ایران، آیندهی ما", "گزینهای پناهگاههای دریافتهایم"} {
		f.Add(s)
	}
	for _, opts := range []Options{DefaultOptions(), SearchOptions()} {
		n := New(opts)
		n.String("") // load the lexicon outside the fuzz loop
	}
	search := New(SearchOptions())
	f.Fuzz(func(t *testing.T, in string) {
		watchdog := time.AfterFunc(5*time.Second, func() { panic(fmt.Sprintf("normalizing took over 5s: %+q", in)) })
		defer watchdog.Stop()
		n := Default()
		out := n.String(in)
		if !utf8.ValidString(out) {
			t.Fatalf("String(%+q) = %+q: invalid UTF-8", in, out)
		}
		if again := n.String(out); again != out {
			t.Fatalf("not idempotent:\n in %+q\nout %+q\nagain %+q", in, out, again)
		}
		m, off := n.Map(in)
		if m != out {
			t.Fatalf("Map text %+q differs from String %+q", m, out)
		}
		if len(off) != len(out)+1 || off[len(out)] != len(in) {
			t.Fatalf("Map: %d offsets for %d bytes", len(off), len(out))
		}
		for i := 1; i < len(off); i++ {
			if off[i] < off[i-1] || off[i] > len(in) || off[i] < 0 {
				t.Fatalf("Map(%+q): offsets %v leave the input or go back", in, off)
			}
		}
		if streamed, _, err := transform.String(n, in); err != nil || (streamed != out && !strings.Contains(in, "\n") && len(in) < MaxSegmentBytes) {
			t.Fatalf("transform.String(%+q) = %+q, %v; String gave %+q", in, streamed, err, out)
		}
		if s := search.String(in); !utf8.ValidString(s) || search.String(s) != s {
			t.Fatalf("search profile not idempotent on %+q: %+q then %+q", in, s, search.String(s))
		}
	})
}
