package geo

import (
	"strings"
	"testing"
)

func TestLookupUSState(t *testing.T) {
	tests := []struct {
		in, want, region string
		abbreviated      bool
	}{
		{"N.Y.", "New York", "New York State", true},
		{"NY", "New York", "New York State", true},
		{"Calif.", "California", "California", true},
		{"Nev", "Nevada", "Nevada", true},
		{"W.Va.", "West Virginia", "West Virginia", true},
		{"Washington", "Washington", "Washington State", false},
		{"Texas", "Texas", "Texas", false},
	}
	for _, tt := range tests {
		got, ok := LookupUSState(tt.in)
		if !ok || got.Name != tt.want || got.Region.Name != tt.region || got.Abbreviated != tt.abbreviated {
			t.Errorf("LookupUSState(%q) = %+v, %v; want %s (%s), abbreviated %v", tt.in, got, ok, tt.want, tt.region, tt.abbreviated)
		}
	}
	for _, s := range []string{"Chappaqua", "ny", "LA", "D.C.", "Paris", "mass", "IT"} {
		if got, ok := LookupUSState(s); ok {
			t.Errorf("LookupUSState(%q) = %+v, want none", s, got)
		}
	}
}

func TestLookupUSStateByRegion(t *testing.T) {
	if got, ok := LookupUSState("New York State"); !ok || got.Name != "New York" {
		t.Errorf("LookupUSState(New York State) = %+v, %v; want New York", got, ok)
	}
}

// TestAppendToLower: appendToLower writes what strings.ToLower gives, in
// ASCII and past it.
func TestAppendToLower(t *testing.T) {
	for _, s := range []string{"", "NY", "N.Y.", "Calif", "new York", "ÉTAT", "Québec", "\xff", "İ"} {
		if got, want := string(appendToLower([]byte("x"), s)), "x"+strings.ToLower(s); got != want {
			t.Errorf("appendToLower(%q) = %q, want %q", s, got, want)
		}
	}
}
