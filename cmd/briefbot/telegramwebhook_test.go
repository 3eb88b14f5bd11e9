package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"briefbot/bot/telegram/telegramtest"
)

const hookSecret = "hook-secret-not-real"

// run with a webhook configured hands the adapter the configuration's URL
// and the secret from the environment: the webhook is set with the secret,
// nothing is polled, run stops on cancel, and the secret is never printed.
// How the adapter serves a webhook is tested in bot/telegram.
func TestRunServesTelegramWebhook(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fake := telegramtest.New(t)
	fake.OnHook(cancel)
	cfgFile := filepath.Join(t.TempDir(), "briefbot.yaml")
	yaml := "telegram:\n  api_endpoint: " + fake.Endpoint() + "\n  webhook:\n    url: https://bot.example.org/tg\n    listen: 127.0.0.1:0\n"
	if err := os.WriteFile(cfgFile, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	env := dbEnv(t)
	env["BRIEFBOT_TELEGRAM_TOKEN"] = telegramtest.Token
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
	if set := fake.Took("setWebhook"); len(set) != 1 || set[0].Form.Get("secret_token") != hookSecret {
		t.Errorf("setWebhook calls %+v", set)
	}
	if n := len(fake.Took("getUpdates")); n != 0 {
		t.Errorf("%d getUpdates calls in webhook mode", n)
	}
	if strings.Contains(errb.String()+out.String(), hookSecret) {
		t.Error("the webhook secret was printed")
	}
}
