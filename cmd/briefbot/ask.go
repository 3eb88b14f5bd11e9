package main

import (
	"context"
	"strings"

	"briefbot"
	"briefbot/ask"
	"briefbot/bot/console"
)

// runAsk answers a follow-up question as the chat would, from the chat's
// remembered brief and then from the whole store.
func runAsk(ctx context.Context, env Env, args []string) error {
	fs, c := newFlags(env, "ask")
	asJSON := fs.Bool("json", false, "print the answer as JSON")
	chatID := fs.String("chat", console.Chat.String(), "the chat whose memory to use, as platform:id")
	if err := parse(fs, args); err != nil {
		return err
	}
	chat, err := parseChat(*chatID)
	if err != nil {
		return err
	}
	a, err := openApp(ctx, env, c)
	if err != nil {
		return err
	}
	defer a.Close()
	ans, err := a.asker().Answer(ctx, chat, strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(env.Stdout, answerJSON(ans))
	}
	return console.Render(env.Stdout, ask.AnswerMessage(ans))
}

// asker answers follow-up questions from the store and the chats' memory.
func (a *app) asker() *ask.Asker {
	return &ask.Asker{Store: a.store, Memory: a.store, Topics: a.briefer.Topics, Now: a.env.Now}
}

// parseChat reads "platform:id".
func parseChat(s string) (briefbot.ChatRef, error) {
	platform, id, ok := strings.Cut(s, ":")
	if !ok || platform == "" || id == "" {
		return briefbot.ChatRef{}, briefbot.Errorf(briefbot.EInvalid, "-chat %q: want platform:id, like console:local", s)
	}
	return briefbot.ChatRef{Platform: platform, ID: id}, nil
}

type jsonAnswer struct {
	Question string      `json:"question"`
	Answer   []jsonQuote `json:"answer"`
	Known    bool        `json:"known"`
}

type jsonQuote struct {
	Sentence  string `json:"sentence"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Date      string `json:"date"` // YYYY-MM-DD, "" when unknown
	ArticleID int64  `json:"article_id"`
}

func answerJSON(ans ask.Answer) jsonAnswer {
	out := jsonAnswer{Question: ans.Question, Answer: []jsonQuote{}, Known: ans.Known()}
	for _, q := range ans.Quotes {
		jq := jsonQuote{Sentence: q.Sentence, Source: q.Article.Source, URL: q.Article.URL, ArticleID: q.Article.ID}
		if t := q.Article.Seen(); !t.IsZero() {
			jq.Date = t.Format("2006-01-02")
		}
		out.Answer = append(out.Answer, jq)
	}
	return out
}
