package telegram_test

import (
	"html"
	"slices"
	"strings"
	"testing"
	"time"

	"briefbot/digest"
)

// In a group only its administrators change its digests, as getChatMember
// says, asked once in a while; anyone briefs and reads them. A channel's
// own post is the channel's, an administrator's.
func TestGroupDigestsNeedAnAdmin(t *testing.T) {
	h := newHarness(t)
	notAdmin := html.EscapeString(digest.NotChatAdmin) // as the HTML parse mode is sent
	const group = -300
	const admin, member, creator = 10, 11, 12
	h.fake.AddChannel(group, "newsroom", map[int64]string{admin: "administrator", member: "member", creator: "creator"})

	h.fake.Say(group, "supergroup", admin, "/subscribe korea 07:00 UTC", 0)
	h.fake.Say(group, "supergroup", admin, "/timezone Asia/Seoul", 0)
	if got := h.replies(t); len(got) != 2 || !strings.Contains(got[0], "Subscribed to korea") || !strings.Contains(got[1], "now Asia/Seoul") {
		t.Fatalf("the admin's changes: %q", got)
	}
	if n := len(h.fake.Took("getChatMember")); n != 1 {
		t.Errorf("%d getChatMember calls for the admin's two changes, want 1 (remembered)", n)
	}

	h.fake.Say(group, "supergroup", member, "/brief korea", 0) // anyone may brief, and press its buttons
	h.step(t)
	brief := h.sent()
	if len(brief) != 1 {
		t.Fatalf("%d replies to the member's brief, want 1", len(brief))
	}
	h.fake.Say(group, "supergroup", member, "/unsubscribe all", 0)
	h.fake.Say(group, "supergroup", member, "/subscribe chile", 0)
	h.fake.Say(group, "supergroup", member, "/timezone Europe/Paris", 0)
	h.fake.PressIn(group, "supergroup", brief[0].MessageID, member, button(t, brief[0], "Subscribe daily"))
	got := h.replies(t)
	if len(got) != 4 {
		t.Fatalf("member's changes answered %q, want four refusals", got)
	}
	for _, s := range got {
		if s != notAdmin {
			t.Errorf("member's change answered %q, want %q", s, notAdmin)
		}
	}
	if topics := h.subscribedTopics(t, group); !slices.Equal(topics, []string{"korea"}) || h.zone(t, group) != "Asia/Seoul" {
		t.Errorf("after the member's changes: topics %v, zone %q; want them untouched", topics, h.zone(t, group))
	}
	if n := len(h.fake.Took("getChatMember")); n != 1 {
		t.Errorf("%d getChatMember calls for the member's four changes, want 1 (remembered)", n)
	}

	h.fake.Say(group, "supergroup", member, "/brief korea", 0)
	h.fake.Say(group, "supergroup", member, "/subscriptions", 0)
	h.fake.Say(group, "supergroup", member, "/digest korea", 0)
	h.fake.Say(group, "supergroup", member, "/timezone", 0)
	got = h.replies(t)
	if len(got) != 4 || !strings.Contains(got[0], "<b>Korea: ") || !strings.Contains(got[1], "1 daily digest") || !strings.Contains(got[3], "Asia/Seoul") {
		t.Errorf("anyone's reads: %q", got)
	}
	if n := len(h.fake.Took("getChatMember")); n != 0 {
		t.Errorf("%d getChatMember calls for /brief, /subscriptions, /digest and /timezone; want none", n)
	}

	h.clock.Add(6 * time.Minute) // past what is remembered
	h.fake.Say(group, "supergroup", member, "/unsubscribe korea", 0)
	h.fake.Say(group, "supergroup", creator, "/unsubscribe all", 0)
	got = h.replies(t)
	if len(got) != 2 || got[0] != notAdmin || !strings.Contains(got[1], "Stopped all 1") {
		t.Errorf("after six minutes: %q", got)
	}
	if n := len(h.fake.Took("getChatMember")); n != 2 {
		t.Errorf("%d getChatMember calls, want the member asked again and the creator", n)
	}
	if topics := h.subscribedTopics(t, group); len(topics) != 0 {
		t.Errorf("the creator's /unsubscribe all left %v", topics)
	}

	// A channel's own post is the channel's, an administrator's.
	h.fake.ChannelPost(-400, "/subscribe korea 07:00")
	if got := h.replies(t); len(got) != 1 || !strings.Contains(got[0], "Subscribed to korea") {
		t.Errorf("channel post: %q", got)
	}
	if n := len(h.fake.Took("getChatMember")); n != 0 {
		t.Errorf("%d getChatMember calls for a channel's post", n)
	}
}
