package telegram

import (
	"context"
	"errors"
	"net/http"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// boundClient binds the long poll to the bot's context, so stopping the bot
// ends it at once, while a reply already being sent is finished (within the
// client's time-out). It keeps the token, which is part of every request
// URL, out of transport errors.
type boundClient struct {
	ctx   context.Context
	inner *http.Client
	token string
}

func (c *boundClient) Do(req *http.Request) (*http.Response, error) {
	ctx := context.WithoutCancel(c.ctx)
	if strings.HasSuffix(req.URL.Path, "/getUpdates") {
		ctx = c.ctx
	}
	resp, err := c.inner.Do(req.WithContext(ctx))
	if err != nil {
		return nil, redact(err, c.token)
	}
	return resp, nil
}

// redactingAPI makes sure no error the SDK returns carries the token.
type redactingAPI struct {
	sdk   *tgbotapi.BotAPI
	token string
}

func (r *redactingAPI) GetUpdates(c tgbotapi.UpdateConfig) ([]tgbotapi.Update, error) {
	u, err := r.sdk.GetUpdates(c)
	return u, redact(err, r.token)
}

func (r *redactingAPI) Send(c tgbotapi.Chattable) (tgbotapi.Message, error) {
	m, err := r.sdk.Send(c)
	return m, redact(err, r.token)
}

func (r *redactingAPI) Request(c tgbotapi.Chattable) (*tgbotapi.APIResponse, error) {
	resp, err := r.sdk.Request(c)
	return resp, redact(err, r.token)
}

func (r *redactingAPI) MakeRequest(method string, params tgbotapi.Params) (*tgbotapi.APIResponse, error) {
	resp, err := r.sdk.MakeRequest(method, params)
	return resp, redact(err, r.token)
}

func (r *redactingAPI) GetChat(c tgbotapi.ChatInfoConfig) (tgbotapi.Chat, error) {
	chat, err := r.sdk.GetChat(c)
	return chat, redact(err, r.token)
}

func (r *redactingAPI) GetChatMember(c tgbotapi.GetChatMemberConfig) (tgbotapi.ChatMember, error) {
	m, err := r.sdk.GetChatMember(c)
	return m, redact(err, r.token)
}

// redact returns err with the token replaced; Bot API errors, which never
// hold it, are kept as they are so they can be classified.
func redact(err error, token string) error {
	if err == nil || token == "" {
		return err
	}
	var apiErr *tgbotapi.Error
	if errors.As(err, &apiErr) || !strings.Contains(err.Error(), token) {
		return err
	}
	return errors.New(strings.ReplaceAll(err.Error(), token, "<token>"))
}

// discardLogger silences the SDK's own logger.
type discardLogger struct{}

func (discardLogger) Println(...interface{})        {}
func (discardLogger) Printf(string, ...interface{}) {}
