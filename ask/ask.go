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

	"briefbot"
	"briefbot/bot"
	"briefbot/topics"
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
	// Writer, when set, writes the answer from the sentences retrieved
	// (an LLM); nil: the answer is the quotes alone.
	Writer Writer
}

// Answer is the reply to a question: the quoted sentences, or none when
// nothing stored supports an answer.
type Answer struct {
	Question string
	Quotes   []Quote
	Topic    string // the topic of the brief the chat remembers, "" when none
	// Written is the answer in words as a Writer wrote it from the
	// Quotes, which it cites; "" for the quotes alone.
	Written string
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
			if courtesy(args) {
				return bot.Text(bot.LabelsFor(req.Lang).Courtesy), nil // not a question to search the stories for
			}
			ans, err := a.AnswerIn(ctx, req.Chat, args, req.Lang)
			if err != nil {
				return bot.Message{}, err
			}
			return AnswerMessageIn(ans, req.Lang), nil
		},
	}}
}

// Answer answers a question asked in a chat and remembers the turn.
func (a *Asker) Answer(ctx context.Context, chat briefbot.ChatRef, text string) (Answer, error) {
	return a.AnswerIn(ctx, chat, text, "")
}

// AnswerIn answers a question asked in a chat that reads lang ("" for
// bot.DefaultLang), the language a Writer answers in, and remembers the
// turn.
func (a *Asker) AnswerIn(ctx context.Context, chat briefbot.ChatRef, text, lang string) (Answer, error) {
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
	quotes, read, err := a.quotes(ctx, followUp(parseQuestion(text), mem), mem)
	if err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	ans.Quotes = quotes
	if a.Writer != nil && len(read) > 0 {
		ans = a.written(ctx, ans, lang, read)
	}
	turn := briefbot.Turn{Question: text, Answer: answerText(ans), At: now}
	if err := a.Memory.RememberTurn(ctx, chat, turn); err != nil {
		return Answer{}, fmt.Errorf("ask: %w", err)
	}
	return ans, nil
}

// courtesy reports whether a message only thanks or agrees ("thanks!",
// "ok merci", "👍"): a reply to the bot's answer that asks nothing, which
// must not be answered with sentences that happen to hold "thanks".
func courtesy(text string) bool {
	if strings.TrimSpace(text) == "" || strings.Contains(text, "?") {
		return false
	}
	for _, t := range tokenize(text) {
		if !courtesies[t.word] {
			return false
		}
	}
	return true
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

// quotes answers q from the remembered stories first, then from the
// store. read are the sentences weighed, those of the brief first.
func (a *Asker) quotes(ctx context.Context, q question, mem briefbot.Memory) (quotes, read []Quote, err error) {
	q = q.aboutStory(mem.Articles)
	if len(q.concepts) == 0 {
		return leadQuote(mem.Articles), nil, nil
	}
	x := newTermIndex(q.concepts, q.own)
	qs, read := weigh(q, readStories(mem.Articles, true, x, len(q.concepts)))
	if len(qs) > 0 {
		return qs, read, nil
	}
	m := searchMatch(q, topicMatcher(ctx, a.Topics, a.Store))
	if m == nil {
		return nil, read, nil
	}
	hits, err := a.Store.SearchArticles(ctx, briefbot.Search{Match: m, Limit: searchHits})
	if err != nil {
		return nil, nil, err
	}
	briefed := map[int64]bool{}
	for _, art := range mem.Articles {
		briefed[art.ID] = true
	}
	arts := make([]briefbot.Article, 0, len(hits))
	for _, h := range hits {
		if !briefed[h.Article.ID] {
			arts = append(arts, h.Article)
		}
	}
	qs, more := weigh(q, readStories(arts, false, x, len(q.concepts)))
	return qs, append(read, more...), nil
}

// readStories reads articles for the concepts x finds.
func readStories(arts []briefbot.Article, memory bool, x *termIndex, nconcepts int) []*story {
	out := make([]*story, len(arts))
	for i, art := range arts {
		out[i] = newStory(art, memory, x, nconcepts)
	}
	return out
}

// aboutStory reads a question that asks about "him" or "her" and names
// no one ("what did he say?") as about the main actor of the brief's top
// story.
func (q question) aboutStory(arts []briefbot.Article) question {
	if !q.pronoun || len(arts) == 0 || len(arts[0].Summary.Who) == 0 {
		return q
	}
	for _, c := range q.concepts {
		if c.role == roleName {
			return q
		}
	}
	who := nameConcept(foldWords(arts[0].Summary.Who[0]))
	q.concepts = append([]concept{who}, q.concepts...)
	return q
}

// followUp reads a question with no content words of its own ("and
// when?") as about what the chat's latest question with some was about.
func followUp(q question, mem briefbot.Memory) question {
	for i := len(mem.Turns) - 1; i >= 0 && len(q.concepts) == 0 && !q.pronoun; i-- {
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
	if ans.Written != "" {
		return ans.Written
	}
	ss := make([]string, len(ans.Quotes))
	for i, q := range ans.Quotes {
		ss[i] = q.Sentence
	}
	return strings.Join(ss, " ")
}
