package telegram_test

import (
	"slices"
	"testing"

	"briefbot/bot"
	"briefbot/bot/telegram"
)

// A group's subscriptions and zone, set by its administrator, move with
// it when it becomes a supergroup, and the service message gets no reply.
func TestGroupToSupergroupKeepsSubscriptions(t *testing.T) {
	h := newHarness(t)
	h.fake.AddChannel(-5, "oldgroup", map[int64]string{9: "administrator"}) // only a group's admins change its digests
	h.fake.Say(-5, "group", 9, "/subscribe korea 10:00 UTC", 0)
	h.fake.Say(-5, "group", 9, "/timezone Asia/Seoul", 0)
	h.step(t)
	h.sent()
	h.fake.Push(map[string]any{"message": map[string]any{
		"message_id": 50, "date": 0, "chat": map[string]any{"id": -5, "type": "group"},
		"migrate_to_chat_id": -1005,
	}})
	h.step(t)
	if got := h.subscribedTopics(t, -1005); !slices.Equal(got, []string{"korea"}) {
		t.Errorf("supergroup subscribes to %v, want [korea]", got)
	}
	if got := h.subscribedTopics(t, -5); len(got) != 0 {
		t.Errorf("old group still subscribes to %v", got)
	}
	if z, err := h.store.ChatZone(t.Context(), telegram.ChatRef(-1005)); err != nil || z != "Asia/Seoul" {
		t.Errorf("supergroup zone %q, %v; want Asia/Seoul", z, err)
	}
	if sent := h.sent(); len(sent) != 0 {
		t.Errorf("the service message got %d replies", len(sent))
	}
}

// A send refused because the group became a supergroup moves the group's
// subscriptions there and is sent there.
func TestSendToUpgradedGroupMovesAndDelivers(t *testing.T) {
	h := newHarness(t)
	h.fake.AddChannel(-6, "g6", map[int64]string{9: "administrator"})
	h.fake.Say(-6, "group", 9, "/subscribe korea 10:00 UTC", 0)
	h.step(t)
	h.sent()
	h.fake.FailMigrated("sendMessage", -1006)
	if err := h.bot.Send(t.Context(), telegram.ChatRef(-6), bot.Text("Korea digest"), &parts{}); err != nil {
		t.Fatalf("send to an upgraded group: %v", err)
	}
	sent := h.sent()
	if len(sent) != 2 || sent[1].Form.Get("chat_id") != "-1006" {
		t.Fatalf("sendMessage calls %+v; want the refused one, then one to -1006", sent)
	}
	if got := h.subscribedTopics(t, -1006); len(got) != 1 || got[0] != "korea" {
		t.Errorf("supergroup subscribes to %v, want [korea]", got)
	}
}
