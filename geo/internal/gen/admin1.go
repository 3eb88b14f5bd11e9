package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"

	"briefbot/geo"
)

// admin1Code is how geonames.mo keys a first-level division: its country
// and GeoNames' admin1 code ("DE.13").
var admin1Code = regexp.MustCompile(`^[A-Z]{2}\.[0-9A-Z]+$`)

// readAdmin1 reads the English and French names GeoNames gives its
// first-level divisions in dir's geonames.mo files (Debian's
// libgeonames-common): admin1 code → language → name; none when dir
// has no catalogue.
func readAdmin1(dir string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	for _, lang := range []string{"en", "fr"} {
		path := filepath.Join(dir, lang, "LC_MESSAGES", "geonames.mo")
		if _, err := os.Stat(path); err != nil {
			continue
		}
		cat, err := readMO(path)
		if err != nil {
			return nil, err
		}
		for k, v := range cat {
			if admin1Code.MatchString(k) {
				if out[k] == nil {
					out[k] = map[string]string{}
				}
				out[k][lang] = v
			}
		}
	}
	return out, nil
}

// englishAdminAffixes are the words GeoNames writes around a division's
// English name, which the news leaves out: "Hunan Province", "Free State
// of Thuringia".
var englishAdminAffixes = []string{" Province", " Municipality", " Autonomous Region", " Region", " Prefecture",
	"Free State of ", "Free and Hanseatic City of ", "Principality of ", "State of ", "Province of "}

// frenchAdminKind matches the words GeoNames writes before a division's
// French name, which the news leaves out: "Province de Hebei", "État
// libre de Saxe", "Préfecture d'Iwate" (its catalogue often drops the
// apostrophe: "Préfecture dIwate"), "l'Assaba".
var frenchAdminKind = regexp.MustCompile(`^(?:(?:Province|Région autonome|Région|Préfecture|District|Raion|Județ|Comté|Canton|` +
	`Département|Gouvernorat|Oblast|Kraï|République|État libre et hanséatique|État libre|État|Land|Municipalité|` +
	`Communauté forale|Communauté|Principauté) (?:de la |de l'|des |du |de |d'|d)|l'|Région )`)

// bareAdminName is a GeoNames division name without the words that say
// what it is, when a capitalised name follows them.
func bareAdminName(name string, english bool) string {
	name = strings.ReplaceAll(strings.TrimSpace(name), "’", "'")
	if english {
		for _, a := range englishAdminAffixes {
			if strings.HasPrefix(a, " ") {
				name = strings.TrimSuffix(name, a)
			} else {
				name = strings.TrimPrefix(name, a)
			}
		}
		return strings.TrimSpace(name)
	}
	if m := frenchAdminKind.FindString(name); m != "" {
		if rest := name[len(m):]; rest != "" && unicode.IsUpper([]rune(rest)[0]) {
			return rest
		}
	}
	return name
}

// addFrenchNames gives each subdivision that CLDR names in English only
// the French name of the GeoNames division of its country with the same
// English name: "Saxony" → "Saxe", "Andalusia" → "Andalousie".
func addFrenchNames(subs []subdivision, admin1 map[string]map[string]string) int {
	french := map[string]string{} // "DE:saxony" → "Saxe"
	for code, names := range admin1 {
		en, fr := names["en"], names["fr"]
		if en == "" || fr == "" {
			continue
		}
		k := code[:2] + ":" + geo.Fold(bareAdminName(en, true))
		french[k] = bareAdminName(fr, false)
	}
	added := 0
	for _, s := range subs {
		if s.names["fr"] != "" {
			continue
		}
		if fr := french[s.code[:2]+":"+geo.Fold(s.names["en"])]; fr != "" && fr != s.names["en"] {
			s.names["fr"] = fr
			added++
		}
	}
	return added
}
