// Package fetch downloads feeds and article pages the way a polite news
// reader does: a clear User-Agent, conditional GETs, a timeout, a cap on the
// body size and on redirects, a few requests to one host at a time, and no
// requests to private, loopback or link-local addresses unless they are
// allowed. Every failure is a *briefbot.Error whose message is a short
// reason fit for a log line and for an admin: "timeout after 20s",
// "HTTP 404", "redirect loop".
package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"time"

	"briefbot"
)

// Defaults of Options.
const (
	DefaultUserAgent    = "briefbot/1 (news reader; +https://github.com/briefbot)"
	DefaultTimeout      = 20 * time.Second
	DefaultMaxBytes     = 5 << 20
	DefaultMaxRedirects = 5
	DefaultPerHost      = 2
)

// accept names what briefbot reads: feeds first, then web pages.
const accept = "application/rss+xml, application/atom+xml, application/feed+json, " +
	"application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"

// Options configure a Client; zero fields take the defaults.
type Options struct {
	UserAgent    string
	Timeout      time.Duration // for the whole request, body included
	MaxBytes     int64         // a larger body is an error
	MaxRedirects int
	PerHost      int              // requests in flight to one host (name and port) at once; more wait their turn
	AllowPrivate bool             // allow private, loopback and link-local addresses
	Now          func() time.Time // reads the clock for Retry-After dates; time.Now when nil
}

// Client fetches web resources. It is safe for concurrent use.
type Client struct {
	opt   Options
	http  *http.Client
	hosts *hostSlots
}

// Validators are the cache validators of an earlier response; a Get that
// sends them gets a NotModified response when nothing changed.
type Validators struct {
	ETag         string
	LastModified string
}

// Response is a fetched resource.
type Response struct {
	URL          string // the final address, after redirects
	Status       int
	NotModified  bool // 304: the resource is unchanged and Body is empty
	Body         []byte
	ContentType  string // media type in lower case, without parameters
	Charset      string // the charset parameter of Content-Type, "" when absent
	ETag         string
	LastModified string
	MaxAge       time.Duration // Cache-Control max-age; 0 when absent
	RetryAfter   time.Duration // Retry-After; 0 when absent
}

// New returns a Client with the given options.
func New(opt Options) *Client {
	opt = withDefaults(opt)
	c := &Client{opt: opt, hosts: newHostSlots(opt.PerHost)}
	c.http = &http.Client{
		Transport:     newTransport(opt),
		CheckRedirect: c.checkRedirect,
	}
	return c
}

func withDefaults(opt Options) Options {
	if opt.UserAgent == "" {
		opt.UserAgent = DefaultUserAgent
	}
	if opt.Timeout <= 0 {
		opt.Timeout = DefaultTimeout
	}
	if opt.MaxBytes <= 0 {
		opt.MaxBytes = DefaultMaxBytes
	}
	if opt.MaxRedirects <= 0 {
		opt.MaxRedirects = DefaultMaxRedirects
	}
	if opt.PerHost <= 0 {
		opt.PerHost = DefaultPerHost
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	return opt
}

func newTransport(opt Options) *http.Transport {
	dialer := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !opt.AllowPrivate {
		dialer.Control = refusePrivate
	}
	return &http.Transport{
		Proxy:                 nil, // a proxy would hide the address actually reached
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          50,
		MaxIdleConnsPerHost:   max(2, opt.PerHost), // a connection for each request a host may have in flight
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   10 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
}

// Get fetches rawURL. A 304 answer to the validators is a success with
// NotModified set. An HTTP error status is an error, and the Response
// still carries the Status, URL and RetryAfter that came with it. Get
// first waits until the host has fewer than PerHost requests in flight;
// the timeout starts once it is the request's turn.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (Response, error) {
	u, err := checkURL(rawURL)
	if err != nil {
		return Response{}, err
	}
	release, err := c.hosts.acquire(ctx, hostKey(u))
	if err != nil {
		return Response{}, &briefbot.Error{Code: briefbot.EInternal, Message: "fetch cancelled", Err: err}
	}
	defer release()
	parent := ctx
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return Response{}, &briefbot.Error{Code: briefbot.EInvalid, Message: "invalid URL", Err: err}
	}
	c.setHeaders(req, v)
	resp, err := c.http.Do(req)
	if err != nil {
		return Response{}, c.transportError(parent, err)
	}
	defer resp.Body.Close()
	out := c.describe(resp, v)
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		return out, nil
	case resp.StatusCode >= 400:
		return out, statusError(resp.StatusCode)
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return out, briefbot.Errorf(briefbot.EInvalid, "unexpected HTTP %d", resp.StatusCode)
	}
	out.Body, err = c.readBody(parent, resp)
	return out, err
}

func (c *Client) setHeaders(req *http.Request, v Validators) {
	req.Header.Set("User-Agent", c.opt.UserAgent)
	req.Header.Set("Accept", accept)
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
}

// describe reads the headers of a response. A 304 that does not repeat the
// validators keeps the ones that were sent.
func (c *Client) describe(resp *http.Response, v Validators) Response {
	out := Response{
		URL:          resp.Request.URL.String(),
		Status:       resp.StatusCode,
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		MaxAge:       maxAge(resp.Header.Values("Cache-Control")),
		RetryAfter:   retryAfter(resp.Header, c.opt.Now()),
	}
	out.ContentType, out.Charset = mediaType(resp.Header.Get("Content-Type"))
	if resp.StatusCode == http.StatusNotModified {
		if out.ETag == "" {
			out.ETag = v.ETag
		}
		if out.LastModified == "" {
			out.LastModified = v.LastModified
		}
	}
	return out
}

// checkURL accepts absolute http and https URLs only.
func checkURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, &briefbot.Error{Code: briefbot.EInvalid, Message: "invalid URL", Err: err}
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	if u.Hostname() == "" {
		return nil, briefbot.Errorf(briefbot.EInvalid, "URL has no host")
	}
	return u, nil
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		if u.Scheme == "" {
			return briefbot.Errorf(briefbot.EInvalid, "URL is not absolute")
		}
		return briefbot.Errorf(briefbot.EInvalid, "refused scheme %q: only http and https", u.Scheme)
	}
	return nil
}

// checkRedirect follows at most MaxRedirects hops, each to http or https,
// and stops at a loop. Each hop's address is checked when it is dialed.
func (c *Client) checkRedirect(req *http.Request, via []*http.Request) error {
	if err := checkScheme(req.URL); err != nil {
		return err
	}
	next := req.URL.String()
	for _, r := range via {
		if r.URL.String() == next {
			return briefbot.Errorf(briefbot.EInvalid, "redirect loop")
		}
	}
	if len(via) > c.opt.MaxRedirects {
		return briefbot.Errorf(briefbot.EInvalid, "too many redirects (more than %d)", c.opt.MaxRedirects)
	}
	return nil
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
