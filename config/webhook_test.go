package config

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestWebhookSecretFromEnvironmentIsRedacted(t *testing.T) {
	file := filepath.Join(t.TempDir(), "briefbot.yaml")
	yaml := "telegram:\n  webhook:\n    url: https://bot.example.org/tg\n    listen: ':8443'\n"
	if err := os.WriteFile(file, []byte(yaml), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(file, mapEnv(map[string]string{"BRIEFBOT_TELEGRAM_WEBHOOK_SECRET": "hook-secret-789"}))
	if err != nil {
		t.Fatal(err)
	}
	if got := cfg.Telegram.Webhook.SecretToken; got != "hook-secret-789" {
		t.Errorf("secret token %q", got)
	}
	var buf bytes.Buffer
	if err := cfg.Dump(&buf); err != nil {
		t.Fatal(err)
	}
	if out := buf.String(); strings.Contains(out, "hook-secret") || !strings.Contains(out, "listen: :8443") {
		t.Errorf("dump:\n%s", out)
	}
}

func TestWebhookProblems(t *testing.T) {
	for _, tc := range []struct {
		name, yaml, want string
	}{
		{"no secret", "url: https://x.example/tg\n    listen: ':8443'", "secret_token"},
		{"plain http", "url: http://x.example/tg\n    listen: ':8443'\n    secret_token: abc", "not an https URL"},
		{"no listen", "url: https://x.example/tg\n    secret_token: abc", "listen"},
		{"bad secret", "url: https://x.example/tg\n    listen: ':1'\n    secret_token: 'a b'", "secret_token"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			file := filepath.Join(t.TempDir(), "briefbot.yaml")
			if err := os.WriteFile(file, []byte("telegram:\n  webhook:\n    "+tc.yaml+"\n"), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := Load(file, mapEnv(nil))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one naming %q", err, tc.want)
			}
		})
	}
}
