package summarize

// wordTable holds the words of a map with their values in one array,
// found by a hash of the word's bytes and a linear probe: setsOf reads
// one for every token, where a map look-up costs several times as much.
// The empty word is left out.
type wordTable[V comparable] struct {
	slots   []wordSlot[V] // a power of two of them, at most half full
	longest int           // the length of the longest word, in bytes
}

type wordSlot[V comparable] struct {
	word string // "" for a free slot
	v    V
}

// setTable is the table of wordSetsOf.
type setTable = wordTable[wordSets]

func newSetTable(m map[string]wordSets) setTable { return newWordTable(m) }

func newWordTable[V comparable](m map[string]V) wordTable[V] {
	n := 1
	for n < 2*len(m) {
		n *= 2
	}
	t := wordTable[V]{slots: make([]wordSlot[V], n)}
	for w, v := range m {
		if w == "" {
			continue // left out: callers read the empty word from the map
		}
		i := t.slot(w)
		for t.slots[i].word != "" {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = wordSlot[V]{w, v}
		t.longest = max(t.longest, len(w))
	}
	return t
}

// slot is where the probe for w starts.
func (t *wordTable[V]) slot(w string) int {
	h := uint32(2166136261) // FNV-1a
	for i := range len(w) {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h^h>>15) & (len(t.slots) - 1)
}

// get gives the value of w, a word that is not "": the zero value for a
// word the table lacks.
func (t *wordTable[V]) get(w string) V {
	for i := t.slot(w); ; i = (i + 1) & (len(t.slots) - 1) {
		switch t.slots[i].word {
		case w:
			return t.slots[i].v
		case "":
			var zero V
			return zero
		}
	}
}
