package telegram_test

import (
	"context"
	"net/http"
	"net/url"
	"strconv"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/platformtest"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
)

func TestPlatform(t *testing.T) {
	platformtest.Run(t, func(t *testing.T, h bot.Handler) platformtest.Driver {
		return newDriver(t, h)
	})
}

// driver drives the adapter over the fake Bot API: what is said is queued
// as updates, and Replies has the bot read and answer them.
type driver struct {
	t    *testing.T
	h    bot.Handler
	fake *telegramtest.Fake
	bot  *telegram.Bot
	last map[string]telegramtest.Call // by chat: the bot's latest message there
}

func newDriver(t *testing.T, h bot.Handler) *driver {
	fake := telegramtest.New(t)
	return &driver{t: t, h: h, fake: fake, bot: connect(t, fake, telegram.Options{}), last: map[string]telegramtest.Call{}}
}

// connect makes a bot over the fake with the options o and connects it;
// it never waits for real time.
func connect(t *testing.T, fake *telegramtest.Fake, o telegram.Options) *telegram.Bot {
	t.Helper()
	ctx := context.Background()
	o.Token, o.Endpoint, o.Client = telegramtest.Token, fake.Endpoint(), fake.Client()
	if o.Sleep == nil {
		o.Sleep = func(context.Context, time.Duration) error { return nil }
	}
	b, err := telegram.New(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Connect(ctx); err != nil {
		t.Fatal(err)
	}
	return b
}

func id(t *testing.T, s string) int64 {
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (d *driver) Caps() platformtest.Caps {
	return platformtest.Caps{Buttons: true, FollowUps: true, Network: true}
}

func (d *driver) Platform() bot.Platform { return d.bot }

func (d *driver) Chat(chat string) briefbot.ChatRef { return telegram.ChatRef(id(d.t, chat)) }

func (d *driver) Say(user, chat, text string) {
	d.fake.Say(id(d.t, chat), "private", id(d.t, user), text, 0)
}

func (d *driver) ReplyTo(user, chat, text string) {
	d.fake.Say(id(d.t, chat), "private", id(d.t, user), text, d.last[chat].MessageID)
}

func (d *driver) Press(user, chat string, a bot.Action) {
	for _, b := range d.last[chat].Buttons() {
		if b.Text == a.Label {
			d.fake.Press(id(d.t, chat), d.last[chat].MessageID, id(d.t, user), b.Data)
			return
		}
	}
	d.t.Fatalf("no button %q under the latest message in chat %s", a.Label, chat)
}

func (d *driver) Replies() []platformtest.Reply {
	if err := d.bot.Step(context.Background(), d.h); err != nil {
		d.t.Fatal(err)
	}
	d.fake.Took("getUpdates", "answerCallbackQuery")
	var out []platformtest.Reply
	for _, c := range d.fake.Took("sendMessage", "editMessageText") {
		if c.Code != 0 || c.MessageID == 0 {
			continue // refused, or its answer lost
		}
		chat := c.Form.Get("chat_id")
		d.last[chat] = c
		r := platformtest.Reply{Chat: chat, Text: c.Text(), Edit: c.Method == "editMessageText"}
		for _, b := range c.Buttons() {
			r.Buttons = append(r.Buttons, b.Text)
		}
		out = append(out, r)
	}
	return out
}

func (d *driver) Fail(kind string, wait time.Duration) {
	switch kind {
	case bot.RetryLater:
		d.fake.Fail("sendMessage", 429, int(wait/time.Second), "Too Many Requests: retry after "+strconv.Itoa(int(wait/time.Second)))
	case bot.ChatGone:
		d.fake.Fail("sendMessage", 403, 0, "Forbidden: bot was blocked by the user")
	case bot.SendFailed:
		d.fake.Fail("sendMessage", 400, 0, "Bad Request: message text is empty")
	case bot.Unknown:
		var once sync.Once
		d.fake.SetIntercept(func(w http.ResponseWriter, r *http.Request, method string, form url.Values) bool {
			dropped := false
			if method == "sendMessage" {
				once.Do(func() { dropped = telegramtest.DropAfterRecording(w, r, method, form) })
			}
			return dropped
		})
	default:
		d.t.Fatalf("no such failure: %s", kind)
	}
}
