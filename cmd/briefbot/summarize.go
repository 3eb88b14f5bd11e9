package main

import (
	"context"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/ingest"
	"briefbot/ingest/files"
	"briefbot/summarize"
)

// runSummarize prints the summary of one file without storing anything.
func runSummarize(ctx context.Context, env Env, args []string) error {
	fs, _ := newFlags(env, "summarize")
	asJSON := fs.Bool("json", false, "print the summary as one JSON object")
	title := fs.String("title", "", "the article's headline, when the file has none")
	published := fs.String("published", "", "publication date `YYYY-MM-DD`, to resolve relative dates")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return briefbot.Errorf(briefbot.EInvalid, "summarize takes one FILE, or - for stdin")
	}
	opt, err := ingestOptions(*published, "", "")
	if err != nil {
		return err
	}
	art, err := readOne(env, fs.Arg(0), opt)
	if err != nil {
		return err
	}
	if *title != "" {
		art.Title = *title
	}
	doc := briefbot.Document{Title: art.Title, Text: summarize.Clean(art.Text), Lang: art.Lang, Published: art.Published, Cleaned: true}
	sum, err := summarize.New().Summarize(ctx, doc)
	if err != nil {
		return err
	}
	if *asJSON { // the shape is a contract: every field, lists never null
		sum.Who, sum.Where = nonNil(sum.Who), nonNil(sum.Where)
		return writeJSON(env.Stdout, sum)
	}
	return console.Render(env.Stdout, bot.Message{Items: []bot.Item{{Headline: art.Title, Summary: sum, Seen: art.Published}}})
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// readOne reads the first article of a file, or of stdin for "-".
func readOne(env Env, name string, opt ingest.Options) (briefbot.Article, error) {
	data, err := files.ReadFile(name, env.Stdin, files.MaxFileSize)
	if err != nil {
		return briefbot.Article{}, err
	}
	opt.DeriveTitle = summarize.DeriveTitle
	arts, err := files.Parse(name, data, opt)
	if err == nil && len(arts) == 0 {
		err = briefbot.Errorf(briefbot.EInvalid, "%s: no article in it", files.DisplayName(name))
	}
	if err != nil {
		return briefbot.Article{}, err
	}
	return arts[0], nil
}
