package topics

import (
	"slices"
	"strings"
	"sync"

	"briefbot"
	"briefbot/lang"
)

// conceptGroupTerms is the most terms of the group of a concept, so
// that a verb of thirty forms in four languages leaves the store's bound
// (briefbot.MaxSearchTerms) some room; a topic of several groups shares
// the bound among them.
const conceptGroupTerms = 48

// conceptCache keeps the search terms of the concepts asked for.
var conceptCache sync.Map // concept ID → []briefbot.Term

// conceptTermsOf returns the search terms of a concept: its words and
// phrases in every language that mean it alone (see lang.Concept.Meant),
// taken in turn from each language, the most common first, so that a
// group cut to its share keeps every language's main words. They are
// exact terms: the lexicon lists the inflections, and the index reads an
// exact term only from the window on.
func conceptTermsOf(c *lang.Concept) []briefbot.Term {
	if ts, ok := conceptCache.Load(c.ID); ok {
		return ts.([]briefbot.Term)
	}
	var lists [][]string
	for _, code := range c.Languages() {
		var own []string
		for _, t := range c.Terms(code) {
			if c.Meant(t) {
				own = append(own, t)
			}
		}
		lists = append(lists, own)
	}
	var out []briefbot.Term
	for k := 0; ; k++ {
		added := false
		for _, l := range lists {
			if k < len(l) {
				out = append(out, briefbot.Term{Phrase: l[k]})
				added = true
			}
		}
		if !added {
			break
		}
	}
	out = dedupTerms(out)
	conceptCache.Store(c.ID, out)
	return out
}

// phrasesCovered drops the phrases that a one-word term of the same
// group already finds: "secousse sismique" beside "sismique", "general
// strike" beside strike*. Every term costs the index a look-up, and the
// lexicon lists such phrases for reading text, not for searching it.
func phrasesCovered(terms []briefbot.Term) []briefbot.Term {
	var words []briefbot.Term
	for _, t := range terms {
		if !strings.Contains(t.Phrase, " ") {
			words = append(words, t)
		}
	}
	return slices.DeleteFunc(slices.Clone(terms), func(t briefbot.Term) bool {
		if !strings.Contains(t.Phrase, " ") {
			return false
		}
		for _, w := range strings.Fields(t.Phrase) {
			if slices.ContainsFunc(words, func(x briefbot.Term) bool {
				return x.Phrase == w || x.Prefix && strings.HasPrefix(w, x.Phrase)
			}) {
				return true
			}
		}
		return false
	})
}

// senseContext is the domains that the words of a topic name, by which a
// word of several senses is read (see lang.SenseOf): in "strike drone",
// the drone makes the strike a military one.
func senseContext(topic string) lang.Set {
	var ws []string
	for _, part := range strings.Split(topic, `"`) {
		ws = append(ws, Words(part)...)
	}
	return lang.Domains(lang.ScanConcepts(ws))
}
