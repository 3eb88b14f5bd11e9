package telegram_test

import (
	"strings"
	"testing"
	"time"
)

// Each user has perMinute briefs a minute, in every chat, button presses
// included; the one over the limit is told to slow down, and no reply
// waits for it.
func TestBriefLimitPerUser(t *testing.T) {
	h := newHarness(t)
	for range 22 {
		h.fake.Say(5, "private", 5, "/brief korea", 0)
	}
	h.step(t)
	briefs := h.sent()
	var texts []string
	for _, c := range briefs {
		texts = append(texts, c.Form.Get("text"))
	}
	if len(texts) != 21 {
		t.Fatalf("%d replies to 22 briefs, want 20 briefs and one slow-down", len(texts))
	}
	for i, s := range texts[:20] {
		if !strings.Contains(s, "<b>Korea: ") {
			t.Fatalf("reply %d is no brief: %s", i+1, s)
		}
	}
	if !strings.Contains(texts[20], "Slow down") || !strings.Contains(texts[20], "Try again in 60 s") {
		t.Errorf("21st reply %q, want a slow-down with the wait", texts[20])
	}

	// The limit is the user's, in every chat; another user is not limited.
	h.clock.Add(30 * time.Second)
	h.fake.Say(-300, "supergroup", 5, "/brief korea", 0)
	h.fake.Say(-300, "supergroup", 6, "/brief korea", 0)
	h.fake.Press(5, briefs[0].MessageID, 5, button(t, briefs[0], "More"))
	h.step(t)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") || sent[0].Form.Get("chat_id") != "-300" {
		t.Errorf("replies %v; want only the other user's brief", chatsOf(sent))
	}
	if edits := h.fake.Took("editMessageText"); len(edits) != 0 {
		t.Errorf("More over the limit edited the brief: %v", edits)
	}

	h.clock.Add(30 * time.Second)
	h.fake.Say(5, "private", 5, "/brief korea", 0)
	h.step(t)
	if sent := h.sent(); len(sent) != 1 || !strings.Contains(sent[0].Form.Get("text"), "<b>Korea: ") {
		t.Errorf("a minute later: %d replies, want the brief", len(sent))
	}
	if len(h.waits.list()) != 0 {
		t.Errorf("waited %v", h.waits.list())
	}
}
