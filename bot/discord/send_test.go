package discord

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

// testToken is the token of the unit tests' bots.
const testToken = "unit.token-secret"

// rest is a small fake of Discord's REST API: it records each request and
// answers it with answer.
type rest struct {
	srv *httptest.Server

	mu     sync.Mutex
	got    []recorded
	answer func(w http.ResponseWriter, r *http.Request)
}

type recorded struct {
	Method, Path, Auth string
	Body               map[string]any
}

func newRest(t *testing.T, answer func(w http.ResponseWriter, r *http.Request)) *rest {
	rs := &rest{answer: answer}
	rs.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		rec := recorded{Method: r.Method, Path: r.URL.Path, Auth: r.Header.Get("Authorization")}
		_ = json.Unmarshal(body, &rec.Body)
		rs.mu.Lock()
		rs.got = append(rs.got, rec)
		rs.mu.Unlock()
		rs.answer(w, r)
	}))
	t.Cleanup(rs.srv.Close)
	return rs
}

func (rs *rest) requests() []recorded {
	rs.mu.Lock()
	defer rs.mu.Unlock()
	return slices.Clone(rs.got)
}

// ok answers every request 200 with a message.
func ok(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"id":"1","channel_id":"42","username":"BriefBot"}`)
}

// refuse answers with status and Discord's error body.
func refuse(status int, body string, headers ...string) func(w http.ResponseWriter, _ *http.Request) {
	return func(w http.ResponseWriter, _ *http.Request) {
		for i := 0; i+1 < len(headers); i += 2 {
			w.Header().Set(headers[i], headers[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = io.WriteString(w, body)
	}
}

// unitBot is a bot over rs; its clock stands still unless now moves it.
func unitBot(t *testing.T, rs *rest, o Options) *Bot {
	t.Helper()
	o.Token, o.APIBase = testToken, rs.srv.URL+"/api/v10"
	if o.Sleep == nil {
		o.Sleep = func(context.Context, time.Duration) error { return nil }
	}
	if o.Now == nil {
		now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
		o.Now = func() time.Time { return now }
	}
	b, err := New(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// tracker records what Send reports of each part.
type tracker struct {
	from          int
	sending, sent []int
}

func (tr *tracker) From() int { return tr.from }
func (tr *tracker) Sending(_ context.Context, part, _ int) error {
	tr.sending = append(tr.sending, part)
	return nil
}
func (tr *tracker) Sent(_ context.Context, part int) error {
	tr.sent = append(tr.sent, part)
	return nil
}

func TestSendPostsEachPartOnceMentioningNobody(t *testing.T) {
	rs := newRest(t, ok)
	b := unitBot(t, rs, Options{})
	msg := bot.Message{Title: "@everyone digest", Items: items(12, 3000, time.Now()),
		Actions: []bot.Action{{Label: "More", Command: "/more 2 korea", Replace: true}}}
	tr := &tracker{}
	if err := b.Send(context.Background(), ChatRef("42"), msg, tr); err != nil {
		t.Fatal(err)
	}
	got := rs.requests()
	if len(got) < 2 || !slices.Equal(tr.sending, tr.sent) || len(tr.sent) != len(got) {
		t.Fatalf("%d requests, parts sending %v, sent %v; want every part once", len(got), tr.sending, tr.sent)
	}
	for i, r := range got {
		if r.Method != "POST" || r.Path != "/api/v10/channels/42/messages" || r.Auth != "Bot "+testToken {
			t.Errorf("request %s %s (%q)", r.Method, r.Path, r.Auth)
		}
		if am, _ := json.Marshal(r.Body["allowed_mentions"]); string(am) != `{"parse":[],"replied_user":false}` {
			t.Errorf("part %d: allowed_mentions %s", i, am)
		}
		if comps, _ := r.Body["components"].([]any); len(comps) > 0 != (i == len(got)-1) {
			t.Errorf("part %d: components %v, want the buttons under the last part only", i, comps)
		}
	}
	tr = &tracker{from: len(got)}
	if err := b.Send(context.Background(), ChatRef("42"), msg, tr); err != nil || len(rs.requests()) != len(got) {
		t.Errorf("a message sent before: %v, %d requests; want none", err, len(rs.requests())-len(got))
	}
}

func TestSendClassifiesFailures(t *testing.T) {
	for _, tc := range []struct {
		name   string
		answer func(w http.ResponseWriter, r *http.Request)
		kind   string
		wait   time.Duration
	}{
		{"429", refuse(429, `{"message":"You are being rate limited.","retry_after":2.5,"global":false}`), bot.RetryLater, 2500 * time.Millisecond},
		{"429 with the header only", refuse(429, `{}`, "Retry-After", "3"), bot.RetryLater, 3 * time.Second},
		{"missing permissions", refuse(403, `{"message":"Missing Permissions","code":50013}`), bot.ChatGone, 0},
		{"missing access", refuse(403, `{"message":"Missing Access","code":50001}`), bot.ChatGone, 0},
		{"unknown channel", refuse(404, `{"message":"Unknown Channel","code":10003}`), bot.ChatGone, 0},
		{"invalid form body", refuse(400, `{"message":"Invalid Form Body","code":50035}`), bot.SendFailed, 0},
		{"server error", refuse(500, `oops`), bot.SendFailed, 0},
		{"written, no answer", hangUp, bot.Unknown, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rs := newRest(t, tc.answer)
			limited := 0
			b := unitBot(t, rs, Options{OnRateLimited: func() { limited++ }})
			tr := &tracker{}
			err := b.Send(context.Background(), ChatRef("42"), bot.Text("hello"), tr)
			var se *bot.SendError
			if !errors.As(err, &se) || se.Kind != tc.kind || se.RetryAfter != tc.wait || se.Part != 0 {
				t.Errorf("err %v, want a %s for part 1 (retry after %v)", err, tc.kind, tc.wait)
			}
			if len(rs.requests()) != 1 || !slices.Equal(tr.sending, []int{0}) || len(tr.sent) != 0 {
				t.Errorf("%d requests, parts sending %v, sent %v; want one attempt, not sent", len(rs.requests()), tr.sending, tr.sent)
			}
			if (tc.kind == bot.RetryLater) != (limited == 1) {
				t.Errorf("OnRateLimited told %d times", limited)
			}
			if strings.Contains(err.Error(), testToken) {
				t.Errorf("the token in an error: %v", err)
			}
		})
	}
}

// hangUp reads the request and drops the connection without an answer.
func hangUp(w http.ResponseWriter, _ *http.Request) {
	conn, _, err := http.NewResponseController(w).Hijack()
	if err == nil {
		conn.Close()
	}
}

func TestSendNeverWrittenFailed(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close() // nothing listens: the request is never written
	b, err := New(context.Background(), Options{Token: testToken, APIBase: "http://" + addr + "/api/v10"})
	if err != nil {
		t.Fatal(err)
	}
	err = b.Send(context.Background(), ChatRef("42"), bot.Text("hello"), &tracker{})
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed {
		t.Errorf("err %v, want SendFailed", err)
	}
}

func TestSendHonoursDiscordsBuckets(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	answer := ok
	rs := newRest(t, func(w http.ResponseWriter, r *http.Request) { answer(w, r) })
	b := unitBot(t, rs, Options{Now: clock})
	send := func(ch string) error { return b.Send(context.Background(), ChatRef(ch), bot.Text("hi"), &tracker{}) }

	answer = func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-RateLimit-Remaining", "0")
		w.Header().Set("X-RateLimit-Reset-After", "1.5")
		ok(w, r)
	}
	if err := send("42"); err != nil {
		t.Fatal(err)
	}
	answer = ok
	var se *bot.SendError
	if err := send("42"); !errors.As(err, &se) || se.Kind != bot.RetryLater || se.RetryAfter != 1500*time.Millisecond {
		t.Errorf("a send to an empty bucket: %v, want RetryLater in 1.5 s", err)
	}
	if err := send("43"); err != nil {
		t.Errorf("another channel held: %v", err)
	}
	answer = refuse(429, `{"message":"global","retry_after":4,"global":true}`)
	if err := send("44"); !errors.As(err, &se) || se.Kind != bot.RetryLater {
		t.Fatalf("global 429: %v", err)
	}
	answer = ok
	n := len(rs.requests())
	if err := send("45"); !errors.As(err, &se) || se.Kind != bot.RetryLater || se.RetryAfter != 4*time.Second || len(rs.requests()) != n {
		t.Errorf("under a global limit: %v after %d requests, want RetryLater in 4 s with none", err, len(rs.requests())-n)
	}
	now = now.Add(4 * time.Second)
	if err := send("42"); err != nil {
		t.Errorf("after the resets: %v", err)
	}
}

func TestSendRefusesAChatOfAnotherPlatform(t *testing.T) {
	b := unitBot(t, newRest(t, ok), Options{})
	err := b.Send(context.Background(), briefbot.ChatRef{Platform: "telegram", ID: "42"}, bot.Text("hi"), &tracker{})
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed {
		t.Errorf("err %v, want SendFailed", err)
	}
}
