package summarize

import (
	"slices"
	"testing"
	"time"

	"briefbot"
)

// TestPassiveAgent checks that a passive headline's agent leads Who when it
// names an actor or a natural force, and that the subject keeps the lead
// when it is a person, the agent is an event, or the participle belongs to
// a complement.
func TestPassiveAgent(t *testing.T) {
	pub := time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name, title, text string
		first             string // Who[0]
	}{
		{"described agent", "France : un cerf abattu par des chasseurs",
			"Un cerf a été abattu par des chasseurs mardi dans la forêt de Rambouillet, selon Paul Martin, garde forestier.", "Des chasseurs"},
		{"a natural force", "Le Chili frappé par un séisme",
			"Un séisme de magnitude 7 a frappé le Chili dimanche, selon l'institut géologique américain.", "Un séisme"},
		{"agent named", "Le ministre contesté par la CGT",
			"La Confédération générale du travail (CGT) a demandé mardi la démission du ministre, après la réforme.", "Confédération générale du travail"},
		{"a person as subject", "Procès : Jeanne Morel aurait été payée par des employeurs",
			"La juge a indiqué que Jeanne Morel aurait été payée par des employeurs dès 1990, selon le journal.", "Jeanne Morel"},
		{"an event is no agent", "France : 12 spectateurs blessés par l'effondrement d'une tribune",
			"Douze spectateurs ont été blessés samedi par l'effondrement d'une tribune du stade de Lens.", "12 spectateurs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustSummarize(t, briefbot.Document{Title: tt.title, Text: tt.text, Lang: "fr", Published: pub})
			if len(s.Who) == 0 || s.Who[0] != tt.first {
				t.Errorf("Who = %q, want %q first", s.Who, tt.first)
			}
		})
	}
	s := MustSummarize(t, briefbot.Document{Title: "L'ONU aide à rouvrir les écoles endommagées par un cyclone",
		Text: "L'ONU aide à rouvrir 40 écoles du Mozambique, deux mois après le cyclone, a indiqué l'UNICEF.", Lang: "fr", Published: pub})
	if slices.Contains(s.Who, "Un cyclone") {
		t.Errorf("Who = %q names the agent of a complement's participle", s.Who)
	}
}
