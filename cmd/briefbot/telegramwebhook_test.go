package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/config"
)

const hookSecret = "hook-secret-not-real"

// postUpdate posts a /help message to the webhook with the secret header
// (none when secret is "") and returns the status.
func postUpdate(t *testing.T, url, secret string) int {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"update_id": 7, "message": map[string]any{
		"message_id": 1, "date": 0, "text": "/help",
		"chat": map[string]any{"id": 42, "type": "private"},
		"from": map[string]any{"id": 9, "is_bot": false, "first_name": "Ana"},
	}})
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	if secret != "" {
		req.Header.Set("X-Telegram-Bot-Api-Secret-Token", secret)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	return resp.StatusCode
}

func TestTelegramWebhookAnswersOnlyWithTheSecret(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.app.cfg.Telegram.Webhook = config.Webhook{URL: "https://bot.example.org/tg", Listen: "127.0.0.1:0", SecretToken: hookSecret}
	h.bot = mustBotWithSleep(t, ctx, h, nil)
	if err := h.bot.SetWebhook(ctx); err != nil {
		t.Fatal(err)
	}
	set := h.fake.took("setWebhook")
	if len(set) != 1 || set[0].Form.Get("secret_token") != hookSecret || set[0].Form.Get("url") != "https://bot.example.org/tg" {
		t.Fatalf("setWebhook calls %+v", set)
	}
	srv := httptest.NewServer(h.bot.WebhookHandler())
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
			if got := postUpdate(t, srv.URL, tc.secret); got != tc.status {
				t.Errorf("status %d, want %d", got, tc.status)
			}
			if got := len(h.sent()); got != tc.sent {
				t.Errorf("%d replies, want %d", got, tc.sent)
			}
		})
	}
	if strings.Contains(h.logs.String(), hookSecret) {
		t.Error("the webhook secret reached the log")
	}
}

// run in webhook mode sets the webhook with its secret, serves, and stops
// on cancel.
func TestRunServesTelegramWebhook(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := newFakeTelegram(t)
	fake.onHook = cancel
	cfgFile := filepath.Join(t.TempDir(), "briefbot.yaml")
	yaml := "telegram:\n  api_endpoint: " + fake.endpoint() + "\n  webhook:\n    url: https://bot.example.org/tg\n    listen: 127.0.0.1:0\n"
	if err := os.WriteFile(cfgFile, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = fakeToken
	env["BRIEFBOT_TELEGRAM_WEBHOOK_SECRET"] = hookSecret
	env["BRIEFBOT_CONFIG"] = cfgFile
	var out, errb bytes.Buffer
	code := Main(ctx, Env{
		Args: []string{"run"}, Getenv: func(k string) string { return env[k] },
		Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Now: func() time.Time { return fixedNow },
	})
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if set := fake.took("setWebhook"); len(set) != 1 || set[0].Form.Get("secret_token") != hookSecret {
		t.Errorf("setWebhook calls %+v", set)
	}
	if n := len(fake.took("getUpdates")); n != 0 {
		t.Errorf("%d getUpdates calls in webhook mode", n)
	}
	if strings.Contains(errb.String()+out.String(), hookSecret) {
		t.Error("the webhook secret was printed")
	}
}
