// Package server is Dabir's HTTP face: a JSON API over the dabir pipeline
// (POST /v1/normalize, /v1/tokenize, /v1/analyze, /v1/entities, /v1/dates),
// GET /healthz, an OpenAPI description at /v1/openapi.json and a web page at
// / where a person pastes Persian text and sees it normalized, tokenized,
// tagged and highlighted. Everything it serves is embedded in the binary.
//
// It uses only the standard library's net/http. A Server is safe for
// concurrent use.
package server

import (
	"embed"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"time"
)

// Default limits, used when the corresponding Options field is zero.
const (
	DefaultMaxBodyBytes = 2 << 20 // 2 MiB: a 1 MB article fits, with room
	DefaultReadTimeout  = 30 * time.Second
	DefaultWriteTimeout = 120 * time.Second
	DefaultIdleTimeout  = 120 * time.Second
)

//go:embed web openapi.json
var files embed.FS

// Options configures a Server. The zero value is ready to use.
type Options struct {
	// MaxBodyBytes is the largest request body accepted; larger bodies get
	// 413. Zero means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// MaxInFlight bounds the requests analysed at the same time (the others
	// wait, before their body is read); zero means 4 per CPU.
	MaxInFlight int
	// Logger receives one structured access-log record per request; nil
	// means slog.Default().
	Logger *slog.Logger
}

// Server serves the API and the web page. Build it with New. A Server is
// safe for concurrent use, as an http.Handler must be.
type Server struct {
	opts Options
	mux  *http.ServeMux
	log  *slog.Logger
	h    http.Handler
	// slots holds one token per request being analysed.
	slots chan struct{}
}

// New returns a Server with the given options.
func New(opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opts.MaxInFlight <= 0 {
		opts.MaxInFlight = 4 * runtime.GOMAXPROCS(0)
	}
	s := &Server{opts: opts, mux: http.NewServeMux(), log: opts.Logger, slots: make(chan struct{}, opts.MaxInFlight)}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.routes()
	s.h = s.accessLog(s.mux)
	return s
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.h.ServeHTTP(w, r) }

func (s *Server) routes() {
	for _, ep := range endpoints {
		s.mux.HandleFunc("POST "+ep.path, s.textHandler(ep))
		s.mux.HandleFunc(ep.path, methodNotAllowed("POST"))
	}
	s.mux.HandleFunc("GET /healthz", s.healthz)
	s.mux.HandleFunc("/healthz", methodNotAllowed("GET, HEAD"))
	s.mux.HandleFunc("GET /v1/openapi.json", s.openapi)
	s.mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "not_found", "no such endpoint: "+r.URL.Path)
	})
	web, _ := fs.Sub(files, "web")
	static := http.FileServerFS(web)
	s.mux.Handle("/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			methodNotAllowed("GET, HEAD")(w, r)
			return
		}
		w.Header().Set("X-Content-Type-Options", "nosniff")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:")
		static.ServeHTTP(w, r)
	}))
}

func (s *Server) openapi(w http.ResponseWriter, r *http.Request) {
	b, _ := files.ReadFile("openapi.json")
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}
