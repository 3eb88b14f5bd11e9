package ingest

import (
	"context"
	"fmt"

	"briefbot"
)

// Resummarized tells what Resummarize did.
type Resummarized struct {
	Summarized int // articles whose summary was written
	Failed     int // articles the summarizer failed on again; they keep their SummaryError
}

// Resummarize writes the summaries of stored articles again: those the
// summarizer failed on (their SummaryError is set), or every article when
// all is set, as after an upgrade of the summarizer. A panic is contained
// as at ingest; an article that fails again keeps what it had.
func (in *Ingester) Resummarize(ctx context.Context, all bool) (Resummarized, error) {
	var rep Resummarized
	if in.Summarizer == nil {
		return rep, fmt.Errorf("resummarize: no summarizer")
	}
	after := int64(0)
	for {
		arts, err := in.Store.ArticlesAfter(ctx, after, !all, StoreBatch)
		if err != nil {
			return rep, fmt.Errorf("resummarize: %w", err)
		}
		if len(arts) == 0 {
			return rep, nil
		}
		for _, a := range arts {
			after = a.ID
			if err := in.summarize(ctx, &a); err != nil || a.SummaryError != "" {
				rep.Failed++
				continue
			}
			if err := in.Store.SetSummary(ctx, a.ID, a.Summary, ""); err != nil {
				return rep, fmt.Errorf("resummarize: article %d: %w", a.ID, err)
			}
			if in.key(&a); a.KeysVersion != 0 { // the keys read the summary too
				if err := in.Store.SetKeys(ctx, []briefbot.ArticleKeys{{ID: a.ID, Keys: a.Keys, Version: a.KeysVersion}}); err != nil {
					return rep, fmt.Errorf("resummarize: article %d: %w", a.ID, err)
				}
			}
			rep.Summarized++
		}
		if err := ctx.Err(); err != nil {
			return rep, fmt.Errorf("resummarize: %w", err)
		}
	}
}
