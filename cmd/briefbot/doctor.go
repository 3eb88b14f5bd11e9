package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"

	"briefbot"
	"briefbot/bot/telegram"
	"briefbot/config"
)

// finding is one line of the doctor's report.
type finding struct {
	level string // "ok", "warn" or "FAIL"
	what  string // what was checked
	text  string // what was found and, when not ok, what to do
}

// doctor gathers findings; a FAIL makes `briefbot doctor` exit non-zero.
type doctor struct {
	findings []finding
	failed   int
}

func (d *doctor) ok(what, format string, args ...any) { d.add("ok", what, format, args...) }
func (d *doctor) warn(what, format string, args ...any) {
	d.add("warn", what, format, args...)
}
func (d *doctor) fail(what, format string, args ...any) {
	d.failed++
	d.add("FAIL", what, format, args...)
}

func (d *doctor) add(level, what, format string, args ...any) {
	d.findings = append(d.findings, finding{level, what, fmt.Sprintf(format, args...)})
}

func (d *doctor) write(w io.Writer) {
	for _, f := range d.findings {
		fmt.Fprintf(w, "%-5s %-11s %s\n", f.level, f.what, f.text)
	}
	switch d.failed {
	case 0:
		fmt.Fprintln(w, "Nothing to fix.")
	case 1:
		fmt.Fprintln(w, "1 problem to fix.")
	default:
		fmt.Fprintf(w, "%d problems to fix.\n", d.failed)
	}
}

// doctorTimeout bounds each network check.
const doctorTimeout = 10 * time.Second

// runDoctor checks what briefbot needs to run, and says what to fix.
func runDoctor(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "doctor")
	if err := parse(fs, args); err != nil {
		return err
	}
	d := &doctor{}
	cfg, ok := d.config(env, c)
	if ok {
		d.database(ctx, env, c, cfg)
		d.platforms(ctx, cfg)
		d.ops(ctx, cfg)
	}
	d.write(env.Stdout)
	if d.failed > 0 {
		return errReported
	}
	return nil
}

func (d *doctor) config(env Env, c *common) (config.Config, bool) {
	cfg, err := config.Load(c.config, env.Getenv)
	if err != nil {
		d.fail("config", "%s — fix it, then run briefbot doctor again", oneLineErr(err))
		return cfg, false
	}
	name := c.config
	if name == "" {
		name = "no file (the defaults)"
	}
	var on []string
	if cfg.Telegram.Token != "" {
		on = append(on, "telegram")
	}
	if cfg.Ops.Listen != "" {
		on = append(on, "ops on "+cfg.Ops.Listen)
	}
	d.ok("config", "%s: %d feeds configured%s", name, len(cfg.Feeds), prefixed(", ", strings.Join(on, ", ")))
	return cfg, true
}

func prefixed(prefix, s string) string {
	if s == "" {
		return ""
	}
	return prefix + s
}

// oneLineErr is an error's message on one line.
func oneLineErr(err error) string {
	return strings.Join(strings.Fields(err.Error()), " ")
}

// database checks the database file, its schema and integrity, and what
// it holds.
func (d *doctor) database(ctx context.Context, env Env, c *common, cfg config.Config) {
	path := dbPath(env, c, cfg)
	if _, err := os.Stat(path); os.IsNotExist(err) {
		d.warn("database", "%s does not exist yet; briefbot creates it at the first start (check the path if you expected one)", path)
		return
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		d.fail("database", "%s — check the path and its permissions; restore a backup if the file is damaged", oneLineErr(err))
		return
	}
	defer a.Close()
	d.store(ctx, a, path)
	d.zones(ctx, a)
	d.feeds(ctx, a)
}

func (d *doctor) store(ctx context.Context, a *app, path string) {
	v, err := a.store.SchemaVersion(ctx)
	if err != nil {
		d.fail("database", "%s: %s", path, oneLineErr(err))
		return
	}
	problems, err := a.store.Check(ctx)
	switch {
	case err != nil:
		d.fail("database", "%s: the integrity check could not run: %s", path, oneLineErr(err))
	case len(problems) > 0:
		d.fail("database", "%s is damaged (%s) — stop briefbot and restore the last backup", path, strings.Join(problems, "; "))
	}
	st, err := a.store.ArticleStats(ctx)
	if err != nil {
		d.fail("database", "%s: %s", path, oneLineErr(err))
		return
	}
	if err == nil && len(problems) == 0 {
		d.ok("database", "%s: schema %d, %d articles (%d samples), integrity ok", path, v, st.Articles, st.Samples)
	}
	if st.Unsummarized > 0 {
		d.warn("summaries", "%d articles have no summary (the summarizer failed on them) — run briefbot resummarize", st.Unsummarized)
	}
}

// zones checks that time-zone data loads for every subscription's zone.
func (d *doctor) zones(ctx context.Context, a *app) {
	names := map[string]bool{"Europe/Paris": true, "America/New_York": true, "Asia/Seoul": true}
	subs, err := a.store.AllSubscriptions(ctx)
	if err != nil {
		d.fail("time zones", "%s", oneLineErr(err))
		return
	}
	for _, s := range subs {
		names[s.Zone] = true
	}
	var bad []string
	for name := range names {
		if _, err := time.LoadLocation(name); err != nil {
			bad = append(bad, name)
		}
	}
	if len(bad) > 0 {
		d.fail("time zones", "cannot load %s — install the tzdata package or set ZONEINFO", strings.Join(bad, ", "))
		return
	}
	d.ok("time zones", "%d zones load (%d subscriptions)", len(names), len(subs))
}

// feeds reports failing and disabled feeds.
func (d *doctor) feeds(ctx context.Context, a *app) {
	feeds, err := a.store.Feeds(ctx)
	if err != nil {
		d.fail("feeds", "%s", oneLineErr(err))
		return
	}
	healthy := 0
	for _, f := range feeds {
		switch {
		case !f.Enabled:
			d.warn("feeds", "feed %d (%s) is disabled after failing: %s — fix it, then briefbot feeds remove %d and add it again", f.ID, f.URL, f.LastError, f.ID)
		case f.Failures > 0:
			d.warn("feeds", "feed %d (%s) failed %d times in a row: %s", f.ID, f.URL, f.Failures, f.LastError)
		default:
			healthy++
		}
	}
	d.ok("feeds", "%d of %d feeds healthy", healthy, len(feeds))
}

// platforms checks that each configured platform answers with its token.
func (d *doctor) platforms(ctx context.Context, cfg config.Config) {
	if cfg.Discord.Token != "" {
		d.fail("discord", "a Discord token is set, but this build has no Discord chat — unset BRIEFBOT_DISCORD_TOKEN")
	}
	if cfg.Telegram.Token == "" {
		d.ok("platforms", "none configured: `briefbot run` is the console chat on a terminal (set BRIEFBOT_TELEGRAM_TOKEN for Telegram)")
		return
	}
	tg, err := telegram.New(ctx, telegram.Options{Token: cfg.Telegram.Token, Endpoint: cfg.Telegram.APIEndpoint,
		Client: &http.Client{Timeout: doctorTimeout}})
	if err == nil {
		var name string
		if name, err = tg.Reach(); err == nil {
			d.ok("telegram", "the Bot API answers: the bot is @%s", name)
			return
		}
	}
	if briefbot.ErrorCode(err) == briefbot.EInvalid {
		d.fail("telegram", "%s — check BRIEFBOT_TELEGRAM_TOKEN with @BotFather", oneLineErr(err))
		return
	}
	d.fail("telegram", "the Bot API cannot be reached: %s — check the network, DNS, a proxy, or telegram.api_endpoint", oneLineErr(err))
}

// ops checks the operator's endpoint: a running briefbot answers there,
// or the address is free for one.
func (d *doctor) ops(ctx context.Context, cfg config.Config) {
	if cfg.Ops.Listen == "" {
		return
	}
	url := "http://" + cfg.Ops.Listen + "/healthz"
	if strings.HasPrefix(cfg.Ops.Listen, ":") {
		url = "http://127.0.0.1" + cfg.Ops.Listen + "/healthz"
	}
	ctx, cancel := context.WithTimeout(ctx, doctorTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err == nil {
		var resp *http.Response
		if resp, err = http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
			d.ok("ops", "%s answers %s", url, resp.Status)
			return
		}
	}
	d.ok("ops", "nothing answers on %s yet; `briefbot run` will serve /healthz, /readyz and /metrics there", cfg.Ops.Listen)
}
