package summarize

import (
	"bytes"
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// How the mentions of one actor become one: a surname into the full
// name, an acronym into its expansion, a shorter organisation's name into
// the longer one.

// mergeActors folds shorter mentions of a person into the fullest one
// ("Blinken" into "Antony Blinken") and drops lone names seen only once.
// Its lists are kept in ar for the next article.
func mergeActors(all []*actor, ar *actorArena) []*actor {
	multi, single := ar.multi[:0], ar.single[:0]
	for _, a := range all {
		if len(a.words) > 1 {
			multi = append(multi, a)
		} else {
			single = append(single, a)
		}
	}
	multi = mergeContained(multi)
	out := multi
	for _, a := range single {
		if host := expansionOf(a, multi); host != nil {
			host.absorb(a)
			continue
		}
		if host := hostFor(a, multi); host != nil {
			host.absorb(a)
			continue
		}
		if keepSingle(a) {
			if a.titled && a.kind == unknownActor {
				a.kind = personActor
			}
			out = append(out, a)
		}
	}
	ar.multi, ar.single = out, single
	return out
}

// mergeContained merges each name into a longer form of the same actor,
// keeping the longer forms in multi itself.
func mergeContained(multi []*actor) []*actor {
	slices.SortStableFunc(multi, func(a, b *actor) int { return cmp.Compare(len(b.words), len(a.words)) })
	out := multi[:0] // never past the actor read
	for _, a := range multi {
		merged := false
		for _, b := range out {
			if sameActor(a, b) {
				b.absorb(a)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, a)
		}
	}
	return out
}

// sameActor reports whether a is a shorter form of b: a person whose
// words b holds all, or an organisation whose name begins b's.
func sameActor(a, b *actor) bool {
	if a.kind != b.kind {
		return false
	}
	if a.kind == personActor {
		return containsAll(b.words, a.words) && !b.couple && !a.couple
	}
	return len(a.words) <= len(b.words) && joinedEqual(b.words[:len(a.words)], a.words)
}

// joinedEqual reports whether strings.Join(x, " ") == strings.Join(y,
// " "), joining them in buffers on the stack.
func joinedEqual(x, y []string) bool {
	var bx, by [128]byte
	return bytes.Equal(appendJoined(bx[:0], x), appendJoined(by[:0], y))
}

// expansionOf finds the organisation an acronym stands for among the
// names of several words, by the first letters of their name words: GM
// for General Motors, FSA for Financial Services Authority.
func expansionOf(a *actor, multi []*actor) *actor {
	if !isAllCaps(a.display) || utf8.RuneCountInString(a.display) < 2 {
		return nil
	}
	for _, b := range multi {
		if b.kind != personActor && (initials(b.words) == a.words[0] || initials(withoutStopwords(b.words)) == a.words[0]) {
			return b
		}
	}
	return nil
}

// withoutStopwords are a name's words but its function words, which an
// acronym may skip: ONS for Office for National Statistics.
func withoutStopwords(words []string) []string {
	out := make([]string, 0, len(words))
	for _, w := range words {
		if !stopwords[w] {
			out = append(out, w)
		}
	}
	return out
}

// initials are the first letters of a name's words, lower-cased.
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		b.WriteRune(r)
	}
	return b.String()
}

// hostFor finds the person (or organisation, by its first word) a lone
// name refers to, preferring a surname match and then the higher score.
func hostFor(a *actor, multi []*actor) *actor {
	w := a.words[0]
	var host *actor
	rank := func(b *actor) float64 {
		r := b.score()
		if b.words[len(b.words)-1] == w {
			r += 100
		}
		return r
	}
	for _, b := range multi {
		ok := b.kind == personActor && containsAll(b.words, a.words) && !namedBefore(a, b) || b.kind == orgActor && b.words[0] == w
		if ok && (host == nil || rank(b) > rank(host)) {
			host = b
		}
	}
	return host
}

// namedBefore reports whether the body names a lone name again and again
// before the longer name that holds it: a person's full name comes first
// and the surname after, so the longer name is another actor or a name
// run into a neighbour ("the Toblerone Facebook page" after many
// "Toblerone").
func namedBefore(a, b *actor) bool {
	return a.count >= minBefore && a.bodyAt < b.bodyAt && a.words[0] != b.words[len(b.words)-1]
}

// minBefore is how many mentions make a lone name an actor of its own
// when the body names it before a longer name that holds it.
const minBefore = 3

// keepSingle decides whether a lone name that is no one's surname is an
// actor: an acronym, a titled name, or a name met more than once and not
// as a place.
func keepSingle(a *actor) bool {
	w := a.words[0]
	if demonyms[w] || stopwords[w] || utf8.RuneCountInString(w) < 2 {
		return false
	}
	if a.locative*2 >= a.count {
		return false
	}
	return a.kind == orgActor || a.titled || a.count >= 2 || a.acts > 0
}
