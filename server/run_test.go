package server

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// Run serves until its context is done, lets the request in flight finish,
// then returns nil and refuses new connections.
func TestRunShutsDownGracefully(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	release := make(chan struct{})
	h := http.NewServeMux()
	h.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "done")
	})
	h.Handle("/", New(Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, ln, h) }()
	base := "http://" + ln.Addr().String()

	resp, err := http.Get(base + "/healthz")
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("healthz before shutdown: %v %v", resp, err)
	}
	resp.Body.Close()

	body := make(chan string, 1)
	go func() {
		resp, err := http.Get(base + "/slow")
		if err != nil {
			body <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		body <- string(b)
	}()
	<-started
	cancel() // as SIGTERM does in dabir serve
	time.Sleep(50 * time.Millisecond)
	close(release)
	if got := <-body; got != "done" {
		t.Errorf("request in flight got %q, want it to finish", got)
	}
	if err := <-done; err != nil {
		t.Errorf("Run returned %v after a clean shutdown", err)
	}
	if _, err := http.Post(base+"/v1/normalize", "text/plain", strings.NewReader("سلام")); err == nil {
		t.Errorf("server still answers after shutdown")
	}
}
