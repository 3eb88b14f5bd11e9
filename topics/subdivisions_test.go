package topics

import (
	"slices"
	"strings"
	"testing"

	"briefbot"
)

// TestSubdivisionTopics checks that a topic naming a subdivision finds
// the stories that name it, by their keys as by their words, and that the
// story is still found by its country through the summary's place.
func TestSubdivisionTopics(t *testing.T) {
	gironde := newKeyArticle(briefbot.Article{
		Title:   "Incendie en Gironde : 800 hectares brûlés",
		Text:    "Un feu de forêt a parcouru 800 hectares près de Lacanau depuis lundi, selon les pompiers.",
		Summary: briefbot.Summary{Where: []string{"Gironde", "France"}},
	})
	saxony := newKeyArticle(briefbot.Article{
		Title:   "Floods in Saxony",
		Text:    "Rivers burst their banks across the state on Tuesday.",
		Summary: briefbot.Summary{Where: []string{"Saxony", "Germany"}},
	})
	other := newKeyArticle(briefbot.Article{
		Title:   "Incendie en Dordogne",
		Text:    "Un feu a touché une grange, selon les pompiers.",
		Summary: briefbot.Summary{Where: []string{"Dordogne", "France"}},
	})
	if !slices.Contains(gironde.keys, "sfr33") || !slices.Contains(gironde.keys, "pfr") {
		t.Errorf("keys of the Gironde story %q lack sfr33 or pfr", gironde.keys)
	}
	m := New(nil)
	for _, tt := range []struct {
		topic     string
		finds     []keyArticle
		misses    []keyArticle
		searchKey string
	}{
		{"gironde", []keyArticle{gironde}, []keyArticle{other, saxony}, "sfr33"},
		{"Saxony", []keyArticle{saxony}, []keyArticle{gironde, other}, "sdesn"},
		{"france", []keyArticle{gironde, other}, []keyArticle{saxony}, "pfr"},
	} {
		t.Run(tt.topic, func(t *testing.T) {
			keyed, err := m.Match(tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			words, err := m.Expand(tt.topic)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.ContainsFunc(keyed[0], func(t briefbot.Term) bool { return t.Key == tt.searchKey }) {
				t.Errorf("%q searches %v, not the key %s", tt.topic, keyed, tt.searchKey)
			}
			for _, a := range tt.finds {
				if !a.finds(keyed) || !a.finds(words) {
					t.Errorf("%q does not find %q (by keys %v, by words %v)", tt.topic, a.title, a.finds(keyed), a.finds(words))
				}
			}
			for _, a := range tt.misses {
				if a.finds(keyed) {
					t.Errorf("%q finds %q", tt.topic, a.title)
				}
			}
		})
	}
}

// TestCommonWordIsNoSubdivisionTopic checks that a word that also names a
// subdivision the gazetteer leaves out ("Nord", "Centre") searches no
// subdivision's key.
func TestCommonWordIsNoSubdivisionTopic(t *testing.T) {
	m := New(nil)
	for _, topic := range []string{"nord", "centre", "central", "unity"} {
		keyed, err := m.Match(topic)
		if err != nil {
			t.Fatal(err)
		}
		for _, g := range keyed {
			for _, term := range g {
				if strings.HasPrefix(term.Key, "s") {
					t.Errorf("%q searches the subdivision key %s", topic, term.Key)
				}
			}
		}
	}
}
