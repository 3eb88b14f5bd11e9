package main

import (
	"context"
	"testing"

	"briefbot/bot"
	"briefbot/bot/telegram"
)

// subscribedTopics lists the topics a Telegram chat subscribes to.
func (h *tgHarness) subscribedTopics(t *testing.T, ctx context.Context, chat int64) []string {
	t.Helper()
	subs, err := h.app.store.Subscriptions(ctx, telegram.ChatRef(chat))
	if err != nil {
		t.Fatal(err)
	}
	var topics []string
	for _, s := range subs {
		topics = append(topics, s.Topic)
	}
	return topics
}

func TestTelegramGroupToSupergroupKeepsSubscriptions(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.AddChannel(-5, "g", map[int64]string{9: "administrator"}) // only a group's admins change its digests
	h.fake.Say(-5, "group", 9, "/subscribe korea 10:00 UTC", 0)
	h.fake.Say(-5, "group", 9, "/timezone Asia/Seoul", 0)
	h.step(t, ctx)
	h.sent()
	h.fake.Push(map[string]any{"message": map[string]any{
		"message_id": 50, "date": 0, "chat": map[string]any{"id": -5, "type": "group"},
		"migrate_to_chat_id": -1005,
	}})
	h.step(t, ctx)
	if got := h.subscribedTopics(t, ctx, -1005); len(got) != 1 || got[0] != "korea" {
		t.Errorf("supergroup subscribes to %v, want [korea]", got)
	}
	if got := h.subscribedTopics(t, ctx, -5); len(got) != 0 {
		t.Errorf("old group still subscribes to %v", got)
	}
	if z, err := h.app.store.ChatZone(ctx, telegram.ChatRef(-1005)); err != nil || z != "Asia/Seoul" {
		t.Errorf("supergroup zone %q, %v; want Asia/Seoul", z, err)
	}
	if sent := h.sent(); len(sent) != 0 {
		t.Errorf("the service message got %d replies", len(sent))
	}
}

func TestTelegramSendToUpgradedGroupMovesAndDelivers(t *testing.T) {
	ctx := context.Background()
	h := newTGHarness(t, ctx)
	h.fake.AddChannel(-6, "g6", map[int64]string{9: "administrator"})
	h.fake.Say(-6, "group", 9, "/subscribe korea 10:00 UTC", 0)
	h.step(t, ctx)
	h.sent()
	h.fake.FailMigrated("sendMessage", -1006)
	if _, err := h.sendDigest(ctx, -6, bot.Text("Korea digest")); err != nil {
		t.Fatalf("send to an upgraded group: %v", err)
	}
	sent := h.sent()
	if len(sent) != 2 || sent[1].Form.Get("chat_id") != "-1006" {
		t.Fatalf("sendMessage calls %+v; want the refused one, then one to -1006", sent)
	}
	if got := h.subscribedTopics(t, ctx, -1006); len(got) != 1 || got[0] != "korea" {
		t.Errorf("supergroup subscribes to %v, want [korea]", got)
	}
}
