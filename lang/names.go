package lang

import (
	_ "embed"
	"strings"
	"sync"
)

// Particles are the words of names that other languages write between a
// name's capitalised words and that English and French text keeps as
// written: "Ursula von der Leyen", "Mohammed bin Salman", "Luiz Inácio
// Lula da Silva"; and the ampersand of a firm's name, in every language:
// "Marks & Spencer".
var Particles = set(`van von der den bin ben al el da di del dos y &`)

//go:embed data/firstnames.txt
var firstNamesText string

// FirstNames is a set of first names, lower-cased, most of them English
// (data/firstnames.txt says where they come from), read on first use: a
// capitalised word that opens a sentence and is one of them may open a
// person's name ("Nicholas Negroponte, chairman of…").
var FirstNames = sync.OnceValue(func() Set {
	out := make(Set, 8400)
	for line := range strings.Lines(firstNamesText) {
		if w := strings.TrimSpace(line); w != "" && w[0] != '#' {
			out[w] = true
		}
	}
	return out
})
