package brief_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"briefbot"
	"briefbot/ingest"
	"briefbot/storage/sqlite"
	"briefbot/storage/teststore"
)

// conceptNews are short stories in French and English: French ones that
// name their topic in French words only, an English one for each of the
// two senses of "strike", and stories that share no concept with any
// topic asked for.
var conceptNews = []briefbot.Article{
	article("Séisme meurtrier en Italie", "Un tremblement de terre de magnitude 6,2 a frappé le centre du pays dans la nuit.", time.Hour),
	article("Grève des cheminots", "Les syndicats appellent à une grève illimitée à partir de lundi, les trains resteront en gare.", 2*time.Hour),
	article("Inondations dans le Gard", "Les crues ont emporté plusieurs ponts après des pluies diluviennes.", 3*time.Hour),
	article("Les Néerlandais aux urnes", "Les législatives anticipées se tiennent mercredi ; les bureaux fermeront à 21 heures.", 4*time.Hour),
	article("Le chômage recule", "Le nombre de demandeurs d'emploi a baissé de 2 % au premier trimestre, selon l'Insee.", 5*time.Hour),
	article("Frappes aériennes sur Alep", "L'aviation a mené des frappes aériennes contre des positions rebelles dans la nuit.", 6*time.Hour),
	article("Le prix du pain augmente", "La baguette coûte désormais plus cher dans les boulangeries de la capitale.", 7*time.Hour),
	article("Palme d'or", "Le jury a décerné sa récompense à un film coréen, salué par la critique.", 8*time.Hour),
	article("Drone strike hits convoy", "A drone strike hit a convoy near the border, officials said.", 9*time.Hour),
	article("Dockers walk out", "Port workers began a walkout over pay on Tuesday.", 10*time.Hour),
	article("Quake shakes Chile", "A magnitude 7 earthquake struck off the coast of Chile.", 11*time.Hour),
	article("A steadier mouse", "An adaptor helps people with hand tremors use a computer, said the Tremor Foundation.", 12*time.Hour),
}

// TestBriefConceptsAcrossLanguages asks for concepts in English and
// French and checks which of conceptNews each finds: the French stories
// that use only French words, and not the unrelated ones. "strike" alone
// is the labour strike, so the French air strikes are not found; the
// English drone strike is, since it says "strike", the word asked for
// (see lang's package doc). The same holds on a store whose articles
// were stored before search keys, which the words find (see
// topics.AllKeyed), and again once they are keyed.
func TestBriefConceptsAcrossLanguages(t *testing.T) {
	unkeyed := teststore.Open(t)
	for _, a := range conceptNews {
		a.Ingested = now
		if _, err := unkeyed.AddArticle(context.Background(), a); err != nil {
			t.Fatal(err)
		}
	}
	for name, db := range map[string]*sqlite.DB{"keyed": mustStore(t, conceptNews...), "stored before keys": unkeyed} {
		t.Run(name, func(t *testing.T) { testConcepts(t, db) })
	}
	if n, err := (&ingest.Ingester{Store: unkeyed}).Rekey(context.Background()); err != nil || n != len(conceptNews) {
		t.Fatalf("Rekey = %d, %v; want %d articles keyed", n, err, len(conceptNews))
	}
	t.Run("keyed again", func(t *testing.T) { testConcepts(t, unkeyed) })
}

func testConcepts(t *testing.T, db *sqlite.DB) {
	b := briefer(db)
	unrelated := []string{"Le prix du pain augmente", "Palme d'or", "A steadier mouse"}
	tests := []struct {
		topic   string
		want    []string // headlines that must be found
		notWant []string // headlines that must not
	}{
		{"earthquake", []string{"Séisme meurtrier en Italie", "Quake shakes Chile"}, []string{"Frappes aériennes sur Alep", "Inondations dans le Gard"}},
		{"strike", []string{"Grève des cheminots", "Dockers walk out", "Drone strike hits convoy"}, []string{"Frappes aériennes sur Alep", "Séisme meurtrier en Italie"}},
		{"flood", []string{"Inondations dans le Gard"}, []string{"Séisme meurtrier en Italie", "Grève des cheminots"}},
		{"election", []string{"Les Néerlandais aux urnes"}, []string{"Le chômage recule"}},
		{"unemployment", []string{"Le chômage recule"}, []string{"Grève des cheminots", "Les Néerlandais aux urnes"}},
		{"séisme", []string{"Quake shakes Chile", "Séisme meurtrier en Italie"}, nil},
		{"grève", []string{"Grève des cheminots", "Dockers walk out"}, []string{"Drone strike hits convoy", "Frappes aériennes sur Alep"}},
		{"air strike", []string{"Frappes aériennes sur Alep", "Drone strike hits convoy"}, []string{"Grève des cheminots", "Dockers walk out"}},
		{"strike rebels", []string{"Frappes aériennes sur Alep"}, []string{"Grève des cheminots"}},
		{`"strike"`, []string{"Drone strike hits convoy"}, []string{"Grève des cheminots", "Frappes aériennes sur Alep"}},
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
			for _, h := range append(tt.notWant, unrelated...) {
				if slices.Contains(got, h) {
					t.Errorf("%q found %q", tt.topic, h)
				}
			}
		})
	}
}
