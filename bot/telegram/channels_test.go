package telegram_test

import (
	"strings"
	"testing"

	"briefbot/bot/telegram/telegramtest"
)

// "/subscribe @channel topic" in a private chat subscribes the channel,
// when the sender administers it and the bot may post there.
func TestSubscribeChannelFromPrivateChat(t *testing.T) {
	h := newHarness(t)
	const channel = -1001234567
	h.fake.AddChannel(channel, "koreanews", map[int64]string{9: "administrator", 11: "member", telegramtest.BotID: "administrator"})
	h.fake.AddChannel(-1007654321, "mutedbot", map[int64]string{9: "creator", telegramtest.BotID: "member"})
	for _, tc := range []struct {
		name   string
		user   int64
		text   string
		reply  string
		topics int
	}{
		{"not an admin", 11, "/subscribe @koreanews korea 07:00", "Only an administrator", 0},
		{"unknown channel", 9, "/subscribe @nosuchchannel korea", "find the channel @nosuchchannel", 0},
		{"bot may not post", 9, "/subscribe @mutedbot korea", "post in @mutedbot", 0},
		{"admin by name", 9, "/subscribe @koreanews korea 07:00", "For the channel @koreanews", 1},
		{"admin by id", 9, "/subscribe -1001234567 chile 08:00 UTC", "For the channel @koreanews", 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h.fake.Say(tc.user, "private", tc.user, tc.text, 0)
			h.step(t)
			sent := h.sent()
			if len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), tc.reply) {
				t.Fatalf("replies %+v, want one with %q", sent, tc.reply)
			}
			if got := h.subscribedTopics(t, channel); len(got) != tc.topics {
				t.Errorf("channel subscribes to %v, want %d topics", got, tc.topics)
			}
		})
	}
	if got := h.subscribedTopics(t, 9); len(got) != 0 {
		t.Errorf("the private chat subscribed to %v itself", got)
	}
}
