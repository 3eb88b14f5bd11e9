package summarize

import "slices"

// actorArena holds the actors of an article, actorBlock at a time, and
// the map collectActors files them in; the next article reuses both once
// the article is released, so that gathering actors allocates little
// once the arena has grown.
type actorArena struct {
	blocks   [][]actor // each of cap actorBlock; blocks[:used] hold this article's actors
	used     int
	byKey    map[string]*actor
	all      []*actor
	multi    []*actor   // mergeActors' actors of several words, then all it keeps
	single   []*actor   // mergeActors' actors of one word
	named    []namedRun // the runs collectActors files
	keyBytes []byte     // their keys of several words, end to end
	kinds    map[string]runKind
}

// runKind is what classifyRun made of a run, by the run's text, with the
// words and flags it read besides the text.
type runKind struct {
	words              []string
	orgPhrase, placeOf bool
	kind               actorKind
	ok                 bool
}

// classifyOnce is classifyRun(*r, display), read from the article's run
// of the same text when it had the same words and flags: a name comes up
// again and again in an article.
func (ar *actorArena) classifyOnce(r *nameRun, display string) (actorKind, bool) {
	if ar.kinds == nil {
		ar.kinds = map[string]runKind{}
	}
	k, seen := ar.kinds[display]
	if seen && k.orgPhrase == r.orgPhrase && k.placeOf == r.placeOf && slices.Equal(k.words, r.words) {
		return k.kind, k.ok
	}
	kind, ok := classifyRun(*r, display)
	ar.kinds[display] = runKind{r.words, r.orgPhrase, r.placeOf, kind, ok}
	return kind, ok
}

// namedRun is a run that names someone: s.runs[run], of kind kind, whose
// key of several words is keys[from:to] of the keys collectActors joins.
type namedRun struct {
	s        *sentence
	run      int
	kind     actorKind
	from, to int
}

// add keeps a in the arena and points to it. A block, once handed out,
// never grows, so that the pointers to its actors stay valid.
func (ar *actorArena) add(a actor) *actor {
	if ar.used == 0 || len(ar.blocks[ar.used-1]) == actorBlock {
		if ar.used == len(ar.blocks) {
			ar.blocks = append(ar.blocks, make([]actor, 0, actorBlock))
		}
		ar.used++
	}
	b := &ar.blocks[ar.used-1]
	*b = append(*b, a)
	return &(*b)[len(*b)-1]
}

// keys is the map that files the actors by key, empty.
func (ar *actorArena) keys() map[string]*actor {
	if ar.byKey == nil {
		ar.byKey = map[string]*actor{}
	}
	return ar.byKey
}

// reset empties the arena, keeping its blocks and map and no text alive.
func (ar *actorArena) reset() {
	for i := range ar.blocks[:ar.used] {
		clear(ar.blocks[i])
		ar.blocks[i] = ar.blocks[i][:0]
	}
	ar.used = 0
	clear(ar.byKey)
	clear(ar.kinds)
	clear(ar.all)
	ar.all = ar.all[:0]
	clear(ar.named)
	ar.named = ar.named[:0]
	clear(ar.multi)
	clear(ar.single)
	ar.multi, ar.single = ar.multi[:0], ar.single[:0]
}
