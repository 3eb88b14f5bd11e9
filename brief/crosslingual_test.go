package brief_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
)

// worldNews are short articles in four languages, each naming its place
// the way its language does.
var worldNews = []briefbot.Article{
	article("Sommet à Séoul", "Les dirigeants sud-coréens ont reçu une délégation à Séoul.", time.Hour),
	article("Raketentest gemeldet", "Nordkorea hat erneut eine Rakete getestet, meldet Pjöngjang.", 2*time.Hour),
	article("Elecciones el domingo", "Los japoneses votan el domingo en Tokio.", 3*time.Hour),
	article("Talks stall", "German ministers met in Berlin on Monday.", 4*time.Hour),
	article("Grève générale", "Les syndicats français manifestent à Paris.", 5*time.Hour),
	article("Acuerdo comercial", "Estados Unidos y México firmaron un acuerdo.", 6*time.Hour),
	article("Wahl entschieden", "Brasilianische Wähler haben einen neuen Präsidenten gewählt.", 7*time.Hour),
	article("Summit ends", "Russian officials said in Moscow that the summit ended.", 8*time.Hour),
	article("Réponse officielle", "La Chine a répondu depuis Pékin.", 9*time.Hour),
	article("Protestas masivas", "Miles de italianos marcharon en Roma.", 10*time.Hour),
	article("Port strike", "Dockworkers in Seoul walked out, South Korean unions said.", 11*time.Hour),
	article("Parade held", "North Korean troops marched in Pyongyang.", 12*time.Hour),
}

// TestBriefAcrossLanguages asks for topics in English, French, German and
// Spanish and checks which of worldNews each finds.
func TestBriefAcrossLanguages(t *testing.T) {
	db := mustStore(t, worldNews...)
	b := briefer(db)
	tests := []struct {
		topic   string
		want    []string // headlines that must be found
		notWant []string // headlines that must not
	}{
		{"korea", []string{"Sommet à Séoul", "Raketentest gemeldet", "Port strike", "Parade held"}, nil},
		{"south korea", []string{"Sommet à Séoul", "Port strike"}, []string{"Raketentest gemeldet", "Parade held"}},
		{`"north korea"`, []string{"Raketentest gemeldet", "Parade held"}, []string{"Sommet à Séoul", "Port strike"}},
		{"japan", []string{"Elecciones el domingo"}, nil},
		{"germany", []string{"Talks stall"}, nil},
		{"france", []string{"Grève générale"}, nil},
		{"united states", []string{"Acuerdo comercial"}, nil},
		{"brazil", []string{"Wahl entschieden"}, nil},
		{"russia", []string{"Summit ends"}, nil},
		{"china", []string{"Réponse officielle"}, nil},
		{"italy", []string{"Protestas masivas"}, nil},
		{"seoul", []string{"Sommet à Séoul", "Port strike"}, nil},
		{"corée", []string{"Sommet à Séoul", "Raketentest gemeldet"}, nil},
		{"corée du nord", []string{"Raketentest gemeldet"}, []string{"Sommet à Séoul"}},
		{"japon", []string{"Elecciones el domingo"}, nil},
		{"japonais", []string{"Elecciones el domingo"}, nil},
		{"allemagne", []string{"Talks stall"}, nil},
		{"chine", []string{"Réponse officielle"}, nil},
		{"russie", []string{"Summit ends"}, nil},
		{"états-unis", []string{"Acuerdo comercial"}, nil},
		{"brésil", []string{"Wahl entschieden"}, nil},
		{"südkorea", []string{"Sommet à Séoul"}, []string{"Raketentest gemeldet"}},
		{"deutschland", []string{"Talks stall"}, nil},
		{"frankreich", []string{"Grève générale"}, nil},
		{"russland", []string{"Summit ends"}, nil},
		{"italien", []string{"Protestas masivas"}, nil},
		{"japón", []string{"Elecciones el domingo"}, nil},
		{"alemania", []string{"Talks stall"}, nil},
		{"francia", []string{"Grève générale"}, nil},
		{"corea", []string{"Sommet à Séoul", "Parade held"}, nil},
		{"estados unidos", []string{"Acuerdo comercial"}, nil},
		{"pekín", []string{"Réponse officielle"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.topic, func(t *testing.T) {
			br, err := b.Brief(context.Background(), tt.topic, 7*24*time.Hour, 20)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range br.Stories {
				got = append(got, s.Headline)
			}
			for _, h := range tt.want {
				if !slices.Contains(got, h) {
					t.Errorf("%q did not find %q; found %q", tt.topic, h, got)
				}
			}
			for _, h := range tt.notWant {
				if slices.Contains(got, h) {
					t.Errorf("%q found %q", tt.topic, h)
				}
			}
		})
	}
}
