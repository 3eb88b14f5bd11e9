// Package brief answers /brief: it searches the store for a topic's
// articles in a window, ranks them into stories (all of ranking lives
// here), and writes the message, with the chat's memory of what it showed
// for follow-up questions.
package brief

import (
	"context"
	"math"
	"sort"
	"time"

	"briefbot"
	"briefbot/topics"
)

// Briefer finds the top stories on a topic.
type Briefer struct {
	Store    briefbot.ArticleStore
	Topics   *topics.Matcher
	Now      func() time.Time
	Window   time.Duration // default window
	MaxItems int           // default number of stories
}

// Briefing is the answer to /brief.
type Briefing struct {
	Topic   string
	Window  time.Duration
	Stories []briefbot.Story // in the window, best first
	Older   []briefbot.Story // when the window is empty: the latest before it
	Related []string         // when there is nothing at all: topics that have stories
	// DidYouMean, when there is nothing at all, is the topic the user
	// most likely meant to type, which has stories ("korea" for "koera").
	DidYouMean string
}

// briefCandidates is how many hits are ranked for one brief.
const briefCandidates = 60

// maxOlder is how many older stories an empty window shows.
const maxOlder = 3

// Brief returns the top n stories on topic seen in the last window.
func (b *Briefer) Brief(ctx context.Context, topic string, window time.Duration, n int) (Briefing, error) {
	match, words, err := b.match(ctx, topic)
	if err != nil {
		return Briefing{}, err
	}
	now := b.Now()
	since := now.Add(-window)
	hits, err := b.search(ctx, briefbot.Search{Match: match, Since: since, Limit: briefCandidates}, words)
	if err != nil {
		return Briefing{}, err
	}
	br := Briefing{Topic: topics.Display(topic), Window: window, Stories: rank(hits, now, n)}
	if len(br.Stories) > 0 {
		return br, nil
	}
	older, err := b.search(ctx, briefbot.Search{Match: match, Until: since, Limit: briefCandidates}, words)
	if err != nil {
		return Briefing{}, err
	}
	br.Older = newest(older, maxOlder)
	if len(br.Older) > 0 {
		return br, nil
	}
	recent, err := b.recent(ctx, now)
	if err != nil {
		return br, err
	}
	br.Related = b.related(topic, recent)
	br.DidYouMean = b.didYouMean(ctx, topic, recent, since)
	return br, nil
}

// rank groups hits by story and orders the stories by relevance, weighted
// by freshness and by how many sources carry the story; it returns the top n.
// A story's freshness weight halves every two days.
func rank(hits []briefbot.Hit, now time.Time, n int) []briefbot.Story {
	stories := group(hits)
	for i := range stories {
		s := &stories[i]
		age := now.Sub(s.Latest()).Hours()
		fresh := math.Exp2(-math.Max(age, 0) / 48)
		sources := 1 + math.Log2(float64(len(s.Articles)))
		s.Score *= (0.5 + fresh) * sources
	}
	sort.SliceStable(stories, func(i, j int) bool { return stories[i].Score > stories[j].Score })
	return stories[:min(n, len(stories))]
}

// group makes one story of the hits that share a story id, in the order of
// their best hit; the story's headline and summary are its best article's,
// and its relevance that of its best hit.
func group(hits []briefbot.Hit) []briefbot.Story {
	var stories []briefbot.Story
	index := map[int64]int{}
	for _, h := range hits {
		key := h.Article.StoryID
		if key == 0 {
			key = -h.Article.ID // an article with no story is its own
		}
		if i, ok := index[key]; ok {
			stories[i].Articles = append(stories[i].Articles, h.Article)
			continue
		}
		index[key] = len(stories)
		stories = append(stories, story(h.Article, h.Relevance))
	}
	return stories
}

// newest returns the n most recent hits as stories.
func newest(hits []briefbot.Hit, n int) []briefbot.Story {
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].Article.Seen().After(hits[j].Article.Seen()) })
	stories := make([]briefbot.Story, 0, n)
	for _, h := range hits[:min(n, len(hits))] {
		stories = append(stories, story(h.Article, h.Relevance))
	}
	return stories
}

func story(a briefbot.Article, score float64) briefbot.Story {
	id := a.StoryID
	if id == 0 {
		id = a.ID
	}
	return briefbot.Story{ID: id, Headline: a.Title, Summary: a.Summary, Articles: []briefbot.Article{a}, Score: score}
}
