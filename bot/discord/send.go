package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"briefbot"
	"briefbot/bot"
)

// maxAnswerBytes caps what is read of Discord's answer to a send.
const maxAnswerBytes = 1 << 20

// Discord's error codes of a channel the bot can no longer post to.
const (
	codeUnknownChannel     = 10003
	codeMissingAccess      = 50001
	codeMissingPermissions = 50013
)

// userAgent is how the adapter's own requests name themselves, as Discord
// asks of every client.
const userAgent = "DiscordBot (https://github.com/bwmarrin/discordgo, briefbot)"

// Send delivers a message (a digest) to a Discord channel for the
// scheduler, part by part from t.From(), the buttons of its actions under
// the last part, mentioning nobody. Each part is one POST
// /channels/{id}/messages, made by the adapter itself rather than
// discordgo, which would wait out a 429 and try again: here a 429 is
// returned at once (the scheduler waits, for that channel only), a
// channel whose rate-limit bucket Discord said is empty, or every channel
// under a global limit, is told to wait without a request, and a request
// written without an answer is reported as Unknown, never resent.
func (b *Bot) Send(ctx context.Context, chat briefbot.ChatRef, msg bot.Message, t bot.Tracker) error {
	ch, err := channelID(chat)
	if err != nil {
		return &bot.SendError{Kind: bot.SendFailed, Part: t.From(), Err: err}
	}
	parts := b.outgoings(msg)
	for i := t.From(); i < len(parts); i++ {
		if wait := b.rates.wait(ch, b.now()); wait > 0 {
			return &bot.SendError{Kind: bot.RetryLater, Part: i, RetryAfter: wait, Err: errors.New("discord: the rate limit is not reset yet")}
		}
		if err := t.Sending(ctx, i, len(parts)); err != nil {
			return err
		}
		if err := b.post(ctx, ch, parts[i]); err != nil {
			return b.sendError(ch, err, i)
		}
		if err := t.Sent(ctx, i); err != nil {
			return err
		}
	}
	return nil
}

// post sends one part to a channel, once.
func (b *Bot) post(ctx context.Context, ch string, o outgoing) error {
	body, err := json.Marshal(o.message(nil))
	if err != nil {
		return &transportError{err: err}
	}
	var written atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) { written.Store(info.Err == nil) },
	})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/channels/"+url.PathEscape(ch)+"/messages", bytes.NewReader(body))
	if err != nil {
		return &transportError{err: err}
	}
	req.Header.Set("Authorization", b.auth)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", userAgent)
	resp, err := b.client.Do(req)
	if err != nil {
		return &transportError{written: written.Load(), err: redact(err, b.token)}
	}
	defer resp.Body.Close()
	answer, _ := io.ReadAll(io.LimitReader(resp.Body, maxAnswerBytes))
	if resp.StatusCode/100 == 2 {
		b.rates.observe(ch, resp.Header, b.now())
		return nil
	}
	return newAPIError(resp, answer)
}

// transportError is a request that got no answer from Discord, and
// whether it was written first: one written and not answered may have
// been carried out, one never written surely was not.
type transportError struct {
	written bool
	err     error
}

func (e *transportError) Error() string { return e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// apiError is Discord's refusal of a request.
type apiError struct {
	Status     int
	Code       int     `json:"code"`
	Message    string  `json:"message"`
	RetryAfter float64 `json:"retry_after"` // seconds, for a 429
	Global     bool    `json:"global"`
	header     http.Header
}

func newAPIError(resp *http.Response, body []byte) *apiError {
	e := &apiError{Status: resp.StatusCode, header: resp.Header}
	_ = json.Unmarshal(body, e) // a body that is no JSON leaves the status alone
	return e
}

func (e *apiError) Error() string {
	return fmt.Sprintf("discord: HTTP %d: %s (code %d)", e.Status, e.Message, e.Code)
}

// wait is how long a 429 asks to wait: retry_after, else the Retry-After
// header, else X-RateLimit-Reset-After, else a second.
func (e *apiError) wait() time.Duration {
	secs := e.RetryAfter
	for _, h := range []string{"Retry-After", "X-RateLimit-Reset-After"} {
		if secs > 0 {
			break
		}
		secs, _ = strconv.ParseFloat(e.header.Get(h), 64)
	}
	if secs <= 0 {
		return time.Second
	}
	return time.Duration(secs * float64(time.Second)).Round(time.Millisecond)
}

// global reports whether a 429 is the bot's global limit, which holds
// every channel, rather than one channel's.
func (e *apiError) global() bool {
	return e.Global || e.header.Get("X-RateLimit-Global") == "true" || e.header.Get("X-RateLimit-Scope") == "global"
}

// gone reports whether the channel can no longer be posted to: deleted,
// or the bot lost its access or permission there.
func (e *apiError) gone() bool {
	switch e.Code {
	case codeUnknownChannel, codeMissingAccess, codeMissingPermissions:
		return true
	}
	return e.Status == http.StatusNotFound || e.Status == http.StatusForbidden
}

// sendError says what became of a part that failed: to be sent again
// after a wait (429), never to a channel gone, refused by Discord (it
// answered: not delivered), never sent (the request was not written), or
// unknown (written, and no answer came).
func (b *Bot) sendError(ch string, err error, part int) error {
	var ae *apiError
	var te *transportError
	switch {
	case errors.As(err, &ae) && ae.Status == http.StatusTooManyRequests:
		b.rateLimited()
		wait := ae.wait()
		if ae.global() {
			b.rates.holdAll(b.now().Add(wait))
		}
		return &bot.SendError{Kind: bot.RetryLater, Part: part, RetryAfter: wait, Err: err}
	case errors.As(err, &ae) && ae.gone():
		return &bot.SendError{Kind: bot.ChatGone, Part: part, Err: fmt.Errorf("discord: channel %s: %w", ch, err)}
	case errors.As(err, &ae), errors.As(err, &te) && !te.written:
		return &bot.SendError{Kind: bot.SendFailed, Part: part, Err: fmt.Errorf("discord: send: %w", err)}
	}
	return &bot.SendError{Kind: bot.Unknown, Part: part, Err: fmt.Errorf("discord: send: %w", err)}
}
