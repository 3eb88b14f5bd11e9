package discord

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"briefbot"
)

func TestTheClientMapsDiscordsEndpointsOntoTheBase(t *testing.T) {
	rs := newRest(t, ok)
	b := unitBot(t, rs, Options{APIBase: "ignored"})
	for _, tc := range []struct{ in, want string }{
		{"https://discord.com/api/v9/users/@me", "/api/v10/users/@me"},
		{"https://discord.com/api/v10/channels/42/messages?wait=true", "/api/v10/channels/42/messages"},
	} {
		req, _ := http.NewRequest("GET", tc.in, nil)
		resp, err := b.client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		got := rs.requests()
		if last := got[len(got)-1]; last.Path != tc.want {
			t.Errorf("%s went to %s, want %s", tc.in, last.Path, tc.want)
		}
	}
}

func TestReachNamesTheBot(t *testing.T) {
	rs := newRest(t, func(w http.ResponseWriter, r *http.Request) {
		_, _ = w.Write([]byte(`{"id":"99","username":"BriefBot","bot":true}`))
	})
	b := unitBot(t, rs, Options{})
	name, err := b.Reach()
	if err != nil || name != "BriefBot" {
		t.Errorf("Reach() = %q, %v", name, err)
	}
	if got := rs.requests(); len(got) != 1 || got[0].Path != "/api/v10/users/@me" || got[0].Auth != "Bot "+testToken {
		t.Errorf("requests %+v, want one GET /users/@me with the token", got)
	}
}

func TestConnectRetriesUntilDiscordAnswers(t *testing.T) {
	fails := 3
	rs := newRest(t, func(w http.ResponseWriter, r *http.Request) {
		if fails > 0 {
			fails--
			refuse(502, "bad gateway")(w, r)
			return
		}
		_, _ = w.Write([]byte(`{"id":"99","username":"BriefBot","bot":true}`))
	})
	var waits []time.Duration
	var logs bytes.Buffer
	b := unitBot(t, rs, Options{Log: slog.New(slog.NewTextHandler(&logs, nil)),
		Sleep: func(_ context.Context, d time.Duration) error { waits = append(waits, d); return nil }})
	if err := b.connect(context.Background()); err != nil {
		t.Fatal(err)
	}
	if want := []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}; !slices.Equal(waits, want) {
		t.Errorf("waited %v, want %v", waits, want)
	}
	if b.user().ID != "99" {
		t.Errorf("the bot is %+v", b.user())
	}
	if strings.Contains(logs.String(), testToken) {
		t.Errorf("the token in the log:\n%s", logs.String())
	}
}

func TestConnectWaitsAreCapped(t *testing.T) {
	rs := newRest(t, refuse(503, "down"))
	var waits []time.Duration
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b := unitBot(t, rs, Options{Sleep: func(_ context.Context, d time.Duration) error {
		if waits = append(waits, d); len(waits) == 12 {
			cancel()
		}
		return ctx.Err()
	}})
	if err := b.connect(ctx); err == nil {
		t.Fatal("connected to a Discord that is down")
	}
	if waits[8] != 256*time.Second || waits[9] != maxConnectWait || waits[11] != maxConnectWait {
		t.Errorf("waits %v, want doubling from 1 s up to 5 min", waits)
	}
}

func TestARefusedTokenIsFatal(t *testing.T) {
	rs := newRest(t, refuse(401, `{"message":"401: Unauthorized","code":0}`))
	slept := 0
	b := unitBot(t, rs, Options{Sleep: func(context.Context, time.Duration) error { slept++; return nil }})
	err := b.Run(context.Background(), nil)
	if briefbot.ErrorCode(err) != briefbot.EInvalid || slept != 0 {
		t.Errorf("Run = %v after %d waits, want EInvalid at once", err, slept)
	}
	if _, err := b.Reach(); briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("Reach = %v, want EInvalid", err)
	}
	if strings.Contains(err.Error(), testToken) {
		t.Errorf("the token in %v", err)
	}
}

func TestAGatewayCloseNoRetryMendsIsFatal(t *testing.T) {
	b := &Bot{}
	for code, fatal := range map[string]bool{
		"websocket: close 4004: Authentication failed.": true,
		"websocket: close 4014: Disallowed intent(s).":  true,
		"websocket: close 4000: Unknown error.":         false,
		"dial tcp: connection refused":                  false,
	} {
		if got := b.fatal(errString(code)) != nil; got != fatal {
			t.Errorf("%q fatal: %v, want %v", code, got, fatal)
		}
	}
}

type errString string

func (e errString) Error() string { return string(e) }

func TestNewRefusesWhatCannotWork(t *testing.T) {
	for name, o := range map[string]Options{
		"no token":                    {},
		"a base that is no URL":       {Token: "t", APIBase: "discord.com"},
		"a shard out of range":        {Token: "t", ShardID: 2, ShardCount: 2},
		"an endpoint without its key": {Token: "t", Interactions: Interactions{Listen: "127.0.0.1:0", PublicKey: "abc"}},
	} {
		if _, err := New(context.Background(), o); briefbot.ErrorCode(err) != briefbot.EInvalid {
			t.Errorf("%s: %v, want EInvalid", name, err)
		}
	}
}

func TestRepliesAreTriedAgainAfterA429OrAnUnknownWebhook(t *testing.T) {
	limited := 0
	b := unitBot(t, newRest(t, ok), Options{OnRateLimited: func() { limited++ }})
	rateLimited := &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{TooManyRequests: &discordgo.TooManyRequests{RetryAfter: 2 * time.Second}}}
	unknownWebhook := &discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: 10015}}
	refused := &discordgo.RESTError{Message: &discordgo.APIErrorMessage{Code: 50035}}
	for _, tc := range []struct {
		name    string
		err     error
		attempt int
		wait    time.Duration
		again   bool
	}{
		{"a 429", rateLimited, 0, 2 * time.Second, true},
		{"a 429 after the last retry", rateLimited, maxRetries, 0, false},
		{"an unknown webhook", unknownWebhook, 1, 2 * webhookWait, true},
		{"an unknown webhook for good", unknownWebhook, webhookRetries, 0, false},
		{"a refusal", refused, 0, 0, false},
		{"no error", nil, 0, 0, false},
	} {
		if wait, again := b.again(tc.err, tc.attempt); wait != tc.wait || again != tc.again {
			t.Errorf("%s: again %v after %v, want %v after %v", tc.name, again, wait, tc.again, tc.wait)
		}
	}
	if limited != 1 {
		t.Errorf("OnRateLimited told %d times, want once", limited)
	}
}

func TestAFailedCallNamesTheAddressCalled(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/api/v10"
	ln.Close() // nothing answers there now
	c, err := mappedClient(nil, closed)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.Get("https://discord.com/api/v9/users/@me")
	if err == nil || !strings.Contains(err.Error(), "via "+closed+"/users/@me: ") {
		t.Errorf("error = %v; want it to name %s/users/@me", err, closed)
	}
	if _, ok := errors.AsType[*net.OpError](err); !ok {
		t.Errorf("error = %v; the network error is no longer inside it", err)
	}
}
