package ops

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strings"
	"time"

	"briefbot"
)

// Time limits of the operator's endpoints.
const (
	readyTimeout    = 2 * time.Second // all of /readyz's checks together
	shutdownTimeout = 5 * time.Second // in-flight requests at shutdown
)

// Check is one readiness condition, such as "the database answers" or "a
// platform is connected". Check returns nil when the condition holds; its
// error is shown on /readyz, so it must be safe for an operator to read.
type Check struct {
	Name  string
	Check func(ctx context.Context) error
}

// PlatformCheck is a readiness check that fails with "not connected" until
// PlatformConnected(platform, true), and after PlatformConnected(platform,
// false). On a nil *Metrics, which records nothing, it always fails.
func (m *Metrics) PlatformCheck(platform string) Check {
	return Check{Name: platform, Check: func(context.Context) error {
		if m == nil || !m.isConnected(platform) {
			return errors.New("not connected")
		}
		return nil
	}}
}

// Server serves the operator's endpoints: GET /healthz, 200 while the
// process is up; GET /readyz, 200 when every check passes, else 503 with
// one line per failing check; GET /metrics.
type Server struct {
	Addr    string       // where to listen, such as "127.0.0.1:9464"
	Metrics *Metrics     // nil: /metrics answers 404
	Checks  []Check      // run by /readyz, all within 2 s
	Log     *slog.Logger // nil: discard

	onShutdown func() // called when shutdown begins; for tests
}

// Run listens on s.Addr and serves until ctx is done, then shuts down
// gracefully: requests in flight may finish within 5 s. It returns at once
// if it cannot listen, with an error naming the address.
func (s *Server) Run(ctx context.Context) error {
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("ops.listen %s: %w", s.Addr, listenCause(err))
	}
	return s.Serve(ctx, ln)
}

// Start listens on s.Addr and serves in the background until ctx is done
// or stop is called; stop waits for the shutdown. An address that cannot
// be listened on is a configuration error (briefbot.EInvalid), returned at
// once.
func (s *Server) Start(ctx context.Context) (stop func(), err error) {
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		cause := listenCause(err)
		return nil, &briefbot.Error{Code: briefbot.EInvalid, Message: "ops.listen " + s.Addr, Err: cause}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := s.Serve(ctx, ln); err != nil {
			s.log().Error("ops endpoints stopped", "err", err)
		}
	}()
	return func() { cancel(); <-done }, nil
}

// listenCause strips what a listen error repeats of its address, so that
// it reads "address already in use" and still matches syscall.EADDRINUSE.
func listenCause(err error) error {
	if op, ok := errors.AsType[*net.OpError](err); ok {
		err = op.Err
	}
	if sys, ok := errors.AsType[*os.SyscallError](err); ok {
		err = sys.Err
	}
	return err
}

// Serve serves on ln until ctx is done, then shuts down as Run does. It
// closes ln.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	log := s.log()
	srv := &http.Server{
		Handler:           s.Handler(),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      20 * time.Second, // above the metrics handler's 10 s
		IdleTimeout:       60 * time.Second,
		MaxHeaderBytes:    16 << 10,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	if s.onShutdown != nil {
		srv.RegisterOnShutdown(s.onShutdown)
	}
	addr := ln.Addr().String()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()
	log.Info("ops endpoints listening", "addr", addr)
	select {
	case err := <-served:
		return fmt.Errorf("ops.serve %s: %w", addr, err)
	case <-ctx.Done():
	}
	shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(shutCtx)
	<-served // http.ErrServerClosed, once the listener is closed
	if err != nil {
		srv.Close()
		return fmt.Errorf("ops.shutdown %s: %w", addr, err)
	}
	log.Info("ops endpoints stopped", "addr", addr)
	return nil
}

// Handler routes the operator's endpoints. Unknown paths answer 404, and
// methods other than GET and HEAD 405.
func (s *Server) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeText(w, http.StatusOK, "ok\n")
	})
	mux.HandleFunc("GET /readyz", s.serveReady)
	mux.Handle("GET /metrics", s.Metrics.handler(s.log()))
	return mux
}

// serveReady runs every check and reports those that fail.
func (s *Server) serveReady(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), readyTimeout)
	defer cancel()
	var b strings.Builder
	for i, err := range runChecks(ctx, s.Checks) {
		if err != nil {
			fmt.Fprintf(&b, "%s: %s\n", s.Checks[i].Name, oneLine(err.Error()))
		}
	}
	if b.Len() > 0 {
		writeText(w, http.StatusServiceUnavailable, b.String())
		return
	}
	writeText(w, http.StatusOK, "ready\n")
}

// runChecks runs the checks at once and returns their errors in the same
// order. A check still running when ctx ends fails with "no answer in
// time", even if it does not heed ctx; a check that panics fails too.
func runChecks(ctx context.Context, checks []Check) []error {
	type result struct {
		i   int
		err error
	}
	done := make(chan result, len(checks)) // buffered: late answers do not block
	for i, c := range checks {
		go func() {
			err := errors.New("check panicked")
			defer func() {
				recover()
				done <- result{i, err}
			}()
			err = runCheck(ctx, c)
		}()
	}
	errs := make([]error, len(checks))
	for i := range errs {
		errs[i] = errors.New("no answer in time")
	}
	for range checks {
		select {
		case r := <-done:
			errs[r.i] = r.err
		case <-ctx.Done():
			return errs
		}
	}
	return errs
}

// runCheck runs c, which fails if it has no function.
func runCheck(ctx context.Context, c Check) error {
	if c.Check == nil {
		return errors.New("no check function")
	}
	return c.Check(ctx)
}

// writeText writes a short plain-text answer that must not be cached.
func writeText(w http.ResponseWriter, code int, body string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprint(w, body)
}

// oneLine keeps a check's error on its line of the /readyz answer.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (s *Server) log() *slog.Logger {
	if s.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return s.Log
}
