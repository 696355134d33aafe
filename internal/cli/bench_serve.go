package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/dabir-nlp/dabir/server"
)

// BenchServeOptions are the flags of "dabir bench serve".
type BenchServeOptions struct {
	Text        string        // sample text the request bodies are cut from
	Duration    time.Duration // length of the throughput run
	Concurrency int           // client connections
	BodyBytes   int           // size of each /v1/normalize body
	BigBytes    int           // size of the body sent to /v1/analyze
	MaxBody     int64         // the server's body limit
}

func init() {
	register(benchCommands, "serve", "load-test the HTTP server on 127.0.0.1 (throughput, big bodies, 413, 400)", runBenchServe)
}

func runBenchServe(env *Env, args []string) int {
	var o BenchServeOptions
	fs := newFlags(env, "bench serve", `dabir bench serve [flags]

Starts the HTTP server in this process on a random 127.0.0.1 port, warms it
up (the models load on first use) and loads it over loopback: --duration of
POST /v1/normalize with --body-bytes bodies from
--concurrency connections, then one --big-bytes body to /v1/analyze, one body
over the limit (want 413) and one with invalid UTF-8 (want 400). Exits 1 when
a request fails or a status is not the expected one.`)
	fs.StringVar(&o.Text, "text", "testdata/news.txt", "UTF-8 text the request bodies are cut from")
	fs.DurationVar(&o.Duration, "duration", 10*time.Second, "length of the throughput run")
	fs.IntVar(&o.Concurrency, "concurrency", 16, "client connections")
	fs.IntVar(&o.BodyBytes, "body-bytes", 1024, "bytes per /v1/normalize body")
	fs.IntVar(&o.BigBytes, "big-bytes", 1<<20, "bytes of the body sent to /v1/analyze")
	fs.Int64Var(&o.MaxBody, "max-body", server.DefaultMaxBodyBytes, "the server's body limit")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	return finish(env, "bench serve", o.run(env))
}

// benchCut returns the first n bytes of text repeated, cut back to a rune boundary.
func benchCut(text string, n int) string {
	if text == "" {
		return ""
	}
	s := strings.Repeat(text, n/len(text)+1)[:n]
	for len(s) > 0 && !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

func (o *BenchServeOptions) run(env *Env) error {
	if o.Concurrency < 1 || o.BodyBytes < 1 || o.Duration <= 0 {
		return usageErrorf("--concurrency, --body-bytes and --duration must be positive")
	}
	raw, err := os.ReadFile(o.Text)
	if err != nil {
		return err
	}
	if !utf8.Valid(raw) || len(raw) == 0 {
		return fmt.Errorf("%s: want non-empty UTF-8 text", o.Text)
	}
	text := string(raw)

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	// Access logs are formatted as in production, then dropped.
	log := slog.New(slog.NewJSONHandler(io.Discard, nil))
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- server.Run(ctx, ln, server.New(server.Options{MaxBodyBytes: o.MaxBody, Logger: log}))
	}()
	defer func() { stop(); <-done }()
	base := "http://" + ln.Addr().String()
	client := &http.Client{
		Timeout:   2 * time.Minute,
		Transport: &http.Transport{MaxIdleConnsPerHost: o.Concurrency, MaxConnsPerHost: o.Concurrency},
	}
	fmt.Fprintf(env.Stdout, "server %s, GOMAXPROCS %d\n", base, runtime.GOMAXPROCS(0))

	// Warm up: the first requests load the embedded models.
	for _, path := range []string{"/v1/normalize", "/v1/analyze"} {
		if status, _, err := benchPost(client, base+path, "text/plain; charset=utf-8", []byte(benchCut(text, 200))); err != nil || status != http.StatusOK {
			return fmt.Errorf("warm-up %s: status %d, %v", path, status, err)
		}
	}

	// 1. Throughput of /v1/normalize with small bodies. Bodies start at
	// different places of the text, so the server sees varied input.
	bodies := make([][]byte, 64)
	for i := range bodies {
		start := (i * 997) % len(text)
		for !utf8.RuneStart(text[start]) {
			start++
		}
		bodies[i] = []byte(benchCut(text[start:]+text[:start], o.BodyBytes))
	}
	var reqs, fails atomic.Int64
	var firstErr atomic.Value
	lat := make([][]time.Duration, o.Concurrency)
	deadline := time.Now().Add(o.Duration)
	var wg sync.WaitGroup
	cpu0 := cpuTime()
	began := time.Now()
	for c := range o.Concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; time.Now().Before(deadline); i++ {
				t0 := time.Now()
				status, _, err := benchPost(client, base+"/v1/normalize", "text/plain; charset=utf-8", bodies[i%len(bodies)])
				lat[c] = append(lat[c], time.Since(t0))
				reqs.Add(1)
				if err != nil || status != http.StatusOK {
					fails.Add(1)
					firstErr.CompareAndSwap(nil, fmt.Sprintf("status %d, %v", status, err))
				}
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(began)
	cpu := cpuTime() - cpu0
	all := slices.Concat(lat...)
	slices.Sort(all)
	pct := func(p float64) time.Duration {
		if len(all) == 0 {
			return 0
		}
		return all[min(len(all)-1, int(p*float64(len(all))))]
	}
	rps := float64(reqs.Load()) / elapsed.Seconds()
	fmt.Fprintf(env.Stdout, "POST /v1/normalize, %d-byte bodies, %d connections, %v: %d requests, %d errors, %.0f req/s, latency p50 %v p99 %v\n",
		len(bodies[0]), o.Concurrency, elapsed.Round(time.Millisecond), reqs.Load(), fails.Load(), rps,
		pct(0.50).Round(time.Microsecond), pct(0.99).Round(time.Microsecond))
	// On a shared machine the wall-clock rate depends on the neighbours;
	// the CPU time this process (server and client together) spent per
	// request does not.
	if cpu > 0 {
		perCPU := float64(reqs.Load()) / cpu.Seconds()
		fmt.Fprintf(env.Stdout, "  CPU time (server and client) %v: %.0f requests per CPU-second, %.0f req/s if %d cores were free\n",
			cpu.Round(time.Millisecond), perCPU, perCPU*float64(runtime.NumCPU()), runtime.NumCPU())
	}
	var problems []string
	if fails.Load() > 0 {
		problems = append(problems, fmt.Sprintf("%d failed normalize requests (first: %v)", fails.Load(), firstErr.Load()))
	}

	// 2. One big body through the full analysis.
	big := []byte(benchCut(text, min(o.BigBytes, int(o.MaxBody))))
	t0 := time.Now()
	status, resp, err := benchPost(client, base+"/v1/analyze", "text/plain; charset=utf-8", big)
	took := time.Since(t0)
	var doc struct {
		Sentences []struct {
			Tokens []json.RawMessage `json:"tokens"`
		} `json:"sentences"`
		Entities []json.RawMessage `json:"entities"`
	}
	if err == nil && status == http.StatusOK {
		err = json.Unmarshal(resp, &doc)
	}
	tokens := 0
	for _, s := range doc.Sentences {
		tokens += len(s.Tokens)
	}
	fmt.Fprintf(env.Stdout, "POST /v1/analyze, %d-byte body: status %d in %v (%.2f MB/s), %d sentences, %d tokens, %d entities, %d-byte response\n",
		len(big), status, took.Round(time.Millisecond), float64(len(big))/1e6/took.Seconds(), len(doc.Sentences), tokens, len(doc.Entities), len(resp))
	if err != nil || status != http.StatusOK {
		problems = append(problems, fmt.Sprintf("big body: status %d, %v", status, err))
	}

	// 3. Over the limit, and 4. invalid UTF-8: clear JSON errors.
	checks := []struct {
		name   string
		body   []byte
		status int
		code   string
	}{
		{"body over the limit", bytes.Repeat([]byte("a"), int(o.MaxBody)+1), http.StatusRequestEntityTooLarge, "body_too_large"},
		{"invalid UTF-8", append([]byte("سلام "), 0xff, 0xfe), http.StatusBadRequest, "invalid_utf8"},
	}
	for _, c := range checks {
		status, resp, err := benchPost(client, base+"/v1/normalize", "text/plain", c.body)
		var e struct {
			Error struct {
				Code    string `json:"code"`
				Message string `json:"message"`
			} `json:"error"`
		}
		if err == nil {
			err = json.Unmarshal(resp, &e)
		}
		fmt.Fprintf(env.Stdout, "%s (%d bytes): status %d, code %q, message %q\n", c.name, len(c.body), status, e.Error.Code, e.Error.Message)
		if err != nil || status != c.status || e.Error.Code != c.code {
			problems = append(problems, fmt.Sprintf("%s: status %d code %q, want %d %q (%v)", c.name, status, e.Error.Code, c.status, c.code, err))
		}
	}
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

// benchPost sends body and returns the status and the response body.
func benchPost(c *http.Client, url, ctype string, body []byte) (int, []byte, error) {
	resp, err := c.Post(url, ctype, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}
