package telegram

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// oddTokens are tokens as they may reach the adapter, some with characters
// that net/url quotes or escapes when it prints the request URL.
var oddTokens = []string{"123:abc", "123:abc\n", "123:a b", "123:abc\r\n", "123:a%b", "123:ä", "123:a\"b\\c"}

// leakedForm returns the first form of token, or of token without the
// whitespace around it, that msg holds; "" when there is none.
func leakedForm(msg, token string) string {
	for _, t := range []string{token, strings.TrimSpace(token)} {
		q, qa := fmt.Sprintf("%q", t), fmt.Sprintf("%+q", t)
		for _, form := range []string{t, q[1 : len(q)-1], qa[1 : len(qa)-1],
			url.PathEscape(t), url.QueryEscape(t), (&url.URL{Path: t}).EscapedPath()} {
			if strings.Contains(msg, form) {
				return form
			}
		}
	}
	return ""
}

// closedPort returns a loopback address that nothing listens on, so a
// request to it fails in the transport at once.
func closedPort(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	return addr
}

// wantRedacted checks that err holds no form of token once redacted, and
// that it did before, so the case proves something.
func wantRedacted(t *testing.T, what string, err error, token string) {
	t.Helper()
	if err == nil {
		return
	}
	if leakedForm(err.Error(), token) == "" {
		t.Errorf("%s: the error never held the token, so the case shows nothing: %v", what, err)
	}
	got := redact(err, token)
	if form := leakedForm(got.Error(), token); form != "" {
		t.Errorf("%s: redacted error still holds %q: %v", what, form, got)
	}
	if !strings.Contains(got.Error(), "<token>") {
		t.Errorf("%s: redacted error does not say where the token was: %v", what, got)
	}
}

func TestRedactEveryFormOfTheToken(t *testing.T) {
	for _, token := range oddTokens {
		t.Run(strconv.Quote(token), func(t *testing.T) {
			addr := closedPort(t)
			endpoint := "http://" + addr + "/bot" + token + "/getMe"
			_, err := url.Parse(endpoint)
			wantRedacted(t, "url.Parse", err, token)
			_, err = http.NewRequest(http.MethodPost, endpoint, nil)
			wantRedacted(t, "http.NewRequest", err, token)
			resp, err := http.Post(endpoint, "application/x-www-form-urlencoded", nil)
			if err == nil {
				resp.Body.Close()
				t.Fatal("a request to a closed port succeeded")
			}
			wantRedacted(t, "http.Post", err, token)
			wantRedacted(t, "wrapped", fmt.Errorf("telegram: getMe: %w", err), token)
			wantRedacted(t, "quoted", fmt.Errorf("telegram: %q", err.Error()), token)
		})
	}
}

func TestRedactHidesBytesOfABadEscape(t *testing.T) {
	const token = "123:a%zz"
	_, err := url.Parse("http://127.0.0.1/bot" + token + "/getMe")
	if err == nil {
		t.Fatal("want a parse error")
	}
	if got := redact(err, token).Error(); strings.Contains(got, "%zz") || !strings.Contains(got, "invalid URL escape") {
		t.Errorf("redacted error = %q, want the escape named without its bytes", got)
	}
}

// TestSDKErrorsHoldNoToken makes Bot API calls through the SDK, as the bot
// does, to a closed port: whether the SDK fails to build the request URL
// or the transport fails to connect, no error holds the token.
func TestSDKErrorsHoldNoToken(t *testing.T) {
	for _, token := range oddTokens {
		t.Run(strconv.Quote(token), func(t *testing.T) {
			sdk := &tgbotapi.BotAPI{Token: token, Buffer: 100,
				Client: &boundClient{ctx: context.Background(), inner: http.DefaultClient, token: token}}
			sdk.SetAPIEndpoint("http://" + closedPort(t) + "/bot%s/%s")
			r := &redactingAPI{sdk: sdk, token: token}
			_, errMe := r.MakeRequest("getMe", nil)
			_, errSend := r.Send(tgbotapi.NewMessage(42, "hello"))
			_, errUpdates := r.GetUpdates(tgbotapi.NewUpdate(0))
			for call, err := range map[string]error{"getMe": errMe, "sendMessage": errSend, "getUpdates": errUpdates} {
				if err == nil {
					t.Fatalf("%s reached a closed port", call)
				}
				if form := leakedForm(err.Error(), token); form != "" {
					t.Errorf("%s: error holds %q: %v", call, form, err)
				}
			}
		})
	}
}

func TestBoundClientErrorHoldsNoToken(t *testing.T) {
	for _, token := range oddTokens {
		t.Run(strconv.Quote(token), func(t *testing.T) {
			req, err := http.NewRequest(http.MethodPost, "http://"+closedPort(t)+"/bot"+token+"/sendMessage", nil)
			if err != nil {
				t.Skipf("no request can be built with this token: %v", redact(err, token))
			}
			c := &boundClient{ctx: context.Background(), inner: http.DefaultClient, token: token}
			resp, err := c.Do(req)
			if err == nil {
				resp.Body.Close()
				t.Fatal("a request to a closed port succeeded")
			}
			if form := leakedForm(err.Error(), token); form != "" {
				t.Errorf("error holds %q: %v", form, err)
			}
		})
	}
}

func TestRedactKeepsOtherErrors(t *testing.T) {
	apiErr := &tgbotapi.Error{Code: 400, Message: "Bad Request: chat not found"}
	if got := redact(apiErr, "123:abc"); got != error(apiErr) {
		t.Errorf("a Bot API error was rewritten: %v", got)
	}
	plain := errors.New("connection reset")
	if got := redact(plain, "123:abc"); got != plain {
		t.Errorf("an error without the token was rewritten: %v", got)
	}
	if redact(nil, "123:abc") != nil {
		t.Error("redact(nil) is not nil")
	}
}
