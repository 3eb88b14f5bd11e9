package geo

import "strings"

// The states of the United States as news writes them after a town and a
// comma: "Chappaqua, N.Y.", "Fresno, Calif.", "Paris, TX", "Spokane,
// Washington". After a town, "New York" and "Washington" are the states,
// not the cities.

// usStateNames are the states by postal code, named as GeoNames names a
// city's state (Place.Region).
var usStateNames = map[string]string{
	"AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
	"CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
	"HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
	"KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
	"MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
	"NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
	"NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
	"OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
	"SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
	"VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
}

// usStateRegions are the gazetteer's regions named otherwise than the
// state, so that the city of the same name keeps its own.
var usStateRegions = map[string]string{"NY": "New York State", "WA": "Washington State"}

// usStateAbbreviations are the news agencies' abbreviations of the states,
// in lower case and without their dots, by postal code.
var usStateAbbreviations = map[string]string{
	"ala": "AL", "ariz": "AZ", "ark": "AR", "calif": "CA", "cal": "CA", "colo": "CO", "conn": "CT",
	"del": "DE", "fla": "FL", "ga": "GA", "ill": "IL", "ind": "IN", "kan": "KS", "kans": "KS",
	"ky": "KY", "la": "LA", "md": "MD", "mass": "MA", "mich": "MI", "minn": "MN", "miss": "MS",
	"mo": "MO", "mont": "MT", "neb": "NE", "nebr": "NE", "nev": "NV", "nh": "NH", "nj": "NJ",
	"nm": "NM", "ny": "NY", "nc": "NC", "nd": "ND", "okla": "OK", "ore": "OR", "pa": "PA",
	"penn": "PA", "ri": "RI", "sc": "SC", "sd": "SD", "tenn": "TN", "tex": "TX", "vt": "VT",
	"va": "VA", "wash": "WA", "wva": "WV", "wis": "WI", "wisc": "WI", "wyo": "WY",
}

// usStatesByName are the states' postal codes by their names and their
// regions' names, in lower case.
var usStatesByName = func() map[string]string {
	m := map[string]string{}
	for code, name := range usStateNames {
		m[strings.ToLower(name)] = code
	}
	for code, name := range usStateRegions {
		m[strings.ToLower(name)] = code
	}
	return m
}()

// notPostal are postal codes that news writes for something else: "LA"
// is Los Angeles.
var notPostal = map[string]bool{"LA": true}

// A USState is a state of the United States as a town's text names it.
type USState struct {
	Name        string // as a city's Place.Region names it: "New York"
	Region      Place  // the gazetteer's region: "New York State"
	Abbreviated bool   // written as a postal code or an abbreviation, which only a state can be
}

// LookupUSState finds the state that s names after a town and a comma:
// its name ("Nevada", "New York", or its region's, "New York State"), its
// postal code in capitals ("NY"), or its abbreviation, with or without
// its dots ("N.Y.", "Calif.", "Nev").
func LookupUSState(s string) (USState, bool) {
	s = strings.TrimSpace(s)
	if notPostal[s] {
		return USState{}, false
	}
	code, abbreviated := stateCode(s)
	if code == "" {
		return USState{}, false
	}
	region := usStateNames[code]
	if r, ok := usStateRegions[code]; ok {
		region = r
	}
	for _, p := range Lookup(region) {
		if p.Kind == Region && p.Country == "US" {
			return USState{Name: usStateNames[code], Region: p, Abbreviated: abbreviated}, true
		}
	}
	return USState{}, false
}

// stateCode is the postal code of the state s names, and whether s
// abbreviates it; "" for no state. Each form of s is lowered once.
func stateCode(s string) (code string, abbreviated bool) {
	bare := strings.ReplaceAll(s, ".", "")
	if len(bare) == 2 && bare == strings.ToUpper(bare) && usStateNames[bare] != "" {
		return bare, true
	}
	var bareBuf, sBuf [32]byte
	lowBare := appendToLower(bareBuf[:0], bare)
	if code := usStateAbbreviations[string(lowBare)]; code != "" && bare != string(lowBare) {
		return code, true
	}
	lowS := lowBare
	if bare != s {
		lowS = appendToLower(sBuf[:0], s)
	}
	return usStatesByName[string(lowS)], false
}

// appendToLower appends strings.ToLower(s) to buf, lowering ASCII on the
// spot and only other text through a string, so that the look-ups of
// stateCode, which read names in ASCII, make no string.
func appendToLower(buf []byte, s string) []byte {
	for i := range len(s) {
		if s[i] >= 0x80 {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}
