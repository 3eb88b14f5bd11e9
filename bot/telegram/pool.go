package telegram

import (
	"context"
	"fmt"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// DefaultWorkers is how many updates are answered at once.
const DefaultWorkers = 8

// Bounds of the updates and replies held for the chats.
const (
	maxBatch     = 100  // updates one getUpdates may return (the Bot API's most)
	chatBacklog  = 100  // updates of one chat waiting; its further ones are dropped
	chatOutbox   = 10   // replies of one chat waiting before its next update waits for them
	heldUpdates  = 1000 // updates of all chats waiting; no more are read until there is room
	drainTimeout = 5 * time.Second
)

func newLanes(workers int, contained func(stage string, err error)) *bot.Lanes[int64] {
	if workers < 1 {
		workers = DefaultWorkers
	}
	return bot.NewLanes[int64](bot.LanesOptions{Workers: workers, Backlog: chatBacklog,
		Outbox: chatOutbox, Capacity: heldUpdates, OnPanic: contained})
}

// poll reads the next batch of updates, no more than the lanes have room
// for, and takes each into its chat's lane, to be answered through h. The offset, which tells
// Telegram at the next getUpdates which updates it may forget, moves past
// the updates taken only: one not taken is read again.
func (b *Bot) poll(ctx context.Context, h bot.Handler) error {
	room, err := b.lanes.Room(ctx)
	if err != nil {
		return err
	}
	cfg := tgbotapi.NewUpdate(b.offset)
	cfg.Timeout = pollTimeout
	cfg.Limit = min(room, maxBatch)
	cfg.AllowedUpdates = allowedUpdates
	updates, err := b.api.GetUpdates(cfg)
	if err != nil {
		return fmt.Errorf("telegram: get updates: %w", err)
	}
	for _, u := range updates {
		if u.UpdateID < b.offset {
			continue // taken already
		}
		if !b.take(u, h) {
			break
		}
		b.offset = u.UpdateID + 1
	}
	return nil
}

// take queues an update in its chat's lane, to be answered through h;
// false when the lanes are full.
// A chat with chatBacklog updates waiting has its next ones dropped until
// it catches up, so a flood holds up no other chat.
func (b *Bot) take(u tgbotapi.Update, h bot.Handler) bool {
	chat := updateChat(u)
	switch b.lanes.Take(chat, func(ctx context.Context) { b.handle(ctx, h, u) }) {
	case bot.Full:
		return false
	case bot.Dropped:
		b.log.Warn("telegram: a chat sends updates faster than they are answered; dropping its updates until it catches up", "chat", chat, "waiting", chatBacklog)
	}
	return true
}

// updateChat is the chat an update is answered in; for a button under an
// inline message, its presser's private chat, whose id is the user's.
func updateChat(u tgbotapi.Update) int64 {
	switch {
	case u.Message != nil && u.Message.Chat != nil:
		return u.Message.Chat.ID
	case u.ChannelPost != nil && u.ChannelPost.Chat != nil:
		return u.ChannelPost.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.Message != nil && u.CallbackQuery.Message.Chat != nil:
		return u.CallbackQuery.Message.Chat.ID
	case u.CallbackQuery != nil && u.CallbackQuery.From != nil:
		return u.CallbackQuery.From.ID
	}
	return 0
}

// drain waits for the updates taken to be answered and their replies sent.
// They are finished rather than left to Telegram, because the last
// getUpdates has already told Telegram to forget them. What is still
// waiting after drainTimeout (a reply held up by flood control, say) is
// abandoned and logged, so that a stop ends within a service manager's
// patience.
func (b *Bot) drain() {
	ctx, cancel := context.WithTimeout(context.Background(), drainTimeout)
	defer cancel()
	if err := b.lanes.Wait(ctx); err == nil {
		return
	}
	b.log.Warn("telegram: stopping without the updates and replies still waiting", "waited", drainTimeout.String())
	b.lanes.Abandon()
	_ = b.lanes.Wait(context.Background())
}

// toChat runs send, which talks to the chat, after the chat's earlier
// replies, on the chat's own sender; at once when the bot has no lanes.
func (b *Bot) toChat(ctx context.Context, chat int64, send func(ctx context.Context)) {
	if b.lanes == nil {
		send(ctx)
		return
	}
	b.lanes.Send(chat, send)
}

// contained logs a panic the lanes contained.
func (b *Bot) contained(stage string, err error) {
	b.log.Error("telegram: contained a panic", "stage", stage, "err", err)
	if b.onPanic != nil {
		b.onPanic(stage)
	}
}
