package brief

import (
	"testing"

	"briefbot"
)

func TestLocalWhen(t *testing.T) {
	tests := []struct {
		text, from, to, want string
	}{
		{"le 22 septembre", "fr", "en", "22 September"},
		{"22 septembre 2023", "fr", "en", "22 September 2023"},
		{"le 1er mai", "fr", "en", "1 May"},
		{"Sept. 22, 2023", "en", "fr", "22 septembre 2023"},
		{"the 3rd of March", "en", "fr", "3 mars"},
		{"1 May", "en", "fr", "1er mai"},
		{"lundi", "fr", "en", "Monday"},
		{"mardi dernier", "fr", "en", "last Tuesday"},
		{"next Thursday", "en", "fr", "jeudi prochain"},
		{"Saturday", "en", "fr", "samedi"},
		{"hier", "fr", "en", "yesterday"},
		{"yesterday", "en", "fr", "hier"},
		{"mardi soir", "fr", "en", "mardi soir"},                 // not read whole: as written
		{"il y a trois jours", "fr", "en", "il y a trois jours"}, // likewise
		{"le 42 septembre", "fr", "en", "le 42 septembre"},
		{"le 22 septembre", "fr", "fr", "le 22 septembre"}, // its own language
		{"le 22 septembre", "", "en", "le 22 septembre"},   // a language unknown
		{"", "fr", "en", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text+" "+tt.from+">"+tt.to, func(t *testing.T) {
			if got := localWhen(tt.text, tt.from, tt.to); got != tt.want {
				t.Errorf("localWhen(%q, %q, %q) = %q, want %q", tt.text, tt.from, tt.to, got, tt.want)
			}
		})
	}
}

// A story in another language than the chat's is marked with its code, its
// places and its date in words are the chat's; its headline, What and
// summary stay as written.
func TestStoryItemInTheChatsLanguage(t *testing.T) {
	s := briefbot.Story{Headline: "Les diplomates se mettent d'accord", Summary: briefbot.Summary{
		What: "Les diplomates s'étaient mis d'accord", Where: []string{"New York", "États-Unis"},
		WhenText: "le 22 septembre", Summary: "Le ministère a annoncé un accord.", Lang: "fr",
	}}
	en := StoryItem(s, false, "en")
	if en.Headline != "Les diplomates se mettent d'accord (fr)" {
		t.Errorf("headline for an English chat %q, want it marked (fr)", en.Headline)
	}
	if got := en.Summary; got.What != s.Summary.What || got.Summary != s.Summary.Summary ||
		len(got.Where) != 2 || got.Where[0] != "New York" || got.Where[1] != "United States" || got.WhenText != "22 September" {
		t.Errorf("summary for an English chat %+v; want the What and summary as written, New York, United States, 22 September", got)
	}
	fr := StoryItem(s, false, "fr")
	if fr.Headline != s.Headline || fr.Summary.Where[1] != "États-Unis" || fr.Summary.WhenText != "le 22 septembre" {
		t.Errorf("item for a French chat %+v; want the story as written", fr)
	}
	if s.Summary.Where[1] != "États-Unis" {
		t.Errorf("StoryItem changed the story's own places: %q", s.Summary.Where)
	}
	dated := s
	dated.Summary.When = "2023-09-22"
	if got := StoryItem(dated, false, "en").Summary; got.When != "2023-09-22" || got.WhenText != "le 22 septembre" {
		t.Errorf("a story with its date: When %q, WhenText %q; want the date shown as it is", got.When, got.WhenText)
	}
	unknown := s
	unknown.Summary.Lang = ""
	if got := StoryItem(unknown, false, "en"); got.Headline != s.Headline || got.Summary.Where[1] != "United States" {
		t.Errorf("a story in a language unknown: %q in %q; want no mark, and the places named in English", got.Headline, got.Summary.Where)
	}
}
