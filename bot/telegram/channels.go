package telegram

import (
	"context"
	"regexp"
	"strconv"
	"strings"

	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"

	"briefbot/bot"
)

// channelArg is a channel named in a command: @username or its numeric id.
var channelArg = regexp.MustCompile(`^(@[A-Za-z][A-Za-z0-9_]{4,31}|-100[0-9]{5,16})$`)

// forChannel answers "/subscribe @channel topic [time]" sent in a private
// chat: the channel is subscribed when the sender administers it and the
// bot may post there. It reports whether text was such a command.
func (b *Bot) forChannel(ctx context.Context, h bot.Handler, o outgoing, from *tgbotapi.User, text string) bool {
	fields := strings.Fields(text)
	if len(fields) < 2 || !strings.EqualFold(commandName(fields[0]), "/subscribe") || !channelArg.MatchString(fields[1]) {
		return false
	}
	channel, refusal := b.postableChannel(fields[1], from)
	if refusal != "" {
		b.reply(ctx, o, bot.Text(refusal))
		return true
	}
	req := bot.Request{Chat: ChatRef(channel.ID), UserID: userID(from), Shared: true, Lang: userLang(from),
		Text:      "/subscribe " + strings.Join(fields[2:], " "),
		ChatAdmin: func(context.Context) (bool, error) { return true, nil }} // postableChannel checked it
	msg := h.Handle(ctx, req)
	msg.Lines = append([]string{"For the channel " + channelName(channel) + ":"}, msg.Lines...)
	b.reply(ctx, o, msg)
	return true
}

// postableChannel finds the channel and checks that the bot may post in it
// and that from administers it; otherwise it returns why not. The bot's
// own rights come first: without them Telegram shows it no members.
func (b *Bot) postableChannel(arg string, from *tgbotapi.User) (tgbotapi.Chat, string) {
	cfg := tgbotapi.ChatInfoConfig{}
	if id, err := strconv.ParseInt(arg, 10, 64); err == nil {
		cfg.ChatID = id
	} else {
		cfg.SuperGroupUsername = arg
	}
	channel, err := b.api.GetChat(cfg)
	if err != nil || !channel.IsChannel() {
		return channel, "I can't find the channel " + arg + ". Add me to it as an administrator, then try again."
	}
	me, err := b.api.GetChatMember(memberConfig(channel.ID, b.self.ID))
	if err != nil || !(me.Status == "creator" || me.Status == "administrator" && me.CanPostMessages) {
		return channel, "I can't post in " + channelName(channel) + ". Make me an administrator who may post messages, then try again."
	}
	if from == nil || !isAdminStatus(b.memberStatus(channel.ID, from.ID)) {
		return channel, "Only an administrator of " + channelName(channel) + " may subscribe it."
	}
	return channel, ""
}

// memberStatus is the user's status in the chat, "" when it can't be read.
func (b *Bot) memberStatus(chat, user int64) string {
	m, err := b.api.GetChatMember(memberConfig(chat, user))
	if err != nil {
		b.log.Warn("telegram: could not read a channel member", "chat", chat, "err", err)
		return ""
	}
	return m.Status
}

func memberConfig(chat, user int64) tgbotapi.GetChatMemberConfig {
	return tgbotapi.GetChatMemberConfig{ChatConfigWithUser: tgbotapi.ChatConfigWithUser{ChatID: chat, UserID: user}}
}

func isAdminStatus(s string) bool { return s == "creator" || s == "administrator" }

// commandName is "/subscribe" for "/subscribe@TheBot".
func commandName(word string) string {
	name, _, _ := strings.Cut(word, "@")
	return name
}

// channelName is the channel's @username, else its title.
func channelName(c tgbotapi.Chat) string {
	if c.UserName != "" {
		return "@" + c.UserName
	}
	return c.Title
}
