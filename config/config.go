// Package config loads briefbot's configuration: the shape from a YAML file
// (unknown keys are an error), secrets from the environment. It is the only
// package that imports the YAML library.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"briefbot"
)

// Config is the effective configuration.
type Config struct {
	// Database is the SQLite file, or a postgres:// URL for a database that
	// several briefbot processes share (its password from PGPASSWORD or a
	// pgpass file, never in this file).
	Database string `yaml:"database"`
	// DatabasePool is how many connections one process opens to a
	// PostgreSQL database; 0: 10. SQLite has its own fixed pools.
	DatabasePool int                 `yaml:"database_pool"`
	Log          Log                 `yaml:"log"`
	Samples      string              `yaml:"samples"`
	Brief        Brief               `yaml:"brief"`
	Topics       map[string][]string `yaml:"topics"`
	Feeds        []Feed              `yaml:"feeds"`
	Polling      Polling             `yaml:"polling"`
	Telegram     Platform            `yaml:"telegram"`
	// AllowPrivateNetworks lets feeds and pages be fetched from private,
	// loopback and link-local addresses (a feed on the local network).
	AllowPrivateNetworks bool `yaml:"allow_private_networks"`
	// RetentionDays deletes articles older than this many days; 0 keeps all.
	RetentionDays int     `yaml:"retention_days"`
	Discord       Discord `yaml:"discord"`
	Ops           Ops     `yaml:"ops"`
	Digests       Digests `yaml:"digests"`
	Chat          Chat    `yaml:"chat"`
	// LLM is the optional model server; nil (no llm section): none is
	// ever asked.
	LLM *LLM `yaml:"llm,omitempty"`
}

// Ops sets the operator's endpoints: /healthz, /readyz and /metrics.
type Ops struct {
	// Listen is the address they are served on, such as 127.0.0.1:9464;
	// "" serves none. They tell nothing secret, but keep them off the
	// public internet.
	Listen string `yaml:"listen"`
}

// Log sets how briefbot logs.
type Log struct {
	Level  string `yaml:"level"`  // debug, info, warn, error
	Format string `yaml:"format"` // text or json
}

// Brief sets the defaults of /brief.
type Brief struct {
	Window   string `yaml:"window"`    // e.g. 7d
	MaxItems int    `yaml:"max_items"` // stories per brief
}

// Feed is one news feed to follow.
type Feed struct {
	URL      string `yaml:"url"`
	Name     string `yaml:"name"`
	Language string `yaml:"language"`
	Interval string `yaml:"interval"`
}

// Polling sets how feeds are polled and fetched.
type Polling struct {
	Interval     string `yaml:"interval"`      // default per feed
	MinInterval  string `yaml:"min_interval"`  // no feed more often, whatever its ttl
	MaxInterval  string `yaml:"max_interval"`  // no healthy feed less often
	DisableAfter string `yaml:"disable_after"` // a feed failing this long is disabled
	Concurrency  int    `yaml:"concurrency"`   // feeds fetched at once
	Timeout      string `yaml:"timeout"`       // per request
	MaxBodyMB    int    `yaml:"max_body_mb"`   // larger responses are refused
	// MaxPagesPerPoll bounds the article pages read for one feed in one
	// poll: the newest snippet-only items get theirs, the rest keep the
	// feed's text.
	MaxPagesPerPoll int `yaml:"max_pages_per_poll"`
	// PerHostConcurrency bounds the requests to one host at once, and the
	// feeds of one host polled at once.
	PerHostConcurrency int `yaml:"per_host_concurrency"`
}

// Durations returns the polling durations, parsed; Load validated them.
func (p Polling) Durations() (interval, minInterval, maxInterval, disableAfter, timeout time.Duration) {
	parse := func(s string) time.Duration { d, _ := time.ParseDuration(s); return d }
	return parse(p.Interval), parse(p.MinInterval), parse(p.MaxInterval), parse(p.DisableAfter), parse(p.Timeout)
}

// Platform holds Telegram's settings. Its token comes only from the
// environment and is never printed.
type Platform struct {
	Token       string  `yaml:"-"`
	APIEndpoint string  `yaml:"api_endpoint"`
	Admins      []int64 `yaml:"admins"`  // user ids that may manage feeds
	Webhook     Webhook `yaml:"webhook"` // Telegram only; no URL: long polling
	// MaxMessagesPerSecond is how many digest messages go out a second in
	// all; 0: the platform's own limit (Telegram: 30).
	MaxMessagesPerSecond int `yaml:"max_messages_per_second"`
}

// Webhook has Telegram push updates to briefbot instead of being polled.
type Webhook struct {
	URL         string `yaml:"url"`          // the public https URL Telegram posts to
	Listen      string `yaml:"listen"`       // the address briefbot serves it on, e.g. :8443
	SecretToken string `yaml:"secret_token"` // or BRIEFBOT_TELEGRAM_WEBHOOK_SECRET; never printed
}

// Defaults returns the configuration used when no file sets a key.
func Defaults() Config {
	return Config{
		Database: "briefbot.db",
		Log:      Log{Level: "info", Format: "text"},
		Samples:  "auto",
		Brief:    Brief{Window: "7d", MaxItems: 5},
		Polling: Polling{
			Interval: "15m", MinInterval: "5m", MaxInterval: "6h", DisableAfter: "72h",
			Concurrency: 4, Timeout: "20s", MaxBodyMB: 5, MaxPagesPerPoll: 50, PerHostConcurrency: 2,
		},
		Chat: Chat{Workers: 8, RequestsPerMinute: 20, Language: "en"},
	}
}

// Env reads an environment variable; os.Getenv in production, a map in tests.
type Env func(key string) string

// Load reads the YAML file at path (none when path is ""), then the secrets
// from env, and validates the result. Every problem found is reported in one
// error.
func Load(path string, env Env) (Config, error) {
	cfg := Defaults()
	var errs []error
	if path != "" {
		data, err := os.ReadFile(path)
		if err != nil {
			return cfg, fmt.Errorf("config: %w", err)
		}
		if err := decode(data, &cfg); err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", path, err))
		}
		if cfg.LLM != nil {
			cfg.LLM.fillDefaults()
		}
	}
	errs = append(errs, readSecrets(&cfg, env)...)
	errs = append(errs, cfg.validate()...)
	if len(errs) > 0 {
		return cfg, &briefbot.Error{Code: briefbot.EInvalid, Message: "configuration has problems", Err: errors.Join(errs...)}
	}
	return cfg, nil
}

func decode(data []byte, cfg *Config) error {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	err := dec.Decode(cfg)
	if errors.Is(err, io.EOF) {
		return nil
	}
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return errors.New(strings.Join(te.Errors, "; "))
	}
	return err
}

func (c Config) validate() []error {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if strings.TrimSpace(c.Database) == "" {
		bad("database: must name a file or a postgres:// URL")
	}
	if hasPassword(c.Database) {
		bad("database: the URL holds a password; give it in PGPASSWORD (or a pgpass file) instead, so that it is in no file")
	}
	if c.DatabasePool < 0 || c.DatabasePool > maxDatabasePool {
		bad("database_pool: %d is not between 0 (the default, 10) and %d", c.DatabasePool, maxDatabasePool)
	}
	if !oneOf(c.Log.Level, "debug", "info", "warn", "error") {
		bad("log.level: %q is not debug, info, warn or error", c.Log.Level)
	}
	if !oneOf(c.Log.Format, "text", "json") {
		bad("log.format: %q is not text or json", c.Log.Format)
	}
	if !oneOf(c.Samples, "auto", "never") {
		bad("samples: %q is not auto or never", c.Samples)
	}
	if _, err := briefbot.ParseWindow(c.Brief.Window); err != nil {
		bad("brief.window: %v", err)
	}
	if c.Brief.MaxItems < 1 || c.Brief.MaxItems > 20 {
		bad("brief.max_items: %d is not between 1 and 20", c.Brief.MaxItems)
	}
	if c.RetentionDays < 0 {
		bad("retention_days: %d is negative; 0 keeps every article", c.RetentionDays)
	}
	errs = append(errs, c.validateTopics()...)
	errs = append(errs, c.Telegram.Webhook.validate("telegram.webhook")...)
	errs = append(errs, c.Discord.validate()...)
	errs = append(errs, c.Polling.validate()...)
	errs = append(errs, c.Ops.validate()...)
	errs = append(errs, c.Digests.validate()...)
	errs = append(errs, c.Chat.validate()...)
	errs = append(errs, c.Telegram.validateRate("telegram")...)
	errs = append(errs, c.LLM.validate()...)
	return append(errs, c.validateFeeds()...)
}

func (p Polling) validate() []error {
	var errs []error
	for key, v := range map[string]string{
		"interval": p.Interval, "min_interval": p.MinInterval, "max_interval": p.MaxInterval,
		"disable_after": p.DisableAfter, "timeout": p.Timeout,
	} {
		if d, err := time.ParseDuration(v); err != nil || d <= 0 {
			errs = append(errs, fmt.Errorf("polling.%s: %q is not a positive duration such as 15m", key, v))
		}
	}
	if p.Concurrency < 1 || p.Concurrency > 64 {
		errs = append(errs, fmt.Errorf("polling.concurrency: %d is not between 1 and 64", p.Concurrency))
	}
	if p.MaxBodyMB < 1 || p.MaxBodyMB > 100 {
		errs = append(errs, fmt.Errorf("polling.max_body_mb: %d is not between 1 and 100", p.MaxBodyMB))
	}
	if p.MaxPagesPerPoll < 1 || p.MaxPagesPerPoll > 10000 {
		errs = append(errs, fmt.Errorf("polling.max_pages_per_poll: %d is not between 1 and 10000", p.MaxPagesPerPoll))
	}
	if p.PerHostConcurrency < 1 || p.PerHostConcurrency > 64 {
		errs = append(errs, fmt.Errorf("polling.per_host_concurrency: %d is not between 1 and 64", p.PerHostConcurrency))
	}
	return errs
}

func (c Config) validateTopics() []error {
	var errs []error
	for topic, aliases := range c.Topics {
		if strings.TrimSpace(topic) == "" || len(aliases) == 0 {
			errs = append(errs, fmt.Errorf("topics.%s: needs a name and at least one alias", topic))
		}
	}
	return errs
}

func (c Config) validateFeeds() []error {
	var errs []error
	for i, f := range c.Feeds {
		if !strings.HasPrefix(f.URL, "http://") && !strings.HasPrefix(f.URL, "https://") {
			errs = append(errs, fmt.Errorf("feeds[%d].url: %q is not an http(s) URL", i, f.URL))
		}
		if f.Interval == "" {
			continue
		}
		if d, err := time.ParseDuration(f.Interval); err != nil || d < time.Minute {
			errs = append(errs, fmt.Errorf("feeds[%d].interval: %q is not a duration of at least 1m", i, f.Interval))
		}
	}
	return errs
}

// maxDatabasePool bounds database_pool: PostgreSQL's own default allows
// 100 connections in all, for every replica.
const maxDatabasePool = 1000

// hasPassword reports whether a database URL carries a password.
func hasPassword(db string) bool {
	if !strings.HasPrefix(db, "postgres://") && !strings.HasPrefix(db, "postgresql://") {
		return false
	}
	u, err := url.Parse(db)
	if err != nil {
		return strings.Contains(db, "@") // unreadable: assume the worst
	}
	_, set := u.User.Password()
	return set || u.Query().Has("password")
}

func oneOf(s string, allowed ...string) bool {
	for _, a := range allowed {
		if s == a {
			return true
		}
	}
	return false
}

// Dump writes the effective configuration as YAML, secrets redacted.
func (c Config) Dump(w io.Writer) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(c); err != nil {
		return fmt.Errorf("config: dump: %w", err)
	}
	return enc.Close()
}

type redacted struct {
	Token       string   `yaml:"token"`
	APIEndpoint string   `yaml:"api_endpoint,omitempty"`
	Admins      []int64  `yaml:"admins,omitempty"`
	Webhook     *Webhook `yaml:"webhook,omitempty"`
	Rate        int      `yaml:"max_messages_per_second,omitempty"`
}

// MarshalYAML writes the platform with its token redacted, so no dump of
// the configuration can print a secret.
func (p Platform) MarshalYAML() (any, error) {
	r := redacted{Token: "(not set)", APIEndpoint: p.APIEndpoint, Admins: p.Admins, Rate: p.MaxMessagesPerSecond}
	if p.Token != "" {
		r.Token = "(set, redacted)"
	}
	if p.Webhook != (Webhook{}) {
		w := p.Webhook
		w.SecretToken = "(not set)"
		if p.Webhook.SecretToken != "" {
			w.SecretToken = "(set, redacted)"
		}
		r.Webhook = &w
	}
	return r, nil
}
