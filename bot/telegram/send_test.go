package telegram_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"briefbot"
	"briefbot/bot"
	"briefbot/bot/telegram"
	"briefbot/bot/telegram/telegramtest"
)

// parts records what Send reports of each part, from a first part.
type parts struct {
	from int
	sent []int
}

func (p *parts) From() int                               { return p.from }
func (p *parts) Sending(context.Context, int, int) error { return nil }
func (p *parts) Sent(_ context.Context, part int) error  { p.sent = append(p.sent, part); return nil }

// longMessage renders as several parts.
func longMessage(t *testing.T) (bot.Message, []string) {
	t.Helper()
	long := bot.Message{Title: "Your Korea digest", Actions: []bot.Action{{Label: "Unsubscribe", Command: "/unsubscribe korea"}}}
	for i := range 30 {
		long.Lines = append(long.Lines, fmt.Sprintf("Paragraph %d: %s", i, strings.Repeat("news ", 60)))
	}
	rendered := telegram.Render(long)
	if len(rendered) < 3 {
		t.Fatalf("the message renders as %d parts, want 3 or more", len(rendered))
	}
	return long, rendered
}

func TestSendGoesPartByPartFromWhereItStopped(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	long, rendered := longMessage(t)
	fake.Fail("sendMessage", 500, 0, "Internal Server Error") // the first try of part 2 ...
	tr := &parts{from: 1}                                     // ... part 1 went before
	err := b.Send(context.Background(), telegram.ChatRef(42), long, tr)
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed || se.Part != 1 || len(tr.sent) != 0 {
		t.Fatalf("part 2 refused: %v (sent %v), want a failure of part index 1", err, tr.sent)
	}
	tr = &parts{from: 1}
	if err := b.Send(context.Background(), telegram.ChatRef(42), long, tr); err != nil {
		t.Fatal(err)
	}
	sent := fake.Took("sendMessage")
	if len(sent) != len(rendered) { // the refused try, then parts 2.. once each
		t.Fatalf("%d sendMessage calls, want %d", len(sent), len(rendered))
	}
	for i, c := range sent[1:] {
		if got, want := c.Form.Get("text"), rendered[i+1]; got != want {
			t.Errorf("call %d sent part %.30q…, want part %d", i+2, got, i+2)
		}
		if last := i+2 == len(rendered); (len(c.Buttons()) > 0) != last {
			t.Errorf("part %d has buttons %v; want them under the last part only", i+2, c.Buttons())
		}
	}
	if want := len(rendered) - 1; len(tr.sent) != want || tr.sent[0] != 1 {
		t.Errorf("parts reported sent %v, want 1..%d", tr.sent, want)
	}
}

func TestSendToAnUnreachableBotAPISurelyFailed(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	fake.Close()
	err := b.Send(context.Background(), telegram.ChatRef(42), bot.Text("hello"), &parts{})
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed {
		t.Errorf("connection refused: %v, want failed (never written)", err)
	}
	if strings.Contains(err.Error(), telegramtest.Token) {
		t.Errorf("the error holds the token: %v", err)
	}
}

func TestSendRefusesAnotherPlatformsChat(t *testing.T) {
	fake := telegramtest.New(t)
	b := connect(t, fake, telegram.Options{})
	err := b.Send(context.Background(), briefbot.ChatRef{Platform: "console", ID: "local"}, bot.Text("hello"), &parts{})
	var se *bot.SendError
	if !errors.As(err, &se) || se.Kind != bot.SendFailed || len(fake.Took("sendMessage")) != 0 {
		t.Errorf("a console chat: %v, want failed without a call", err)
	}
}
