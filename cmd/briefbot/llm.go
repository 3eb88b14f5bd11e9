package main

import (
	"context"
	"log/slog"
	"net/http"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/config"
	"briefbot/llm"
	"briefbot/ops"
)

// llmParts are the LLM backend's parts that the configuration enables;
// each is nil when its task is off, and all are without an llm section.
type llmParts struct {
	summarizer *llm.Summarizer
	answerer   *llm.Answerer
	translator *llm.Translator
	model      string // "model at URL", for eval
}

// newLLM wires the LLM backend of cfg, sharing one client (so one
// concurrency limit and one budget) among its tasks. cacheDir keeps the
// summaries across runs; "" keeps them in memory only.
func newLLM(cfg config.Config, offline briefbot.Summarizer, cacheDir string, log *slog.Logger, m *ops.Metrics, now func() time.Time) llmParts {
	l := cfg.LLM
	if l == nil {
		return llmParts{}
	}
	metrics := m.NewLLM(l.Tasks...)
	c := &llm.Client{BaseURL: l.BaseURL, Model: l.Model, APIKey: l.APIKey, HTTP: &http.Client{},
		Timeout: l.TimeoutDuration(), Limit: llm.NewLimiter(l.MaxConcurrency),
		Budget: &llm.Budget{Max: l.DailyTokenBudget, Now: now, Log: log}, Log: log,
		OnTokens: metrics.Tokens, OnFallback: metrics.Fallback}
	p := llmParts{model: l.Model + " at " + l.BaseURL}
	if l.Does(config.TaskSummarize) {
		p.summarizer = &llm.Summarizer{Offline: offline, Client: c, Cache: &llm.Cache{Dir: cacheDir}, Log: log}
	}
	if l.Does(config.TaskAnswer) {
		p.answerer = &llm.Answerer{Client: c, Log: log}
	}
	if l.Does(config.TaskTranslate) {
		p.translator = &llm.Translator{Client: c, Cache: &llm.Cache{}, Log: log}
	}
	log.Info("llm backend configured; article text leaves the machine for the tasks listed", "url", l.BaseURL, "model", l.Model, "tasks", l.Tasks)
	return p
}

// llmCacheDir is where the summaries of the model are kept for a database.
func llmCacheDir(cfg config.Config, db string) string {
	if cfg.LLM == nil {
		return ""
	}
	if cfg.LLM.CacheDir != "" {
		return cfg.LLM.CacheDir
	}
	if isDatabaseURL(db) {
		return "" // no file to keep it beside: in memory, each process its own
	}
	return db + ".llm-cache"
}

// translating has commands' replies give each story's What and summary in
// the chat's language, when the story is in another: the brief's and the
// digest's items, through t. Without t the commands are as they were.
func translating(cmds []bot.Command, t *llm.Translator) []bot.Command {
	if t == nil {
		return cmds
	}
	out := make([]bot.Command, len(cmds))
	for i, c := range cmds {
		run := c.Run
		c.Run = func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			msg, err := run(ctx, req, args)
			if err == nil && len(msg.Items) > 0 {
				translateItems(ctx, t, msg.Items, bot.ServedLang(req.Lang))
			}
			return msg, err
		}
		out[i] = c
	}
	return out
}

// translateItems rewrites items' What and summary in lang, in place.
func translateItems(ctx context.Context, t *llm.Translator, items []bot.Item, lang string) {
	if lang == "" {
		lang = bot.DefaultLang
	}
	lines := make([]llm.Line, len(items))
	for i, it := range items {
		lines[i] = llm.Line{What: it.Summary.What, Summary: it.Summary.Summary, Lang: it.Summary.Lang, Names: it.Summary.Who}
	}
	for i, l := range t.Translate(ctx, lines, lang) {
		items[i].Summary.What, items[i].Summary.Summary = l.What, l.Summary
	}
}
