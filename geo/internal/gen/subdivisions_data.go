package main

import (
	"briefbot/geo"
	"briefbot/lang"
)

// commonSubdivisionWords are the folded names of subdivisions that are
// also words of English or French that the news writes capitalised (at
// the start of a sentence, in a title, as a name of something else) far
// more often than it means the subdivision: the words of the lexicons of
// both languages, and these.
var commonSubdivisionWords = func() map[string]bool {
	out := map[string]bool{}
	for _, code := range []string{"en", "fr"} {
		t := lang.For(code).Text
		for _, s := range []lang.Set{t.FunctionWords, t.Stopwords, t.SentenceStarters} {
			for w := range s {
				out[geo.Fold(w)] = true
			}
		}
	}
	for _, w := range extraCommonWords {
		out[geo.Fold(w)] = true
	}
	return out
}()

// extraCommonWords are the English and French words, first names and
// better-known things that subdivisions are named after.
var extraCommonWords = []string{
	// English and French words
	"ain", "aube", "cher", "lot", "manche", "somme", "orne", "var", "down", "bury", "reading", "sutton",
	"harrow", "brent", "mayo", "meta", "central", "centre", "center", "nord", "sud", "est", "ouest",
	"capital", "coast", "delta", "lakes", "plateau", "littoral", "savanes", "maritime", "highland",
	"upper", "lower", "ring", "bar", "mid", "independencia", "libertad", "union", "victoria",
	"peter", "angus", "moray", "kent", "jackson", "george", "charlotte", "christ church", "saint george",
	"saint andrew", "saint david", "saint john", "saint thomas", "saint mary", "saint patrick",
	"saint peter", "saint paul", "saint james", "saint joseph", "saint luke", "saint mark",
	"saint philip", "saint michael", "saint lucy", "saint anne", "sainte anne", "ozolnieki",
	"salt", "grace", "orange", "trinity", "eastern", "western", "northern", "southern", "north", "south",
	"east", "west", "distrito federal", "federal district", "national capital district",
	"la paz", "santa fe", "ocean", "amazonas", "atlantico", "pacifico", "metro", "oriental",
	"occidental", "bas", "haut", "haute", "jura", "creuse",
	"mat", "lori", "pool", "cascades", "cascade", "collines", "atlantique", "mono", "acre", "paul", "sal",
	"brava", "afar", "ba", "ra", "norte", "sul", "leste", "valle", "pest", "vas", "jewish", "mountain",
	"gulf", "rivers", "unity", "lac", "centrale", "midlands", "glacis", "plaisance", "insular", "litoral",
	"centar", "chin", "shan", "zeta", "kanal", "grad", "bled", "bloke", "antique", "laguna", "cordillera",
	"portuguesa", "balkan", "tata", "moka", "savanne", "ig", "muta", "videm", "straza", "mirna", "gorje",
	"sila", "kef", "atua", "alo", "nui", "oro", "marl", "seti", "kosi", "abra", "baa", "raa", "lara",
	// first names and surnames
	"duarte", "valverde", "clare", "kerry", "isabel", "flores", "miranda", "herrera", "cortes", "alba",
	"mara", "benedikt", "kuzma", "fiorentino", "paola", "guerrero", "sabah", "vargas", "falcon", "halton",
	"merton", "westmoreland", "clarendon", "trelawny", "soriano", "aude", "yuma",
	// better known as something else
	"zaire", "sahel", "java", "canterbury", "canaries", "moulins", "pembroke", "tasman", "grenadines",
	"edo", "northwestern", "northeastern", "marsa", "principe", "nil",
}

// genericPlaceWords are the words of a name that says only where a
// subdivision lies or what it is ("North Western", "Capital District",
// "Région du Centre"): a name made of them alone is no place.
var genericPlaceWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northern": true, "southern": true,
	"eastern": true, "western": true, "central": true, "centre": true, "center": true, "middle": true,
	"upper": true, "lower": true, "north east": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "nord": true, "sud": true, "est": true, "ouest": true,
	"region": true, "province": true, "district": true, "capital": true,
	"state": true, "islands": true, "island": true, "coast": true, "coastal": true, "city": true,
	"of": true, "the": true, "and": true, "du": true, "de": true, "la": true, "le": true, "des": true,
	"region du": true, "area": true, "zone": true, "federal": true, "national": true, "metropolitan": true,
	"special": true, "autonomous": true, "municipality": true, "county": true, "department": true,
}
