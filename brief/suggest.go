package brief

import (
	"context"
	"sort"
	"strings"
	"time"

	"briefbot"
	"briefbot/geo"
	"briefbot/topics"
)

// Suggestions when a topic has no story at all.
const (
	maxRelated     = 3
	relatedLook    = 30 * 24 * time.Hour // how far back recent summaries are read
	relatedSummary = 300                 // how many recent summaries are read
)

// related suggests up to maxRelated topics that have stories: the places
// and people most often in the recent summaries arts, those in the same country as
// the topic's place first (Seoul and South Korea for Busan).
func (b *Briefer) related(topic string, arts []briefbot.Article) []string {
	counts, names := summaryCounts(arts)
	asked := strings.Join(topics.Words(topic), " ")
	countries := topicCountries(asked)
	keys := make([]string, 0, len(counts))
	for k := range counts {
		if k != asked && !strings.Contains(asked, k) {
			keys = append(keys, k)
		}
	}
	near := func(k string) bool { return countries[placeCountry(k)] }
	sort.Slice(keys, func(i, j int) bool {
		if ni, nj := near(keys[i]), near(keys[j]); ni != nj {
			return ni
		}
		return counts[keys[i]] > counts[keys[j]] || counts[keys[i]] == counts[keys[j]] && keys[i] < keys[j]
	})
	var out []string
	seen := map[string]bool{}
	for _, k := range keys {
		if id := placeID(k); !seen[id] && len(out) < maxRelated {
			seen[id] = true
			out = append(out, names[k])
		}
	}
	return out
}

// recent are the summaries suggestions are read from.
func (b *Briefer) recent(ctx context.Context, now time.Time) ([]briefbot.Article, error) {
	return b.Store.RecentArticles(ctx, now.Add(-relatedLook), relatedSummary)
}

// placeID is one key for all the names of a place ("South Korea" and
// "Corée du Sud"), and the name itself for anything else.
func placeID(name string) string {
	if ps := geo.Lookup(name); len(ps) > 0 {
		return ps[0].Kind.String() + ":" + ps[0].Country + ":" + ps[0].Name
	}
	return name
}

// summaryCounts counts the places and people of the summaries, by folded
// name, and keeps a written form of each.
func summaryCounts(arts []briefbot.Article) (map[string]int, map[string]string) {
	counts, names := map[string]int{}, map[string]string{}
	for _, a := range arts {
		for _, name := range append(append([]string(nil), a.Summary.Where...), a.Summary.Who...) {
			k := strings.Join(topics.Words(name), " ")
			if k == "" {
				continue
			}
			counts[k]++
			if _, ok := names[k]; !ok {
				names[k] = strings.TrimSpace(name)
			}
		}
	}
	return counts, names
}

// topicCountries are the countries of the place a folded topic names.
func topicCountries(topic string) map[string]bool {
	out := map[string]bool{}
	if code := placeCountry(topic); code != "" {
		out[code] = true
	}
	if code, ok := geo.Demonym(topic); ok {
		out[code] = true
	}
	return out
}

// placeCountry is the country of the place a name denotes, or "".
func placeCountry(name string) string {
	if ps := geo.Lookup(name); len(ps) > 0 {
		return ps[0].Country
	}
	return ""
}
