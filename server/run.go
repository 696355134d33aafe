package server

import (
	"context"
	"errors"
	"net"
	"net/http"
	"time"
)

// HTTPServer returns an http.Server for h with the package's timeouts: a
// slow client cannot hold a connection open forever.
func HTTPServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       DefaultReadTimeout,
		WriteTimeout:      DefaultWriteTimeout,
		IdleTimeout:       DefaultIdleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
}

// ShutdownTimeout is how long Run waits for requests in flight after ctx
// is done.
const ShutdownTimeout = 15 * time.Second

// Run serves h on ln until ctx is done (e.g. on SIGTERM), then shuts down
// gracefully: it stops accepting connections and waits up to
// ShutdownTimeout for requests in flight. It returns nil after a clean
// shutdown.
func Run(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := HTTPServer(h)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}
