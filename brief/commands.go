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
	"briefbot/internal/chatargs"
)

// MaxItemsAsked is the most stories one /brief may ask for.
const MaxItemsAsked = 20

// Commands are the brief feature's chat commands: /brief, and the /more
// and /sources that the buttons under a brief run (see pages). When mem is
// not nil, the chat remembers the stories it was shown for follow-up
// questions; a failure to remember is logged to log, and the brief still
// goes.
func Commands(b *Briefer, mem briefbot.MemoryStore, log *slog.Logger) []bot.Command {
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	p := pages{b: b, mem: mem, log: log}
	return []bot.Command{{
		Name:    "brief",
		Args:    "<topic> [window] [count]",
		Help:    "top stories on a topic, e.g. /brief korea, /brief climate 3d, /brief japan 10",
		Options: b.options(),
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			return p.page(ctx, req, 1, args)
		},
	}, p.moreCommand(), p.sourcesCommand()}
}

// Run answers "/brief <args>" as a chat that reads bot.DefaultLang.
func (b *Briefer) Run(ctx context.Context, args string) (bot.Message, error) {
	_, br, err := b.run(ctx, args)
	if err != nil {
		return bot.Message{}, err
	}
	return BriefMessage(br, bot.DefaultLang), nil
}

func (b *Briefer) run(ctx context.Context, args string) (BriefQuery, Briefing, error) {
	q, err := b.ParseArgs(args)
	if err != nil {
		return q, Briefing{}, err
	}
	br, err := b.Brief(ctx, q.Topic, q.Window, q.Count)
	return q, br, err
}

// BriefQuery is what a /brief asks for.
type BriefQuery struct {
	Topic  string
	Window time.Duration
	Count  int
}

// ParseArgs reads "<topic> [window] [count]" by the rule of chatargs:
// options come after the topic, read from the end while words look like
// one. For /brief a count is a number (1 to MaxItemsAsked), a window is
// digits and a unit (3d, 36h, 2w; 400d and 3days look like one too, and
// are refused by name), and a word that starts with "/" is another
// command. So words inside a topic are never options ("2026 election",
// "g7 summit"), while a number that ends one is: "covid 19" asks for 19
// stories on covid, and /brief "covid 19" for the phrase. A word that
// looks like an option but is not a valid one, a second count or window,
// and a message with only options are errors that name the word and say
// what would work. The topic is as typed, only trimmed.
func (b *Briefer) ParseArgs(args string) (BriefQuery, error) {
	q := BriefQuery{Window: b.Window, Count: b.MaxItems}
	topic, opts := chatargs.Split(args, briefOption)
	var window, count string // as written, to name a second one
	for _, w := range opts {
		switch {
		case strings.HasPrefix(w, "/"):
			return q, briefbot.Errorf(briefbot.EInvalid, "%s is a command of its own; send it alone.", chatargs.Quote(w))
		case isNumber(w):
			if count != "" {
				return q, briefbot.Errorf(briefbot.EInvalid, "Give one count of stories; I read %s and %s.", count, w)
			}
			n, err := strconv.Atoi(w)
			if err != nil || n < 1 || n > MaxItemsAsked {
				return q, countError(topic, w, n)
			}
			q.Count, count = n, w
		default:
			if window != "" {
				return q, briefbot.Errorf(briefbot.EInvalid, "Give one window; I read %s and %s.", window, w)
			}
			d, err := briefbot.ParseWindow(w)
			if err != nil {
				return q, err
			}
			q.Window, window = d, w
		}
	}
	return q, q.setTopic(topic, opts)
}

// setTopic checks the topic and sets it.
func (q *BriefQuery) setTopic(topic string, opts []string) error {
	fields := strings.Fields(topic)
	switch {
	case len(fields) == 0 && len(opts) == 0:
		return briefbot.Errorf(briefbot.EInvalid, "Tell me a topic, like /brief korea or /brief climate 3d.")
	case len(fields) == 0:
		o := strings.Join(opts, " ")
		return briefbot.Errorf(briefbot.EInvalid, "Tell me a topic before %s, like /brief korea %s; to brief on %s itself, put it in quotes: /brief \"%s\".", chatargs.Quote(o), o, chatargs.Quote(o), o)
	case len(fields) >= 2:
		if d, ok := briefbot.SuggestWindow(strings.Join(fields[len(fields)-2:], " ")); ok && isNumber(fields[len(fields)-2]) {
			return briefbot.Errorf(briefbot.EInvalid, "%s is not a window; write it %s, like /brief korea %s.", chatargs.Quote(strings.Join(fields[len(fields)-2:], " ")), d, d)
		}
	}
	q.Topic = topic
	return nil
}

// countError says that w, read as a count, is not one; when it may end a
// topic (2026, 737), it says how to keep it in the topic.
func countError(topic, w string, n int) error {
	msg := fmt.Sprintf("I can show 1 to %d stories; %s is out of range.", MaxItemsAsked, w)
	if n > MaxItemsAsked || n == 0 && len(w) > 2 {
		msg += fmt.Sprintf(" For a topic that ends in a number, put it in quotes: /brief \"%s\".", strings.TrimSpace(topic+" "+w))
	}
	return briefbot.Errorf(briefbot.EInvalid, "%s", msg)
}

// briefOption reports whether a word after a /brief's topic looks like one
// of its options, right or wrong.
func briefOption(w string) bool {
	return isNumber(w) || briefbot.LooksLikeWindow(w) || strings.HasPrefix(w, "/")
}

// isNumber reports whether w is digits, after at most one sign.
func isNumber(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "-"), "+")
	return w != "" && strings.Trim(w, "0123456789") == ""
}
