// Package ask answers /ask and replies to the bot: follow-up questions,
// answered only with sentences quoted from the stories the chat was briefed
// on, then from the whole store, or "I don't know".
package ask

import (
	"context"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"briefbot/bot"
	"briefbot/topics"

	"briefbot"
)

// Unknown is the answer when nothing stored supports one.
const Unknown = "I don't know from the stories I have."

// maxQuestionRunes bounds a question; the router already refuses messages
// over MaxRequestBytes.
const maxQuestionRunes = 500

// searchHits is how many articles of the whole store a question reads.
const searchHits = 30

// Asker answers follow-up questions from the stories a chat was briefed on,
// then from the whole store, quoting the sentences that answer.
type Asker struct {
	Store  briefbot.ArticleStore
	Memory briefbot.MemoryStore
	Topics *topics.Matcher // aliases of topic words across languages; may be nil
	Now    func() time.Time
}

// Answer is the reply to a question: the quoted sentences, or none when
// nothing stored supports an answer.
type Answer struct {
	Question string
	Quotes   []Quote
	Topic    string // the topic of the brief the chat remembers, "" when none
}

// Known reports whether the answer quotes anything.
func (a Answer) Known() bool { return len(a.Quotes) > 0 }

// Commands are the ask feature's chat commands: /ask.
func Commands(a *Asker) []bot.Command {
	return []bot.Command{{
		Name:    "ask",
		Args:    "<question>",
		Help:    "a question on the stories of your last brief, e.g. /ask what did the Kremlin say?",
		Options: []bot.Option{{Name: "question", Help: "what you want to know, like: what did the Kremlin say?", Required: true}},
		Run: func(ctx context.Context, req bot.Request, args string) (bot.Message, error) {
			ans, err := a.Answer(ctx, req.Chat, args)
			if err != nil {
				return bot.Message{}, err
			}
			return AnswerMessage(ans), nil
		},
	}}
}

// Answer answers a question asked in a chat and remembers the turn.
func (a *Asker) Answer(ctx context.Context, chat briefbot.ChatRef, text string) (Answer, error) {
	text = strings.TrimSpace(text)
	if err := checkQuestion(text); err != nil {
		return Answer{}, err
	}
	now := a.Now()
	mem, err := a.Memory.Recall(ctx, chat, now)
	if err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	ans := Answer{Question: text, Topic: mem.Topic}
	if ans.Quotes, err = a.quotes(ctx, followUp(parseQuestion(text), mem), mem); err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	turn := briefbot.Turn{Question: text, Answer: answerText(ans), At: now}
	if err := a.Memory.RememberTurn(ctx, chat, turn); err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	return ans, nil
}

func checkQuestion(text string) error {
	if text == "" {
		return briefbot.Errorf(briefbot.EInvalid, "Ask me a question after /ask, like /ask what did the Kremlin say?")
	}
	if n := utf8.RuneCountInString(text); n > maxQuestionRunes {
		return briefbot.Errorf(briefbot.EInvalid, "That question is too long (%d characters); ask it in at most %d.", n, maxQuestionRunes)
	}
	return nil
}

// quotes answers q from the remembered stories first, then from the store.
func (a *Asker) quotes(ctx context.Context, q question, mem briefbot.Memory) ([]Quote, error) {
	if len(q.concepts) == 0 {
		return leadQuote(mem.Articles), nil
	}
	if qs := bestQuotes(q, sentenceCandidates(mem.Articles, true)); len(qs) > 0 {
		return qs, nil
	}
	hits, err := a.Store.SearchArticles(ctx, briefbot.Search{Match: a.match(q), Limit: searchHits})
	if err != nil {
		return nil, err
	}
	arts := make([]briefbot.Article, 0, len(hits))
	for _, h := range hits {
		arts = append(arts, h.Article)
	}
	return bestQuotes(q, sentenceCandidates(arts, false)), nil
}

// maxAskTerms is the most search terms one question uses, below the
// store's limit on one search.
const maxAskTerms = 48

// match is the search condition for q: any word for any of its key
// concepts, or for any concept when it has no key one. Each concept gets
// an equal share of the terms.
func (a *Asker) match(q question) briefbot.Match {
	var cs []concept
	for _, c := range q.concepts {
		if c.key {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		cs = q.concepts
	}
	share := maxAskTerms / len(cs)
	seen := map[briefbot.Term]bool{}
	var group []briefbot.Term
	for _, c := range cs {
		n := 0
		for _, t := range c.terms(a.Topics) {
			if n < share && !seen[t] {
				seen[t] = true
				group = append(group, t)
				n++
			}
		}
	}
	return briefbot.Match{group}
}

// followUp reads a question with no content words of its own ("and
// when?") as about what the chat's latest question with some was about.
func followUp(q question, mem briefbot.Memory) question {
	for i := len(mem.Turns) - 1; i >= 0 && len(q.concepts) == 0; i-- {
		q.concepts = parseQuestion(mem.Turns[i].Question).concepts
	}
	return q
}

// leadQuote answers a question with no content words ("what happened?")
// with the first sentence of the top story the chat was briefed on.
func leadQuote(arts []briefbot.Article) []Quote {
	for _, a := range arts {
		if ss := Sentences(a.Text); len(ss) > 0 {
			return []Quote{{Sentence: ss[0], Article: a}}
		}
	}
	return nil
}

// answerText is the answer as one line of text, as the chat remembers it.
func answerText(ans Answer) string {
	if !ans.Known() {
		return Unknown
	}
	ss := make([]string, len(ans.Quotes))
	for i, q := range ans.Quotes {
		ss[i] = q.Sentence
	}
	return strings.Join(ss, " ")
}
