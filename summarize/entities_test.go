package summarize

import "testing"

func TestEntities(t *testing.T) {
	for _, tc := range []struct {
		sentence, lang string
		want           map[string]EntityKind
	}{
		{"England coach Andy Robinson has called up Bath prop Duncan Bell after a win in Ireland.", "en",
			map[string]EntityKind{"Andy Robinson": Person, "Duncan Bell": Person, "Ireland": Place}},
		{"Le juge James Robart a bloqué le décret, a déclaré le ministère de la Justice à Paris.", "fr",
			map[string]EntityKind{"James Robart": Person, "Paris": Place}},
		{"The Bureau of Meteorology said the storm had passed.", "en",
			map[string]EntityKind{"Bureau of Meteorology": Organisation}},
	} {
		t.Run(tc.sentence, func(t *testing.T) {
			got := map[string]EntityKind{}
			for _, e := range Entities(tc.sentence, tc.lang) {
				if tc.sentence[e.Start:e.End] != e.Text {
					t.Errorf("%q at %d:%d is %q in the sentence", e.Text, e.Start, e.End, tc.sentence[e.Start:e.End])
				}
				got[e.Text] = e.Kind
			}
			for name, kind := range tc.want {
				if k, ok := got[name]; !ok || k != kind {
					t.Errorf("Entities: %q is %v (found %v); want kind %v, all: %v", name, k, ok, kind, got)
				}
			}
		})
	}
}
