package geo

import "testing"

func TestLookupSubdivisions(t *testing.T) {
	tests := []struct{ name, want, country, code string }{
		{"Gironde", "Gironde", "FR", "FR-33"},
		{"gironde", "Gironde", "FR", "FR-33"},
		{"Hokkaido", "Hokkaidō", "JP", "JP-01"},
		{"Saxony", "Saxony", "DE", "DE-SN"},
		{"Nouvelle-Aquitaine", "Nouvelle-Aquitaine", "FR", "FR-NAQ"},
		{"Sichuan", "Sichuan", "CN", "CN-SC"},
		{"Essex", "Essex", "GB", "GB-ESS"},
		{"Basse-Saxe", "Lower Saxony", "DE", "DE-NI"}, // French names from GeoNames
		{"Andalousie", "Andalusia", "ES", "ES-AN"},
		{"Ile de France", "Île-de-France", "FR", ""}, // the curated region keeps its name
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lookup(tt.name)
			if len(got) == 0 {
				t.Fatalf("Lookup(%q) found nothing", tt.name)
			}
			p := got[0]
			if p.Name != tt.want || p.Country != tt.country || p.Code != tt.code {
				t.Errorf("Lookup(%q)[0] = %+v, want %s (%s, %q)", tt.name, p, tt.want, tt.country, tt.code)
			}
			if tt.code != "" && (p.Kind != Subdivision || p.Region != "") {
				t.Errorf("Lookup(%q)[0] is a %s in region %q, want a subdivision", tt.name, p.Kind, p.Region)
			}
		})
	}
}

// A subdivision named like a common word or a better-known place is left
// out: the word is no place, and the other place keeps its name.
func TestSubdivisionsYieldToWordsAndBetterKnownPlaces(t *testing.T) {
	for _, word := range []string{"Centre", "Nord", "Central", "Mayo", "Ain", "Meta", "Down", "Unity", "Jewish", "Northwestern", "Nil"} {
		for _, p := range Lookup(word) {
			if p.Kind == Subdivision {
				t.Errorf("Lookup(%q) finds the subdivision %+v", word, p)
			}
		}
	}
	tests := []struct {
		name    string
		kind    Kind
		country string
	}{
		{"Lima", City, "PE"},       // the city, not the region
		{"Georgia", Country, "GE"}, // the country, then the US state
		{"Washington", City, "US"}, // the city, not the state
		{"Tokyo", City, "JP"},
		{"Vienne", City, "AT"}, // Vienna in French, not the département
		{"Paris", City, "FR"},
	}
	for _, tt := range tests {
		got := Lookup(tt.name)
		if len(got) == 0 || got[0].Kind != tt.kind || got[0].Country != tt.country {
			t.Errorf("Lookup(%q) = %+v, want a %s of %s first", tt.name, got, tt.kind, tt.country)
		}
		for _, p := range got {
			if p.Kind == Subdivision {
				t.Errorf("Lookup(%q) also finds the subdivision %+v", tt.name, p)
			}
		}
	}
}

func TestSubdivisionByCode(t *testing.T) {
	p, ok := SubdivisionByCode("fr-33")
	if !ok || p.Name != "Gironde" || p.Country != "FR" {
		t.Errorf("SubdivisionByCode(fr-33) = %+v, %v; want Gironde, FR", p, ok)
	}
	if p, ok := SubdivisionByCode("FR-59"); ok { // "Nord", a common word
		t.Errorf("SubdivisionByCode(FR-59) = %+v, want none", p)
	}
	if p, ok := SubdivisionByCode("nonsense"); ok {
		t.Errorf("SubdivisionByCode(nonsense) = %+v, want none", p)
	}
}

func TestLabel(t *testing.T) {
	first := func(name string) Place {
		t.Helper()
		ps := Lookup(name)
		if len(ps) == 0 {
			t.Fatalf("Lookup(%q) found nothing", name)
		}
		return ps[0]
	}
	tests := []struct{ name, lang, want string }{
		{"Gironde", "en", "Gironde, France"},
		{"Gironde", "fr", "Gironde, France"},
		{"Hokkaido", "en", "Hokkaidō, Japan"},
		{"Saxony", "fr", "Saxe, Allemagne"},
		{"Andalousie", "en", "Andalusia, Spain"},
		{"Bavaria", "fr", "Bavière, Allemagne"},
		{"Austin", "en", "Austin, Texas, United States"},
		{"Miami", "fr", "Miami, Floride, États-Unis"},
		{"Japon", "en", "Japan"},
		{"Singapore", "en", "Singapore"},
	}
	for _, tt := range tests {
		if got := first(tt.name).Label(tt.lang); got != tt.want {
			t.Errorf("Lookup(%q)[0].Label(%q) = %q, want %q", tt.name, tt.lang, got, tt.want)
		}
	}
}
