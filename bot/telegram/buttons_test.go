package telegram

import (
	"context"
	"testing"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// fakeAPI records the calls the adapter makes.
type fakeAPI struct {
	sent     []tgbotapi.Chattable
	requests []tgbotapi.Chattable
	getMe    []error // what the next getMe calls fail with; then they succeed
	getMes   int     // getMe calls made
}

func (f *fakeAPI) GetMe() (tgbotapi.User, error) {
	f.getMes++
	if len(f.getMe) > 0 {
		err := f.getMe[0]
		f.getMe = f.getMe[1:]
		return tgbotapi.User{}, err
	}
	return tgbotapi.User{ID: 99, IsBot: true, UserName: "brief_bot"}, nil
}

func (f *fakeAPI) GetUpdates(tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) { return nil, nil }

func (f *fakeAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	f.sent = append(f.sent, c)
	return tgbotapi.Message{MessageID: len(f.sent)}, nil
}

func (f *fakeAPI) MakeRequest(string, tgbotapi.Params) (*tgbotapi.APIResponse, error) {
	return &tgbotapi.APIResponse{Ok: true}, nil
}

func (f *fakeAPI) GetChat(tgbotapi.ChatInfoConfig) (tgbotapi.Chat, error) {
	return tgbotapi.Chat{}, nil
}

func (f *fakeAPI) GetChatMember(tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error) {
	return tgbotapi.ChatMember{}, nil
}

func (f *fakeAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	f.requests = append(f.requests, c)
	return &tgbotapi.APIResponse{Ok: true}, nil
}

// briefHandler answers every command with a short brief.
type briefHandler struct{ got []string }

func (h *briefHandler) Handle(_ context.Context, req bot.Request) bot.Message {
	h.got = append(h.got, req.Text)
	return bot.Message{Title: "Korea", Items: []bot.Item{{Headline: "A"}, {Headline: "B"}},
		Actions: []bot.Action{{Label: "More", Command: "/brief korea 20", Replace: true}}}
}

func TestAReplacingPressEditsTheMessageInPlace(t *testing.T) {
	b, api := pressBot("123:abc")
	h := &briefHandler{}
	data, _ := b.buttons.data(bot.Action{Command: "/brief south korea 10", Replace: true})
	b.handle(context.Background(), h, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{
		ID: "q1", Data: data, From: &tgbotapi.User{ID: 7},
		Message: &tgbotapi.Message{MessageID: 55, Chat: &tgbotapi.Chat{ID: 42, Type: "private"}},
	}})
	if len(h.got) != 1 || h.got[0] != "/brief south korea 10" {
		t.Errorf("handler got %q", h.got)
	}
	if len(api.requests) != 2 {
		t.Fatalf("%d requests, want the callback answer and the edit", len(api.requests))
	}
	if cb, ok := api.requests[0].(tgbotapi.CallbackConfig); !ok || cb.CallbackQueryID != "q1" {
		t.Errorf("first request %#v, want the callback answer", api.requests[0])
	}
	edit, ok := api.requests[1].(tgbotapi.EditMessageTextConfig)
	if !ok || edit.MessageID != 55 || edit.ChatID != 42 || edit.ReplyMarkup == nil || edit.ParseMode != tgbotapi.ModeHTML {
		t.Errorf("edit %#v", api.requests[1])
	}
	if len(api.sent) != 0 {
		t.Errorf("%d new messages, want the message edited in place", len(api.sent))
	}
}

func TestExpiredButtonIsStillAnswered(t *testing.T) {
	b, api := pressBot("")
	b.handle(context.Background(), &briefHandler{}, tgbotapi.Update{CallbackQuery: &tgbotapi.CallbackQuery{ID: "q2", Data: "x"}})
	if len(api.requests) != 1 || len(api.sent) != 0 {
		t.Errorf("requests %d, sent %d; want one callback answer only", len(api.requests), len(api.sent))
	}
}
