package summarize

import (
	"strings"
	"unicode/utf8"

	"briefbot/geo"
	"briefbot/lang"
)

// placeCand is one place the article names, with its mentions merged.
type placeCand struct {
	p       *place        // nil for a place the gazetteer lacks
	written []writtenForm // the forms the article writes it in, by weight, each once
	best    float64
	total   float64
	located float64 // the weight of its best locative or dateline mention
	times   int     // how many mentions it has
	order   int
	within  *place // the subdivision written after it in parentheses: "Tarbes (Hautes-Pyrénées)"
	sents   uint64 // the sentences that mention it, a bit each (see sentenceBit)
}

// writtenForm is one form of a place's name and the weight of its
// mentions.
type writtenForm struct {
	name string
	w    float64
}

// write adds the weight of a mention of the place as name.
func (c *placeCand) write(name string, w float64) {
	for i := range c.written {
		if c.written[i].name == name {
			c.written[i].w += w
			return
		}
	}
	c.written = append(c.written, writtenForm{name, w})
}

// name is the form the article writes the place in most, as a name:
// "UK" for "U.K.", "New York" for "NEW YORK".
func (c *placeCand) name() string {
	best, bw := "", -1.0
	for _, f := range c.written {
		if f.w > bw || f.w == bw && f.name < best {
			best, bw = f.name, f.w
		}
	}
	if lang.IsInitialism(best) {
		return strings.ReplaceAll(best, ".", "")
	}
	if utf8.RuneCountInString(best) > 3 {
		return titleCase(best)
	}
	return best
}

func (c *placeCand) score() float64 { return c.best + 0.15*(c.total-c.best) }

// Context factors of a place mention: how likely it names where the main
// event happened.
const (
	atPlace        = 1.0  // after a locative preposition: "in Croydon", "à New York"
	datelinePlace  = 0.85 // in the dateline: where the report was written, which a gazetteer place named after a locative in the lead beats
	headlinePlace  = 1.2  // in the headline, as its subject or after a locative: "Pyongyang vante une récolte", "fire in Lyon"
	plainPlace     = 0.25 // subject or object: "Russia said"
	ownerPlace     = 0.3  // "Afghanistan's …"
	attributePlace = 0.1  // describing someone or something: "diplomats of Japan", "(États-Unis)"
	ofCity         = 0.5  // a city after "of"/"de": "the mayor of Paris", "le tramway de Bordeaux"
	unknownPlace   = 0.8  // a name after a locative that the gazetteer lacks
	minWhere       = 0.65 // below this score no place is given: a doubtful place is worse than none
	nearFloor      = 0.15 // share of the best score a more specific place needs to join it
)

// placeFinder gathers the candidate places of an article.
type placeFinder struct {
	lang       string
	lower      *wordSet        // words the article writes in lower case
	actorWords map[string]bool // actors' names and the words of people's names, which are not places
	byKey      map[string]*placeCand
	cands      *placeArena // where the candidates are kept; nil to allocate each
	all        []*placeCand
	dateline   *placeCand // the dateline's place, if any
	cur        *sentence  // the sentence whose mentions are being added; nil for the dateline
	promise    *sentence  // the lead, while it promises a place it does not name (see promisesPlace)
}

// findWhere names where the main event happened, most specific first.
func findWhere(a *article, actors []*actor) []string {
	f := &placeFinder{lang: a.lang, lower: a.lower, actorWords: emptyMap(&a.arena.actorWords), byKey: emptyMap(&a.arena.places),
		cands: &a.arena.cands, all: a.arena.cands.all[:0]}
	for _, ac := range actors {
		if ac.kind != unknownActor {
			f.actorWords[ac.joinedWords()] = true
		}
		for _, w := range ac.words {
			f.actorWords[w] = f.actorWords[w] || ac.kind == personActor
		}
	}
	if a.dl.place != "" {
		f.dateline = f.add(a.dl.p, a.dl.place, leadWeight*datelinePlace, true)
	}
	if a.lead != nil && promisesPlace(a.lead) {
		f.promise = a.lead
	}
	for _, s := range a.sentences() {
		f.cur = s
		for _, r := range s.runs {
			f.mention(s, r)
			if tail, ok := purposePlace(s, r); ok {
				f.mention(s, tail)
			}
		}
	}
	f.addTaggedPlaces(a)
	where := f.where()
	a.arena.cands.all = f.all // grown, for the next article
	return where
}

// mention weighs one name run as a place.
func (f *placeFinder) mention(s *sentence, r nameRun) {
	if f.demonymEvent(s, r) {
		return
	}
	r, named := ofPlace(s, r)
	event := eventOf(s, r)
	named = named || event
	name := s.span(r)
	within := subdivisionAfter(s, r)
	if within == nil {
		within = containerAfter(s, r)
	}
	state := stateAfter(s, r)
	located := r.locative || named || namedPlace(s, r) || within != nil || state != nil || f.isPlaceLabel(s, r, name)
	p := lookupSpelled(name, lookupPlace)
	if p == nil && located {
		p = lookupSpelled(name, lookupLocative)
	}
	if state != nil && (p == nil || p.city) {
		p, within = inState(name, state, p), state.p
	}
	var low [64]byte
	if p != nil && p.city && !located && f.actorWords[string(appendLower(low[:0], name))] { // strings.ToLower(name), on the stack
		return
	}
	if p != nil && p.city && !located && len(r.words) == 1 && f.lower.has(r.words[0]) {
		return // "Mobile" of a magazine's name, in an article about mobile phones
	}
	if p != nil {
		factor := placeFactor(s, r)
		if event {
			factor = max(factor, atPlace)
		}
		if s.index < 0 && (factor == plainPlace && opensClause(s, r.first) || factor >= atPlace) {
			factor = max(factor, headlinePlace)
		}
		if s.index < 0 && isLabel(s, r) {
			factor = labelPlace
		}
		if p.city && factor == plainPlace && nounAfter(s, r.last+1) {
			factor, located = atPlace, true
		}
		if factor == attributePlace && p.country != nil && s.toks[max(r.first-1, 0)].text != "(" {
			factor = ofCity
		}
		if namesAccord(s, r) || afterDistance(s, r) {
			factor, located = attributePlace, false
		}
		w := s.weight * factor * backgroundFactor(s) * taggedFactor(s, r)
		if factor >= atPlace && f.promised(s, p) {
			w = max(w, leadWeight*atPlace)
		}
		if factor >= atPlace && hereFrom(s, r) {
			w = max(w, leadWeight*datelinePlace)
		}
		f.add(p, name, w, factor >= atPlace).lies(within)
		return
	}
	if located && (s.index >= 0 || named || namedPlace(s, r) || within != nil) && f.unknownPlace(s, r) {
		w := s.weight * atPlace * unknownPlace
		if f.promised(s, nil) {
			w = max(w, leadWeight*atPlace*unknownPlace)
		}
		f.add(nil, name, w, true).lies(within)
	}
}

// unknownPlace reports whether a name after a locative preposition that
// the gazetteer lacks may be a place: short, not an actor, a month, an
// event or a possessive.
func (f *placeFinder) unknownPlace(s *sentence, r nameRun) bool {
	if len(r.words) == 0 {
		return false
	}
	last := r.words[len(r.words)-1]
	if (facilityWords[last] || facilityWords[strings.TrimSuffix(last, "s")]) && len(r.words) > 1 {
		return true
	}
	if len(r.words) == 1 && addressee(s, r.first) || taggedAsActor(s, r) && !facilityWords[r.words[0]] || atEmployer(s, r.first) {
		return false
	}
	if len(r.words) > 3 || onlyTitleWords(r.words) || eventWords[last] || eventHeads[r.words[0]] || isEventName(r.words) || f.isActorName(r.words) ||
		len(r.words) == 1 && isAllCaps(s.toks[r.first].text) && len(last) <= 4 {
		return false
	}
	if len(r.words) == 1 && (f.lower.has(last) || demonyms[last] || languageNames[last] || mediaNames[last] ||
		compassPoints[last] || placeNouns[last]) {
		return false // "sur Internet", "in Nature", "l'Ouest", "au Palais"
	}
	if _, demonym := geo.Demonym(last); demonym && len(r.words) == 1 {
		return false
	}
	for _, w := range r.words {
		if f.actorWords[w] || stopwords[w] || orgWords[w] && !facilityWords[last] {
			return false
		}
		if _, month := months[w]; month {
			return false
		}
	}
	if next := r.last + 1; next < len(s.toks) {
		t := &s.toks[next]
		return t.low != "'s" && (!t.isWord() || t.isCap() || stopwords[t.low] || placeNouns[t.low])
	}
	return true
}

func (f *placeFinder) add(p *place, name string, w float64, located bool) *placeCand {
	key := candKey(p, name)
	c := f.byKey[key]
	if c == nil {
		c = f.cands.add(placeCand{p: p, order: len(f.all)})
		f.byKey[key] = c
		f.all = append(f.all, c)
	}
	c.write(name, w)
	c.times++
	c.best = max(c.best, w)
	if located {
		c.located = max(c.located, w)
	}
	c.total += w
	c.sents |= sentenceBit(f.cur)
	return c
}

// namesWithin reports whether the name of place c is a word or words of
// the unknown place u's: "Melbourne" in "Melbourne Park".
func namesWithin(u, c *placeCand) bool {
	return containsAll(lowerWords(u.name()), lowerWords(c.name()))
}

// sentenceBit is the bit of a sentence in placeCand.sents: the headline's,
// then the body's in order, the lead's for the dateline (nil); sentences
// past the 62nd share the last bit.
func sentenceBit(s *sentence) uint64 {
	i := 1
	if s != nil {
		i = min(s.index+1, 63)
	}
	return 1 << i
}

// backgroundPlace is the factor of a place in a body sentence that tells
// earlier events anywhere in it: "US airstrikes in the province of
// Kunduz earlier this month". The place of the main event is told without.
const backgroundPlace = 0.5

func backgroundFactor(s *sentence) float64 {
	if s.index <= 0 || s.weight >= leadWeight || !s.mentionsBackground() {
		return 1
	}
	return backgroundPlace
}

// mentionsBackground is mentionsBackground(s.text), read once per sentence.
func (s *sentence) mentionsBackground() bool {
	if s.past == 0 {
		s.past = 1
		if mentionsBackground(s.text) {
			s.past = 2
		}
	}
	return s.past == 2
}

// mentionsBackground reports whether a cue for earlier events stands
// anywhere in a sentence, as a whole word.
func mentionsBackground(text string) bool {
	var buf [512]byte
	return inAfterSpace(backgroundCueSet, appendLowerFolded(buf[:0], text))
}

// backgroundCueSet files the background cues for mentionsBackground.
var backgroundCueSet = newCueSet(backgroundCues...)

// placeFactor reads the words around a place mention.
func placeFactor(s *sentence, r nameRun) float64 {
	prev := func(k int) string {
		if k < 0 {
			return ""
		}
		return s.toks[k].low
	}
	switch p := prev(r.first - 1); {
	case r.first == r.last && isAllCaps(s.toks[r.first].text) && nounAfter(s, r.last+1):
		return attributePlace
	case r.locative:
		return atPlace
	case p == "(":
		return attributePlace
	case attributives[p]:
		k := skipArticlesBack(s.toks, r.first-2)
		if nearWords[prev(k)] || placeNouns[prev(k)] {
			return atPlace
		}
		return attributePlace
	case r.last+1 < len(s.toks) && s.toks[r.last+1].low == "'s":
		return ownerPlace
	}
	return plainPlace
}

// namedPlace reports whether a name follows a noun that says it is a
// place: "the city of Mazar-i-Sharif", "la ville de Bordeaux".
func namedPlace(s *sentence, r nameRun) bool {
	k := r.first - 1
	if k < 1 || !attributives[s.toks[k].low] {
		return false
	}
	return placeNouns[s.toks[k-1].low] || placeTitles[s.toks[k-1].low]
}

// nounAfter reports whether the token at k is a lower-case word that a
// country's initials qualify, as in "US election", "UK shoppers".
func nounAfter(s *sentence, k int) bool {
	if k >= len(s.toks) {
		return false
	}
	t := &s.toks[k]
	return t.isWord() && !t.isCap() && !stopwords[t.low] && !reportingVerbs[t.low] && !auxiliaries[t.low] && !pastEnding(t.low)
}

// addressee reports whether the name at first is whom a statement was made
// to or where it was posted, not a place: "a déclaré à Libération", "sur
// Twitter".
func addressee(s *sentence, first int) bool {
	k := first - 1
	if k < 0 {
		return false
	}
	if postedOn[s.toks[k].low] {
		return true
	}
	return k > 0 && reportingVerbs[s.toks[k-1].low]
}

// isActorName reports whether words, joined, name an actor of the
// article: actorWords[strings.Join(words, " ")], joined on the stack.
func (f *placeFinder) isActorName(words []string) bool {
	var buf [128]byte
	return f.actorWords[string(appendJoined(buf[:0], words))]
}

// atEmployer reports whether the name at first follows "at" after
// someone's post, as an employer does: "head of distribution at
// Universal", "development director at Codemasters".
func atEmployer(s *sentence, first int) bool {
	k := skipArticlesBack(s.toks, first-1)
	if k < 1 || !employerWords[s.toks[k].low] {
		return false
	}
	for j := k - 1; j >= max(0, k-4); j-- {
		if t := &s.toks[j]; !t.isCap() && (t.in(inTitles) || agentNouns[t.low] || roleNouns[t.low]) {
			return true
		}
	}
	return false
}

// skipArticlesBack is the token before the articles that end at k: the
// word a name follows, articles aside ("in the Oval" → "in").
func skipArticlesBack(toks []token, k int) int {
	for k >= 0 && toks[k].in(inArticles) {
		k--
	}
	return k
}
