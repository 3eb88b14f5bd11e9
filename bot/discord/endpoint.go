package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot/bot"
)

// Discord signs each interaction it posts to the endpoint with the
// application's key, over the timestamp and the body.
const (
	signatureHeader = "X-Signature-Ed25519"
	timestampHeader = "X-Signature-Timestamp"
)

// Bounds of the interactions endpoint.
const (
	maxInteractionBytes = 1 << 20
	signatureMaxAge     = 5 * time.Minute // a signed interaction older (or newer) than this is refused
	endpointTimeout     = 10 * time.Second
)

// InteractionsHandler serves Discord's HTTP interactions endpoint,
// answering through h: each POST must be signed with the application's
// key (a request badly signed, or not signed, is refused with 401, as
// Discord checks), a PING is answered PONG, and any other interaction is
// answered as one from the gateway is, the first answer (a deferred one,
// for commands and presses) being the HTTP response itself. Nothing is
// kept between requests but the lanes of work, so several replicas can
// serve one bot behind a load balancer.
func (b *Bot) InteractionsHandler(h bot.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBytes))
		if err != nil {
			http.Error(w, "bad request", http.StatusRequestEntityTooLarge)
			return
		}
		if !b.verify(r.Header, body) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, "bad interaction", http.StatusBadRequest)
			return
		}
		a := &httpAnswer{w: w}
		defer a.gone()
		b.interact(r.Context(), h, &i, a)
		if !a.written {
			http.Error(w, "no answer", http.StatusInternalServerError)
		}
	})
}

// verify checks a posted interaction's signature, and that it was signed
// lately, so that a request seen once cannot be played again later.
func (b *Bot) verify(hdr http.Header, body []byte) bool {
	sig, err := hex.DecodeString(hdr.Get(signatureHeader))
	ts := hdr.Get(timestampHeader)
	if err != nil || len(sig) != ed25519.SignatureSize || ts == "" || len(b.publicKey) != ed25519.PublicKeySize {
		return false
	}
	if !ed25519.Verify(b.publicKey, append([]byte(ts), body...), sig) {
		return false
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return false
	}
	age := b.now().Sub(time.Unix(secs, 0))
	return age < signatureMaxAge && age > -signatureMaxAge
}

// httpAnswer gives an interaction its first answer as the HTTP response,
// which has gone once the handler returns.
type httpAnswer struct {
	w       http.ResponseWriter
	written bool
	after   []func()
}

func (a *httpAnswer) then(f func()) { a.after = append(a.after, f) }

func (a *httpAnswer) gone() {
	for _, f := range a.after {
		f()
	}
}

func (a *httpAnswer) answer(_ context.Context, r *discordgo.InteractionResponse) error {
	if a.written {
		return errors.New("discord: the interaction was answered already")
	}
	body, err := json.Marshal(r)
	if err != nil {
		return err
	}
	a.written = true
	a.w.Header().Set("Content-Type", "application/json")
	if _, err := a.w.Write(body); err != nil {
		return err
	}
	if f, ok := a.w.(http.Flusher); ok {
		f.Flush()
	}
	return nil
}

// EndpointAddr is the address the interactions endpoint listens on, once
// Run serves it (when OnConnected is told it is up); "" before.
func (b *Bot) EndpointAddr() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.listening
}

// serveEndpoint serves the interactions endpoint, answering through h,
// until ctx is done, then finishes the work taken (see drain).
func (b *Bot) serveEndpoint(ctx context.Context, h bot.Handler) error {
	ln, err := net.Listen("tcp", b.endpoint.Listen)
	if err != nil {
		return fmt.Errorf("discord: interactions endpoint: %w", err)
	}
	srv := &http.Server{Handler: b.InteractionsHandler(h), ReadHeaderTimeout: endpointTimeout,
		ReadTimeout: endpointTimeout, WriteTimeout: endpointTimeout, IdleTimeout: time.Minute}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	b.mu.Lock()
	b.listening = ln.Addr().String()
	b.mu.Unlock()
	b.connected(true)
	b.log.Info("discord bot started as an interactions endpoint", "bot", b.user().Username, "listen", ln.Addr().String())
	select {
	case err = <-done:
	case <-ctx.Done():
		shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		err = srv.Shutdown(shutCtx)
	}
	b.connected(false)
	b.drain()
	b.log.Info("discord bot stopped")
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
