package summarize

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// actorKind tells people from organisations.
type actorKind int

const (
	unknownActor actorKind = iota // a lone name, not known to be a person
	personActor
	orgActor
)

// Ranking of actors.
const (
	maxWho       = 4    // the most actors a summary names
	sourceWeight = 0.6  // a mention as the source of a report: "X said", "selon X"
	otherWeight  = 0.15 // share of an actor's other mentions in its score
	whoFloor     = 0.25 // share of the best actor's score below which an actor is left out
)

// actor is one person or organisation with all its mentions merged.
type actor struct {
	display  string   // the fullest form, as first written
	words    []string // lower-cased words of that form
	joined   string   // words joined with spaces, once joinedWords has made it
	kind     actorKind
	best     float64 // weight of the mention most central to the main event
	total    float64 // weight of all mentions
	count    int
	order    int // rank of first mention
	titled   bool
	locative int  // mentions right after a locative preposition
	sourced  int  // mentions as the source of a report
	object   int  // mentions as the complement of a common noun
	acts     int  // mentions as the subject of a verb
	couple   bool // two people who share a surname, each of whom may be an actor too
	subject  bool // the headline's subject
	bodyAt   int  // index of the first body sentence naming it; noBody when none does
}

// noBody is the bodyAt of an actor only the headline names.
const noBody = 1 << 30

// score ranks actors: the most central mention counts in full, the others
// add a little.
func (a *actor) score() float64 { return a.best + otherWeight*(a.total-a.best) }

func (a *actor) absorb(b *actor) {
	longer := len(b.words) > len(a.words)
	same := len(b.words) == len(a.words)
	if longer || same && (b.order < a.order && !isAllCaps(b.display) || isAllCaps(a.display) && !isAllCaps(b.display)) {
		a.display, a.words, a.joined = b.display, b.words, b.joined
	}
	a.best = max(a.best, b.best)
	a.total += b.total
	a.count += b.count
	a.order = min(a.order, b.order)
	a.titled = a.titled || b.titled
	a.locative += b.locative
	a.sourced += b.sourced
	a.object += b.object
	a.acts += b.acts
	a.subject = a.subject || b.subject
	a.bodyAt = min(a.bodyAt, b.bodyAt)
	if b.kind == personActor || a.kind == unknownActor {
		a.kind = b.kind
	}
}

// joinedWords is strings.Join(a.words, " "), made once.
func (a *actor) joinedWords() string {
	if a.joined == "" {
		a.joined = strings.Join(a.words, " ")
	}
	return a.joined
}

// actorBlock is how many actors an actorArena allocates at once.
const actorBlock = 16

// collectActors gathers the actors named in the body sentences, keeping
// them in ar. The runs that name someone are found first, and the keys of
// those of several words joined into one string, so that an article makes
// one string of keys rather than one a name.
func collectActors(sents []*sentence, ar *actorArena) []*actor {
	named, keys := ar.classify(sents)
	byKey, all := ar.keys(), ar.all[:0]
	for _, n := range named {
		s, r := n.s, &n.s.runs[n.run]
		key := r.words[0] // the one word itself
		if len(r.words) > 1 {
			key = keys[n.from:n.to]
		}
		a := byKey[key]
		if a == nil {
			a = ar.add(actor{display: s.span(*r), words: r.words, joined: key, kind: n.kind, order: len(all), bodyAt: noBody, couple: r.couple})
			byKey[key] = a
			all = append(all, a)
		}
		a.mention(s, r)
	}
	ar.all = all
	return mergeActors(all, ar)
}

// classify lists the runs of sents that name someone, by classifyRun,
// with their kinds, and the string their keys are cut from.
func (ar *actorArena) classify(sents []*sentence) ([]namedRun, string) {
	named, buf := ar.named[:0], ar.keyBytes[:0]
	for _, s := range sents {
		for i := range s.runs {
			r := &s.runs[i]
			kind, ok := ar.classifyOnce(r, s.span(*r))
			if !ok {
				continue
			}
			from := len(buf)
			if len(r.words) > 1 {
				buf = appendJoined(buf, r.words)
			}
			named = append(named, namedRun{s: s, run: i, kind: kind, from: from, to: len(buf)})
		}
	}
	ar.named, ar.keyBytes = named, buf
	return named, string(buf)
}

// mention adds the mention r of the actor in the sentence s.
func (a *actor) mention(s *sentence, r *nameRun) {
	w := s.weight
	if r.attributed {
		w *= sourceWeight
	}
	a.best = max(a.best, w)
	a.total += w
	a.count++
	a.titled = a.titled || r.titled
	a.locative += btoi(r.locative)
	a.sourced += btoi(r.attributed)
	a.object += btoi(r.complement)
	a.acts += btoi(r.acts)
	if s.index >= 0 {
		a.bodyAt = min(a.bodyAt, s.index)
	}
}

// classifyRun decides what a name run names; ok is false for places and
// for words that name nobody.
func classifyRun(r nameRun, display string) (actorKind, bool) {
	if len(r.words) == 0 || onlyJoiners(r.words) {
		return unknownActor, false
	}
	if r.orgPhrase {
		return orgActor, true
	}
	if len(r.words) > 5 && len(r.words) > maxNameWords(r.words) || lookupPlace(display) != nil || onlyTitleWords(r.words) || letterLabel(r.words, display) ||
		eventWords[r.words[len(r.words)-1]] || r.placeOf || namesPlace(r.words, display) {
		return unknownActor, false
	}
	if len(r.words) == 1 && (agencyNames[r.words[0]] || notActors[r.words[0]]) {
		return unknownActor, false // a news agency reports the story ("Reuters said"); "Nations" of "6 Nations" names no one
	}
	if isEventName(r.words) {
		return unknownActor, false // "Six Nations", "Champions League"
	}
	for _, w := range r.words {
		if orgWords[w] {
			return orgActor, true
		}
	}
	if len(r.words) > 1 && (placeHeads[r.words[0]] || eventHeads[r.words[0]]) {
		return unknownActor, false
	}
	if len(r.words) > 1 && facilityWords[r.words[len(r.words)-1]] {
		return unknownActor, false // a venue, an airport, a station: a place
	}
	switch {
	case len(r.words) == 1 && (notActors[r.words[0]] || notActors[beforeSign(r.words[0])] ||
		isRomanNumeral(r.words[0]) || isLocationAdjective(r.words[0])):
		return unknownActor, false
	case len(r.words) == 1 && isAllCaps(display) && utf8.RuneCountInString(display) <= 6:
		return orgActor, true
	case len(r.words) == 1:
		return unknownActor, true
	case len(r.words) > 4:
		return unknownActor, false
	}
	return personActor, true
}

// maxNameWords is how many words a name may have: five, or nine for an
// organisation's that names its fields ("Internet Corporation for
// Assigned Names and Numbers").
func maxNameWords(words []string) int {
	org, fields := false, false
	for _, w := range words {
		org = org || orgWords[w]
		fields = fields || purposeWords[w] || andWords[w]
	}
	if org && fields {
		return 9
	}
	return 5
}

// onlyTitleWords reports whether a run holds nothing but titles,
// portfolios and nationalities: "Foreign Affairs", "South Korean".
func onlyTitleWords(words []string) bool {
	for _, w := range words {
		if !portfolioWords[w] && !titleWords[w] && !demonyms[w] {
			return false
		}
	}
	return true
}

func containsAll(have, want []string) bool {
	for _, w := range want {
		found := false
		for _, h := range have {
			if h == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// whoRank orders the main actors in the answer: the headline's subject
// first, people first among the subjects and among the others.
func whoRank(a *actor) int {
	return 2*btoi(!a.subject) + btoi(a.kind != personActor)
}

// byHigher orders scores from the highest, as a sort's comparison.
func byHigher(a, b float64) int {
	switch {
	case a > b:
		return -1
	case a < b:
		return 1
	}
	return 0
}

// boostFromTitle raises the actors the headline names.
func boostFromTitle(actors []*actor, title *sentence) {
	if title == nil {
		return
	}
	words := map[string]bool{}
	for k := range title.toks {
		t := &title.toks[k]
		if t.isWord() && t.isCap() {
			words[t.low] = true
		}
	}
	for _, a := range actors {
		if words[a.words[len(a.words)-1]] || a.kind != personActor && words[a.words[0]] {
			a.best = max(a.best, title.weight)
			a.total += title.weight
		}
	}
}

// rankWho orders the main actors: the best scored, people first, at most
// maxWho.
func rankWho(actors []*actor) []string {
	slices.SortStableFunc(actors, func(a, b *actor) int {
		if sa, sb := a.score(), b.score(); sa != sb {
			return byHigher(sa, sb)
		}
		return cmp.Compare(a.order, b.order)
	})
	var top []*actor
	for _, a := range actors {
		if len(top) == maxWho || a.score() < floorFor(top, actors[0].score()) {
			break
		}
		top = append(top, a)
	}
	slices.SortStableFunc(top, func(a, b *actor) int { return cmp.Compare(whoRank(a), whoRank(b)) })
	out := make([]string, 0, len(top))
	for _, a := range top {
		name := a.display
		if len(a.words) > 1 && !onlyInitials(name) {
			name = titleCase(name) // "NEW YORK TIMES" shouted, not "US TV"
		}
		out = append(out, capitalizeFirst(name))
	}
	return out
}

// onlyInitials reports whether every word of name is three letters or
// fewer, as initials are: "US TV", "BBC HD".
func onlyInitials(name string) bool {
	for _, w := range strings.Fields(name) {
		if utf8.RuneCountInString(w) > 3 {
			return false
		}
	}
	return true
}
