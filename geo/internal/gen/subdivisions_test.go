package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestCleanSubdivision(t *testing.T) {
	for in, want := range map[string]string{
		"Île-de-France²":     "Île-de-France",
		"Guyane (française)": "Guyane",
		"Côte-d’Or":          "Côte-d'Or",
		" Gironde ":          "Gironde",
	} {
		if got := cleanSubdivision(in); got != want {
			t.Errorf("cleanSubdivision(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKeepSubdivisions(t *testing.T) {
	sub := func(code, en string) subdivision { return subdivision{code: code, names: map[string]string{"en": en}} }
	subs := []subdivision{
		sub("FR-33", "Gironde"),
		sub("FR-59", "Nord"),               // a French word
		sub("ZM-06", "North-Western"),      // generic words alone
		sub("PE-LIM", "Lima"),              // a large city elsewhere... and here
		sub("JP-34", "Hiroshima"),          // a city of its own country
		sub("IN-PB", "Punjab"),             // shared by two countries
		sub("PK-PB", "Punjab"),             //
		sub("FR-20R", "Corse"),             // kept once
		sub("FR-COR", "Corse"),             //
		sub("GB-ABC", "Armagh, Banbridge"), // no single name
		sub("US-GA", "Georgia"),            // a country
	}
	taken := takenNames([]string{
		"t\tPE\t3936456\t7737002\t=Lima",
		"t\tJP\t1862415\t20000\t=Hiroshima",
		"t\tUS/Ohio\t5159537\t50000\t=Gironde", // a small city of another country takes nothing
		"c\tGE\t611717\t0\t=Georgia\tfr=Géorgie",
	})
	kept, dropped := keepSubdivisions(subs, taken)
	var codes []string
	for _, s := range kept {
		codes = append(codes, s.code)
	}
	if want := []string{"FR-33", "FR-20R"}; !slices.Equal(codes, want) {
		t.Errorf("kept %v, want %v", codes, want)
	}
	total := 0
	for _, n := range dropped {
		total += n
	}
	if total != len(subs)-len(kept) || dropped["common word"] != 2 || dropped["shared by several countries"] != 2 {
		t.Errorf("dropped %v, want every left-out one counted by reason", dropped)
	}
}

func TestReadSubdivisions(t *testing.T) {
	dir := t.TempDir()
	write := func(loc, body string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, loc), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, loc, loc+".json"), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en", `{"subdivisions":{"identity":{"language":"en"},"localeDisplayNames":{"subdivisions":{"fr33":"Gironde","gbsct":"Scotland"}}}}`)
	write("fr", `{"subdivisions":{"identity":{"language":"fr"},"localeDisplayNames":{"subdivisions":{"gbsct":"Écosse","xx1":"Nowhere"}}}}`)
	subs, err := readSubdivisions(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(subs) != 2 || subs[0].code != "FR-33" || subs[1].code != "GB-SCT" || subs[1].names["fr"] != "Écosse" {
		t.Errorf("readSubdivisions = %+v, want FR-33 and GB-SCT with its French name, and no code without an English name", subs)
	}
	write("de", `{not json`)
	if _, err := readSubdivisions(dir); err == nil {
		t.Error("readSubdivisions read a broken file without an error")
	}
}

func TestBareAdminName(t *testing.T) {
	for _, tt := range []struct {
		in      string
		english bool
		want    string
	}{
		{"Hunan Province", true, "Hunan"},
		{"Free State of Thuringia", true, "Thuringia"},
		{"Province de Hebei", false, "Hebei"},
		{"État libre de Saxe", false, "Saxe"},
		{"Préfecture dIwate", false, "Iwate"},
		{"Région Occitanie", false, "Occitanie"},
		{"l'Assaba", false, "Assaba"},
		{"Région métropolitaine de Santiago", false, "Région métropolitaine de Santiago"}, // no name right after
		{"Territoire du Nord", false, "Territoire du Nord"},                               // the name itself
	} {
		if got := bareAdminName(tt.in, tt.english); got != tt.want {
			t.Errorf("bareAdminName(%q, %v) = %q, want %q", tt.in, tt.english, got, tt.want)
		}
	}
}

func TestAddFrenchNames(t *testing.T) {
	subs := []subdivision{
		{code: "DE-SN", names: map[string]string{"en": "Saxony"}},
		{code: "CN-HN", names: map[string]string{"en": "Hunan"}},
		{code: "GB-SCT", names: map[string]string{"en": "Scotland", "fr": "Écosse"}},
		{code: "AT-6", names: map[string]string{"en": "Saxony"}}, // another country's division of that name
	}
	admin1 := map[string]map[string]string{
		"DE.13":  {"en": "Saxony", "fr": "État libre de Saxe"},
		"CN.11":  {"en": "Hunan Province", "fr": "Province de Hunan"}, // the same as the English name
		"GB.SCT": {"en": "Scotland", "fr": "Ecosse"},
	}
	if n := addFrenchNames(subs, admin1); n != 1 {
		t.Errorf("addFrenchNames added %d names, want 1", n)
	}
	if subs[0].names["fr"] != "Saxe" || subs[1].names["fr"] != "" || subs[2].names["fr"] != "Écosse" || subs[3].names["fr"] != "" {
		t.Errorf("French names %q, %q, %q, %q; want Saxe, none, CLDR's Écosse, none",
			subs[0].names["fr"], subs[1].names["fr"], subs[2].names["fr"], subs[3].names["fr"])
	}
}

func TestOtherNamesYieldLikeTheEnglishOne(t *testing.T) {
	taken := takenNames([]string{"t\tAT\t2761369\t1900000\t=Vienna\tfr=Vienne"})
	s := subdivision{code: "FR-86", names: map[string]string{"en": "Vienne County", "fr": "Vienne", "de": "Nord", "es": "Condado"}}
	got := otherNames(s, taken)
	if len(got) != 1 || got["es"] != "Condado" {
		t.Errorf("otherNames = %v, want only es=Condado: the French name is Vienna's, the German one a common word", got)
	}
}
