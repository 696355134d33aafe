package normalize

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dabir-nlp/dabir/internal/shared/sharedtest"
	"golang.org/x/text/transform"
)

// cpuTime returns the CPU time this process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU adds MB per CPU-second, which other load on a shared machine
// disturbs less than MB per wall-clock second.
func reportCPU(b *testing.B, start time.Duration, bytes int) {
	if used := (cpuTime() - start).Seconds(); used > 0 {
		b.ReportMetric(float64(bytes)*float64(b.N)/1e6/used, "MB/cpu-s")
	}
}

func newsText(b *testing.B) string {
	data, err := os.ReadFile("../testdata/news.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkNormalizeNews runs the full default normalizer, half-space
// restoration included, on the sample news article (messy input).
func BenchmarkNormalizeNews(b *testing.B) {
	text := newsText(b)
	n := Default()
	n.String(text) // load the lexicon before timing
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	start := cpuTime()
	for range b.N {
		n.String(text)
	}
	reportCPU(b, start, len(text))
}

// BenchmarkNormalizeClean runs the default normalizer on text it leaves
// unchanged: the common case of a corpus that is already clean.
func BenchmarkNormalizeClean(b *testing.B) {
	n := Default()
	text := n.String(newsText(b))
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	start := cpuTime()
	for range b.N {
		n.String(text)
	}
	reportCPU(b, start, len(text))
}

// BenchmarkNormalizeStream measures the streaming transformer on 100 copies
// of the article.
func BenchmarkNormalizeStream(b *testing.B) {
	text := strings.Repeat(newsText(b), 100)
	n := Default()
	n.String(text[:1000])
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		stream(n, text)
	}
}

// BenchmarkMap measures normalization with the offset map.
func BenchmarkMap(b *testing.B) {
	text := newsText(b)
	n := Default()
	n.String(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for range b.N {
		n.Map(text)
	}
}

// BenchmarkNormalizeCorpus streams the raw text of the PerDT train set
// (3.8 MB) with its half-spaces deleted through the normalizer, as `dabir
// normalize` does: many more distinct words than the article, so caches
// help less. It needs the shared data and is skipped without it.
func BenchmarkNormalizeCorpus(b *testing.B) {
	data, err := os.ReadFile(sharedtest.Path(b, "ud", "UD_Persian-PerDT", "fa_perdt-ud-train.rawtext.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := strings.ReplaceAll(string(data), "\u200c", "")
	n := Default()
	n.String(text[:1000])
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	start := cpuTime()
	for range b.N {
		stream(n, text)
	}
	reportCPU(b, start, len(text))
}

// stream reads text through n as a transform.Reader, as `dabir normalize
// -workers 1` does, and drops the output.
func stream(n *Normalizer, text string) {
	r := transform.NewReader(strings.NewReader(text), n)
	buf := make([]byte, 32<<10)
	for {
		if _, err := r.Read(buf); err != nil {
			return
		}
	}
}
