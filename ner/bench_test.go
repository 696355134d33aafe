package ner

import (
	"os"
	"testing"

	"github.com/dabir-nlp/dabir/tokenize"
)

// newsSentences returns the sample article split into sentences of words.
func newsSentences(b *testing.B) ([][]string, int) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	var out [][]string
	n := 0
	for _, s := range tokenize.New(tokenize.Options{}).Tokenize(string(data)) {
		var w []string
		for _, t := range s.Tokens {
			w = append(w, t.Text)
		}
		out = append(out, w)
		n += len(w)
	}
	return out, n
}

// BenchmarkRecognize measures tagging speed on words (one core: run with
// -cpu 1); the tokens/s metric is the figure of the README.
func BenchmarkRecognize(b *testing.B) {
	sents, n := newsSentences(b)
	r := Default()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range sents {
			r.Recognize(s, nil)
		}
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkFind measures the whole text path: normalization, tokenization,
// recognition and linking.
func BenchmarkFind(b *testing.B) {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	_, n := newsSentences(b)
	r := Default()
	r.Find(text) // load the normalizer's lexicon outside the timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Find(text)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
}
