package telegram

import (
	"context"
	"errors"
	"fmt"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot"
)

// Back-off between attempts to reach the Bot API at start.
const (
	firstConnectWait = time.Second
	maxConnectWait   = 5 * time.Minute
)

// Connect asks the Bot API who the bot is (getMe), retrying while
// Telegram cannot be reached (see untilReachable). Only a token that
// Telegram refuses is fatal: that error is EInvalid, with a message that
// says what to fix. It returns ctx's error when ctx ends first.
func (b *Bot) Connect(ctx context.Context) error {
	return b.untilReachable(ctx, "getMe", func() error {
		self, err := b.api.GetMe()
		if err == nil {
			b.self = self
		}
		return err
	})
}

// Reach asks the Bot API who the bot is, once, and returns its @name; for
// checks such as `briefbot doctor`. A refused token is EInvalid.
func (b *Bot) Reach() (string, error) {
	self, err := b.api.GetMe()
	if refusedToken(err) {
		return "", briefbot.Errorf(briefbot.EInvalid, "Telegram refused the bot token (%v)", err)
	}
	if err != nil {
		return "", fmt.Errorf("telegram: getMe: %w", err)
	}
	b.self = self
	return self.UserName, nil
}

// untilReachable calls f until it succeeds, with a capped exponential
// back-off while Telegram cannot be reached (the network is not up yet,
// DNS fails, the Bot API answers 5xx or 429), and a log line per attempt.
// A refused token ends it at once.
func (b *Bot) untilReachable(ctx context.Context, what string, f func() error) error {
	wait := firstConnectWait
	for attempt := 1; ; attempt++ {
		err := f()
		if err == nil {
			b.connected(true)
			return nil
		}
		if refusedToken(err) {
			return briefbot.Errorf(briefbot.EInvalid,
				"Telegram refused the bot token (%v); check BRIEFBOT_TELEGRAM_TOKEN with @BotFather", err)
		}
		if ctx.Err() != nil {
			return fmt.Errorf("telegram: %s: %w", what, ctx.Err())
		}
		next := wait
		if k := classify(err); k.kind == kindRetry {
			b.rateLimited()
			next = max(next, k.wait)
		}
		b.log.Warn("telegram: Bot API not reachable; retrying", "call", what, "attempt", attempt, "err", err, "retry_in", next.String())
		if err := b.sleep(ctx, next); err != nil {
			return fmt.Errorf("telegram: %s: %w", what, err)
		}
		wait = min(wait*2, maxConnectWait)
	}
}

// GetMe asks who the bot is.
func (r *redactingAPI) GetMe() (tgbotapi.User, error) {
	u, err := r.sdk.GetMe()
	return u, redact(err, r.token)
}

// refusedToken reports whether the Bot API refused the token: 401
// Unauthorized, or 404 for a token it cannot even parse.
func refusedToken(err error) bool {
	var apiErr *tgbotapi.Error
	return errors.As(err, &apiErr) && (apiErr.Code == 401 || apiErr.Code == 404)
}

// connected tells OnConnected whether the Bot API answers.
func (b *Bot) connected(up bool) {
	if b.onConnected != nil {
		b.onConnected(up)
	}
}

// rateLimited tells OnRateLimited of a 429.
func (b *Bot) rateLimited() {
	if b.onRateLimited != nil {
		b.onRateLimited()
	}
}
