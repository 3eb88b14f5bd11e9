package summarize

// placeArena holds the place candidates of an article, placeBlock at a
// time, with the list findWhere ranks them in; the next article reuses
// both once the article is released, the candidates' lists of written
// forms too, so that finding where allocates little once the arena has
// grown.
type placeArena struct {
	blocks [][]placeCand // each of cap placeBlock; blocks[:used] hold this article's candidates
	used   int
	all    []*placeCand
}

// placeBlock is how many candidates a placeArena allocates at once.
const placeBlock = 16

// add keeps c, which has no written forms yet, in the arena and points to
// it; a nil arena allocates it. A block, once handed out, never grows, so
// that the pointers to its candidates stay valid.
func (ar *placeArena) add(c placeCand) *placeCand {
	if ar == nil {
		p := new(placeCand) // not c's address, which would put every c on the heap
		*p = c
		return p
	}
	if ar.used == 0 || len(ar.blocks[ar.used-1]) == placeBlock {
		if ar.used == len(ar.blocks) {
			ar.blocks = append(ar.blocks, make([]placeCand, 0, placeBlock))
		}
		ar.used++
	}
	b := &ar.blocks[ar.used-1]
	*b = (*b)[:len(*b)+1] // the slot keeps the written forms' array an earlier article grew
	p := &(*b)[len(*b)-1]
	written := p.written[:0]
	*p = c
	p.written = written
	return p
}

// reset empties the arena, keeping its blocks, the arrays of written
// forms and the list, and no text alive.
func (ar *placeArena) reset() {
	for i := range ar.blocks[:ar.used] {
		b := ar.blocks[i]
		for k := range b {
			clear(b[k].written)
			b[k] = placeCand{written: b[k].written[:0]}
		}
		ar.blocks[i] = b[:0]
	}
	ar.used = 0
	clear(ar.all)
	ar.all = ar.all[:0]
}
