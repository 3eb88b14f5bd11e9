package main

import (
	"context"
	"strings"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/console"
	"briefbot/brief"
)

// runBrief prints the brief on a topic.
func runBrief(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "brief")
	asJSON := fs.Bool("json", false, "print the brief as JSON")
	window := fs.String("window", "", "time window such as 36h, 3d or 2w (default from the config)")
	n := fs.Int("n", 0, "number of stories (default from the config)")
	if err := parse(fs, args); err != nil {
		return err
	}
	topic := strings.Join(fs.Args(), " ")
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	q, err := briefQuery(a.briefer, topic, *window, *n)
	if err != nil {
		return err
	}
	br, err := a.briefer.Brief(ctx, q.Topic, q.Window, q.Count)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, briefJSON(br))
	}
	return console.Render(env.Stdout, brief.BriefMessage(br))
}

func briefQuery(b *brief.Briefer, topic, window string, n int) (brief.BriefQuery, error) {
	q, err := b.ParseArgs(topic)
	if err != nil {
		return q, err
	}
	if window != "" {
		if q.Window, err = briefbot.ParseWindow(window); err != nil {
			return q, err
		}
	}
	if n < 0 || n > brief.MaxItemsAsked {
		return q, briefbot.Errorf(briefbot.EInvalid, "-n %d: choose 1 to %d stories", n, brief.MaxItemsAsked)
	}
	if n > 0 {
		q.Count = n
	}
	return q, nil
}

type jsonBrief struct {
	Topic   string      `json:"topic"`
	Window  string      `json:"window"`
	Stories []jsonStory `json:"stories"`
	Older   []jsonStory `json:"older"`
	Related []string    `json:"related"` // when nothing at all matched: topics that have stories
}

type jsonStory struct {
	Headline string           `json:"headline"`
	Summary  briefbot.Summary `json:"summary"`
	Seen     time.Time        `json:"seen"`
	Sources  []bot.Source     `json:"sources"`
}

func briefJSON(br brief.Briefing) jsonBrief {
	out := jsonBrief{Topic: br.Topic, Window: br.Window.String(), Stories: []jsonStory{}, Older: []jsonStory{}, Related: []string{}}
	out.Related = append(out.Related, br.Related...)
	for _, s := range br.Stories {
		out.Stories = append(out.Stories, storyJSON(s))
	}
	for _, s := range br.Older {
		out.Older = append(out.Older, storyJSON(s))
	}
	return out
}

func storyJSON(s briefbot.Story) jsonStory {
	js := jsonStory{Headline: s.Headline, Summary: s.Summary, Seen: s.Latest(), Sources: []bot.Source{}}
	for _, a := range s.Articles {
		js.Sources = append(js.Sources, bot.Source{Name: a.Source, URL: a.URL})
	}
	return js
}
