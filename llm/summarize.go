package llm

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"briefbot"
)

// summaryVersion changes whenever the prompt or the checks do, so that the
// cache serves no summary written under other rules.
const summaryVersion = "summary-1"

// maxArticleRunes bounds the text sent for one summary: the lead and the
// first paragraphs say who, what, where and when.
const maxArticleRunes = 12000

// Summarizer writes summaries with the model, and keeps the offline
// summary when the model fails, is out of budget, or writes what the
// article does not say (see checkSummary). It is a briefbot.Summarizer,
// handed to the ingester in place of the offline one.
type Summarizer struct {
	Offline briefbot.Summarizer // the rules; also the fallback
	Client  *Client
	Cache   *Cache       // may be nil
	Log     *slog.Logger // the one line of each fallback; nil: none
}

var _ briefbot.Summarizer = (*Summarizer)(nil)

// modelSummary is the reply: exactly the Summary fields the model writes.
type modelSummary struct {
	Who      []string `json:"who"`
	What     string   `json:"what"`
	Where    []string `json:"where"`
	When     string   `json:"when"`
	WhenText string   `json:"when_text"`
	Summary  string   `json:"summary"`
}

// Summarize writes doc's summary. An error comes only from the offline
// summarizer (a document with no text); the model's failures are logged
// and counted, and the offline summary is returned.
func (s *Summarizer) Summarize(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	off, err := s.Offline.Summarize(ctx, doc)
	if err != nil {
		return off, err
	}
	k := key(summaryVersion, s.Client.Model, doc.Title, doc.Text, off.Lang, doc.Published.Format(time.DateOnly))
	var m modelSummary
	if s.Cache.get(k, &m) {
		return merged(off, m), nil
	}
	if err := s.Client.Ask(ctx, summaryPrompt(doc, off.Lang), &m); err != nil {
		return off, s.fallback(doc, err)
	}
	if err := checkSummary(m, doc); err != nil {
		return off, s.fallback(doc, &Failure{Reason: ReasonInvalid, Msg: err.Error()})
	}
	s.Cache.put(k, m)
	return merged(off, m), nil
}

// merged is the model's summary with the offline one's language, which
// the rules read from the text and the model is not asked for.
func merged(off briefbot.Summary, m modelSummary) briefbot.Summary {
	return briefbot.Summary{Who: m.Who, What: m.What, Where: m.Where, When: m.When,
		WhenText: m.WhenText, Summary: m.Summary, Lang: off.Lang}
}

// fallback logs, in one line, why the offline summary was kept, and counts
// it. A spent budget is logged once by the budget, not for every article.
// It returns nil: a fallback is no error of the summary.
func (s *Summarizer) fallback(doc briefbot.Document, err error) error {
	s.Client.fellBack(s.Log, TaskSummarize, err, "offline summary kept", "title", doc.Title)
	return nil
}

// summaryPrompt asks for the Summary fields of doc, in its language.
func summaryPrompt(doc briefbot.Document, lang string) Prompt {
	published := "unknown"
	if !doc.Published.IsZero() {
		published = doc.Published.Format(time.DateOnly)
	}
	user := fmt.Sprintf("Language: %s\nPublished: %s\nHeadline: %s\n\n%s", langOr(lang), published, doc.Title, clipRunes(doc.Text, maxArticleRunes))
	return Prompt{Task: TaskSummarize, Name: "summary", Schema: summarySchema, User: user, System: summarySystem}
}

const summarySystem = `You summarize one news article. Use only what the article says.
- who: the people and organisations the story is about, most important first, each name written exactly as in the article.
- what: the main event, in at most 25 words, in the article's language.
- where: the places where it happens, each written exactly as in the article.
- when: the date of the event as YYYY-MM-DD (relative dates such as "yesterday" count from the publication date), or "" when the article gives none.
- when_text: the words the article uses for that date, or "".
- summary: one sentence of at most 280 characters, in the article's language.`

var summarySchema = map[string]any{
	"type": "object",
	"properties": map[string]any{
		"who":       map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
		"what":      map[string]any{"type": "string"},
		"where":     map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
		"when":      map[string]any{"type": "string"},
		"when_text": map[string]any{"type": "string"},
		"summary":   map[string]any{"type": "string"},
	},
	"required":             []string{"who", "what", "where", "when", "when_text", "summary"},
	"additionalProperties": false,
}

// Task names, as config and the metrics spell them.
const (
	TaskSummarize = "summarize"
	TaskAnswer    = "answer"
	TaskTranslate = "translate"
)

// fellBack counts a fallback of task by its reason and logs it in one line
// (but a spent budget, which the budget logs once a day).
func (c *Client) fellBack(log *slog.Logger, task string, err error, msg string, args ...any) {
	reason := ReasonOf(err)
	if c.OnFallback != nil {
		c.OnFallback(task, reason)
	}
	if log == nil || reason == ReasonBudget {
		return
	}
	log.Warn("llm: "+msg, append([]any{"task", task, "reason", reason, "err", err.Error()}, args...)...)
}
