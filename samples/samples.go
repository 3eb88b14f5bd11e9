// Package samples holds briefbot's bundled sample corpus: short, original,
// fictional news articles in English and French that a fresh database loads
// so that a new user can try `/brief korea` offline. See README.md.
package samples

import (
	"bufio"
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"briefbot"
)

//go:embed articles.jsonl
var articlesJSONL []byte

// line is one line of articles.jsonl.
type line struct {
	Title    string `json:"title"`
	Source   string `json:"source"`
	URL      string `json:"url"`
	Lang     string `json:"lang"`
	AgeHours *int   `json:"age_hours"`
	Text     string `json:"text"`
}

// Articles returns the sample corpus as it would be published relative to
// now: each article's Published is now minus its age, truncated to the
// minute. Sample is set; ID, Ingested and Summary are left zero for the
// ingest pipeline. An error names the line of the embedded file at fault.
func Articles(now time.Time) ([]briefbot.Article, error) {
	return parse(articlesJSONL, now)
}

// parse reads JSON lines; blank lines are skipped.
func parse(data []byte, now time.Time) ([]briefbot.Article, error) {
	var out []briefbot.Article
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	n := 0
	for sc.Scan() {
		n++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		a, err := parseLine(raw, now)
		if err != nil {
			return nil, &briefbot.Error{
				Code:    briefbot.EInternal,
				Message: fmt.Sprintf("samples: articles.jsonl line %d", n),
				Err:     err,
			}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, &briefbot.Error{
			Code:    briefbot.EInternal,
			Message: fmt.Sprintf("samples: articles.jsonl after line %d", n),
			Err:     err,
		}
	}
	return out, nil
}

func parseLine(raw []byte, now time.Time) (briefbot.Article, error) {
	var l line
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&l); err != nil {
		return briefbot.Article{}, err
	}
	if dec.More() {
		return briefbot.Article{}, fmt.Errorf("more than one JSON value")
	}
	for _, f := range []struct{ name, value string }{
		{"title", l.Title}, {"source", l.Source}, {"url", l.URL}, {"lang", l.Lang}, {"text", l.Text},
	} {
		if strings.TrimSpace(f.value) == "" {
			return briefbot.Article{}, fmt.Errorf("missing %s", f.name)
		}
	}
	if l.AgeHours == nil {
		return briefbot.Article{}, fmt.Errorf("missing age_hours")
	}
	if *l.AgeHours < 0 {
		return briefbot.Article{}, fmt.Errorf("negative age_hours %d", *l.AgeHours)
	}
	return briefbot.Article{
		Source:    l.Source,
		URL:       l.URL,
		Title:     l.Title,
		Lang:      l.Lang,
		Published: now.Add(-time.Duration(*l.AgeHours) * time.Hour).Truncate(time.Minute),
		Text:      l.Text,
		Sample:    true,
	}, nil
}

// Store is what IfEmpty reads to tell a new database.
type Store interface {
	ArticleStats(ctx context.Context) (briefbot.ArticleStats, error)
	Feeds(ctx context.Context) ([]briefbot.Feed, error)
}

// IfEmpty adds the samples, seen at now, through add when the store holds
// no article and follows no feed (a new database, so that the first /brief
// has stories to give), and returns how many add stored: 0 for a store
// that is not empty.
func IfEmpty(ctx context.Context, s Store, now time.Time, add func(context.Context, []briefbot.Article) (int, error)) (int, error) {
	stats, err := s.ArticleStats(ctx)
	if err != nil || stats.Articles > 0 {
		return 0, err
	}
	if feeds, err := s.Feeds(ctx); err != nil || len(feeds) > 0 {
		return 0, err
	}
	arts, err := Articles(now)
	if err != nil {
		return 0, err
	}
	return add(ctx, arts)
}
