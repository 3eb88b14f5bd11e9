package main

import (
	"context"
	"strings"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot/console"
	"briefbot/internal/cli"
)

// runAsk answers a follow-up question as the chat would, from the chat's
// remembered brief and then from the whole store.
func runAsk(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "ask")
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	chatID := fs.String("chat", console.Chat.String(), "the chat whose memory to use, as `platform:id`")
	var chat briefbot.ChatRef
	check := func([]string) (err error) {
		chat, err = parseChat(*chatID)
		return err
	}
	return withApp(ctx, env, fs, c, args, check, func(a *app, question []string) error {
		ans, err := a.asker().AnswerIn(ctx, chat, strings.Join(question, " "), a.cfg.Chat.Language)
		if err != nil {
			return err
		}
		if *asJSON {
			return cli.WriteJSON(env.Stdout, ask.ViewOf(ans))
		}
		return console.Render(env.Stdout, ask.AnswerMessage(ans))
	})
}

// asker answers follow-up questions from the store and the chats' memory.
func (a *app) asker() *ask.Asker {
	asker := &ask.Asker{Store: a.store, Memory: a.store, Topics: a.briefer.Topics, Now: a.env.Now}
	if a.llm.answerer != nil { // a nil *Answerer would be a Writer all the same
		asker.Writer = a.llm.answerer
	}
	return asker
}

// parseChat reads "platform:id".
func parseChat(s string) (briefbot.ChatRef, error) {
	platform, id, ok := strings.Cut(s, ":")
	if !ok || platform == "" || id == "" {
		return briefbot.ChatRef{}, briefbot.Errorf(briefbot.EInvalid, "-chat %q: want platform:id, like console:local", s)
	}
	return briefbot.ChatRef{Platform: platform, ID: id}, nil
}
