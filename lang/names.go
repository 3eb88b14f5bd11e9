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

// HyphenParticles are the particles Arabic names join to the next word
// with a hyphen, in lower case: "Bachar al-Assad", "Deir ez-Zor", "Abdel
// Fattah el-Sissi"; such a word is a name's.
var HyphenParticles = set(`al el ez es ad ar as at ash an ben bin ibn abu abou`)

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
