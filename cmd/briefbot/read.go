package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"briefbot"
	"briefbot/bot"
	"briefbot/ingest"
	"briefbot/summarize"
)

// maxInput bounds what summarize reads from one file or stdin.
const maxInput = 20 << 20

// readOne reads the first article of a file, or of stdin for "-".
func readOne(env Env, name string, opt ingest.Options) (briefbot.Article, error) {
	var r io.Reader = env.Stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return briefbot.Article{}, briefbot.Errorf(briefbot.EInvalid, "%v", err)
		}
		defer f.Close()
		r = f
	}
	data, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return briefbot.Article{}, briefbot.Errorf(briefbot.EInvalid, "%s: %v", name, err)
	}
	if len(data) > maxInput {
		return briefbot.Article{}, briefbot.Errorf(briefbot.EInvalid, "%s: larger than %d MB", name, maxInput>>20)
	}
	opt.DeriveTitle = summarize.DeriveTitle
	arts, err := ingest.Parse(name, data, opt)
	if err != nil {
		return briefbot.Article{}, err
	}
	if len(arts) == 0 {
		return briefbot.Article{}, briefbot.Errorf(briefbot.EInvalid, "%s: no article in it", name)
	}
	return arts[0], nil
}

// summarizeArticle writes the summary of one article; lists are never null.
func summarizeArticle(ctx context.Context, a briefbot.Article) (briefbot.Summary, error) {
	doc := briefbot.Document{Title: a.Title, Text: summarize.Clean(a.Text), Lang: a.Lang, Published: a.Published}
	s, err := summarize.New().Summarize(ctx, doc)
	if err != nil {
		return s, err
	}
	if s.Who == nil {
		s.Who = []string{}
	}
	if s.Where == nil {
		s.Where = []string{}
	}
	return s, nil
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json: %w", err)
	}
	return nil
}

func summaryMessage(a briefbot.Article, s briefbot.Summary) bot.Message {
	return bot.Message{Items: []bot.Item{{Headline: a.Title, Summary: s, Seen: a.Published}}}
}
