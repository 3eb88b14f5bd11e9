package summarize

// setTable holds the words of wordSetsOf with their lists in one array,
// found by a hash of the word's bytes and a linear probe: setsOf reads it
// for every token, where a map look-up costs several times as much.
type setTable struct {
	slots   []setSlot // a power of two of them, at most half full
	longest int       // the length of the longest word, in bytes
}

type setSlot struct {
	word string // "" for a free slot
	sets wordSets
}

func newSetTable(m map[string]wordSets) setTable {
	n := 1
	for n < 2*len(m) {
		n *= 2
	}
	t := setTable{slots: make([]setSlot, n)}
	for w, sets := range m {
		if w == "" {
			continue // setsOf reads the empty word from the map
		}
		i := t.slot(w)
		for t.slots[i].word != "" {
			i = (i + 1) & (len(t.slots) - 1)
		}
		t.slots[i] = setSlot{w, sets}
		t.longest = max(t.longest, len(w))
	}
	return t
}

// slot is where the probe for w starts.
func (t *setTable) slot(w string) int {
	h := uint32(2166136261) // FNV-1a
	for i := range len(w) {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return int(h^h>>15) & (len(t.slots) - 1)
}

// get gives the lists of w, a word that is not "": 0 for a word of none.
func (t *setTable) get(w string) wordSets {
	for i := t.slot(w); ; i = (i + 1) & (len(t.slots) - 1) {
		switch t.slots[i].word {
		case w:
			return t.slots[i].sets
		case "":
			return 0
		}
	}
}
