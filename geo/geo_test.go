package geo

import (
	"runtime"
	"slices"
	"testing"
)

func TestLookup(t *testing.T) {
	tests := []struct {
		name, want string
		kind       Kind
		country    string
	}{
		{"Séoul", "Seoul", City, "KR"},
		{"SEOUL", "Seoul", City, "KR"},
		{"seoul", "Seoul", City, "KR"},
		{"서울", "Seoul", City, "KR"},
		{"New York", "New York City", City, "US"},
		{"Corée du Sud", "South Korea", Country, "KR"},
		{"coree du sud", "South Korea", Country, "KR"},
		{"Südkorea", "South Korea", Country, "KR"},
		{"États-Unis", "United States", Country, "US"},
		{"U.S.", "United States", Country, "US"},
		{"Londres", "London", City, "GB"},
		{"Californie", "California", Region, "US"},
		{"東京", "Tokyo", City, "JP"},
		{"Łódź", "Łódź", City, "PL"},
		{"Lodz", "Łódź", City, "PL"},
		{"Hà Nội", "Hanoi", City, "VN"},
		{"Tromsø", "Tromsø", City, "NO"},
		{"Tromso", "Tromsø", City, "NO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Lookup(tt.name)
			if len(got) == 0 {
				t.Fatalf("Lookup(%q) found nothing", tt.name)
			}
			if got[0].Name != tt.want || got[0].Kind != tt.kind || got[0].Country != tt.country {
				t.Errorf("Lookup(%q)[0] = %+v, want %s (%s, %s)", tt.name, got[0], tt.want, tt.kind, tt.country)
			}
		})
	}
}

func TestLookupUnknown(t *testing.T) {
	if got := Lookup("Xqzzyplace"); len(got) != 0 {
		t.Errorf("Lookup(nonsense) = %v, want nothing", got)
	}
}

func TestCountryName(t *testing.T) {
	tests := []struct{ code, lang, want string }{
		{"KR", "fr", "Corée du Sud"},
		{"kr", "en", "South Korea"},
		{"JP", "ja", "日本"},
		{"US", "fr", "États-Unis"},
		{"DE", "de", "Deutschland"},
		{"ZZ", "en", ""},
	}
	for _, tt := range tests {
		if got := CountryName(tt.code, tt.lang); got != tt.want {
			t.Errorf("CountryName(%q, %q) = %q, want %q", tt.code, tt.lang, got, tt.want)
		}
	}
}

func TestAliases(t *testing.T) {
	got := Aliases("KR")
	for _, want := range []string{"Corée du Sud", "한국", "Séoul", "서울", "coréenne", "South Korean", "Korea"} {
		if !slices.Contains(got, want) {
			t.Errorf("Aliases(KR) lacks %q", want)
		}
	}
}

func TestCapitalAndDemonym(t *testing.T) {
	if c, ok := Capital("FR"); !ok || c.Name != "Paris" {
		t.Errorf("Capital(FR) = %+v, %v; want Paris", c, ok)
	}
	if c, ok := Capital("KR"); !ok || c.In("fr") != "Séoul" {
		t.Errorf("Capital(KR).In(fr) = %q, %v; want Séoul", c.In("fr"), ok)
	}
	for word, want := range map[string]string{"nord-coréen": "KP", "Sud-Coréennes": "KR", "japonaise": "JP", "American": "US"} {
		if got, ok := Demonym(word); !ok || got != want {
			t.Errorf("Demonym(%q) = %q, %v; want %q", word, got, ok, want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{"Sud-Coréenne": "sud coreenne", "U.S.": "us", "  Côte d’Ivoire ": "cote d'ivoire", "Łódź": "łodz", "Tromsø": "tromso"} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMemory logs the heap the gazetteer takes once loaded.
func TestMemory(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	d, err := open(placesBin)
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("gazetteer: %d places, %d names, %.1f MB of heap after loading (embedded file %.1f MB)",
		len(d.places), d.byName.Keys(), float64(after.HeapAlloc-before.HeapAlloc)/1e6, float64(len(placesBin))/1e6)
	runtime.KeepAlive(d)
}

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := open(placesBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFirstUse is what a process pays for its first lookup: opening
// the table, then finding a name in it.
func BenchmarkFirstUse(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		d, err := open(placesBin)
		if err != nil {
			b.Fatal(err)
		}
		if d.named(Fold("Séoul")).Len() == 0 {
			b.Fatal("Séoul not found")
		}
	}
}

func BenchmarkLookup(b *testing.B) {
	load()
	for b.Loop() {
		Lookup("Séoul")
	}
}
