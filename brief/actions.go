package brief

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"briefbot"
	"briefbot/bot"
)

// maxPaged is how far down a brief's ranking its pages go, in stories.
const maxPaged = 50

// pages answers a brief page by page, and fills the buttons under it:
// "More" shows the next page in place of this one (/more), "Sources" the
// sources of this page's stories (/sources), "Subscribe daily" subscribes
// the chat to the topic. Page p of a brief of n stories is its stories
// (p-1)n+1 to pn, numbered so.
type pages struct {
	b   *Briefer
	mem briefbot.MemoryStore
	log *slog.Logger
}

func (p pages) moreCommand() bot.Command {
	return bot.Command{Name: "more", Args: "<page> <topic> [window] [count]", Help: "a next page of a brief", Hidden: true,
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			n, rest, err := pageArg(args)
			if err != nil {
				return bot.Message{}, err
			}
			return p.page(ctx, req, n, rest)
		}}
}

func (p pages) sourcesCommand() bot.Command {
	return bot.Command{Name: "sources", Args: "<page> <topic> [window] [count]", Help: "the sources of a page of a brief", Hidden: true,
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			n, rest, err := pageArg(args)
			if err != nil {
				return bot.Message{}, err
			}
			_, br, start, err := p.paged(ctx, req, n, rest)
			switch {
			case err != nil:
				return bot.Message{}, err
			case br.Stories == nil && n > 1:
				return noMore(br, req.Lang), nil
			}
			return SourcesMessage(br, start, req.Lang), nil
		}}
}

// page answers page n of "/brief <args>", with its buttons.
func (p pages) page(ctx context.Context, req bot.Request, n int, args string) (bot.Message, error) {
	q, br, start, err := p.paged(ctx, req, n, args)
	switch {
	case err != nil:
		return bot.Message{}, err
	case br.Stories == nil && n > 1:
		return noMore(br, req.Lang), nil
	}
	msg := BriefMessage(br, req.Lang)
	l := bot.LabelsFor(req.Lang)
	if n > 1 {
		msg.Title = fmt.Sprintf(l.Brief.PageTitle, TopicTitle(br.Topic), start, start+len(br.Stories)-1, l.Window(br.Window))
		msg.Start = start
	}
	msg.Actions = p.b.actions(q, br, n, l)
	return msg, nil
}

// paged is page n of a brief, and the number of its first story; a page
// past the last story has none. The chat remembers the page's stories.
func (p pages) paged(ctx context.Context, req bot.Request, n int, args string) (BriefQuery, Briefing, int, error) {
	q, err := p.b.ParseArgs(args)
	if err != nil {
		return q, Briefing{}, 0, err
	}
	if n*q.Count > maxPaged {
		return q, Briefing{}, 0, briefbot.Errorf(briefbot.EInvalid, "I show the first %d stories of a brief only.", maxPaged)
	}
	br, err := p.b.Brief(ctx, q.Topic, q.Window, n*q.Count)
	if err != nil {
		return q, br, 0, err
	}
	skip := (n - 1) * q.Count
	if n > 1 {
		br.Stories, br.Older, br.Related = br.Stories[min(skip, len(br.Stories)):], nil, nil
		if len(br.Stories) == 0 {
			br.Stories = nil
			return q, br, 0, nil
		}
	}
	if p.mem != nil {
		if err := RememberBriefing(ctx, p.mem, req.Chat, br, p.b.Now()); err != nil {
			p.log.Error("remember brief", "chat", req.Chat.String(), "err", err)
		}
	}
	return q, br, skip + 1, nil
}

// noMore is the answer to a page past a brief's last story.
func noMore(br Briefing, lang string) bot.Message {
	l := bot.LabelsFor(lang)
	return bot.Text(fmt.Sprintf(l.Brief.NoMore, br.Topic, l.Window(br.Window)))
}

// pageArg reads the page number that starts the arguments of /more and
// /sources, and returns the rest.
func pageArg(args string) (int, string, error) {
	first, rest, _ := strings.Cut(strings.TrimSpace(args), " ")
	n, err := strconv.Atoi(first)
	if err != nil || n < 1 || n > maxPaged {
		return 0, "", briefbot.Errorf(briefbot.EInvalid, "Tell me a page and a topic, like /more 2 korea.")
	}
	return n, rest, nil
}

// actions are the buttons under page n of a brief: "More" when the page is
// full and the next one within maxPaged, "Sources" and "Subscribe daily".
// An action whose command would not read back as the same brief (a topic
// ending in what reads as a count, say) is left out.
func (b *Briefer) actions(q BriefQuery, br Briefing, n int, l *bot.Labels) []bot.Action {
	if len(br.Stories) == 0 && len(br.Older) == 0 {
		return nil
	}
	args, ok := b.args(q)
	var out []bot.Action
	if ok && len(br.Stories) >= q.Count && (n+1)*q.Count <= maxPaged {
		out = append(out, bot.Action{Label: l.Brief.More, Command: "/more " + strconv.Itoa(n+1) + " " + args, Replace: true})
	}
	if ok {
		out = append(out, bot.Action{Label: l.Brief.SourcesButton, Command: "/sources " + strconv.Itoa(n) + " " + args})
	}
	if subscribable(q.Topic) {
		out = append(out, bot.Action{Label: l.Brief.SubscribeDaily, Command: "/subscribe " + strings.ToLower(q.Topic)})
	}
	return out
}

// args writes q as /brief reads it, "<topic> [window] [count]", with the
// options only when they are not the defaults; ok is false when it would
// not read back as q.
func (b *Briefer) args(q BriefQuery) (string, bool) {
	args := q.Topic
	if q.Window != b.Window {
		args += " " + windowArg(q.Window)
	}
	if q.Count != b.MaxItems {
		args += " " + strconv.Itoa(q.Count)
	}
	back, err := b.ParseArgs(args)
	return args, err == nil && back == q
}

// windowArg writes a window as /brief reads it: in days when whole, else
// in hours.
func windowArg(d time.Duration) string {
	if d%(24*time.Hour) == 0 {
		return strconv.Itoa(int(d/(24*time.Hour))) + "d"
	}
	return strconv.Itoa(int(d/time.Hour)) + "h"
}

// subscribable reports whether "/subscribe <topic>" reads as the topic and
// nothing else: no word of it reads as a time (07:00), a zone (Asia/Seoul,
// UTC) or notify-empty, and it is not "all", which /unsubscribe reads as
// every digest.
func subscribable(topic string) bool {
	t := strings.ToLower(topic)
	if t == "all" || t == "" {
		return false
	}
	for _, w := range strings.Fields(t) {
		if strings.ContainsAny(w, ":/") || w == "utc" || w == "notify-empty" {
			return false
		}
	}
	return true
}

// SourcesMessage lists, in the language lang, the sources of a page of a
// brief's stories whose first is numbered start: one item a story,
// numbered as on the page, with its headline and its sources. A brief
// with no story is answered as /brief answers it.
func SourcesMessage(br Briefing, start int, lang string) bot.Message {
	stories := br.Stories
	if len(stories) == 0 {
		stories = br.Older
	}
	if len(stories) == 0 {
		return BriefMessage(br, lang)
	}
	l := bot.LabelsFor(lang)
	msg := bot.Message{Title: fmt.Sprintf(l.Brief.SourcesTitle, br.Topic), Start: start, Lang: l.Lang}
	for _, s := range stories {
		it := StoryItem(s, false, l.Lang)
		msg.Items = append(msg.Items, bot.Item{Headline: it.Headline, Sources: it.Sources})
	}
	return msg
}
