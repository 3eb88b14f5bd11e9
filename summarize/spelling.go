package summarize

import "strings"

// Persian and Pashto names join their words with the ezafe, which English
// writes "-i-" and the gazetteer, after the usual romanisation, "-e-":
// "Mazar-i-Sharif" is "Mazār-e Sharīf", "Qala-i-Naw" is "Qala-e Naw".
// A name the gazetteer lacks is looked up again with the other spelling.

// lookupSpelled finds a place with lookup, then, for a name joined by an
// ezafe, under its other spelling.
func lookupSpelled(name string, lookup func(string) *place) *place {
	if p := lookup(name); p != nil {
		return p
	}
	for _, sw := range ezafe {
		if strings.Contains(name, sw[0]) {
			return lookup(strings.ReplaceAll(name, sw[0], sw[1]))
		}
	}
	return nil
}

// ezafe lists the spellings of the ezafe, each with the other one.
var ezafe = [][2]string{{"-i-", "-e-"}, {"-e-", "-i-"}}
