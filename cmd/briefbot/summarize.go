package main

import (
	"context"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/ingest/files"
	"briefbot/internal/cli"
	"briefbot/summarize"
)

// runSummarize prints the summary of one file without storing anything.
func runSummarize(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "summarize")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	title := fs.String("title", "", "the article's headline, when the file has none")
	var published cli.Date
	fs.Var(&published, "published", "publication date `YYYY-MM-DD`, to resolve relative dates")
	if err := cli.Parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return briefbot.Errorf(briefbot.EInvalid, "summarize takes one FILE, or - for stdin")
	}
	opt := files.Options{Published: published.Time, DeriveTitle: summarize.DeriveTitle}
	art, err := files.ReadOne(fs.Arg(0), env.Stdin, opt)
	if err != nil {
		return err
	}
	if *title != "" {
		art.Title = *title
	}
	summarizer, err := configuredSummarizer(env, c)
	if err != nil {
		return err
	}
	doc := briefbot.Document{Title: art.Title, Text: summarize.Clean(art.Text), Lang: art.Lang, Published: art.Published, Cleaned: true}
	sum, err := summarizer.Summarize(ctx, doc)
	if err != nil {
		return err
	}
	if *asJSON { // the shape is a contract: every field, lists never null
		sum.Who, sum.Where = nonNil(sum.Who), nonNil(sum.Where)
		return cli.WriteJSON(env.Stdout, sum)
	}
	return console.Render(env.Stdout, bot.Message{Items: []bot.Item{{Headline: art.Title, Summary: sum, Seen: art.Published}}})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// configuredSummarizer is the offline summarizer, or the LLM's over it
// when the configuration gives the LLM the summarize task. It opens no
// database: its cache is the configured cache_dir, or memory.
func configuredSummarizer(env Env, c *common) (briefbot.Summarizer, error) {
	cfg, log, err := loadConfig(env, c)
	if err != nil {
		return nil, err
	}
	var dir string
	if cfg.LLM != nil {
		dir = cfg.LLM.CacheDir
	}
	if p := newLLM(cfg, summarize.New(), dir, log, nil, env.Now); p.summarizer != nil {
		return p.summarizer, nil
	}
	return summarize.New(), nil
}
