package telegram

import (
	"context"
	"fmt"
	"strconv"
	"sync"
	"time"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// Bounds of the memory of who administers which chat.
const (
	memberTTL     = 5 * time.Minute // a status is asked again after this long
	maxMemberKeys = 10000           // statuses remembered at most
)

// memberCache remembers, for a while, whether a user administers a chat,
// so that a group's changes do not each cost a getChatMember.
type memberCache struct {
	now func() time.Time

	mu    sync.Mutex
	known map[memberKey]memberStatus
}

type memberKey struct{ chat, user int64 }

type memberStatus struct {
	admin bool
	until time.Time
}

func newMemberCache(now func() time.Time) *memberCache {
	return &memberCache{now: now, known: map[memberKey]memberStatus{}}
}

// admin returns the remembered status, or asks it with ask and remembers
// the answer; a failed ask is not remembered. A nil cache always asks.
func (c *memberCache) admin(chat, user int64, ask func() (bool, error)) (bool, error) {
	if c == nil {
		return ask()
	}
	key := memberKey{chat, user}
	c.mu.Lock()
	s, ok := c.known[key]
	now := c.now()
	c.mu.Unlock()
	if ok && now.Before(s.until) {
		return s.admin, nil
	}
	admin, err := ask()
	if err != nil {
		return false, err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.known) >= maxMemberKeys {
		c.forgetExpired(now)
	}
	c.known[key] = memberStatus{admin: admin, until: now.Add(memberTTL)}
	return admin, nil
}

// forgetExpired drops the statuses past their time, and every status when
// all are still fresh, so the cache stays within maxMemberKeys.
func (c *memberCache) forgetExpired(now time.Time) {
	for key, s := range c.known {
		if !now.Before(s.until) {
			delete(c.known, key)
		}
	}
	if len(c.known) >= maxMemberKeys {
		clear(c.known)
	}
}

// sender is who sent a message to a chat: a user, or a chat in its own
// name (a channel's post, a group's anonymous administrator, a channel
// writing in a group it is linked to).
type sender struct {
	user *tgbotapi.User
	chat *tgbotapi.Chat
}

func messageSender(m *tgbotapi.Message) sender { return sender{user: m.From, chat: m.SenderChat} }

// id is the sender's id for the per-user limit: the user's, or the
// sending chat's, which never equals a user's (chats of several people
// have negative ids). Every anonymous administrator of a group shares the
// group's.
func (s sender) id() string {
	if s.chat != nil {
		return strconv.FormatInt(s.chat.ID, 10)
	}
	return userID(s.user)
}

// request is what the core is asked for a message or a button press in
// chat, in the sender's language unless the chat chose one. In a chat of
// several people the core may ask whether the sender administers it,
// which only a change to the chat's settings does.
func (b *Bot) request(chat *tgbotapi.Chat, from sender, text string) bot.Request {
	req := bot.Request{Chat: ChatRef(chat.ID), UserID: from.id(), Text: text, Admin: b.isAdmin(from.user), Lang: userLang(from.user)}
	if !chat.IsPrivate() {
		req.Shared = true
		req.ChatAdmin = func(ctx context.Context) (bool, error) { return b.administers(chat, from) }
	}
	return req
}

// userLang is the language briefbot speaks that a user's Telegram is set
// to (its language_code, "fr" of "fr-CA"); "" for none, or no user.
func userLang(u *tgbotapi.User) string {
	if u == nil {
		return ""
	}
	return bot.ServedLang(u.LanguageCode)
}

// administers reports whether from is an administrator of chat: a chat
// writing in its own name is (the poster of a channel's post is the
// channel; a group's anonymous administrator writes as the group), another
// chat is not, and a user is when getChatMember says creator or
// administrator.
func (b *Bot) administers(chat *tgbotapi.Chat, from sender) (bool, error) {
	switch {
	case from.chat != nil:
		return from.chat.ID == chat.ID, nil
	case from.user == nil:
		return chat.IsChannel(), nil
	}
	return b.members.admin(chat.ID, from.user.ID, func() (bool, error) {
		m, err := b.api.GetChatMember(memberConfig(chat.ID, from.user.ID))
		if err != nil {
			return false, fmt.Errorf("telegram: getChatMember: %w", err)
		}
		return isAdminStatus(m.Status), nil
	})
}
