package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"briefbot"
)

// readBody reads at most MaxBytes; a longer body is an error, and what is
// left of it is never read.
func (c *Client) readBody(caller context.Context, resp *http.Response) ([]byte, error) {
	limit := c.opt.MaxBytes
	if resp.ContentLength > limit {
		return nil, c.tooLarge()
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return nil, c.transportError(caller, err)
	}
	if int64(len(body)) > limit {
		return nil, c.tooLarge()
	}
	return body, nil
}

func (c *Client) tooLarge() error {
	return briefbot.Errorf(briefbot.EInvalid, "body larger than %s", sizeText(c.opt.MaxBytes))
}

// statusError names an HTTP error status: 404 and 410 are not found, any
// other status says that the source refuses or fails.
func statusError(status int) error {
	code := briefbot.EInvalid
	if status == http.StatusNotFound || status == http.StatusGone {
		code = briefbot.ENotFound
	}
	return briefbot.Errorf(code, "HTTP %d", status)
}

// transportError turns a failed request into a short reason. A reason that
// comes from the source (timeout, refused address, unreachable host) may be
// shown to an admin; a request that the caller's context ended is the
// caller's own doing.
func (c *Client) transportError(caller context.Context, err error) error {
	var be *briefbot.Error
	if errors.As(err, &be) {
		return be
	}
	var refused *refusedError
	if errors.As(err, &refused) {
		return &briefbot.Error{Code: briefbot.EInvalid, Message: refused.Error()}
	}
	if caller.Err() != nil {
		return &briefbot.Error{Code: briefbot.EInternal, Message: "fetch cancelled", Err: caller.Err()}
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return briefbot.Errorf(briefbot.EInvalid, "timeout after %s", shortDuration(c.opt.Timeout))
	}
	return &briefbot.Error{Code: briefbot.EInvalid, Message: networkReason(err), Err: err}
}

// networkReason names the kind of network failure.
func networkReason(err error) string {
	var dnsErr *net.DNSError
	var certErr *tls.CertificateVerificationError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	var opErr *net.OpError
	switch {
	case errors.As(err, &dnsErr):
		if dnsErr.IsNotFound {
			return "no such host " + dnsErr.Name
		}
		return "DNS lookup failed for " + dnsErr.Name
	case errors.As(err, &certErr), errors.As(err, &unknownAuth), errors.As(err, &hostErr):
		return "TLS certificate not valid"
	case errors.As(err, &opErr) && opErr.Op == "dial":
		return "cannot connect"
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "connection closed early"
	}
	return "network error"
}

// shortDuration prints 20s rather than 20.000s, and 50ms as such.
func shortDuration(d time.Duration) string {
	if d >= time.Second && d%time.Second == 0 {
		return fmt.Sprintf("%ds", d/time.Second)
	}
	return d.String()
}
