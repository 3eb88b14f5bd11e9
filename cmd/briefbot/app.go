package main

import (
	"context"
	"fmt"
	"log/slog"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot"
	"briefbot/brief"
	"briefbot/config"
	"briefbot/digest"
	"briefbot/feeds"
	"briefbot/ingest"
	"briefbot/locale"
	"briefbot/ops"
	"briefbot/summarize"
	"briefbot/topics"
)

// app is the wired program: configuration, logger, store and services.
type app struct {
	env        Env
	cfg        config.Config
	log        *slog.Logger
	store      appStore
	summarizer briefbot.Summarizer // the offline one, or the LLM's over it
	ingester   *ingest.Ingester
	llm        llmParts // the LLM backend's parts, none without an llm section
	briefer    *brief.Briefer

	digestMetrics *digest.Metrics // the digest scheduler's counters
	metrics       *ops.Metrics    // what the operator's /metrics shows
}

// loadConfig reads the configuration and makes the logger.
func loadConfig(env Env, c *common) (config.Config, *slog.Logger, error) {
	cfg, err := config.Load(c.config, env.Getenv)
	if err != nil {
		return cfg, nil, err
	}
	return cfg, cfg.Log.Logger(env.Stderr), nil
}

// openApp loads the configuration and opens the database.
func openApp(ctx context.Context, env Env, c *common) (*app, error) {
	cfg, log, err := loadConfig(env, c)
	if err != nil {
		return nil, err
	}
	path := dbPath(env, c, cfg)
	store, err := openStore(ctx, path, cfg, log)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", shownDB(path), err)
	}
	log.Debug("database open", "path", shownDB(path))
	a := &app{env: env, cfg: cfg, log: log, store: store, summarizer: summarize.New(),
		digestMetrics: &digest.Metrics{}, metrics: ops.NewMetrics()}
	a.llm = newLLM(cfg, a.summarizer, llmCacheDir(cfg, path), log, a.metrics, env.Now)
	if a.llm.summarizer != nil {
		a.summarizer = a.llm.summarizer
	}
	a.ingester = &ingest.Ingester{
		Store: store, Summarizer: a.summarizer, Clean: summarize.Clean,
		DeriveTitle: summarize.DeriveTitle, Now: env.Now, Log: log,
	}
	a.wireMetrics()
	window, _ := briefbot.ParseWindow(cfg.Brief.Window) // validated by config.Load
	a.briefer = &brief.Briefer{Store: store, Topics: topics.New(cfg.Topics), Now: env.Now, Window: window, MaxItems: cfg.Brief.MaxItems}
	return a, nil
}

// Close closes the database; it is the last step of shutdown.
func (a *app) Close() error { return a.store.Close() }

func dbPath(env Env, c *common, cfg config.Config) string {
	switch {
	case c.db != "":
		return c.db
	case env.Getenv("BRIEFBOT_DB") != "":
		return env.Getenv("BRIEFBOT_DB")
	}
	return cfg.Database
}

// router builds the chat's command router.
func (a *app) router() *bot.Router {
	r := bot.NewRouter(a.log)
	r.OnCommand, r.OnPanic = a.metrics.Command, a.metrics.Recovered
	r.Add(translating(brief.Commands(a.briefer, a.store, a.log), a.llm.translator)...)
	r.Add(ask.Commands(a.asker())...)
	r.Add(feeds.Commands(&feeds.Admin{Store: a.store, Now: a.env.Now})...)
	r.Add(translating(digest.Commands(&digest.Subscriber{Store: a.store, Digests: digest.Builder{Briefer: a.briefer}, Now: a.env.Now}), a.llm.translator)...)
	r.Add(locale.Commands(a.store)...)
	r.ChatLanguage, r.DefaultLang = a.store.ChatLanguage, a.cfg.Chat.Language
	return r
}
