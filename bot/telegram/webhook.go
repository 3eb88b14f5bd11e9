package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
)

// secretHeader carries the webhook's secret token on every update Telegram
// posts.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBytes caps the size of one posted update.
const maxUpdateBytes = 1 << 20

// Webhook has Telegram post updates to the bot instead of being polled.
type Webhook struct {
	URL         string // the public https URL Telegram posts to
	Listen      string // the address served, e.g. ":8443"
	SecretToken string // sent by Telegram with each update; never logged
}

// SetWebhook asks Telegram to post updates to the webhook's URL with its
// secret token, one at a time so they are answered in order.
func (b *Bot) SetWebhook(ctx context.Context) error {
	allowed, err := json.Marshal(allowedUpdates)
	if err != nil {
		return err
	}
	params := tgbotapi.Params{"url": b.webhook.URL, "secret_token": b.webhook.SecretToken,
		"max_connections": "1", "allowed_updates": string(allowed)}
	if _, err := b.api.MakeRequest("setWebhook", params); err != nil {
		return fmt.Errorf("telegram: set webhook: %w", err)
	}
	return nil
}

// WebhookHandler answers the updates Telegram posts; a request without the
// secret token is refused with 401 and ignored.
func (b *Bot) WebhookHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got := []byte(r.Header.Get(secretHeader))
		if subtle.ConstantTimeCompare(got, []byte(b.webhook.SecretToken)) != 1 || b.webhook.SecretToken == "" {
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		var u tgbotapi.Update
		if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxUpdateBytes)).Decode(&u); err != nil {
			http.Error(w, "bad update", http.StatusBadRequest)
			return
		}
		b.handle(context.WithoutCancel(r.Context()), u)
	})
}

// serveWebhook sets the webhook and serves it until ctx is done, then
// finishes the update being answered.
func (b *Bot) serveWebhook(ctx context.Context) error {
	if err := b.untilReachable(ctx, "setWebhook", func() error { return b.SetWebhook(ctx) }); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	ln, err := net.Listen("tcp", b.webhook.Listen)
	if err != nil {
		return fmt.Errorf("telegram: webhook: %w", err)
	}
	srv := &http.Server{Handler: b.WebhookHandler(), ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	b.log.Info("telegram bot started with a webhook", "bot", b.self.UserName, "listen", ln.Addr().String())
	select {
	case err = <-done:
	case <-ctx.Done():
		shutCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		err = srv.Shutdown(shutCtx)
	}
	b.log.Info("telegram bot stopped")
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
