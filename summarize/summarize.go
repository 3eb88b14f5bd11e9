// Package summarize writes the structured summary of a news article —
// who, what, where, when and one sentence — with rules alone, offline, for
// English and French.
//
// The pipeline: clean the text of page furniture (unless the document
// comes cleaned, as ingest's do: see briefbot.Document), split it into
// sentences, settle the language, find the main event (the headline and
// lead, and the sentences that retell them), then extract each field from
// the sentences weighed by how closely they tell that event.
package summarize

import (
	"context"
	"fmt"

	"briefbot"
)

// Summarizer summarizes articles by rule. It holds no state and is safe
// for concurrent use.
type Summarizer struct{}

// New returns a Summarizer.
func New() *Summarizer { return &Summarizer{} }

var _ briefbot.Summarizer = (*Summarizer)(nil)

// Summarize writes the summary of doc. It fails with EInvalid when the
// document holds no text at all.
func (*Summarizer) Summarize(ctx context.Context, doc briefbot.Document) (briefbot.Summary, error) {
	if err := ctx.Err(); err != nil {
		return briefbot.Summary{}, fmt.Errorf("summarize: %w", err)
	}
	a := read(doc)
	defer a.release()
	if a.lead == nil && a.title == nil {
		return briefbot.Summary{}, briefbot.Errorf(briefbot.EInvalid, "the article has no text to summarize")
	}
	actors := collectActors(a.body, &a.arena.actors)
	boostFromTitle(actors, a.title)
	demoteBystanders(actors)
	when, whenText := findWhen(a)
	who, where := findWho(a, actors), findWhere(a, actors)
	s := briefbot.Summary{
		Who:      who,
		What:     findWhat(a, actors, where),
		Where:    where,
		When:     when,
		WhenText: whenText,
		Summary:  truncate(a.leadText(), maxSummary),
		Lang:     a.lang,
	}
	if len(where) == 0 {
		if country, ok := inferWhere(a, who, actors); ok {
			s.Where, s.WhereInferred = []string{country}, true
		} else if where := inferCity(a.lang, who, actors); len(where) > 0 {
			s.Where, s.WhereInferred = where, true
		}
	}
	return s, nil
}

// leadText is the lead sentence, or the headline of an article with no body.
func (a *article) leadText() string {
	if a.lead != nil {
		return a.lead.text
	}
	return a.title.text
}
