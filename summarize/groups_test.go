package summarize

import (
	"testing"

	"briefbot"
)

func TestFindGroup(t *testing.T) {
	tests := []struct{ name, title, text, want string }{
		{"counted people", "At least seven people killed as tram derails", "The tram derailed on a bend.", "At least seven people"},
		{"count then casualty", "Five shot near protest", "Police are searching for a gunman.", "Five people"},
		{"count then plural noun", "Three climbers missing on the mountain", "A storm hit the summit.", "Three climbers"},
		{"french count", "Trois alpinistes secourus dans les Écrins", "Ils ont passé la nuit dehors.", "Trois alpinistes"},
		{"french count with its determiner", "Des dizaines de morts dans un accident de train", "Le train a déraillé.", "Des dizaines de personnes"},
		{"no determiner inside the sentence", "Inde : mort de dizaines de civils", "Un immeuble s'est effondré.", "Dizaines de civils"},
		{"people by nationality", "Brits blame new chocolate shape on the pound", "Shoppers are unhappy.", "Brits"},
		{"role", "Driver arrested after crash", "The tram overturned.", "Driver"},
		{"nobody", "Markets rise on rate hopes", "Shares rose on Monday.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := read(briefbot.Document{Title: tt.title, Text: tt.text})
			if got := findGroup(a); got != tt.want {
				t.Errorf("findGroup = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestGroupLeadsWhenOnlyASourceIsNamed(t *testing.T) {
	s := MustSummarize(t, briefbot.Document{
		Title: "Five injured as storm hits coast",
		Text:  "Five people were injured when a storm hit the coast on Monday, Mayor Anna Berg said.\nRoads were closed.",
	})
	if len(s.Who) == 0 || s.Who[0] != "Five people" {
		t.Errorf("Who = %q, want the group first: the mayor is only the source", s.Who)
	}
}
