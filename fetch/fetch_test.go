package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"briefbot"
)

// newServer serves h on loopback for the length of the test.
func newServer(tb testing.TB, h http.HandlerFunc) *httptest.Server {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv
}

// loopback is a client that may reach the test servers.
func loopback(opt Options) *Client {
	opt.AllowPrivate = true
	return New(opt)
}

// wantError checks that err is a *briefbot.Error with the given code and
// message.
func wantError(tb testing.TB, err error, code, msg string) {
	tb.Helper()
	var be *briefbot.Error
	if !errors.As(err, &be) {
		tb.Fatalf("error = %v (%T), want a *briefbot.Error", err, err)
	}
	if be.Code != code || be.Message != msg {
		tb.Fatalf("error = %q %q, want %q %q", be.Code, be.Message, code, msg)
	}
}

func TestGetReturnsBodyAndHeaders(t *testing.T) {
	var gotUA, gotAccept string
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		gotUA, gotAccept = r.UserAgent(), r.Header.Get("Accept")
		w.Header().Set("Content-Type", "application/rss+xml; charset=ISO-8859-1")
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Last-Modified", "Wed, 25 Nov 2026 10:00:00 GMT")
		w.Header().Set("Cache-Control", "public, max-age=900")
		fmt.Fprint(w, "<rss/>")
	})
	resp, err := loopback(Options{}).Get(context.Background(), srv.URL+"/feed", Validators{})
	if err != nil {
		t.Fatal(err)
	}
	want := Response{
		URL: srv.URL + "/feed", Status: 200, Body: []byte("<rss/>"),
		ContentType: "application/rss+xml", Charset: "iso-8859-1", ETag: `"v1"`,
		LastModified: "Wed, 25 Nov 2026 10:00:00 GMT", MaxAge: 15 * time.Minute,
	}
	if fmt.Sprint(resp) != fmt.Sprint(want) {
		t.Errorf("response =\n%+v\nwant\n%+v", resp, want)
	}
	if gotUA != DefaultUserAgent || !strings.Contains(gotAccept, "application/rss+xml") {
		t.Errorf("User-Agent %q, Accept %q", gotUA, gotAccept)
	}
}

func TestConditionalGet(t *testing.T) {
	const etag, lastMod = `"abc"`, "Wed, 25 Nov 2026 10:00:00 GMT"
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag && r.Header.Get("If-Modified-Since") == lastMod {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		fmt.Fprint(w, "<rss/>")
	})
	c := loopback(Options{})
	first, err := c.Get(context.Background(), srv.URL, Validators{})
	if err != nil || first.NotModified || first.ETag != etag {
		t.Fatalf("first get: %+v, %v", first, err)
	}
	second, err := c.Get(context.Background(), srv.URL, Validators{ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.Status != 304 || len(second.Body) != 0 {
		t.Errorf("second get = %+v, want a 304 with no body", second)
	}
	if second.ETag != etag || second.LastModified != lastMod {
		t.Errorf("validators after 304 = %q %q, want the ones sent", second.ETag, second.LastModified)
	}
}

func TestHTTPErrors(t *testing.T) {
	tests := []struct {
		status int
		code   string
	}{
		{404, briefbot.ENotFound},
		{410, briefbot.ENotFound},
		{403, briefbot.EInvalid},
		{500, briefbot.EInvalid},
		{503, briefbot.EInvalid},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprint(tt.status), func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				http.Error(w, "no", tt.status)
			})
			resp, err := loopback(Options{}).Get(context.Background(), srv.URL, Validators{})
			wantError(t, err, tt.code, fmt.Sprintf("HTTP %d", tt.status))
			if resp.Status != tt.status {
				t.Errorf("status = %d, want %d", resp.Status, tt.status)
			}
		})
	}
}

func TestRetryAfter(t *testing.T) {
	date := time.Date(2026, 11, 27, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name, header, date string
		want               time.Duration
	}{
		{"seconds", "120", "", 2 * time.Minute},
		{"date against the response date", date.Add(time.Hour).Format(http.TimeFormat), date.Format(http.TimeFormat), time.Hour},
		{"date against the clock", date.Add(30 * time.Minute).Format(http.TimeFormat), "", 30 * time.Minute},
		{"date in the past", date.Add(-time.Hour).Format(http.TimeFormat), "", 0},
		{"garbage", "soon", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", tt.header)
				if tt.date != "" {
					w.Header()["Date"] = []string{tt.date}
				} else {
					w.Header()["Date"] = nil
				}
				w.WriteHeader(http.StatusTooManyRequests)
			})
			c := loopback(Options{Now: func() time.Time { return date }})
			resp, err := c.Get(context.Background(), srv.URL, Validators{})
			wantError(t, err, briefbot.EInvalid, "HTTP 429")
			if resp.RetryAfter != tt.want {
				t.Errorf("RetryAfter = %v, want %v", resp.RetryAfter, tt.want)
			}
		})
	}
}

func TestMaxAge(t *testing.T) {
	tests := []struct {
		header []string
		want   time.Duration
	}{
		{[]string{"max-age=300"}, 5 * time.Minute},
		{[]string{"public", "max-age=60, must-revalidate"}, time.Minute},
		{[]string{"no-cache, max-age=300"}, 0},
		{[]string{"max-age=abc"}, 0},
		{nil, 0},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.header, "|"), func(t *testing.T) {
			if got := maxAge(tt.header); got != tt.want {
				t.Errorf("maxAge(%q) = %v, want %v", tt.header, got, tt.want)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	_, err := loopback(Options{Timeout: 50 * time.Millisecond}).Get(context.Background(), srv.URL, Validators{})
	wantError(t, err, briefbot.EInvalid, "timeout after 50ms")
}

func TestTimeoutWhileReadingBody(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, "<rss>")
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	_, err := loopback(Options{Timeout: 50 * time.Millisecond}).Get(context.Background(), srv.URL, Validators{})
	wantError(t, err, briefbot.EInvalid, "timeout after 50ms")
}

func TestCancelledByCaller(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := loopback(Options{}).Get(ctx, srv.URL, Validators{})
	if briefbot.ErrorCode(err) != briefbot.EInternal || !errors.Is(err, context.Canceled) {
		t.Errorf("error = %v, want an internal error wrapping context.Canceled", err)
	}
}
