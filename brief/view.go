package brief

import (
	"time"

	"briefbot"
)

// View is a brief as `briefbot brief -json` prints it. Its shape is a
// contract for scripts: the lists are never null, and Window is written
// as Go writes a duration ("168h0m0s").
type View struct {
	Topic   string      `json:"topic"`
	Window  string      `json:"window"`
	Stories []StoryView `json:"stories"`
	Older   []StoryView `json:"older"`
	Related []string    `json:"related"` // when nothing at all matched: topics that have stories

	DidYouMean string `json:"did_you_mean,omitempty"` // when nothing at all matched: the topic most likely meant
}

// StoryView is one story of a View.
type StoryView struct {
	Headline string           `json:"headline"`
	Summary  briefbot.Summary `json:"summary"`
	Seen     time.Time        `json:"seen"`
	Sources  []SourceView     `json:"sources"`
}

// SourceView is one article of a story: where it ran.
type SourceView struct {
	Name string `json:"name"`
	URL  string `json:"url"`
}

// ViewOf is the View of a briefing.
func ViewOf(br Briefing) View {
	v := View{Topic: br.Topic, Window: br.Window.String(), Stories: []StoryView{}, Older: []StoryView{}, Related: []string{}}
	v.Related = append(v.Related, br.Related...)
	v.DidYouMean = br.DidYouMean
	for _, s := range br.Stories {
		v.Stories = append(v.Stories, storyView(s))
	}
	for _, s := range br.Older {
		v.Older = append(v.Older, storyView(s))
	}
	return v
}

func storyView(s briefbot.Story) StoryView {
	v := StoryView{Headline: s.Headline, Summary: s.Summary, Seen: s.Latest(), Sources: []SourceView{}}
	for _, a := range s.Articles {
		v.Sources = append(v.Sources, SourceView{Name: a.Source, URL: a.URL})
	}
	return v
}
