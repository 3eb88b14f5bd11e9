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
