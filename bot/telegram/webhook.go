package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strconv"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// secretHeader carries the webhook's secret token on every update Telegram
// posts.
const secretHeader = "X-Telegram-Bot-Api-Secret-Token"

// maxUpdateBytes caps the size of one posted update.
const maxUpdateBytes = 1 << 20

// ackWait is how long a posted update may wait for its answer, when its
// chat had nothing else in flight, before Telegram is told it was received.
const ackWait = 500 * time.Millisecond

// Webhook has Telegram post updates to the bot instead of being polled.
type Webhook struct {
	URL         string // the public https URL Telegram posts to
	Listen      string // the address served, e.g. ":8443"
	SecretToken string // sent by Telegram with each update; never logged
}

// SetWebhook asks Telegram to post updates to the webhook's URL with its
// secret token, on as many connections as the bot has workers. Telegram
// posts one chat's updates one after the other, and different chats' at
// once.
func (b *Bot) SetWebhook(ctx context.Context) error {
	allowed, err := json.Marshal(allowedUpdates)
	if err != nil {
		return err
	}
	conns := DefaultWorkers
	if b.lanes != nil {
		conns = b.lanes.Workers()
	}
	params := tgbotapi.Params{"url": b.webhook.URL, "secret_token": b.webhook.SecretToken,
		"max_connections": strconv.Itoa(min(conns, 100)), "allowed_updates": string(allowed)}
	if _, err := b.api.MakeRequest("setWebhook", params); err != nil {
		return fmt.Errorf("telegram: set webhook: %w", err)
	}
	return nil
}

// WebhookHandler takes the updates Telegram posts into the chats' lanes,
// to be answered through h, as long polling does. An update whose chat has nothing else in flight
// waits for its answer, up to ackWait, before Telegram is answered, so a
// stop in between loses nothing; one whose chat is busy (a flood, a reply
// waiting out flood control) is acknowledged at once. Either way only that
// chat's next update waits. When the lanes are full the update is refused
// with 503, and Telegram posts it again later. A request without the
// secret token is refused with 401 and ignored.
func (b *Bot) WebhookHandler(h bot.Handler) http.Handler {
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
		chat := updateChat(u)
		quiet := !b.lanes.Busy(chat)
		if !b.take(u, h) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		if quiet {
			ctx, cancel := context.WithTimeout(r.Context(), ackWait)
			defer cancel()
			_ = b.lanes.WaitChat(ctx, chat)
		}
	})
}

// serveWebhook sets the webhook and serves it, answering through h, until
// ctx is done, then finishes the updates taken (see drain).
func (b *Bot) serveWebhook(ctx context.Context, h bot.Handler) error {
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
	srv := &http.Server{Handler: b.WebhookHandler(h), ReadHeaderTimeout: 10 * time.Second}
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
	b.drain()
	b.log.Info("telegram bot stopped")
	if errors.Is(err, http.ErrServerClosed) {
		return nil
	}
	return err
}
