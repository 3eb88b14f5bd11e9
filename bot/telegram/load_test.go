package telegram_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
)

const hookSecret = "hook-secret-not-real"

// waitLog is the bot's Sleep: it records each wait, and holds the first
// one until released, as a reply waiting out flood control. It never
// waits for real time.
type waitLog struct {
	mu       sync.Mutex
	waits    []time.Duration
	waiting  chan struct{} // closed when the first wait begins
	release  chan struct{} // closing it ends the first wait
	holdNext bool
}

func newWaitLog(hold bool) *waitLog {
	return &waitLog{waiting: make(chan struct{}), release: make(chan struct{}), holdNext: hold}
}

func (w *waitLog) sleep(ctx context.Context, d time.Duration) error {
	w.mu.Lock()
	w.waits = append(w.waits, d)
	hold := w.holdNext
	w.holdNext = false
	w.mu.Unlock()
	if !hold {
		return nil
	}
	close(w.waiting)
	select {
	case <-w.release:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (w *waitLog) list() []time.Duration {
	w.mu.Lock()
	defer w.mu.Unlock()
	return slices.Clone(w.waits)
}

// await waits for ch, or fails the test when the watchdog fires first.
func await(t *testing.T, ch <-chan struct{}, what string) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(time.Minute):
		t.Fatalf("gave up waiting: %s", what)
	}
}

func chatsOf(calls []telegramtest.Call) []string {
	var out []string
	for _, c := range calls {
		out = append(out, c.Form.Get("chat_id"))
	}
	return out
}

func TestOneChatsFloodDelaysNoOtherChat(t *testing.T) {
	fake := telegramtest.New(t)
	waits := newWaitLog(true)
	b := connect(t, fake, telegram.Options{Sleep: waits.sleep})
	var mu sync.Mutex
	refused := false
	otherAnswered := make(chan struct{})
	fake.SetIntercept(func(w http.ResponseWriter, _ *http.Request, method string, form url.Values) bool {
		if method != "sendMessage" {
			return false
		}
		mu.Lock()
		defer mu.Unlock()
		switch form.Get("chat_id") {
		case "1":
			if !refused { // the flooding chat's first reply: slow down, 7 s
				refused = true
				telegramtest.WriteJSON(w, telegramtest.TooManyRequests(7))
				return true
			}
		case "2":
			close(otherAnswered)
		}
		return false
	})
	for range 60 {
		fake.Say(1, "private", 1, "/brief korea", 0)
	}
	fake.Say(2, "private", 2, "/brief korea", 0)
	stepped := make(chan error, 1)
	go func() { stepped <- b.Step(context.Background(), &recorder{}) }()
	await(t, waits.waiting, "the flooding chat waits out its 429")
	await(t, otherAnswered, "the other chat's reply")
	close(waits.release) // only now may the flooding chat's replies go on
	if err := <-stepped; err != nil {
		t.Fatal(err)
	}
	chats := chatsOf(fake.Took("sendMessage"))
	other := slices.Index(chats, "2")
	if other < 0 || other > 1 {
		t.Errorf("the other chat's reply is message %d of %v; want it first, or after the refused one", other+1, chats)
	}
	if n := strings.Count(strings.Join(chats, " "), "1"); n != 61 {
		t.Errorf("%d sendMessage calls to the flooding chat, want its 60 replies and the refused one", n)
	}
	if got := waits.list(); !slices.Equal(got, []time.Duration{7 * time.Second}) {
		t.Errorf("waits %v, want the one 7 s asked", got)
	}
}

// post posts an update to the webhook with the secret header (none when
// secret is "") and returns the status.
func post(t *testing.T, url, secret string, update map[string]any) int {
	t.Helper()
	body, _ := json.Marshal(update)
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Error(err)
		return 0
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Error(err)
		return 0
	}
	resp.Body.Close()
	return resp.StatusCode
}

func textUpdate(id int, chat, user int64, text string) map[string]any {
	return map[string]any{"update_id": id, "message": map[string]any{
		"message_id": id, "date": 0, "text": text,
		"chat": map[string]any{"id": chat, "type": "private"},
		"from": map[string]any{"id": user, "is_bot": false, "first_name": "Ana"},
	}}
}

func webhookOptions(o telegram.Options) telegram.Options {
	o.Webhook = telegram.Webhook{URL: "https://bot.example.org/tg", Listen: "127.0.0.1:0", SecretToken: hookSecret}
	return o
}

func TestWebhookAnswersOnlyWithTheSecret(t *testing.T) {
	fake := telegramtest.New(t)
	var logs bytes.Buffer
	b := connect(t, fake, webhookOptions(telegram.Options{Log: slog.New(slog.NewTextHandler(&logs, nil))}))
	if err := b.SetWebhook(context.Background()); err != nil {
		t.Fatal(err)
	}
	set := fake.Took("setWebhook")
	if len(set) != 1 || set[0].Form.Get("secret_token") != hookSecret || set[0].Form.Get("url") != "https://bot.example.org/tg" {
		t.Fatalf("setWebhook calls %+v", set)
	}
	srv := httptest.NewServer(b.WebhookHandler(&recorder{}))
	defer srv.Close()
	for _, tc := range []struct {
		name, secret string
		status, sent int
	}{
		{"right secret", hookSecret, http.StatusOK, 1},
		{"wrong secret", "guess", http.StatusUnauthorized, 0},
		{"no secret", "", http.StatusUnauthorized, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := post(t, srv.URL, tc.secret, textUpdate(7, 42, 9, "/help")); got != tc.status {
				t.Errorf("status %d, want %d", got, tc.status)
			}
			if got := len(fake.Took("sendMessage")); got != tc.sent {
				t.Errorf("%d replies, want %d", got, tc.sent)
			}
		})
	}
	if strings.Contains(logs.String(), hookSecret) {
		t.Error("the webhook secret reached the log")
	}
}

func TestWebhookTakesUpdatesAsPollingDoes(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, webhookOptions(telegram.Options{}))
	if err := b.SetWebhook(context.Background()); err != nil {
		t.Fatal(err)
	}
	if set := fake.Took("setWebhook"); len(set) != 1 || set[0].Form.Get("max_connections") != "8" {
		t.Errorf("setWebhook %+v, want one connection a worker", set)
	}
	h := &recorder{}
	srv := httptest.NewServer(b.WebhookHandler(h))
	defer srv.Close()

	// The flooding chat's first reply is held, as by a slow network, so
	// its chat is busy when the webhook's posts come.
	var mu sync.Mutex
	held, release, otherAnswered := make(chan struct{}), make(chan struct{}), make(chan struct{})
	holding := true
	fake.SetIntercept(func(_ http.ResponseWriter, _ *http.Request, method string, form url.Values) bool {
		if method != "sendMessage" {
			return false
		}
		mu.Lock()
		hold := holding && form.Get("chat_id") == "1"
		holding = holding && !hold
		mu.Unlock()
		switch {
		case hold:
			close(held)
			<-release
		case form.Get("chat_id") == "2":
			close(otherAnswered)
		}
		return false
	})
	fake.Say(1, "private", 1, "/brief korea", 0)
	stepped := make(chan error, 1)
	go func() { stepped <- b.Step(context.Background(), h) }()
	await(t, held, "the flooding chat's first reply")

	for i := range 59 {
		if got := post(t, srv.URL, hookSecret, textUpdate(2000+i, 1, 1, "/brief korea")); got != http.StatusOK {
			t.Fatalf("post %d: status %d", i, got)
		}
	}
	if got := post(t, srv.URL, hookSecret, textUpdate(3000, 2, 2, "/brief korea")); got != http.StatusOK {
		t.Fatalf("other chat's post: status %d", got)
	}
	await(t, otherAnswered, "the other chat's reply")
	close(release)
	if err := <-stepped; err != nil {
		t.Fatal(err)
	}
	chats := chatsOf(fake.Took("sendMessage"))
	if other := slices.Index(chats, "2"); other != 1 || len(chats) != 61 {
		t.Errorf("replies to chats %v; want the held one, the other chat's, then the flood's 59", chats)
	}
}

// logHook is a log that calls fn with each record before it writes it.
type logHook struct {
	slog.Handler
	fn func(r slog.Record)
}

func (h logHook) Handle(ctx context.Context, r slog.Record) error {
	h.fn(r)
	return h.Handler.Handle(ctx, r)
}

// Run with a webhook sets it with its secret and serves it, answering
// what Telegram posts, never polling nor deleting the webhook, until its
// context is done; the secret is never logged.
func TestRunServesTheWebhook(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.New(t)
	var logs bytes.Buffer
	status := 0
	serving := func(r slog.Record) { // post an update once the webhook is served, then stop
		r.Attrs(func(a slog.Attr) bool {
			if r.Message == "telegram bot started with a webhook" && a.Key == "listen" {
				status = post(t, "http://"+a.Value.String(), hookSecret, textUpdate(7, 42, 9, "/help"))
				cancel()
			}
			return true
		})
	}
	log := slog.New(logHook{Handler: slog.NewTextHandler(&logs, nil), fn: serving})
	b := connect(t, fake, webhookOptions(telegram.Options{Log: log}))
	ran := make(chan error, 1)
	go func() { ran <- b.Run(ctx, &recorder{}) }()
	select {
	case err := <-ran:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(time.Minute): // a watchdog
		t.Fatal("Run neither served the webhook nor stopped")
	}
	if set := fake.Took("setWebhook"); len(set) != 1 || set[0].Form.Get("secret_token") != hookSecret {
		t.Errorf("setWebhook calls %+v", set)
	}
	if got := texts(fake.Took("sendMessage")); status != http.StatusOK || !slices.Equal(got, []string{"answer to /help (admin false)"}) {
		t.Errorf("posted update: status %d, replies %q; want 200 and its answer", status, got)
	}
	if n := len(fake.Took("getUpdates", "deleteWebhook")); n != 0 {
		t.Errorf("%d getUpdates or deleteWebhook calls in webhook mode", n)
	}
	if strings.Contains(logs.String(), hookSecret) {
		t.Error("the webhook secret reached the log")
	}
}

func TestStopFinishesTheUpdatesTaken(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.New(t)
	for chat := range int64(12) {
		fake.Say(100+chat, "private", 100+chat, "/brief korea", 0)
	}
	fake.OnPoll(func(n int) {
		if n == 2 {
			cancel() // stop while the first batch is being answered
		}
	})
	b := connect(t, fake, telegram.Options{})
	if err := b.Run(ctx, &recorder{}); err != nil {
		t.Fatal(err)
	}
	if n := len(fake.Took("sendMessage")); n != 12 {
		t.Errorf("%d replies after the stop, want all 12 updates taken answered", n)
	}
	polls := fake.Took("getUpdates")
	if len(polls) < 2 || polls[1].Form.Get("offset") != "1012" {
		t.Errorf("%d polls; want the second to acknowledge the 12 taken", len(polls))
	}
}
