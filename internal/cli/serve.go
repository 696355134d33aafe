package cli

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"os/signal"
	"syscall"

	"github.com/dabir-nlp/dabir/server"
)

// ServeOptions are the flags of "dabir serve".
type ServeOptions struct {
	Addr         string // listen address
	MaxBodyBytes int64  // request body limit
	LogFormat    string // json or text
}

func init() {
	register(commands, "serve", "HTTP JSON API and web page (default http://127.0.0.1:8080/)", runServe)
}

func runServe(env *Env, args []string) int {
	var o ServeOptions
	fs := newFlags(env, "serve", "dabir serve [--addr 127.0.0.1:8080] [flags]")
	fs.StringVar(&o.Addr, "addr", "127.0.0.1:8080", "address to listen on (host:port; port 0 picks a free one)")
	fs.Int64Var(&o.MaxBodyBytes, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes; larger bodies get 413")
	fs.StringVar(&o.LogFormat, "log", "json", "access log format on stderr: json or text")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	if fs.NArg() > 0 {
		return finish(env, "serve", usageErrorf("unexpected arguments: %q", fs.Args()))
	}
	return finish(env, "serve", o.run(env))
}

func (o *ServeOptions) run(env *Env) error {
	var h slog.Handler
	switch o.LogFormat {
	case "json":
		h = slog.NewJSONHandler(env.Stderr, nil)
	case "text":
		h = slog.NewTextHandler(env.Stderr, nil)
	default:
		return usageErrorf("--log: want json or text, got %q", o.LogFormat)
	}
	if o.MaxBodyBytes <= 0 {
		return usageErrorf("--max-body must be positive")
	}
	log := slog.New(h)
	ln, err := net.Listen("tcp", o.Addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log.Info("listening", slog.String("url", fmt.Sprintf("http://%s/", ln.Addr())))
	srv := server.New(server.Options{MaxBodyBytes: o.MaxBodyBytes, Logger: log})
	err = server.Run(ctx, ln, srv)
	log.Info("stopped")
	return err
}
