package fetch

import (
	"mime"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// mediaType splits a Content-Type header into its media type, in lower
// case, and its charset parameter.
func mediaType(header string) (typ, charset string) {
	if header == "" {
		return "", ""
	}
	typ, params, err := mime.ParseMediaType(header)
	if err != nil {
		typ, _, _ = strings.Cut(header, ";")
		return strings.ToLower(strings.TrimSpace(typ)), ""
	}
	return typ, strings.ToLower(strings.Trim(params["charset"], `"' `))
}

// maxAge reads max-age from Cache-Control headers; no-store and no-cache
// mean nothing may be reused, so 0.
func maxAge(values []string) time.Duration {
	var age time.Duration
	for _, v := range values {
		for _, d := range strings.Split(v, ",") {
			name, arg, _ := strings.Cut(strings.TrimSpace(d), "=")
			switch strings.ToLower(name) {
			case "no-store", "no-cache":
				return 0
			case "max-age":
				if n, err := strconv.ParseInt(strings.Trim(arg, `"`), 10, 64); err == nil && n > 0 {
					age = seconds(n)
				}
			}
		}
	}
	return age
}

// retryAfter reads Retry-After as seconds or as an HTTP date. A date
// counts from the response's own Date header when it has one, so that a
// server whose clock is off still gets the delay it meant.
func retryAfter(h http.Header, now time.Time) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil {
		if n <= 0 {
			return 0
		}
		return seconds(n)
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0
	}
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	return max(at.Sub(now), 0)
}

// seconds converts a count of seconds, capped at a year so that no
// header overflows a Duration.
func seconds(n int64) time.Duration {
	const year = 365 * 24 * 3600
	return time.Duration(min(n, year)) * time.Second
}

// feedTypes are media types that feeds are served as.
var feedTypes = map[string]bool{
	"application/rss+xml": true, "application/atom+xml": true, "application/feed+json": true,
	"application/xml": true, "text/xml": true, "application/rdf+xml": true,
	"application/x-rss+xml": true, "application/x-atom+xml": true, "application/json": true,
	"text/rss+xml": true, "text/atom+xml": true,
}

// IsFeedType tells whether a content type (a bare media type or a whole
// Content-Type header) is one that feeds are served as. Many servers send
// feeds as text/plain or application/octet-stream, so a false answer is a
// reason to look at the body, not to refuse it.
func IsFeedType(contentType string) bool {
	typ, _ := mediaType(contentType)
	return feedTypes[typ]
}

// IsHTMLType tells whether a content type is an HTML page.
func IsHTMLType(contentType string) bool {
	typ, _ := mediaType(contentType)
	return typ == "text/html" || typ == "application/xhtml+xml"
}
