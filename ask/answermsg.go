package ask

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"briefbot/bot"

	"briefbot"
)

// maxQuoteRunes bounds a quoted sentence in a reply.
const maxQuoteRunes = 600

// AnswerMessage renders an answer as a chat that reads bot.DefaultLang
// reads it (see AnswerMessageIn).
func AnswerMessage(ans Answer) bot.Message { return AnswerMessageIn(ans, bot.DefaultLang) }

// AnswerMessageIn renders an answer in the language lang: the quoted
// sentences, each with the number of its citation, then the citations, one
// per article. An unknown answer says so and, when the chat has no brief,
// suggests one. The quotes stay in their stories' language.
func AnswerMessageIn(ans Answer, lang string) bot.Message {
	l := bot.LabelsFor(lang)
	if !ans.Known() {
		msg := bot.Text(l.Ask.Unknown)
		if ans.Topic == "" {
			msg.Footer = []string{l.Ask.BriefFirst}
		}
		msg.Lang = l.Lang
		return msg
	}
	// The answer itself heads the reply, in bold where the platform has it:
	// a Writer's words, or the words of the best quote that answer.
	msg := bot.Message{Lang: l.Lang, Title: ans.Quotes[0].Span}
	if ans.Written != "" {
		msg.Title = ans.Written
	}
	number := map[int64]int{} // article id → its citation's number
	for _, q := range ans.Quotes {
		n, ok := number[q.Article.ID]
		if !ok {
			n = len(number) + 1
			number[q.Article.ID] = n
			msg.Footer = append(msg.Footer, fmt.Sprintf("[%d] %s", n, citation(q.Article, l)))
		}
		msg.Lines = append(msg.Lines, fmt.Sprintf("[%d] “%s”", n, clip(q.Sentence, maxQuoteRunes)))
	}
	return msg
}

// Citation is "— Source, 2 Jan 2006, URL" for an article; parts it lacks
// are left out.
func Citation(a briefbot.Article) string { return citation(a, bot.LabelsFor(bot.DefaultLang)) }

// citation is an article's citation with its date as l writes it.
func citation(a briefbot.Article, l *bot.Labels) string {
	var parts []string
	if a.Source != "" {
		parts = append(parts, a.Source)
	} else if a.Title != "" {
		parts = append(parts, a.Title)
	}
	if t := a.Seen(); !t.IsZero() {
		parts = append(parts, l.ShortDateOf(t))
	}
	if a.URL != "" {
		parts = append(parts, a.URL)
	}
	return "— " + strings.Join(parts, ", ")
}

func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}
