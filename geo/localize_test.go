package geo

import (
	"slices"
	"testing"
)

func TestLocalName(t *testing.T) {
	tests := []struct {
		name, from, to, want string
	}{
		{"États-Unis", "fr", "en", "United States"},
		{"Séoul", "fr", "en", "Seoul"},
		{"Seoul", "en", "fr", "Séoul"},
		{"Londres", "fr", "en", "London"},
		{"Corée du Nord", "fr", "en", "North Korea"},
		{"New York", "fr", "en", "New York"},
		{"New York", "en", "fr", "New York"},
		{"Mexico", "en", "fr", "Mexique"},            // the country, as English writes it
		{"Mexico", "fr", "en", "Mexico City"},        // the city, as French writes it
		{"Kiev", "en", "fr", "Kyiv"},                 // another spelling: the place's name
		{"Georgia", "fr", "en", "Georgia"},           // English already, in a French story
		{"Atlantis Bay", "en", "fr", "Atlantis Bay"}, // unknown: as written
		{"séoul", "", "en", "Seoul"},                 // no language: the first place's
		{"Paris", "fr", "en", "Paris"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" "+tt.from+">"+tt.to, func(t *testing.T) {
			if got := LocalName(tt.name, tt.from, tt.to); got != tt.want {
				t.Errorf("LocalName(%q, %q, %q) = %q, want %q", tt.name, tt.from, tt.to, got, tt.want)
			}
		})
	}
}

func TestLocalNamesDropsRepeats(t *testing.T) {
	got := LocalNames([]string{"Séoul", "Seoul", "Corée du Sud"}, "fr", "en")
	if want := []string{"Seoul", "South Korea"}; !slices.Equal(got, want) {
		t.Errorf("LocalNames = %q, want %q", got, want)
	}
	if got := LocalNames(nil, "fr", "en"); got != nil {
		t.Errorf("LocalNames(nil) = %q, want nil", got)
	}
}
