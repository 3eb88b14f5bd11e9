// Package locale is the language a chat reads briefbot in: /language shows
// it or sets it. A chat that chose none reads its platform's language (the
// Telegram user's, the Discord server's or user's, the console's from the
// configuration); its choice, once made, is kept in the store and read by
// the router for every request (bot.Router.ChatLanguage) and by the digest
// scheduler. It imports only the standard library, the briefbot domain
// and the bot core.
package locale

import (
	"context"
	"fmt"
	"strings"

	"briefbot"
	"briefbot/bot"
)

// Store keeps each chat's language; briefbot.SubscriptionStore is one.
type Store interface {
	SetChatLanguage(ctx context.Context, chat briefbot.ChatRef, lang string) error
	ChatLanguage(ctx context.Context, chat briefbot.ChatRef) (string, error)
}

// Commands are the locale feature's chat commands: /language.
func Commands(store Store) []bot.Command {
	return []bot.Command{{
		Name: "language",
		Args: "[" + strings.Join(bot.Langs(), "|") + "]",
		Help: "this chat's language: /language en or /language fr",
		Options: []bot.Option{{Name: "language", Help: "the language to read briefbot in",
			Choices: bot.Langs()}},
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			if strings.TrimSpace(args) == "" {
				return show(req), nil
			}
			return set(ctx, store, req, args)
		},
	}}
}

// show says which language the chat reads, and how to switch.
func show(req bot.Request) bot.Message {
	l := bot.LabelsFor(req.Lang)
	msg := bot.Text(fmt.Sprintf(l.Language.Reads, l.Names[l.Lang]))
	for _, other := range bot.Langs() {
		if other != l.Lang {
			msg.Lines = append(msg.Lines, fmt.Sprintf(l.Language.Switch, other, l.Names[other]))
		}
	}
	return msg
}

// set sets the chat's language, when the sender may change the chat's
// settings, and answers in it.
func set(ctx context.Context, store Store, req bot.Request, args string) (bot.Message, error) {
	l := bot.LabelsFor(req.Lang)
	switch ok, err := req.MayChange(ctx); {
	case err != nil:
		return bot.Message{}, err
	case !ok:
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "%s", l.Language.NotAdmin)
	}
	lang := parse(args)
	if lang == "" {
		return bot.Message{}, briefbot.Errorf(briefbot.EInvalid, "%s", fmt.Sprintf(l.Language.Speaks, speaks(l)))
	}
	if err := store.SetChatLanguage(ctx, req.Chat, lang); err != nil {
		return bot.Message{}, err
	}
	now := bot.LabelsFor(lang)
	msg := bot.Text(fmt.Sprintf(now.Language.Now, now.Names[lang]))
	msg.Lang = lang
	return msg, nil
}

// parse reads the language asked for: a code or tag briefbot speaks
// ("fr", "FR", "fr-CA"), or its name in a language briefbot speaks
// ("French", "français"); "" when it is none.
func parse(args string) string {
	arg := strings.ToLower(strings.TrimSpace(args))
	if lang := bot.ServedLang(arg); lang != "" {
		return lang
	}
	for _, in := range bot.Langs() {
		for code, name := range bot.LabelsFor(in).Names {
			if strings.EqualFold(name, arg) {
				return code
			}
		}
	}
	return ""
}

// speaks lists the languages briefbot speaks, each with its command:
// "English (/language en), French (/language fr)".
func speaks(l *bot.Labels) string {
	var out []string
	for _, code := range bot.Langs() {
		out = append(out, l.Names[code]+" (/language "+code+")")
	}
	return strings.Join(out, ", ")
}
