package fetch

import (
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"briefbot"
)

// endless writes zeros until the client goes away, counting what it sent.
func endless(sent *int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		chunk := make([]byte, 32<<10)
		for r.Context().Err() == nil {
			n, err := w.Write(chunk)
			*sent += int64(n)
			if err != nil {
				return
			}
		}
	}
}

func TestBodyOverTheCap(t *testing.T) {
	t.Run("endless body", func(t *testing.T) {
		var sent int64
		srv := newServer(t, endless(&sent))
		_, err := loopback(Options{}).Get(context.Background(), srv.URL, Validators{})
		wantError(t, err, briefbot.EInvalid, "body larger than 5 MB")
		srv.Close() // waits for the handler, so sent is final
		if sent > 32<<20 {
			t.Errorf("server sent %d bytes before the client stopped", sent)
		}
	})
	t.Run("declared 5 GB", func(t *testing.T) {
		var sent int64
		srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Length", strconv.FormatInt(5<<30, 10))
			endless(&sent)(w, r)
		})
		_, err := loopback(Options{}).Get(context.Background(), srv.URL, Validators{})
		wantError(t, err, briefbot.EInvalid, "body larger than 5 MB")
	})
	t.Run("exactly the cap", func(t *testing.T) {
		srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprint(w, strings.Repeat("x", 1024))
		})
		resp, err := loopback(Options{MaxBytes: 1024}).Get(context.Background(), srv.URL, Validators{})
		if err != nil || len(resp.Body) != 1024 {
			t.Fatalf("got %d bytes, %v; want the whole 1 KB body", len(resp.Body), err)
		}
	})
}

func TestRedirects(t *testing.T) {
	mux := http.NewServeMux()
	mux.Handle("/old", http.RedirectHandler("/new", http.StatusMovedPermanently))
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "ok") })
	mux.Handle("/a", http.RedirectHandler("/b", http.StatusFound))
	mux.Handle("/b", http.RedirectHandler("/a", http.StatusFound))
	mux.HandleFunc("/chain/", func(w http.ResponseWriter, r *http.Request) {
		n, _ := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/chain/"))
		http.Redirect(w, r, fmt.Sprintf("/chain/%d", n+1), http.StatusFound)
	})
	mux.Handle("/ftp", http.RedirectHandler("ftp://example.com/feed", http.StatusFound))
	srv := newServer(t, mux.ServeHTTP)
	c := loopback(Options{})

	resp, err := c.Get(context.Background(), srv.URL+"/old", Validators{})
	if err != nil || resp.URL != srv.URL+"/new" || string(resp.Body) != "ok" {
		t.Errorf("followed redirect: %q %q %v", resp.URL, resp.Body, err)
	}
	_, err = c.Get(context.Background(), srv.URL+"/a", Validators{})
	wantError(t, err, briefbot.EInvalid, "redirect loop")
	_, err = c.Get(context.Background(), srv.URL+"/chain/0", Validators{})
	wantError(t, err, briefbot.EInvalid, "too many redirects (more than 5)")
	_, err = c.Get(context.Background(), srv.URL+"/ftp", Validators{})
	wantError(t, err, briefbot.EInvalid, `refused scheme "ftp": only http and https`)
}

func TestRefusesLoopbackUnlessAllowed(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "secret") })
	_, err := New(Options{}).Get(context.Background(), srv.URL, Validators{})
	wantError(t, err, briefbot.EInvalid, "refused loopback address 127.0.0.1")

	// A name that resolves to loopback is refused too: the check runs on
	// the address being dialed, not on the URL.
	port := srv.URL[strings.LastIndex(srv.URL, ":"):]
	_, err = New(Options{}).Get(context.Background(), "http://localhost"+port, Validators{})
	if briefbot.ErrorCode(err) != briefbot.EInvalid || !strings.Contains(err.Error(), "refused loopback address") {
		t.Errorf("localhost: error = %v, want a refused loopback address", err)
	}
}

func TestRefusesPrivateRedirectTarget(t *testing.T) {
	// The test server is on loopback, so a client that refuses private
	// addresses cannot reach it; the dial check is what a redirect hop to
	// a private address meets, shown here for the hop's address directly.
	if err := refusePrivate("tcp4", "10.0.0.1:80", nil); err == nil || err.Error() != "refused private address 10.0.0.1" {
		t.Errorf("refusePrivate(10.0.0.1) = %v", err)
	}
}

func TestRefusesBadURLs(t *testing.T) {
	tests := []struct{ url, msg string }{
		{"file:///etc/passwd", `refused scheme "file": only http and https`},
		{"gopher://example.com/", `refused scheme "gopher": only http and https`},
		{"/feed.xml", "URL is not absolute"},
		{"http:///feed.xml", "URL has no host"},
		{"http://exa mple.com/", "invalid URL"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := New(Options{}).Get(context.Background(), tt.url, Validators{})
			wantError(t, err, briefbot.EInvalid, tt.msg)
		})
	}
}

func TestContentTypeHelpers(t *testing.T) {
	tests := []struct {
		typ        string
		feed, html bool
	}{
		{"application/rss+xml", true, false},
		{"application/atom+xml; charset=utf-8", true, false},
		{"application/feed+json", true, false},
		{"text/xml; charset=ISO-8859-1", true, false},
		{"Text/HTML; charset=UTF-8", false, true},
		{"application/xhtml+xml", false, true},
		{"application/octet-stream", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			if got := IsFeedType(tt.typ); got != tt.feed {
				t.Errorf("IsFeedType = %v, want %v", got, tt.feed)
			}
			if got := IsHTMLType(tt.typ); got != tt.html {
				t.Errorf("IsHTMLType = %v, want %v", got, tt.html)
			}
		})
	}
}

func TestCompressedBodyCappedWhenDecoded(t *testing.T) {
	srv := newServer(t, func(w http.ResponseWriter, r *http.Request) {
		if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			t.Error("client does not offer gzip")
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		zeros := make([]byte, 1<<20)
		for range 10 {
			if _, err := zw.Write(zeros); err != nil {
				return
			}
		}
		zw.Close()
	})
	_, err := loopback(Options{}).Get(context.Background(), srv.URL, Validators{})
	wantError(t, err, briefbot.EInvalid, "body larger than 5 MB")
}
