package summarize

import "slices"

// A headline may name its subject and the body only describe it: "Jolene
// Hart wins Ohio mayoral race" over "The former teacher beat two
// rivals…", "Pierre Durand aurait été payé…" over "l'ancien ministre a
// reçu…". The body's names are the actors (collectActors), so such a
// subject would be no one; headlineOnlyActor makes it one.

// headlineOnlyActor is the actor of a headline's subject run that shares
// no word with a body actor: a person's or an organisation's name of two
// words or more, in a headline that is not title-cased (where every word
// has a capital, two capitalised words say little). A run that shares a
// word with one is another way of writing it ("Faultless Federer" for
// Roger Federer, "New Harry Potter"). ok is false for anything else.
func headlineOnlyActor(a *article, r nameRun, actors []*actor) (*actor, bool) {
	if a.title == nil || len(r.words) < 2 || titleCased(headlineWords(a.title)) || sharesWord(actors, r.words) {
		return nil, false
	}
	display := a.title.span(r)
	kind, ok := classifyRun(r, display)
	if !ok || kind == unknownActor {
		return nil, false
	}
	w := titleWeight * subjectWeight
	return &actor{display: display, words: r.words, kind: kind, best: w, total: w, count: 1, bodyAt: noBody, subject: true}, true
}

// headlineWords are the words of the headline as it writes them.
func headlineWords(s *sentence) []string {
	out := make([]string, 0, len(s.toks))
	for k := range s.toks {
		t := &s.toks[k]
		if t.isWord() {
			out = append(out, t.text)
		}
	}
	return out
}

// sharesWord reports whether an actor's name holds one of words.
func sharesWord(actors []*actor, words []string) bool {
	for _, ac := range actors {
		for _, w := range words {
			if slices.Contains(ac.words, w) {
				return true
			}
		}
	}
	return false
}
