package brief

import (
	"context"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"briefbot"
	"briefbot/bot"
)

// MaxItemsAsked is the most stories one /brief may ask for.
const MaxItemsAsked = 20

// Commands are the brief feature's chat commands: /brief. When mem is not
// nil, the chat remembers the stories of each brief for follow-up
// questions; a failure to remember is logged to log, and the brief still
// goes.
func Commands(b *Briefer, mem briefbot.MemoryStore, log *slog.Logger) []bot.Command {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return []bot.Command{{
		Name: "brief",
		Args: "<topic> [window] [count]",
		Help: "top stories on a topic, e.g. /brief korea, /brief climate 3d, /brief japan 10",
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			msg, br, err := b.run(ctx, args)
			if err == nil && mem != nil {
				if err := RememberBriefing(ctx, mem, req.Chat, br, b.Now()); err != nil {
					log.Error("remember brief", "chat", req.Chat.String(), "err", err)
				}
			}
			return msg, err
		},
	}}
}

// Run answers "/brief <args>".
func (b *Briefer) Run(ctx context.Context, args string) (bot.Message, error) {
	msg, _, err := b.run(ctx, args)
	return msg, err
}

func (b *Briefer) run(ctx context.Context, args string) (bot.Message, Briefing, error) {
	q, err := b.ParseArgs(args)
	if err != nil {
		return bot.Message{}, Briefing{}, err
	}
	br, err := b.Brief(ctx, q.Topic, q.Window, q.Count)
	if err != nil {
		return bot.Message{}, Briefing{}, err
	}
	return BriefMessage(br), br, nil
}

// BriefQuery is what a /brief asks for.
type BriefQuery struct {
	Topic  string
	Window time.Duration
	Count  int
}

// ParseArgs reads "<topic> [window] [count]": trailing words that read as a
// window (3d, 36h, 2w) or a count (10) are options; the rest is the topic.
func (b *Briefer) ParseArgs(args string) (BriefQuery, error) {
	q := BriefQuery{Window: b.Window, Count: b.MaxItems}
	fields := strings.Fields(args)
	for len(fields) > 1 {
		last := fields[len(fields)-1]
		if n, err := strconv.Atoi(last); err == nil {
			if n < 1 || n > MaxItemsAsked {
				return q, briefbot.Errorf(briefbot.EInvalid, "I can show 1 to %d stories; %d is out of range.", MaxItemsAsked, n)
			}
			q.Count = n
		} else if w, err := briefbot.ParseWindow(last); err == nil {
			q.Window = w
		} else {
			break
		}
		fields = fields[:len(fields)-1]
	}
	q.Topic = strings.Join(fields, " ")
	if strings.TrimSpace(q.Topic) == "" {
		return q, briefbot.Errorf(briefbot.EInvalid, "Tell me a topic, like /brief korea or /brief climate 3d.")
	}
	return q, nil
}
