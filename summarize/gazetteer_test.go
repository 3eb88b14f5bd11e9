package summarize

import "testing"

func TestLookupPlace(t *testing.T) {
	tests := []struct {
		name, en, fr, country string
		found                 bool
	}{
		{"Séoul", "Seoul", "Séoul", "South Korea", true},
		{"NEW YORK", "New York", "New York", "United States", true},
		{"Philippines", "Philippines", "Philippines", "", true},
		{"Corée du Nord", "North Korea", "Corée du Nord", "", true},
		{"Swiss", "", "", "", false},
		{"Brits", "", "", "", false},
		{"Obama", "", "", "", false}, // a town of 30,000 people: only after a locative
		{"Us", "", "", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := lookupPlace(tt.name)
			if (p != nil) != tt.found {
				t.Fatalf("lookupPlace(%q) = %+v, want found %v", tt.name, p, tt.found)
			}
			if p == nil {
				return
			}
			country := ""
			if p.country != nil {
				country = p.country.en
			}
			if p.en != tt.en || p.fr != tt.fr || country != tt.country {
				t.Errorf("lookupPlace(%q) = %q/%q in %q, want %q/%q in %q", tt.name, p.en, p.fr, country, tt.en, tt.fr, tt.country)
			}
		})
	}
}

func TestLookupLocativeFindsSmallerCities(t *testing.T) {
	if p := lookupLocative("Obama"); p == nil || p.country == nil || p.country.en != "Japan" {
		t.Errorf("lookupLocative(Obama) = %+v, want the Japanese town", p)
	}
	if p := lookupLocative("Cleveland"); p == nil || p.region["en"] != "Ohio" {
		t.Errorf("lookupLocative(Cleveland) = %+v, want Ohio as its state", p)
	}
}

// TestLookupPlaceBytes: the look-up of a name's bytes finds what the
// look-up of the name does, cached or not.
func TestLookupPlaceBytes(t *testing.T) {
	for _, name := range []string{"France", "États-Unis", "Paris", "Seoul", "Nowhereville", "The", "Japan", "Corée du Sud", ""} {
		for range 2 {
			if got, want := lookupPlaceBytes([]byte(name)), lookupPlace(name); got != want {
				t.Errorf("lookupPlaceBytes(%q) = %v, lookupPlace %v", name, got, want)
			}
		}
		if got, want := isCountry(lower(name)), lookupPlace(capitalizeFirst(lower(name))); got != (want != nil && want.country == nil) {
			t.Errorf("isCountry(%q) = %v, lookupPlace(%q) = %v", lower(name), got, capitalizeFirst(lower(name)), want)
		}
	}
}
