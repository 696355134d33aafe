package perceptron

import (
	"bytes"
	"errors"
	"testing"
)

// animals is a small separable problem: the class follows from the word's
// last letter and its first letter together, never from one alone.
var animals = []struct {
	word, class string
}{
	{"گربه", "pet"}, {"سگ", "pet"}, {"ماهی", "pet"}, {"طوطی", "pet"},
	{"گرگ", "wild"}, {"شیر", "wild"}, {"ببر", "wild"}, {"پلنگ", "wild"},
	{"گاو", "farm"}, {"مرغ", "farm"}, {"اسب", "farm"}, {"بز", "farm"},
}

func animalFeatures(word string, f *Features) {
	r := []rune(word)
	f.Reset()
	f.Add("bias")
	f.Add("word", word)
	f.Add("first", string(r[0]))
	f.Add("last", string(r[len(r)-1]))
}

func trainAnimals(t testing.TB) *Model {
	t.Helper()
	m := New()
	var f Features
	for epoch := 0; epoch < 10; epoch++ {
		for _, i := range Order(len(animals), uint64(epoch)) {
			animalFeatures(animals[i].word, &f)
			m.Learn(m.Class(animals[i].class), f.List())
		}
	}
	m.Average(0)
	return m
}

func TestLearnsSeparableProblem(t *testing.T) {
	m := trainAnimals(t)
	if m.Training() {
		t.Fatal("model still training after Average")
	}
	var f Features
	for _, a := range animals {
		animalFeatures(a.word, &f)
		if got := m.ClassName(m.Predict(f.List())); got != a.class {
			t.Errorf("Predict(%+q) = %+q, want %+q", a.word, got, a.class)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m := trainAnimals(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	saved := append([]byte(nil), buf.Bytes()...)
	l, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if l.NumClasses() != m.NumClasses() || l.NumFeatures() != m.NumFeatures() || l.NumWeights() != m.NumWeights() {
		t.Fatalf("loaded model has %d classes, %d features, %d weights; want %d, %d, %d",
			l.NumClasses(), l.NumFeatures(), l.NumWeights(), m.NumClasses(), m.NumFeatures(), m.NumWeights())
	}
	var f Features
	for _, a := range animals {
		animalFeatures(a.word, &f)
		want := m.Scores(f.List(), nil)
		got := l.Scores(f.List(), nil)
		for c := range want {
			if got[c] != want[c] {
				t.Errorf("%+q class %+q: loaded score %v, want %v", a.word, m.ClassName(c), got[c], want[c])
			}
		}
	}
	// Saving the loaded model gives the same bytes: the format is deterministic.
	var again bytes.Buffer
	if err := l.Save(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), saved) {
		t.Error("saving a loaded model changed its bytes")
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := trainAnimals(t).Save(&a); err != nil {
		t.Fatal(err)
	}
	if err := trainAnimals(t).Save(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with the same seeds gave different models")
	}
}

func TestLoadRejectsBadInput(t *testing.T) {
	m := trainAnimals(t)
	var buf bytes.Buffer
	if err := m.Save(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	tests := []struct {
		desc string
		in   []byte
	}{
		{"empty", nil},
		{"not gzip", []byte("hello")},
		{"truncated", good[:len(good)/2]},
	}
	for _, tc := range tests {
		if _, err := Load(bytes.NewReader(tc.in)); !errors.Is(err, ErrBadModel) {
			t.Errorf("%s: Load error = %v, want ErrBadModel", tc.desc, err)
		}
	}
}

func TestSaveBeforeAverageFails(t *testing.T) {
	m := New("a", "b")
	if err := m.Save(&bytes.Buffer{}); err == nil {
		t.Error("Save on a training model succeeded")
	}
}

func TestHashSeparatesParts(t *testing.T) {
	pairs := [][2]Feature{
		{Hash("a", "bc"), Hash("ab", "c")},
		{Hash("w", "کتاب"), Hash("w", "کتاب‌ها")},
		{Hash("w"), Hash("w", "")},
	}
	for _, p := range pairs {
		if p[0] == p[1] {
			t.Errorf("different features hash alike: %x", p[0])
		}
	}
	var f Features
	f.Add("suffix", "ها")
	if f.List()[0] != Hash("suffix", "ها") {
		t.Error("Features.Add and Hash disagree")
	}
}

func TestAddScoresAddsUp(t *testing.T) {
	m := trainAnimals(t)
	var f Features
	animalFeatures("گربه", &f)
	all := m.Scores(f.List(), nil)
	part := m.Scores(f.List()[:2], nil)
	m.AddScores(f.List()[2:], part)
	for c := range all {
		if d := all[c] - part[c]; d > 1e-5 || d < -1e-5 {
			t.Errorf("class %+q: Scores %v, Scores+AddScores %v", m.ClassName(c), all[c], part[c])
		}
	}
}

func TestUnknownFeaturesScoreZero(t *testing.T) {
	m := trainAnimals(t)
	s := m.Scores([]Feature{Hash("never", "seen")}, nil)
	for c, v := range s {
		if v != 0 {
			t.Errorf("class %+q scores %v for an unknown feature", m.ClassName(c), v)
		}
	}
	if got := New().Predict(nil); got != -1 {
		t.Errorf("Predict on a model without classes = %d, want -1", got)
	}
}

func TestOrderIsPermutation(t *testing.T) {
	p := Order(100, 7)
	seen := make([]bool, 100)
	for _, i := range p {
		if seen[i] {
			t.Fatalf("index %d twice in %v", i, p)
		}
		seen[i] = true
	}
	q := Order(100, 7)
	for i := range p {
		if p[i] != q[i] {
			t.Fatal("Order is not deterministic")
		}
	}
}

// FuzzLoad feeds Load damaged models: it never panics, every error wraps
// ErrBadModel (the reader itself cannot fail), and a model it accepts
// scores every one of its classes.
func FuzzLoad(f *testing.F) {
	m := New()
	var fs Features
	for _, a := range animals {
		animalFeatures(a.word, &fs)
		m.Learn(m.Class(a.class), fs.List())
	}
	m.Average(0)
	var buf bytes.Buffer
	m.Save(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := Load(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrBadModel) {
				t.Fatalf("Load(%d bytes) = %v, want an error wrapping ErrBadModel", len(data), err)
			}
			return
		}
		if s := l.Scores([]Feature{Hash("bias"), Hash("word", "سگ")}, nil); len(s) != l.NumClasses() {
			t.Fatalf("loaded model: %d scores for %d classes", len(s), l.NumClasses())
		}
	})
}

func BenchmarkScores(b *testing.B) {
	m := trainAnimals(b)
	var f Features
	animalFeatures("گربه", &f)
	buf := make([]float32, m.NumClasses())
	b.ReportAllocs()
	for b.Loop() {
		buf = m.Scores(f.List(), buf)
	}
}

func TestMix(t *testing.T) {
	a, b := trainAnimals(t), trainAnimals(t)
	m, err := Mix(a, b)
	if err != nil {
		t.Fatal(err)
	}
	var f Features
	for _, x := range animals {
		animalFeatures(x.word, &f)
		want := a.Scores(f.List(), nil)
		got := m.Scores(f.List(), nil)
		for c := range want {
			if d := want[c] - got[c]; d > 1e-5 || d < -1e-5 {
				t.Errorf("%+q class %+q: mix of two equal models scores %v, want %v", x.word, m.ClassName(c), got[c], want[c])
			}
		}
	}
	if _, err := Mix(a, New("x")); err == nil {
		t.Error("Mix accepted models with different classes")
	}
	if _, err := Mix(New("x")); err == nil {
		t.Error("Mix accepted a model still training")
	}
}

func TestAddBytesMatchesAdd(t *testing.T) {
	var a, b Features
	a.Add("L2R2", "نه", "گذ")
	b.AddBytes("L2R2", []byte("نه"), []byte("گذ"))
	if a.List()[0] != b.List()[0] {
		t.Errorf("AddBytes and Add differ")
	}
}

// TestUpdateByScalesUpdate checks that UpdateBy moves weights by its step,
// that Update is UpdateBy with step 1, and that a step towards the guessed
// class only advances the clock.
func TestUpdateByScalesUpdate(t *testing.T) {
	var f Features
	animalFeatures("گربه", &f)
	feats := append([]Feature(nil), f.List()...)
	tests := []struct {
		desc         string
		truth, guess int
		step         float64
		want         float32 // score of class 0 after averaging; class 1 gets -want
	}{
		{desc: "step 1 like Update", truth: 0, guess: 1, step: 1, want: 2},
		{desc: "step 0.25", truth: 0, guess: 1, step: 0.25, want: 0.5},
		{desc: "truth equals guess", truth: 0, guess: 0, step: 1, want: 0},
		{desc: "step 0", truth: 0, guess: 1, step: 0, want: 0},
	}
	for _, tc := range tests {
		m := New("pet", "wild")
		m.UpdateBy(tc.truth, tc.guess, feats, tc.step)
		m.UpdateBy(0, 0, feats, 1) // only advances the clock
		m.Average(0)
		s := m.Scores(feats, nil)
		// The weights changed at clock 1 and held until clock 2: their
		// average is half the step, summed over the four features.
		if s[0] != tc.want || s[1] != -tc.want {
			t.Errorf("%s: scores %v, want [%v %v]", tc.desc, s, tc.want, -tc.want)
		}
	}
	m1, m2 := New("pet", "wild"), New("pet", "wild")
	m1.Update(0, 1, feats)
	m1.Update(1, 1, feats)
	m2.UpdateBy(0, 1, feats, 1)
	m2.UpdateBy(1, 1, feats, 1)
	m1.Average(0)
	m2.Average(0)
	if a, b := m1.Scores(feats, nil), m2.Scores(feats, nil); a[0] != b[0] || a[1] != b[1] {
		t.Errorf("Update gives %v, UpdateBy with step 1 gives %v", a, b)
	}
}

func TestPrefixExtendMatchesHash(t *testing.T) {
	tests := []struct {
		name   string
		prefix []string
		rest   []string
	}{
		{"t-1w", []string{"NOUN"}, []string{"کتاب"}},
		{"t-2t-1", []string{"ADP"}, []string{"NOUN"}},
		{"b", nil, nil},
		{"x", nil, []string{"a", "b\u200c"}},
		{"x", []string{""}, []string{""}},
	}
	for _, tc := range tests {
		want := Hash(tc.name, append(append([]string(nil), tc.prefix...), tc.rest...)...)
		if got := HashPrefix(tc.name, tc.prefix...).Extend(tc.rest...); got != want {
			t.Errorf("HashPrefix(%+q, %+q).Extend(%+q) = %x, want %x", tc.name, tc.prefix, tc.rest, got, want)
		}
	}
}
