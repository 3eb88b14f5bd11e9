package fetch

import (
	"context"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"
	"testing"

	"briefbot"
)

func TestHostSlotsBoundEachHost(t *testing.T) {
	h := newHostSlots(2)
	ctx := context.Background()
	ended, cancel := context.WithCancel(ctx)
	cancel()
	var releases []func()
	for range 2 {
		release, err := h.acquire(ctx, "a.example:443")
		if err != nil {
			t.Fatal(err)
		}
		releases = append(releases, release)
	}
	if _, err := h.acquire(ended, "a.example:443"); err == nil {
		t.Fatal("a third slot of a host was given while two are held")
	}
	other, err := h.acquire(ctx, "b.example:443")
	if err != nil {
		t.Fatalf("another host waited for the first: %v", err)
	}
	other()
	releases[0]()
	again, err := h.acquire(ctx, "a.example:443")
	if err != nil {
		t.Fatalf("a slot given back was not taken again: %v", err)
	}
	again()
	releases[1]()
	if got := len(h.by); got != 0 {
		t.Errorf("%d hosts remembered with no request in flight", got)
	}
	if _, err := h.acquire(ended, "c.example:443"); err == nil {
		t.Error("an ended context took a free slot")
	}
}

func TestHostKey(t *testing.T) {
	for _, tc := range []struct{ url, want string }{
		{"https://Example.ORG/feed", "example.org:443"},
		{"https://example.org:443/a", "example.org:443"},
		{"http://example.org/a", "example.org:80"},
		{"http://example.org:8080/a", "example.org:8080"},
		{"http://[::1]:8080/a", "[::1]:8080"},
	} {
		t.Run(tc.url, func(t *testing.T) {
			u, err := url.Parse(tc.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := hostKey(u); got != tc.want {
				t.Errorf("hostKey = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestGetWaitsForItsHostsTurn holds two requests open on one server: a
// third to the same server waits, one to another server goes through, and
// the third is sent once a slot is free.
func TestGetWaitsForItsHostsTurn(t *testing.T) {
	entered := make(chan string, 8)
	release := make(chan struct{})
	var inFlight, most atomic.Int32
	slow := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		entered <- r.URL.Path
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	fast := newServer(t, func(w http.ResponseWriter, r *http.Request) {})
	c := loopback(Options{PerHost: 2})
	var wg sync.WaitGroup
	errs := make(chan error, 5)
	for range 5 {
		wg.Go(func() {
			_, err := c.Get(context.Background(), slow.URL+"/page", Validators{})
			errs <- err
		})
	}
	<-entered
	<-entered
	if _, err := c.Get(context.Background(), fast.URL, Validators{}); err != nil {
		t.Fatalf("a request to another host waited for the busy one: %v", err)
	}
	select {
	case <-entered:
		t.Fatal("a third request reached the busy host while two were in flight")
	default:
	}
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	if got := most.Load(); got != 2 {
		t.Errorf("at most %d requests were in flight to the host, want 2", got)
	}
}

func TestGetCancelledWhileWaitingForItsHost(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	entered := make(chan struct{}, 1)
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		entered <- struct{}{}
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	c := loopback(Options{PerHost: 1})
	go c.Get(context.Background(), srv.URL, Validators{})
	<-entered
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := c.Get(ctx, srv.URL, Validators{})
	wantError(t, err, briefbot.EInternal, "fetch cancelled")
}
