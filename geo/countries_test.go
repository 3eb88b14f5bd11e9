package geo

import "testing"

func TestCities(t *testing.T) {
	got := Cities("kr", 3)
	if len(got) != 3 || got[0].Name != "Seoul" {
		t.Fatalf("Cities(KR, 3) = %+v, want 3 cities, Seoul first", got)
	}
	for i, c := range got {
		if c.Kind != City || c.Country != "KR" {
			t.Errorf("Cities(KR, 3)[%d] = %+v, want a city of KR", i, c)
		}
		if i > 0 && c.Population > got[i-1].Population {
			t.Errorf("Cities(KR, 3) not by falling population: %+v", got)
		}
	}
	if c := Cities("FR", 1); len(c) != 1 || c[0].Name != "Paris" {
		t.Errorf("Cities(FR, 1) = %+v, want Paris", c)
	}
	if c := Cities("ZZ", 5); len(c) != 0 {
		t.Errorf("Cities(ZZ, 5) = %+v, want none", c)
	}
	if c := Cities("KR", 0); len(c) != 0 {
		t.Errorf("Cities(KR, 0) = %+v, want none", c)
	}
}

func TestCountryNamesInServedLanguages(t *testing.T) {
	tests := []struct{ code, lang, want string }{
		{"BR", "de", "Brasilien"},
		{"BR", "es", "Brasil"},
		{"BR", "pt", "Brasil"},
		{"BR", "zh", "巴西"},
		{"KR", "es", "Corea del Sur"},
		{"KR", "it", "Corea del Sud"},
	}
	for _, tt := range tests {
		if got := CountryName(tt.code, tt.lang); got != tt.want {
			t.Errorf("CountryName(%q, %q) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
	langs := []string{"en", "fr", "de", "es", "it", "pt", "ko", "ja", "zh"}
	for code, i := range load().country {
		e := load().places[i]
		for _, l := range langs {
			if e.in(l, "") == "" {
				t.Errorf("country %s has no name in %s", code, l)
			}
		}
	}
}

func TestNoObsoleteCountries(t *testing.T) {
	for _, code := range []string{"DD", "FX", "YU", "CS", "SU", "ZR", "TP", "BU", "AN", "NT", "UK", "UN"} {
		if p, ok := CountryByCode(code); ok {
			t.Errorf("CountryByCode(%q) = %+v, want no such country", code, p)
		}
	}
	for name, want := range map[string]string{"germany": "DE", "france": "FR", "Allemagne": "DE", "Zaïre": "", "Myanmar": "MM"} {
		got := Lookup(name)
		if want == "" {
			for _, p := range got {
				if p.Kind == Country {
					t.Errorf("Lookup(%q) finds the country %+v", name, p)
				}
			}
			continue
		}
		if len(got) == 0 || got[0].Country != want || got[0].Kind != Country {
			t.Errorf("Lookup(%q) = %+v, want the country %s first", name, got, want)
		}
	}
}
