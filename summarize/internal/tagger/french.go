package tagger

import (
	_ "embed"
	"sync"
)

//go:embed data/fr.bin
var frenchData []byte

// French is the French model, trained on WiNER-fr (see the README),
// opened on first use.
var French = sync.OnceValue(func() *Model {
	m, err := Load(frenchData)
	if err != nil {
		panic("tagger: the embedded French model is corrupt: " + err.Error())
	}
	return m
})
