package ner

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
)

func TestGazetteerMatch(t *testing.T) {
	g := NewGazetteer()
	for _, e := range [][2]string{{"ORG", "سازمان ملل متحد"}, {"ORG", "سازمان ملل"}, {"EVE", "بازی‌های المپیک"}, {"TERR", "چین"}} {
		if err := g.Add(e[0], e[1]); err != nil {
			t.Fatal(err)
		}
	}
	if err := g.Add("NOPE", "x"); err == nil {
		t.Error("unknown class accepted")
	}
	words := strings.Fields("نماینده سازمان ملل متحد در بازی های المپیک چين")
	folded := make([]string, len(words))
	for i, w := range words {
		folded[i] = Fold(w)
	}
	marks := make([]gazMark, len(words))
	g.match(folded, marks, nil)
	org, _ := gazClass("ORG")
	eve, _ := gazClass("EVE")
	terr, _ := gazClass("TERR")
	for _, tc := range []struct {
		i             int
		begin, inside uint32
	}{
		{0, 0, 0},
		{1, 1 << org, 0},
		{2, 0, 1 << org},
		{3, 0, 1 << org},
		{5, 1 << eve, 0}, // بازی + های: the spaced form matches بازی‌های
		{7, 0, 1 << eve},
		{8, 1 << terr, 0}, // Arabic yeh folded
	} {
		if m := marks[tc.i]; m.begin != tc.begin || m.inside != tc.inside {
			t.Errorf("word %d %+q: begin %b inside %b, want %b %b", tc.i, words[tc.i], m.begin, m.inside, tc.begin, tc.inside)
		}
	}
	spans, _ := g.spans(folded, nil)
	if len(spans) != 3 { // سازمان ملل, سازمان ملل متحد, بازی های المپیک
		t.Errorf("spans %+v, want 3", spans)
	}

	var b bytes.Buffer
	if err := g.Write(&b); err != nil {
		t.Fatal(err)
	}
	g2, err := ReadGazetteer(&b)
	if err != nil {
		t.Fatal(err)
	}
	if g2.Len() != g.Len() || strings.Join(g2.Lookup("سازمان ملل"), ",") != "ORG" {
		t.Errorf("round trip: %d entries (want %d), سازمان ملل → %v", g2.Len(), g.Len(), g2.Lookup("سازمان ملل"))
	}
}

func TestAddCLDR(t *testing.T) {
	dir := sharedtest.Path(t, "lexicon", "cldr-fa")
	g := NewGazetteer()
	if err := AddCLDR(g, dir); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, class string }{
		{"روسیه", "TERR"}, {"چین", "TERR"}, {"آسیا", "TERR"}, {"اروپا", "TERR"},
		{"شانگهای", "CITY"}, {"مسکو", "CITY"}, {"فارسی", "LANG"},
	} {
		if !strings.Contains(strings.Join(g.Lookup(tc.name), ","), tc.class) {
			t.Errorf("%+q: classes %v, want %s", tc.name, g.Lookup(tc.name), tc.class)
		}
	}
}

func TestReviewedNames(t *testing.T) {
	g := NewGazetteer()
	if err := AddReviewedNames(g); err != nil {
		t.Fatal(err)
	}
	if g.Len() < 100 {
		t.Errorf("only %d reviewed names", g.Len())
	}
	if err := AddNames(g, strings.NewReader("PER no tab here\n")); err == nil {
		t.Error("line without a tab accepted")
	}
}

func TestTrainClusters(t *testing.T) {
	// Names follow "در" and precede "بود"; verbs follow "او" and end the
	// sentence: two kinds of context.
	var corpus [][]string
	for _, city := range []string{"تهران", "شیراز", "تبریز", "مشهد"} {
		for k := 0; k < 5; k++ {
			corpus = append(corpus, strings.Fields("در "+city+" بود"))
		}
	}
	for _, verb := range []string{"رفت", "آمد", "خوابید", "خندید"} {
		for k := 0; k < 5; k++ {
			corpus = append(corpus, strings.Fields("او "+verb))
		}
	}
	c := TrainClusters(corpus, 4, 2, 10)
	cls := func(w string) int {
		k, ok := c.Of(w)
		if !ok {
			t.Fatalf("%+q has no class", w)
		}
		return k
	}
	if a, b := cls("تهران"), cls("مشهد"); a != b {
		t.Errorf("تهران and مشهد in classes %d and %d", a, b)
	}
	if a, b := cls("رفت"), cls("خندید"); a != b {
		t.Errorf("رفت and خندید in classes %d and %d", a, b)
	}
	if cls("تهران") == cls("رفت") {
		t.Errorf("cities and verbs share class %d", cls("تهران"))
	}
	var b bytes.Buffer
	if err := c.Write(&b); err != nil {
		t.Fatal(err)
	}
	c2, err := ReadClusters(&b)
	if err != nil {
		t.Fatal(err)
	}
	if c2.Len() != c.Len() || c2.NumClasses() != 4 {
		t.Errorf("round trip: %d words, %d classes", c2.Len(), c2.NumClasses())
	}
}
