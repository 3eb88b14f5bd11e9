package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeSecret writes body to a file of its own and returns its path.
func writeSecret(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "secret")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSecretsAreTrimmed(t *testing.T) {
	for _, raw := range []string{"123:abc", "123:abc\n", "123:abc\r\n", "\t123:abc\t", "  123:abc  ", "\n123:abc\r\n\n", "\uFEFF123:abc\n"} {
		t.Run(strings.ToValidUTF8(raw, "?"), func(t *testing.T) {
			cfg, err := Load("", mapEnv(map[string]string{
				"BRIEFBOT_TELEGRAM_TOKEN_FILE": writeSecret(t, raw),
				"BRIEFBOT_DISCORD_TOKEN":       strings.TrimPrefix(raw, "\uFEFF"),
			}))
			if err != nil {
				t.Fatal(err)
			}
			if got, want := cfg.Telegram.Token, "123:abc"; got != want {
				t.Errorf("token from the file = %q, want %q", got, want)
			}
			if got, want := cfg.Discord.Token, "123:abc"; got != want {
				t.Errorf("token from the environment = %q, want %q", got, want)
			}
		})
	}
}

func TestWebhookSecretIsTrimmed(t *testing.T) {
	cfg, err := Load("", mapEnv(map[string]string{"BRIEFBOT_TELEGRAM_WEBHOOK_SECRET_FILE": writeSecret(t, "s3cret_hook\r\n")}))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Telegram.Webhook.SecretToken, "s3cret_hook"; got != want {
		t.Errorf("webhook secret = %q, want %q", got, want)
	}
}

func TestSecretWithInnerSpaceOrControlIsRefused(t *testing.T) {
	const name = "BRIEFBOT_TELEGRAM_TOKEN"
	for _, value := range []string{"123:a b", "123:a\tb", "123:a\nb", "123:a\rb", "123:a\x00b", "123:a\x7fb", "123:a\u200bb", "123:a\u00a0b", "123:a\xffb"} {
		for _, fromFile := range []bool{false, true} {
			key := name
			env := map[string]string{}
			if fromFile {
				key += "_FILE"
				env[key] = writeSecret(t, value+"\n")
			} else {
				env[key] = value
			}
			t.Run(strings.ToValidUTF8(key+" "+value, "?"), func(t *testing.T) {
				cfg, err := Load("", mapEnv(env))
				if err == nil {
					t.Fatalf("a secret %q was accepted", value)
				}
				msg := err.Error()
				if !strings.Contains(msg, key+": the secret") {
					t.Errorf("error does not name %s: %v", key, msg)
				}
				if strings.Contains(msg, "123:a") || strings.Contains(msg, value) {
					t.Errorf("error shows the secret: %v", msg)
				}
				if cfg.Telegram.Token != "" {
					t.Errorf("a refused secret is kept: %q", cfg.Telegram.Token)
				}
			})
		}
	}
}

func TestBlankSecret(t *testing.T) {
	t.Run("variable of whitespace is not set", func(t *testing.T) {
		cfg, err := Load("", mapEnv(map[string]string{"BRIEFBOT_TELEGRAM_TOKEN": " \n\t"}))
		if err != nil || cfg.Telegram.Token != "" {
			t.Errorf("token %q, err %v; want no token and no error", cfg.Telegram.Token, err)
		}
	})
	t.Run("blank variable next to a file", func(t *testing.T) {
		cfg, err := Load("", mapEnv(map[string]string{
			"BRIEFBOT_TELEGRAM_TOKEN":      " ",
			"BRIEFBOT_TELEGRAM_TOKEN_FILE": writeSecret(t, "123:abc\n"),
		}))
		if err != nil || cfg.Telegram.Token != "123:abc" {
			t.Errorf("token %q, err %v; want the file's token", cfg.Telegram.Token, err)
		}
	})
	for _, body := range []string{"", "\n", " \r\n\t"} {
		t.Run("file "+strings.ReplaceAll(body, "\n", `\n`), func(t *testing.T) {
			path := writeSecret(t, body)
			_, err := Load("", mapEnv(map[string]string{"BRIEFBOT_DISCORD_TOKEN_FILE": path}))
			if err == nil || !strings.Contains(err.Error(), "BRIEFBOT_DISCORD_TOKEN_FILE: "+path+" holds no secret") {
				t.Errorf("err = %v, want an empty file to be an error", err)
			}
		})
	}
}
