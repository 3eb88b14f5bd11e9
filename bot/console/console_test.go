package console

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"briefbot"
	"briefbot/bot"
)

type echo struct{ got []bot.Request }

func (e *echo) Handle(_ context.Context, req bot.Request) bot.Message {
	e.got = append(e.got, req)
	return bot.Text("got " + req.Text)
}

func TestRunAnswersEachLine(t *testing.T) {
	var out bytes.Buffer
	h := &echo{}
	c := &Console{In: strings.NewReader("/help\n\n/brief korea\nlast line without newline"), Out: &out}
	if err := c.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if got, want := len(h.got), 3; got != want {
		t.Fatalf("handled %d lines, want %d: %+v", got, want, h.got)
	}
	for _, want := range []string{"got /help", "got /brief korea", "got last line without newline"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if h.got[0].Chat != Chat {
		t.Errorf("chat = %v, want the stable console chat", h.got[0].Chat)
	}
}

func TestLinesAfterAnAnswerFollowUp(t *testing.T) {
	h := &echo{}
	c := &Console{In: strings.NewReader("hello\n/brief korea\nwhat did the Kremlin say?\n"), Out: &bytes.Buffer{}}
	if err := c.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 3 {
		t.Fatalf("handled %d lines, want 3", len(h.got))
	}
	if h.got[0].FollowUp {
		t.Error("the first line, before any answer, was sent as a follow-up")
	}
	if !h.got[2].FollowUp {
		t.Error("a question after the brief was not sent as a follow-up")
	}
}

func TestRunTellsWhileItIsConnected(t *testing.T) {
	var told []bool
	h := &echo{}
	c := &Console{In: strings.NewReader("/help\n"), Out: &bytes.Buffer{}}
	c.OnConnected = func(up bool) {
		if up && len(h.got) > 0 {
			t.Error("told connected after a line was answered")
		}
		told = append(told, up)
	}
	if err := c.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if len(told) != 2 || !told[0] || told[1] || len(h.got) != 1 {
		t.Errorf("told %v around %d answers; want true, then false at the end of input", told, len(h.got))
	}
}

func TestRunCutsHugeLines(t *testing.T) {
	huge := strings.Repeat("x", 1<<20)
	h := &echo{}
	c := &Console{In: strings.NewReader(huge + "\n/help\n"), Out: &bytes.Buffer{}}
	if err := c.Run(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if len(h.got) != 2 || len(h.got[0].Text) != maxLine || h.got[1].Text != "/help" {
		t.Errorf("got %d requests; first %d bytes", len(h.got), len(h.got[0].Text))
	}
}

func TestRenderBrief(t *testing.T) {
	msg := bot.Message{Title: "Korea: 1 story", Items: []bot.Item{{
		Headline: "Ministers meet in New York",
		Summary:  briefbot.Summary{Summary: "They agreed.", Who: []string{"Park Jin"}, Where: []string{"New York"}, When: "2023-09-22"},
		Sources:  []bot.Source{{Name: "Wire", URL: "https://example.com/a"}},
		Seen:     time.Date(2023, 9, 23, 0, 0, 0, 0, time.UTC),
		Dated:    true,
	}}}
	var out bytes.Buffer
	if err := Render(&out, msg); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Korea: 1 story", "1. Ministers meet in New York (23 Sep 2023)", "Who: Park Jin · Where: New York · When: 2023-09-22", "Source: Wire — https://example.com/a"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("render lacks %q:\n%s", want, out.String())
		}
	}
}
