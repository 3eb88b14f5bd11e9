package summarize

// maxCauseReach is how far into the lead a causative verb may stand: a
// cause with its complements may be long ("Les récentes décisions du
// Burundi au niveau international, en particulier son refus de …, ont
// conduit l'Union européenne à revoir …").
const maxCauseReach = 60

// skipOrgHead skips the lower-case noun before an organisation's name:
// "le groupe Velmar".
func skipOrgHead(toks []token, i int) int {
	if i < len(toks) && !toks[i].isCap() && toks[i].in(inOrgHeads) {
		return i + 1
	}
	return i
}

// causedActor promotes the actor of a lead whose subject is a cause, not
// a name: the name a causative verb takes as object is made to act ("…
// ont conduit l'Union européenne à revoir son aide", "The ruling forced
// Acme to recall …"). Only the clause's first verb counts, and only when
// the lead opens on no name. It reports whether an actor was promoted.
func causedActor(s *sentence, actors []*actor) bool {
	if s == nil {
		return false
	}
	start := skipTitles(s.toks, skipArticles(s.toks, afterAdverbials(s.toks, 0)))
	if _, named := runAt(s, start); named {
		return false
	}
	for k := start; k < len(s.toks) && k < maxCauseReach; k++ {
		w := s.toks[k].low
		switch {
		case s.toks[k].isCap():
		case causatives[w]:
			r, ok := runAt(s, skipOrgHead(s.toks, skipArticles(s.toks, k+1)))
			return ok && promoteSubject(actors, r.words)
		case (auxiliaries[w] || reportingVerbs[w]) && (k+1 >= len(s.toks) || !causatives[s.toks[k+1].low]):
			return false // another verb comes first
		}
	}
	return false
}
