package telegram_test

import (
	"strings"
	"testing"

	"briefbot/bot/telegram/telegramtest"
)

// The menu lists the chat's commands; a brief has its buttons, each press
// is answered and acted on, and a reply to the brief is a follow-up
// question, answered as a reply.
func TestBriefButtonsAndFollowUp(t *testing.T) {
	h := newHarness(t)
	h.bot.SetCommands(t.Context(), h.handler)
	set := h.fake.Took("setMyCommands")
	if len(set) != 2 {
		t.Fatalf("setMyCommands called %d times, want 2: the default menu and the French one", len(set))
	}
	if fr := set[1].Form.Get("commands"); !strings.Contains(fr, `"command":"language","description":"la langue de cette discussion`) {
		t.Errorf("the French menu lacks /language in French: %s", fr)
	}
	menu := set[0].Form.Get("commands")
	for _, want := range []string{`"brief"`, `"ask"`, `"subscribe"`, `"unsubscribe"`, `"subscriptions"`, `"timezone"`, `"digest"`, `"help"`} {
		if !strings.Contains(menu, want) {
			t.Errorf("menu lacks %s: %s", want, menu)
		}
	}
	for _, unwanted := range []string{`"feeds"`, `"sources"`, `"start"`} {
		if strings.Contains(menu, unwanted) {
			t.Errorf("menu has %s, which is for admins or buttons: %s", unwanted, menu)
		}
	}

	h.fake.Say(42, "private", botAdmin, "/brief korea", 0)
	h.step(t)
	polls := h.fake.Took("getUpdates")
	if f := polls[0].Form; f.Get("offset") != "" || f.Get("timeout") != "30" {
		t.Errorf("getUpdates offset %q timeout %q", f.Get("offset"), f.Get("timeout"))
	}
	brief := h.sent()
	if len(brief) != 1 {
		t.Fatalf("%d messages for /brief korea, want 1", len(brief))
	}
	f := brief[0].Form
	for _, want := range []string{"<b>Korea: ", "<b>1. "} {
		if !strings.Contains(f.Get("text"), want) {
			t.Errorf("brief lacks %q:\n%s", want, f.Get("text"))
		}
	}
	if f.Get("parse_mode") != "HTML" || f.Get("disable_web_page_preview") != "true" {
		t.Errorf("parse_mode %q, preview off %q", f.Get("parse_mode"), f.Get("disable_web_page_preview"))
	}
	if got := labels(brief[0]); got != "More,Sources,Subscribe daily" {
		t.Errorf("buttons %s, want More,Sources,Subscribe daily", got)
	}

	// Each button press is answered, then acted on; More shows the next
	// page in place of the brief.
	id := brief[0].MessageID
	for _, label := range []string{"Subscribe daily", "More", "Sources"} {
		h.fake.Press(42, id, botAdmin, button(t, brief[0], label))
	}
	h.step(t)
	if polls := h.fake.Took("getUpdates"); polls[0].Form.Get("offset") != "1001" {
		t.Errorf("second getUpdates offset %q, want 1001", polls[0].Form.Get("offset"))
	}
	if n := len(h.fake.Took("answerCallbackQuery")); n != 3 {
		t.Errorf("%d presses answered, want 3", n)
	}
	var texts []string
	for _, c := range h.sent() {
		texts = append(texts, c.Form.Get("text"))
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{"Subscribed to korea", "<b>Sources: korea</b>", "<b>1. ", "<a href="} {
		if !strings.Contains(all, want) {
			t.Errorf("button replies lack %q:\n%s", want, all)
		}
	}
	edits := h.fake.Took("editMessageText")
	if len(edits) != 1 || edits[0].MessageID != id || !strings.Contains(edits[0].Form.Get("text"), "<b>6. ") {
		t.Fatalf("More: edits %+v, want the brief edited in place with more stories", edits)
	}
	if got := labels(edits[0]); !strings.HasSuffix(got, "Sources,Subscribe daily") {
		t.Errorf("the longer brief's buttons %s", got)
	}

	// A reply to the brief is a follow-up question, answered as a reply.
	h.fake.Say(42, "private", botAdmin, "who chairs the consortium?", id)
	h.step(t)
	ans := h.sent()
	if len(ans) != 1 || ans[0].Form.Get("reply_to_message_id") == "" || !strings.Contains(ans[0].Form.Get("text"), "[1] “") {
		t.Errorf("follow-up answer: %+v", ans)
	}
	if strings.Contains(h.logs.String(), telegramtest.Token) {
		t.Error("the token reached the log")
	}
}
