package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// endless is a body that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'x'
	}
	return len(p), nil
}

func TestBadFeedsCostOneLogLineAndABackoff(t *testing.T) {
	now := fixedNow
	site := startNewsSite(t, now.Add(-time.Hour))
	mux := http.NewServeMux()
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	mux.HandleFunc("/html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		fmt.Fprint(w, "<!doctype html><html><body><p>Welcome to our site</p></body></html>")
	})
	mux.HandleFunc("/malformed", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Half`)
	})
	mux.HandleFunc("/huge", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = io.Copy(w, endless{})
	})
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/gone", http.NotFound)
	mux.HandleFunc("/error", func(w http.ResponseWriter, r *http.Request) { http.Error(w, "oops", http.StatusInternalServerError) })
	bad := httptest.NewServer(mux)
	t.Cleanup(bad.Close)

	var logs strings.Builder
	env := dbEnv(t)
	env["BRIEFBOT_CONFIG"] = writeConfig(t, "samples: never\nallow_private_networks: true\npolling:\n  timeout: 300ms\n  max_body_mb: 1\n")
	want := map[string]string{
		"/slow": "timeout", "/html": "not a feed", "/malformed": "malformed", "/huge": "larger than 1 MB",
		"/loop": "redirect", "/gone": "404", "/error": "500",
	}
	for path := range want {
		if _, errs, code := runCLI(t, env, "", "feeds", "add", bad.URL+path); code != 0 {
			t.Fatal(errs)
		}
	}
	if _, errs, code := runCLI(t, env, "", "feeds", "add", site.URL+"/feed.json"); code != 0 {
		t.Fatal(errs)
	}
	a := openTestApp(t, env)
	a.log = newTestLogger(&logs)
	if err := a.newPoller().Tick(context.Background(), now); err != nil {
		t.Fatal(err)
	}
	feeds, err := a.store.Feeds(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range feeds {
		path := strings.TrimPrefix(f.URL, bad.URL)
		reason, isBad := want[path]
		switch {
		case !isBad && f.Failures != 0:
			t.Errorf("healthy feed failed: %s", f.LastError)
		case isBad && (f.Failures != 1 || !strings.Contains(f.LastError, reason) || !f.NextCheck.After(now)):
			t.Errorf("%s: failures=%d error=%q next=%v; want the reason %q and a backoff", path, f.Failures, f.LastError, f.NextCheck, reason)
		case isBad && strings.Count(logs.String(), f.URL) != 1:
			t.Errorf("%s: want exactly one log line naming the feed:\n%s", path, logs.String())
		}
	}
	if st, _ := a.store.ArticleStats(context.Background()); st.Articles != 1 {
		t.Errorf("the good feed's article should land: %d stored", st.Articles)
	}
}

func newTestLogger(w io.Writer) *slog.Logger { return slog.New(slog.NewTextHandler(w, nil)) }
