package main

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// countryLines lists every CLDR country with its name in every CLDR
// language, its capital and its curated English and French variants.
func countryLines(capitals map[string]int) []string {
	var out []string
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || !current(r) {
				continue
			}
			en := display.English.Regions().Name(r)
			if en == "" || en == code || strings.Contains(en, "Unknown") {
				continue
			}
			out = append(out, record("c", code, capitals[code], 0, en, regionNames(r, code)))
		}
	}
	return out
}

// current reports whether r is a country code in use today: not one that
// CLDR maps to its successor ("DD" → "DE", "FX" → "FR", "ZR" → "CD"), not
// one ISO 3166 withdrew, and no grouping ("UN", "EZ").
func current(r language.Region) bool {
	return r.Canonicalize() == r && !withdrawn[r.String()]
}

// withdrawn are ISO 3166-1 codes of countries that no longer exist or were
// renamed (ISO 3166-3), codes reserved for other uses, and groupings CLDR
// lists among regions.
var withdrawn = map[string]bool{
	"AN": true, "BU": true, "CS": true, "CT": true, "DD": true, "DY": true, "FQ": true,
	"FX": true, "HV": true, "JT": true, "MI": true, "NH": true, "NQ": true, "NT": true,
	"PC": true, "PU": true, "PZ": true, "RH": true, "SU": true, "TP": true, "UK": true,
	"VD": true, "WK": true, "YD": true, "YU": true, "ZR": true, "UN": true, "EZ": true,
}

// regionNames is the region's name in each CLDR language, with the
// curated variants ("en+", "fr+") the news writes it in.
func regionNames(r language.Region, code string) map[string]string {
	names := map[string]string{}
	for _, t := range display.Supported.Tags() {
		namer := display.Regions(t)
		if namer == nil {
			continue
		}
		if n := namer.Name(r); n != "" && n != code {
			names[t.String()] = n
		}
	}
	for i, v := range countryVariants[code] {
		names["x"+string(rune('a'+i))] = v
	}
	return names
}

// countryVariants are names the news uses beside CLDR's, keyed by code.
var countryVariants = map[string][]string{
	"US": {"USA", "U.S.", "U.S.A.", "America", "United States of America", "Amérique", "États-Unis d'Amérique"},
	"GB": {"UK", "U.K.", "Britain", "Great Britain", "Grande-Bretagne", "Angleterre"},
	"KR": {"Korea", "Corée", "Republic of Korea", "République de Corée", "한국", "대한민국"},
	"KP": {"DPRK", "Corée du Nord", "North Korea", "RPDC", "북한", "조선"},
	"RU": {"Russian Federation", "Fédération de Russie"},
	"CN": {"People's Republic of China", "PRC", "République populaire de Chine"},
	"TW": {"Republic of China"},
	"CD": {"DRC", "RDC", "Democratic Republic of Congo", "République démocratique du Congo"},
	"CG": {"Congo-Brazzaville"},
	"AE": {"UAE", "EAU", "Emirates"},
	"CZ": {"Czech Republic", "République tchèque"},
	"MM": {"Burma", "Birmanie"},
	"CI": {"Ivory Coast", "Côte d’Ivoire"},
	"NL": {"Holland", "Hollande", "the Netherlands"},
	"VA": {"Vatican", "Holy See", "Saint-Siège"},
	"PS": {"Palestine", "Palestinian territories", "territoires palestiniens"},
	"MK": {"Macedonia", "Macédoine"},
	"TR": {"Turkey", "Turquie"},
	"SY": {"Syrie"},
	"BY": {"Biélorussie", "Belarus"},
}
