package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"

	"briefbot/geo"
)

// subdivision is one ISO 3166-2 subdivision as CLDR names it.
type subdivision struct {
	code  string            // "FR-33"
	names map[string]string // by locale, "en" first of all
}

// readSubdivisions reads the CLDR subdivision names of every locale under
// dir (cldr-subdivisions-full's subdivisions/<locale>/<locale>.json),
// keyed by CLDR's lower-case codes ("fr33"), as ISO codes ("FR-33").
func readSubdivisions(dir string) ([]subdivision, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "*.json"))
	if err != nil {
		return nil, err
	}
	byCode := map[string]map[string]string{}
	for _, path := range files {
		loc, names, err := readSubdivisionFile(path)
		if err != nil {
			return nil, err
		}
		for code, n := range names {
			if len(code) < 3 {
				continue
			}
			iso := strings.ToUpper(code[:2]) + "-" + strings.ToUpper(code[2:])
			if byCode[iso] == nil {
				byCode[iso] = map[string]string{}
			}
			byCode[iso][loc] = cleanSubdivision(n)
		}
	}
	var out []subdivision
	for code, names := range byCode {
		if names["en"] != "" {
			out = append(out, subdivision{code: code, names: names})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].code < out[j].code })
	return out, nil
}

func readSubdivisionFile(path string) (string, map[string]string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return "", nil, err
	}
	var doc struct {
		Subdivisions struct {
			Identity struct {
				Language  string `json:"language"`
				Script    string `json:"script"`
				Territory string `json:"territory"`
			} `json:"identity"`
			Names struct {
				Subdivisions map[string]string `json:"subdivisions"`
			} `json:"localeDisplayNames"`
		} `json:"subdivisions"`
	}
	if err := json.Unmarshal(raw, &doc); err != nil {
		return "", nil, err
	}
	id := doc.Subdivisions.Identity
	loc := id.Language
	for _, part := range []string{id.Script, id.Territory} {
		if part != "" {
			loc += "-" + part
		}
	}
	return loc, doc.Subdivisions.Names.Subdivisions, nil
}

// cleanSubdivision drops what CLDR appends to a few names: footnote
// marks ("Île-de-France²") and a parenthesised gloss ("Guyane
// (française)").
func cleanSubdivision(n string) string {
	if i := strings.Index(n, " ("); i > 0 {
		n = n[:i]
	}
	n = strings.Map(func(r rune) rune {
		if unicode.Is(unicode.No, r) {
			return -1
		}
		return r
	}, n)
	return strings.ReplaceAll(strings.TrimSpace(n), "’", "'")
}

// subdivisionLines lists the subdivisions whose names may stand for them
// in the news, as records of kind "s" with "country/ISO code" (see
// keepSubdivisions), and how many were left out for each reason.
func subdivisionLines(subs []subdivision, others []string) (lines []string, dropped map[string]int) {
	taken := takenNames(others)
	kept, dropped := keepSubdivisions(subs, taken)
	for _, s := range kept {
		cc := s.code[:2]
		lines = append(lines, record("s", cc+"/"+s.code, 0, 0, s.names["en"], otherNames(s, taken)))
	}
	return lines, dropped
}

// otherNames are a subdivision's names but the English one, without those
// that are common words or name another place, as for the English name.
func otherNames(s subdivision, taken map[string]bool) map[string]string {
	out := map[string]string{}
	for l, n := range s.names {
		k := geo.Fold(n)
		if l != "en" && k != "" && !commonName(n) && !taken[k] && !taken[s.code[:2]+":"+k] {
			out[l] = n
		}
	}
	return out
}

// keepSubdivisions keeps the subdivisions whose English name is no
// common word (commonSubdivisionWords, or made of generic words only, as
// "North Western" or "Capital District" are), no name another place
// holds (taken), contains no comma ("Armagh, Banbridge and Craigavon"),
// and no subdivision of another country shares ("Punjab", "Limburg": the
// country cannot be told). A subdivision that repeats a name of another
// in its own country ("Corse", "Corsica") is kept once, under its first
// code. It counts the others by reason.
func keepSubdivisions(subs []subdivision, taken map[string]bool) ([]subdivision, map[string]int) {
	countries := map[string]map[string]bool{}
	for _, s := range subs {
		k := geo.Fold(s.names["en"])
		if countries[k] == nil {
			countries[k] = map[string]bool{}
		}
		countries[k][s.code[:2]] = true
	}
	var out []subdivision
	dropped := map[string]int{}
	seen := map[string]bool{}
	for _, s := range subs {
		if why := dropReason(s, taken, seen, countries); why != "" {
			dropped[why]++
			continue
		}
		seen[geo.Fold(s.names["en"])] = true
		out = append(out, s)
	}
	return out, dropped
}

// dropReason says why a subdivision is left out, or "" to keep it.
func dropReason(s subdivision, taken, seen map[string]bool, countries map[string]map[string]bool) string {
	en := s.names["en"]
	k := geo.Fold(en)
	switch {
	case k == "" || strings.Contains(en, ","):
		return "no single name"
	case commonName(en):
		return "common word"
	case taken[k]:
		return "name of a country, region or large city"
	case taken[s.code[:2]+":"+k]:
		return "name of a city of its country"
	case len(countries[k]) > 1:
		return "shared by several countries"
	case seen[k]:
		return "repeats another of its country"
	}
	return ""
}

// commonName reports whether a name is a common word of English or
// French, or made of generic geographic words alone.
func commonName(name string) bool {
	k := geo.Fold(name)
	if commonSubdivisionWords[k] {
		return true
	}
	for _, w := range strings.FieldsFunc(k, func(r rune) bool { return r == ' ' || r == '-' }) {
		if !genericPlaceWords[w] {
			return false
		}
	}
	return true
}

// bigCity is the population from which a city anywhere keeps its name
// from a subdivision of another country ("Vienne" is Vienna, not the
// French département; "Lima" the city, not the Peruvian region).
const bigCity = 100_000

// takenNames folds the names of the places a subdivision must not take:
// every name of a country or curated region, of a city of its own
// country, and of a city of bigCity people anywhere. A city of the
// subdivision's own country is keyed "CC:name".
func takenNames(lines []string) map[string]bool {
	taken := map[string]bool{}
	for _, line := range lines {
		f := strings.SplitN(line, "\t", 5)
		if len(f) < 5 || f[0] == "d" {
			continue
		}
		cc, _, _ := strings.Cut(f[1], "/")
		big := f[0] != "t" || atoi(f[3]) >= bigCity
		for _, p := range strings.Split(f[4], "\t") {
			_, n, _ := strings.Cut(p, "=")
			k := geo.Fold(n)
			if big {
				taken[k] = true
			}
			taken[cc+":"+k] = true
		}
	}
	return taken
}
