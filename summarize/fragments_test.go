package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestFragmentsAndLoneSubjects checks that a line or a group named by a
// letter is no actor, that a page's button is no part of a name, and that
// a name met once is an actor when it is the subject of a verb, and that
// a couple who share a surname is one name, beside each of them.
func TestFragmentsAndLoneSubjects(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text, lang string
		want, absent            string
	}{
		{"a line named by a letter", "Transports : grosse panne en Île-de-France",
			"Le trafic de la ligne B du RER est interrompu depuis lundi entre Paris et Roissy, a indiqué la RATP.", "fr",
			"RATP", "B du RER"},
		{"a name met once as a subject", "Inondations : alerte dans l'Est",
			"À la suite des pluies, une grande partie de l'Est est menacée par les crues. Mardi, Vigicrues a placé six départements en vigilance rouge.", "fr",
			"Vigicrues", ""},
		{"a name met once as a complement", "Inondations : alerte dans l'Est",
			"À la suite des pluies, une grande partie de l'Est est menacée par les crues. Les relevés de Hydrolab sont attendus mardi soir.", "fr",
			"", "Hydrolab"},
		{"a button run into a name", "Zorblax recalls its scooters",
			"Skip Ad x Embed x Share Zorblax is recalling 20,000 electric scooters in Britain after a fault with their brakes. The firm said Zorblax riders would be refunded.", "en",
			"Zorblax", "Share Zorblax"},
		{"a couple", "Lille : une boulangerie ouvre ses portes",
			"Pierre et Marie Lambert ont ouvert samedi une boulangerie dans le centre de Lille, avec l'aide de la mairie.", "fr",
			"Pierre et Marie Lambert", "Marie Lambert"},
		{"one of a couple", "Mark Hale opens a bakery in Leeds",
			"Mark and Lucy Hale opened a bakery in Leeds on Saturday. Mark Hale said the couple had saved for ten years.", "en",
			"Mark Hale", ""},
		{"an English name met once as a subject", "Floods: alert in the east",
			"Heavy rain has put much of the east at risk of floods. On Tuesday, Floodwatch warned six counties.", "en",
			"Floodwatch", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: tt.lang, Published: pub})
			if tt.want != "" && !slices.Contains(s.Who, tt.want) {
				t.Errorf("Who = %q, want it to hold %q", s.Who, tt.want)
			}
			if tt.absent != "" && slices.Contains(s.Who, tt.absent) {
				t.Errorf("Who = %q holds %q", s.Who, tt.absent)
			}
		})
	}
}
