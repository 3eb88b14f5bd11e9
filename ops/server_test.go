package ops

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"

	"briefbot"
)

var client = &http.Client{Timeout: 10 * time.Second}

// MustServe serves s on a loopback port until the test ends, and returns
// the base URL.
func MustServe(tb testing.TB, s *Server) string {
	tb.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	tb.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			tb.Errorf("Serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// MustGet sends a request with no body and returns the status and body.
func MustGet(tb testing.TB, method, url string) (int, string) {
	tb.Helper()
	req, err := http.NewRequest(method, url, nil)
	if err != nil {
		tb.Fatal(err)
	}
	resp, err := client.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

func pass(context.Context) error { return nil }

func TestRoutes(t *testing.T) {
	base := MustServe(t, &Server{Metrics: NewMetrics()})
	for _, tc := range []struct {
		name, method, path string
		code               int
		body               string
	}{
		{"healthz", "GET", "/healthz", 200, "ok\n"},
		{"healthz head", "HEAD", "/healthz", 200, ""},
		{"readyz with no checks", "GET", "/readyz", 200, "ready\n"},
		{"unknown path", "GET", "/debug/pprof/", 404, "404 page not found\n"},
		{"root", "GET", "/", 404, "404 page not found\n"},
		{"post healthz", "POST", "/healthz", 405, "Method Not Allowed\n"},
		{"delete metrics", "DELETE", "/metrics", 405, "Method Not Allowed\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, body := MustGet(t, tc.method, base+tc.path)
			if code != tc.code || body != tc.body {
				t.Errorf("%s %s = %d %q; want %d %q", tc.method, tc.path, code, body, tc.code, tc.body)
			}
		})
	}
}

func TestReadyz(t *testing.T) {
	locked := func(context.Context) error { return errors.New("database is locked") }
	for _, tc := range []struct {
		name   string
		checks []Check
		code   int
		body   string
	}{
		{"all pass", []Check{{"store", pass}, {"telegram", pass}}, 200, "ready\n"},
		{"one fails", []Check{{"store", locked}, {"telegram", pass}}, 503, "store: database is locked\n"},
		{"two fail, in order", []Check{{"a", locked}, {"b", pass}, {"c", locked}}, 503,
			"a: database is locked\nc: database is locked\n"},
		{"error on many lines", []Check{{"store", func(context.Context) error {
			return errors.New("migration 6\nfailed")
		}}}, 503, "store: migration 6 failed\n"},
		{"no function", []Check{{"store", nil}}, 503, "store: no check function\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			base := MustServe(t, &Server{Checks: tc.checks})
			code, body := MustGet(t, "GET", base+"/readyz")
			if code != tc.code || body != tc.body {
				t.Errorf("GET /readyz = %d %q; want %d %q", code, body, tc.code, tc.body)
			}
		})
	}
}

func TestReadyzChecksHaveDeadline(t *testing.T) {
	check := func(ctx context.Context) error {
		dl, ok := ctx.Deadline()
		if !ok || time.Until(dl) > readyTimeout {
			return errors.New("no 2 s deadline")
		}
		return nil
	}
	base := MustServe(t, &Server{Checks: []Check{{"store", check}}})
	if code, body := MustGet(t, "GET", base+"/readyz"); code != 200 {
		t.Errorf("GET /readyz = %d %q; want 200", code, body)
	}
}

func TestReadyzPlatformCheck(t *testing.T) {
	m := NewMetrics()
	base := MustServe(t, &Server{Metrics: m, Checks: []Check{m.PlatformCheck("telegram")}})
	for _, step := range []struct {
		name string
		set  func()
		code int
		body string
	}{
		{"before connecting", func() {}, 503, "telegram: not connected\n"},
		{"another platform connects", func() { m.PlatformConnected("discord", true) }, 503, "telegram: not connected\n"},
		{"connected", func() { m.PlatformConnected("telegram", true) }, 200, "ready\n"},
		{"disconnected", func() { m.PlatformConnected("telegram", false) }, 503, "telegram: not connected\n"},
	} {
		step.set()
		if code, body := MustGet(t, "GET", base+"/readyz"); code != step.code || body != step.body {
			t.Errorf("%s: GET /readyz = %d %q; want %d %q", step.name, code, body, step.code, step.body)
		}
	}
}

func TestRunChecksGivesUp(t *testing.T) {
	never := make(chan struct{})
	defer close(never)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	errs := runChecks(ctx, []Check{
		{"deaf", func(context.Context) error { <-never; return nil }},
	})
	if len(errs) != 1 || errs[0] == nil || errs[0].Error() != "no answer in time" {
		t.Errorf("runChecks = %v; want [no answer in time]", errs)
	}
}

func TestRunChecksPanic(t *testing.T) {
	errs := runChecks(context.Background(), []Check{
		{"store", pass},
		{"broken", func(context.Context) error { panic("secret=hunter2") }},
	})
	if len(errs) != 2 || errs[0] != nil || errs[1] == nil || errs[1].Error() != "check panicked" {
		t.Errorf("runChecks = %v; want [<nil> check panicked]", errs)
	}
}

func TestRunAddressInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	addr := ln.Addr().String()
	err = (&Server{Addr: addr}).Run(context.Background())
	if !errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("Run on a taken address = %v; want EADDRINUSE", err)
	}
	if got, want := err.Error(), "ops.listen "+addr+": address already in use"; got != want {
		t.Errorf("Run error = %q; want %q", got, want)
	}
}

// addrHandler hands over the address in the "listening" log record.
type addrHandler struct{ addrs chan string }

func (h addrHandler) Enabled(context.Context, slog.Level) bool { return true }
func (h addrHandler) WithAttrs([]slog.Attr) slog.Handler       { return h }
func (h addrHandler) WithGroup(string) slog.Handler            { return h }
func (h addrHandler) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "ops endpoints listening" {
		r.Attrs(func(a slog.Attr) bool {
			if a.Key == "addr" {
				h.addrs <- a.Value.String()
			}
			return true
		})
	}
	return nil
}

func TestRunStopsWhenCancelled(t *testing.T) {
	addrs := make(chan string, 1)
	s := &Server{Addr: "127.0.0.1:0", Log: slog.New(addrHandler{addrs})}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	var addr string
	select {
	case addr = <-addrs:
	case err := <-done:
		t.Fatalf("Run returned before listening: %v", err)
	}
	if code, _ := MustGet(t, "GET", "http://"+addr+"/healthz"); code != 200 {
		t.Errorf("GET /healthz = %d; want 200", code)
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("Run after cancel = %v; want nil", err)
	}
	if _, err := client.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("GET /healthz after Run returned succeeded; want a refused connection")
	}
}

func TestServeFinishesInFlight(t *testing.T) {
	entered, shutting, release := make(chan struct{}), make(chan struct{}), make(chan struct{})
	slow := func(context.Context) error {
		close(entered)
		<-release
		return nil
	}
	s := &Server{Checks: []Check{{"slow", slow}}, onShutdown: func() { close(shutting) }}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	type answer struct {
		code int
		body string
		err  error
	}
	answered := make(chan answer, 1)
	go func() {
		resp, err := client.Get("http://" + ln.Addr().String() + "/readyz")
		if err != nil {
			answered <- answer{err: err}
			return
		}
		defer resp.Body.Close()
		body, err := io.ReadAll(resp.Body)
		answered <- answer{resp.StatusCode, string(body), err}
	}()
	select {
	case <-entered:
	case got := <-answered:
		t.Fatalf("GET /readyz = %d %q %v before the check ran", got.code, got.body, got.err)
	}
	cancel()
	<-shutting
	close(release)
	if got := <-answered; got.err != nil || got.code != 200 || got.body != "ready\n" {
		t.Errorf("in-flight GET /readyz = %d %q %v; want 200 \"ready\\n\"", got.code, got.body, got.err)
	}
	if err := <-served; err != nil {
		t.Errorf("Serve after cancel = %v; want nil", err)
	}
}

func TestStartServesUntilStopped(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	addr := taken.Addr().String()
	_, err = (&Server{Addr: addr}).Start(context.Background())
	if briefbot.ErrorCode(err) != briefbot.EInvalid || !errors.Is(err, syscall.EADDRINUSE) {
		t.Fatalf("Start on a taken address = %v; want a configuration error, EADDRINUSE", err)
	}
	if got, want := err.Error(), "ops.listen "+addr+": address already in use"; got != want {
		t.Errorf("Start error = %q; want %q", got, want)
	}

	addrs := make(chan string, 1)
	stop, err := (&Server{Addr: "127.0.0.1:0", Log: slog.New(addrHandler{addrs})}).Start(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	addr = <-addrs
	if code, _ := MustGet(t, "GET", "http://"+addr+"/healthz"); code != 200 {
		t.Errorf("GET /healthz = %d; want 200", code)
	}
	stop()
	if _, err := client.Get("http://" + addr + "/healthz"); err == nil {
		t.Error("GET /healthz after stop succeeded; want a refused connection")
	}
}
