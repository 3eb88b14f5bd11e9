package console

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/platformtest"
)

func TestPlatform(t *testing.T) {
	platformtest.Run(t, func(t *testing.T, h bot.Handler) platformtest.Driver {
		d := &driver{t: t, h: h}
		d.c = &Console{Out: &d.out}
		return d
	})
}

// driver drives the console: each line said is one run of the console
// over that line, and each write to its output one reply.
type driver struct {
	t   *testing.T
	h   bot.Handler
	c   *Console
	out writes
}

// writes records each write as one piece.
type writes struct {
	mu     sync.Mutex
	pieces []string
}

func (w *writes) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pieces = append(w.pieces, string(p))
	return len(p), nil
}

func (d *driver) Caps() platformtest.Caps               { return platformtest.Caps{FollowUps: true} }
func (d *driver) Platform() bot.Platform                { return d.c }
func (d *driver) Chat(string) briefbot.ChatRef          { return Chat }
func (d *driver) Press(user, chat string, a bot.Action) { d.Say(user, chat, a.Command) }

func (d *driver) Say(_, _, text string) {
	d.c.In = strings.NewReader(text + "\n")
	if err := d.c.Run(context.Background(), d.h); err != nil {
		d.t.Fatal(err)
	}
}

func (d *driver) Replies() []platformtest.Reply {
	d.out.mu.Lock()
	defer d.out.mu.Unlock()
	var out []platformtest.Reply
	for _, p := range d.out.pieces {
		out = append(out, platformtest.Reply{Chat: Chat.ID, Text: p})
	}
	d.out.pieces = nil
	return out
}

// ReplyTo says text: on the console every line after the bot's answer
// follows up on it.
func (d *driver) ReplyTo(user, chat, text string) { d.Say(user, chat, text) }
func (d *driver) Fail(string, time.Duration)      { d.t.Fatal("the console sends over no network") }
