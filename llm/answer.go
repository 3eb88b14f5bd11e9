package llm

import (
	"context"
	"fmt"
	"log/slog"
	"strings"

	"briefbot/ask"
)

// Answerer writes /ask's answers with the model, from the retrieved
// sentences alone. It is an ask.Writer; what it gets wrong, ask and the
// offline answer make good.
type Answerer struct {
	Client *Client
	Log    *slog.Logger // the one line of each answer refused; nil: none
}

var _ ask.Writer = (*Answerer)(nil)

type modelAnswer struct {
	Known  bool     `json:"known"`
	Answer string   `json:"answer"`
	Cites  []string `json:"cites"`
}

// WriteAnswer asks the model for an answer that cites the sentences by
// id. An answer that cites none of them, or an id it was not given, is
// refused with ReasonCitation.
func (a *Answerer) WriteAnswer(ctx context.Context, ev ask.Evidence) (ask.Written, error) {
	var m modelAnswer
	if err := a.Client.Ask(ctx, answerPrompt(ev), &m); err != nil {
		return ask.Written{}, a.refuse(err)
	}
	if !m.Known {
		return ask.Written{Unknown: true}, nil
	}
	if err := checkCites(m, ev); err != nil {
		return ask.Written{}, a.refuse(&Failure{Reason: ReasonCitation, Msg: err.Error()})
	}
	return ask.Written{Text: strings.TrimSpace(m.Answer), Cites: m.Cites}, nil
}

func (a *Answerer) refuse(err error) error {
	a.Client.fellBack(a.Log, TaskAnswer, err, "offline answer kept")
	return err
}

// checkCites refuses an answer with no text, no citation, or a citation
// of a sentence the model was not given.
func checkCites(m modelAnswer, ev ask.Evidence) error {
	given := map[string]bool{}
	for _, s := range ev.Sentences {
		given[s.ID] = true
	}
	if strings.TrimSpace(m.Answer) == "" || len(m.Cites) == 0 {
		return fmt.Errorf("the answer cites no sentence")
	}
	for _, id := range m.Cites {
		if !given[id] {
			return fmt.Errorf("the answer cites sentence %q, which it was not given", id)
		}
	}
	return nil
}

func answerPrompt(ev ask.Evidence) Prompt {
	var b strings.Builder
	fmt.Fprintf(&b, "Question: %s\n\nSentences:\n", ev.Question)
	for _, s := range ev.Sentences {
		fmt.Fprintf(&b, "[%s] (%s, %s) %s\n", s.ID, s.Source, orUnknown(s.Date), s.Sentence)
	}
	lang := ev.Lang
	if lang == "" {
		lang = "en"
	}
	sys := fmt.Sprintf(answerSystem, langOr(lang))
	return Prompt{Task: TaskAnswer, Name: "answer", Schema: answerSchema, User: b.String(), System: sys}
}

func orUnknown(s string) string {
	if s == "" {
		return "date unknown"
	}
	return s
}

const answerSystem = `You answer a question about the news from the numbered sentences given, and from nothing else.
- If the sentences say the answer, set known to true, write it in one or two short sentences in %s, keeping names as written, and list in cites the ids of the sentences that say it.
- If they do not, set known to false, answer "" and cite nothing. Do not guess.`

var answerSchema = map[string]any{
	"type": "object",
	"properties": map[string]any{
		"known":  map[string]any{"type": "boolean"},
		"answer": map[string]any{"type": "string"},
		"cites":  map[string]any{"type": "array", "items": map[string]any{"type": "string"}},
	},
	"required":             []string{"known", "answer", "cites"},
	"additionalProperties": false,
}
