package discord

import (
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"briefbot/bot"

	"briefbot"
)

// idleConns is how many connections to Discord are kept open: more than
// the messages a fan-out sends at once.
const idleConns = 32

// clientTimeout bounds one REST call when Options gives no client.
const clientTimeout = 20 * time.Second

// discordHost is where discordgo sends every REST call: it writes its
// endpoints as strings when the package loads, so they are mapped here.
const discordHost = "discord.com"

// apiPath is the versioned prefix of discordgo's REST paths.
var apiPath = regexp.MustCompile(`^/api/v[0-9]+(/|$)`)

// mappedClient is a copy of c (nil: one with a time-out) whose transport
// sends every request for https://discord.com/api/v<N>/... to base
// instead, keeping the rest of the path and the query. Other requests go
// as they are.
func mappedClient(c *http.Client, base string) (*http.Client, error) {
	u, err := url.Parse(base)
	if err != nil || u.Host == "" || (u.Scheme != "https" && u.Scheme != "http") {
		return nil, briefbot.Errorf(briefbot.EInvalid, "discord: the REST base %q is not an http(s) URL", base)
	}
	out := &http.Client{Timeout: clientTimeout, Transport: bot.KeptAlive(idleConns)}
	if c != nil {
		cp := *c
		out = &cp
	}
	next := out.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	out.Transport = &mapping{base: u, next: next}
	return out, nil
}

// mapping is the transport that maps discordgo's REST calls onto the base.
type mapping struct {
	base *url.URL
	next http.RoundTripper
}

func (m *mapping) RoundTrip(r *http.Request) (*http.Response, error) {
	loc := apiPath.FindStringIndex(r.URL.Path)
	if r.URL.Host != discordHost || loc == nil {
		return m.next.RoundTrip(r)
	}
	rest := r.URL.Path[loc[1]:]
	u := *m.base
	u.Path = strings.TrimRight(m.base.Path, "/") + "/" + rest
	u.RawPath = ""
	if r.URL.RawPath != "" {
		u.RawPath = strings.TrimRight(m.base.EscapedPath(), "/") + "/" + r.URL.RawPath[loc[1]:]
	}
	u.RawQuery = r.URL.RawQuery
	out := r.Clone(r.Context())
	out.URL, out.Host = &u, ""
	resp, err := m.next.RoundTrip(out)
	if err != nil {
		return nil, &mappedError{to: u.String(), err: err}
	}
	return resp, nil
}

// mappedError is a failed request that was sent to the base: it names the
// address really called, since the client's error names discordgo's.
type mappedError struct {
	to  string
	err error
}

func (e *mappedError) Error() string { return "via " + e.to + ": " + e.err.Error() }
func (e *mappedError) Unwrap() error { return e.err }

// redact returns err with the token replaced wherever it shows; errors
// that do not show it are kept as they are, so they can be classified.
func redact(err error, token string) error {
	token = strings.TrimSpace(token)
	if err == nil || token == "" {
		return err
	}
	msg := err.Error()
	for _, form := range []string{token, url.PathEscape(token), url.QueryEscape(token)} {
		msg = strings.ReplaceAll(msg, form, "<token>")
	}
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}
