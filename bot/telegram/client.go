package telegram

import (
	"cmp"
	"context"
	"errors"
	"net/http"
	"net/http/httptrace"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// boundClient binds the long poll to the bot's context, so stopping the bot
// ends it at once, while a reply already being sent is finished (within the
// client's time-out). It keeps the token, which is part of every request
// URL, out of transport errors.
type boundClient struct {
	ctx   context.Context
	inner *http.Client
	token string
}

func (c *boundClient) Do(req *http.Request) (*http.Response, error) {
	ctx := context.WithoutCancel(c.ctx)
	if strings.HasSuffix(req.URL.Path, "/getUpdates") {
		ctx = c.ctx
	}
	var written atomic.Bool
	ctx = httptrace.WithClientTrace(ctx, &httptrace.ClientTrace{
		WroteRequest: func(info httptrace.WroteRequestInfo) { written.Store(info.Err == nil) },
	})
	resp, err := c.inner.Do(req.WithContext(ctx))
	if err != nil {
		return nil, &transportError{written: written.Load(), err: redact(err, c.token)}
	}
	return resp, nil
}

// transportError is a request that got no answer from the Bot API, and
// whether it was written first: a request written and not answered (the
// connection dropped, the answer came after the time-out) may have been
// carried out, while one never written surely was not.
type transportError struct {
	written bool
	err     error
}

func (e *transportError) Error() string { return e.err.Error() }
func (e *transportError) Unwrap() error { return e.err }

// redactingAPI makes sure no error the SDK returns carries the token.
type redactingAPI struct {
	sdk   *tgbotapi.BotAPI
	token string
}

func (r *redactingAPI) GetUpdates(c tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) {
	u, err := r.sdk.GetUpdates(c)
	return u, redact(err, r.token)
}

func (r *redactingAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	m, err := r.sdk.Send(c)
	return m, redact(err, r.token)
}

func (r *redactingAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	resp, err := r.sdk.Request(c)
	return resp, redact(err, r.token)
}

func (r *redactingAPI) MakeRequest(method string, params tgbotapi.Params) (*tgbotapi.APIResponse, error) {
	resp, err := r.sdk.MakeRequest(method, params)
	return resp, redact(err, r.token)
}

func (r *redactingAPI) GetChat(c tgbotapi.ChatInfoConfig) (tgbotapi.Chat, error) {
	chat, err := r.sdk.GetChat(c)
	return chat, redact(err, r.token)
}

func (r *redactingAPI) GetChatMember(c tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error) {
	m, err := r.sdk.GetChatMember(c)
	return m, redact(err, r.token)
}

// redact returns err with every form of the token replaced; Bot API
// errors, which never hold it, are kept as they are so they can be
// classified.
func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) {
		return err
	}
	msg := err.Error()
	var escErr url.EscapeError
	if errors.As(err, &escErr) {
		// "invalid URL escape "%b/"" quotes the bytes after a % that may
		// be in the token.
		msg = strings.ReplaceAll(msg, escErr.Error(), "invalid URL escape")
	}
	for _, form := range tokenForms(token) {
		msg = strings.ReplaceAll(msg, form, "<token>")
	}
	if msg == err.Error() {
		return err
	}
	return errors.New(msg)
}

// tokenForms lists the ways the token, and the token without the
// whitespace around it, can be written in an error: as it is, quoted by
// %q or %+q (the URL in a *url.Error is), escaped in a URL path (as the
// request's URL prints it) or a query. Longer forms come first, so that
// no part of one is left behind when a shorter form inside it is replaced.
func tokenForms(token string) []string {
	var forms []string
	for _, t := range []string{token, strings.TrimSpace(token)} {
		if t == "" {
			continue
		}
		forms = append(forms, t,
			unquoted(strconv.Quote(t)), unquoted(strconv.QuoteToASCII(t)),
			url.PathEscape(t), url.QueryEscape(t), (&url.URL{Path: t}).EscapedPath())
	}
	slices.SortFunc(forms, func(a, b string) int {
		return cmp.Or(len(b)-len(a), strings.Compare(a, b))
	})
	return slices.Compact(forms)
}

func unquoted(q string) string { return q[1 : len(q)-1] }

// discardLogger silences the SDK's own logger.
type discardLogger struct{}

func (discardLogger) Println(...interface{})        {}
func (discardLogger) Printf(string, ...interface{}) {}
