package telegram

import (
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// lookupAPI is fakeAPI that answers getChatMember from statuses, counts
// the lookups, and serves one batch of updates.
type lookupAPI struct {
	fakeAPI
	statuses map[int64]string // by user
	members  int              // getChatMember calls
	chats    int              // getChat calls
	batch    []tgbotapi.Update
	polled   []tgbotapi.UpdateConfig
}

func (a *lookupAPI) GetChatMember(c tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error) {
	a.members++
	return tgbotapi.ChatMember{Status: a.statuses[c.UserID]}, nil
}

func (a *lookupAPI) GetChat(tgbotapi.ChatInfoConfig) (tgbotapi.Chat, error) {
	a.chats++
	return tgbotapi.Chat{}, nil
}

func (a *lookupAPI) GetUpdates(c tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) {
	a.polled = append(a.polled, c)
	return a.batch, nil
}

// adminProbe answers each command with whether the core may change the
// chat: it asks the request's ChatAdmin for /subscribe only.
type adminProbe struct{ got []string }

func (h *adminProbe) Handle(ctx context.Context, req bot.Request) bot.Message {
	h.got = append(h.got, req.Text)
	if !strings.HasPrefix(req.Text, "/subscribe") || !req.Shared {
		return bot.Text("ok")
	}
	if req.ChatAdmin == nil {
		return bot.Text("refused")
	}
	if ok, err := req.ChatAdmin(ctx); err != nil || !ok {
		return bot.Text("refused")
	}
	return bot.Text("ok")
}

func groupMessage(chat int64, from *tgbotapi.User, senderChat *tgbotapi.Chat, text string) tgbotapi.Update {
	return tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 3, Text: text, From: from, SenderChat: senderChat,
		Chat: &tgbotapi.Chat{ID: chat, Type: "supergroup"}}}
}

func sentTexts(api *fakeAPI) []string {
	var out []string
	for _, c := range api.sent {
		out = append(out, c.(tgbotapi.MessageConfig).Text)
	}
	return out
}

func TestGroupAdminIsAskedLazilyAndRemembered(t *testing.T) {
	now := time.Date(2026, 3, 10, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	api := &lookupAPI{statuses: map[int64]string{10: "administrator", 11: "member", 12: "creator"}}
	h := &adminProbe{}
	b := &Bot{api: api, log: slog.New(slog.DiscardHandler), admins: map[int64]bool{},
		members: newMemberCache(clock), self: tgbotapi.User{ID: 99, UserName: "TheBot"}}
	ask := func(u tgbotapi.Update) string {
		api.sent = nil
		b.handle(context.Background(), h, u)
		return strings.Join(sentTexts(&api.fakeAPI), "|")
	}
	user := func(id int64) *tgbotapi.User { return &tgbotapi.User{ID: id} }
	group := &tgbotapi.Chat{ID: -300, Type: "supergroup"}
	steps := []struct {
		name    string
		update  tgbotapi.Update
		reply   string
		lookups int
	}{
		{"a brief asks nothing", groupMessage(-300, user(11), nil, "/brief korea"), "ok", 0},
		{"a member's change", groupMessage(-300, user(11), nil, "/subscribe korea"), "refused", 1},
		{"remembered", groupMessage(-300, user(11), nil, "/subscribe japan"), "refused", 1},
		{"an admin's change", groupMessage(-300, user(10), nil, "/subscribe korea"), "ok", 2},
		{"the creator's", groupMessage(-300, user(12), nil, "/subscribe korea"), "ok", 3},
		{"an anonymous admin writes as the group", groupMessage(-300, user(1087968824), group, "/subscribe korea"), "ok", 3},
		{"a linked channel is no admin", groupMessage(-300, user(136817688), &tgbotapi.Chat{ID: -500, Type: "channel"}, "/subscribe korea"), "refused", 3},
		{"a channel's post", tgbotapi.Update{ChannelPost: &tgbotapi.Message{MessageID: 4, Text: "/subscribe korea",
			Chat: &tgbotapi.Chat{ID: -400, Type: "channel"}, SenderChat: &tgbotapi.Chat{ID: -400, Type: "channel"}}}, "ok", 3},
		{"a private chat asks nothing", tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 5, Text: "/subscribe korea",
			From: user(11), Chat: &tgbotapi.Chat{ID: 11, Type: "private"}}}, "ok", 3},
	}
	for _, s := range steps {
		if got := ask(s.update); got != s.reply || api.members != s.lookups {
			t.Errorf("%s: replied %q after %d lookups, want %q after %d", s.name, got, api.members, s.reply, s.lookups)
		}
	}
	now = now.Add(memberTTL)
	if got := ask(groupMessage(-300, user(11), nil, "/subscribe korea")); got != "refused" || api.members != 4 {
		t.Errorf("after %v: %q after %d lookups, want the status asked again", memberTTL, got, api.members)
	}
}

func TestTooLongIsRefusedBeforeAnyLookup(t *testing.T) {
	api, h := &lookupAPI{}, &adminProbe{}
	b := &Bot{api: api, log: slog.New(slog.DiscardHandler), admins: map[int64]bool{},
		self: tgbotapi.User{ID: 99, UserName: "TheBot"}}
	long := "/subscribe @koreanews " + strings.Repeat("korea ", 800)
	followUp := strings.Repeat("what did they say? ", 300)
	for _, m := range []*tgbotapi.Message{
		{MessageID: 1, Text: long, From: &tgbotapi.User{ID: 7}, Chat: &tgbotapi.Chat{ID: 7, Type: "private"}},
		{MessageID: 2, Text: followUp, From: &tgbotapi.User{ID: 7}, Chat: &tgbotapi.Chat{ID: 7, Type: "private"},
			ReplyToMessage: &tgbotapi.Message{MessageID: 1, From: &tgbotapi.User{ID: 99}}},
		{MessageID: 3, Text: long, From: &tgbotapi.User{ID: 7}, Chat: &tgbotapi.Chat{ID: -300, Type: "supergroup"}},
	} {
		b.handle(context.Background(), h, tgbotapi.Update{Message: m})
	}
	if len(h.got) != 0 || api.chats != 0 || api.members != 0 {
		t.Errorf("handler got %d, %d getChat, %d getChatMember; want none", len(h.got), api.chats, api.members)
	}
	texts := sentTexts(&api.fakeAPI)
	if len(texts) != 3 {
		t.Fatalf("replies %q, want three refusals", texts)
	}
	for _, s := range texts {
		if !strings.Contains(s, "too long") {
			t.Errorf("reply %q, want a refusal as too long", s)
		}
	}
	b.handle(context.Background(), h, tgbotapi.Update{Message: &tgbotapi.Message{MessageID: 4,
		Text: strings.Repeat("group chatter ", 400), From: &tgbotapi.User{ID: 8}, Chat: &tgbotapi.Chat{ID: -300, Type: "supergroup"}}})
	if len(api.sent) != 3 {
		t.Error("long group chatter, not for the bot, was answered")
	}
}

func TestPollTakesOnlyWhatFitsAndMovesTheOffsetPastIt(t *testing.T) {
	api := &lookupAPI{}
	for i := range 5 {
		api.batch = append(api.batch, tgbotapi.Update{UpdateID: 500 + i, Message: &tgbotapi.Message{
			MessageID: i, Text: "/help", Chat: &tgbotapi.Chat{ID: int64(i + 1), Type: "private"}}})
	}
	var mu sync.Mutex
	var answered []string
	h := handlerFunc(func(_ context.Context, req bot.Request) bot.Message {
		mu.Lock()
		answered = append(answered, req.Chat.ID)
		mu.Unlock()
		return bot.Message{}
	})
	b := &Bot{api: api, log: slog.New(slog.DiscardHandler), admins: map[int64]bool{},
		lanes: bot.NewLanes[int64](bot.LanesOptions{Workers: 1, Backlog: 10, Outbox: 10, Capacity: 3})}
	started, release := make(chan struct{}), make(chan struct{})
	b.lanes.Take(999, func(context.Context) { close(started); <-release }) // holds the only worker
	<-started
	if err := b.poll(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if got := api.polled[0].Limit; got != 3 {
		t.Errorf("asked for %d updates, want the room for 3", got)
	}
	if b.offset != 503 {
		t.Errorf("offset %d after taking three, want 503", b.offset)
	}
	close(release)
	if err := b.lanes.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	if len(answered) != 3 {
		t.Errorf("answered chats %v, want the three taken", answered)
	}
	api.batch = api.batch[3:]
	if err := b.Step(context.Background(), h); err != nil {
		t.Fatal(err)
	}
	if got := api.polled[1].Offset; got != 503 || b.offset != 505 || len(answered) != 5 {
		t.Errorf("second poll from %d, offset now %d, %d answered; want 503, 505, 5", got, b.offset, len(answered))
	}
}

type handlerFunc func(ctx context.Context, req bot.Request) bot.Message

func (f handlerFunc) Handle(ctx context.Context, req bot.Request) bot.Message { return f(ctx, req) }
