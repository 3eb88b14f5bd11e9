package brief

import (
	"context"
	"sort"

	"briefbot/bot"
)

// windowSuggestions are the windows offered as a user types one.
var windowSuggestions = []string{"1d", "3d", "7d", "14d", "30d", "36h", "2w"}

// CompleteTopic suggests topics that have stories: the places and people
// most often in recent summaries that start with (or contain) what the
// user typed. A store that cannot be read suggests nothing.
func (b *Briefer) CompleteTopic(ctx context.Context, _ bot.Request, typed string) []string {
	arts, err := b.Store.RecentArticles(ctx, b.Now().Add(-relatedLook), relatedSummary)
	if err != nil {
		return nil
	}
	counts, names := summaryCounts(arts)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return counts[keys[i]] > counts[keys[j]] || counts[keys[i]] == counts[keys[j]] && keys[i] < keys[j]
	})
	written := make([]string, len(keys))
	for i, k := range keys {
		written[i] = names[k]
	}
	return bot.PrefixMatches(written, typed)
}

// options are /brief's typed arguments, in the order they are written.
func (b *Briefer) options() []bot.Option {
	return []bot.Option{
		{Name: "topic", Help: "a place, a person or a subject, like korea", Required: true, Complete: b.CompleteTopic},
		{Name: "window", Help: "how far back: 36h, 3d, 2w (7 days when left out)",
			Complete: func(_ context.Context, _ bot.Request, typed string) []string {
				return bot.PrefixMatches(windowSuggestions, typed)
			}},
		{Name: "count", Help: "how many stories", Kind: bot.IntegerOption, Min: 1, Max: MaxItemsAsked},
	}
}
