package config

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"briefbot"
)

func mapEnv(m map[string]string) Env { return func(k string) string { return m[k] } }

func writeFile(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoadDefaults(t *testing.T) {
	cfg, err := Load("", mapEnv(nil))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := cfg.Brief.MaxItems, 5; got != want {
		t.Errorf("max_items = %d, want %d", got, want)
	}
	if cfg.Database != "briefbot.db" || cfg.Samples != "auto" {
		t.Errorf("defaults = %+v", cfg)
	}
}

func TestLoadExampleFile(t *testing.T) {
	cfg, err := Load("../config.example.yaml", mapEnv(nil))
	if err != nil {
		t.Fatalf("config.example.yaml does not load: %v", err)
	}
	def := Defaults()
	if cfg.Database != def.Database || cfg.Brief != def.Brief || cfg.Log != def.Log || cfg.Samples != def.Samples {
		t.Errorf("example documents other defaults: %+v", cfg)
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	path := writeFile(t, `
database: x.db
colour: blue
log:
  level: loud
brief:
  window: forever
  max_items: 0
feeds:
  - url: ftp://example.com/feed
    interval: 5s
`)
	_, err := Load(path, mapEnv(nil))
	if err == nil {
		t.Fatal("want an error")
	}
	if briefbot.ErrorCode(err) != briefbot.EInvalid {
		t.Errorf("code = %q", briefbot.ErrorCode(err))
	}
	for _, want := range []string{"colour", "log.level", "brief.window", "brief.max_items", "feeds[0].url", "feeds[0].interval"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %s: %v", want, err)
		}
	}
}

func TestSecretsFromEnvironment(t *testing.T) {
	tokenFile := filepath.Join(t.TempDir(), "token")
	if err := os.WriteFile(tokenFile, []byte("file-secret-123\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load("", mapEnv(map[string]string{
		"BRIEFBOT_TELEGRAM_TOKEN":     "env-secret-456",
		"BRIEFBOT_DISCORD_TOKEN_FILE": tokenFile,
	}))
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Telegram.Token != "env-secret-456" || cfg.Discord.Token != "file-secret-123" {
		t.Errorf("tokens = %q, %q", cfg.Telegram.Token, cfg.Discord.Token)
	}
	var buf bytes.Buffer
	if err := cfg.Dump(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if strings.Contains(out, "secret-") {
		t.Errorf("dump leaks a secret:\n%s", out)
	}
	if !strings.Contains(out, "(set, redacted)") || !strings.Contains(out, "max_items: 5") {
		t.Errorf("dump misses fields:\n%s", out)
	}
}

func TestTokenInYAMLIsRejected(t *testing.T) {
	path := writeFile(t, "telegram:\n  token: abc\n")
	if _, err := Load(path, mapEnv(nil)); err == nil || !strings.Contains(err.Error(), "token") {
		t.Errorf("a token in the file must be refused, got %v", err)
	}
}

func TestBothSecretFormsIsAnError(t *testing.T) {
	_, err := Load("", mapEnv(map[string]string{"BRIEFBOT_DISCORD_TOKEN": "a", "BRIEFBOT_DISCORD_TOKEN_FILE": "/x"}))
	if err == nil || !strings.Contains(err.Error(), "keep one") {
		t.Errorf("err = %v", err)
	}
}

func TestLoggerWritesTheFormatAndLevelAsked(t *testing.T) {
	var buf bytes.Buffer
	log := Log{Level: "warn", Format: "json"}.Logger(&buf)
	log.Info("left out")
	log.Warn("kept", "n", 1)
	if got := buf.String(); strings.Contains(got, "left out") || !strings.Contains(got, `"msg":"kept","n":1`) {
		t.Errorf("json logger at warn wrote %q", got)
	}
	buf.Reset()
	Log{Level: "debug", Format: "text"}.Logger(&buf).Debug("shown")
	if got := buf.String(); !strings.Contains(got, "level=DEBUG msg=shown") {
		t.Errorf("text logger at debug wrote %q", got)
	}
}

func TestDatabaseURL(t *testing.T) {
	for _, tc := range []struct {
		yaml string
		ok   bool
	}{
		{"database: postgres://briefbot@db.internal/briefbot\ndatabase_pool: 20\n", true},
		{"database: postgres://briefbot:hunter2@db.internal/briefbot\n", false},
		{"database: postgresql://db.internal/briefbot?password=hunter2\n", false},
		{"database_pool: -1\n", false},
		{"database_pool: 1001\n", false},
	} {
		path := filepath.Join(t.TempDir(), "c.yaml")
		if err := os.WriteFile(path, []byte(tc.yaml), 0o600); err != nil {
			t.Fatal(err)
		}
		cfg, err := Load(path, func(string) string { return "" })
		if (err == nil) != tc.ok {
			t.Errorf("%q: err = %v, want ok %v", tc.yaml, err, tc.ok)
		}
		if err != nil && strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%q: the error shows the password: %v", tc.yaml, err)
		}
		if tc.ok && cfg.DatabasePool != 20 && strings.Contains(tc.yaml, "20") {
			t.Errorf("database_pool = %d, want 20", cfg.DatabasePool)
		}
	}
}
