// Package topics turns what a user types as a topic into a full-text
// condition that finds it across languages: a place by its names in
// every language served (from the gazetteer), its demonyms and capital;
// a news concept by its words in every language (from lang's lexicon:
// "earthquake" finds séisme and Erdbeben, "strike" grève and huelga);
// built-in and configured aliases for topics that are no place; quoted
// phrases.
package topics

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/lang"
)

// Limits on a topic, so that a pasted page gets a clear answer.
const (
	maxTopicRunes = 200
	maxTopicWords = 8
	maxSpanWords  = 3
	// A concept's phrase written with its small words may be longer:
	// "went to the polls".
	maxConceptWords = 4
)

// Matcher turns what a user types after /brief into a full-text condition.
type Matcher struct {
	aliases map[string][]string // folded topic → folded alias phrases

	mu    sync.Mutex
	built map[builtKey]briefbot.Match // the conditions asked for lately
}

// builtKey names one condition built: a topic, searched or expanded.
type builtKey struct {
	topic  string
	expand bool
}

// maxBuilt is how many conditions a Matcher keeps; past it, it forgets
// them all and starts again, which bounds its memory whatever is typed.
const maxBuilt = 4096

// New returns the topics: the built-in aliases plus the configured ones.
func New(extra map[string][]string) *Matcher {
	t := &Matcher{aliases: map[string][]string{}}
	for k, v := range builtinAliases {
		t.aliases[k] = v
	}
	for k, v := range extra {
		key := strings.Join(Words(k), " ")
		for _, alias := range v {
			if a := strings.Join(Words(alias), " "); a != "" {
				t.aliases[key] = append(t.aliases[key], a)
			}
		}
	}
	return t
}

// Match builds the condition a store searches for topic: every word,
// known phrase or quoted phrase must match, through itself or one of its
// aliases. A known phrase is a configured topic, a place ("south korea",
// "new york") or, unquoted, a concept ("earthquake", "prime minister"),
// which a store finds by its search key (see Keys) in any language,
// beside its own words; a word of several senses reads its sense from the
// other words of the topic (see lang.SenseOf). A quoted phrase that is no
// topic or place matches as written ("kim jong un", "strike"), while
// unquoted words match anywhere in the article. The terms of all groups
// together stay within the store's bound, each group keeping its best.
func (t *Matcher) Match(topic string) (briefbot.Match, error) {
	return t.cached(builtKey{topic, false}, group.search)
}

// Expand is Match with the words of places and concepts in every
// language instead of their keys: what ranking looks for in a
// candidate's headline and summary, and what a store would search for
// an article keyed by no version of Keys.
func (t *Matcher) Expand(topic string) (briefbot.Match, error) {
	return t.cached(builtKey{topic, true}, group.words)
}

// cached returns the condition k names, built once: a brief builds its
// topic's twice, and a chat asks the same topics day after day. Each
// caller gets its own copy, to change as it likes.
func (t *Matcher) cached(k builtKey, flatten func(group) []briefbot.Term) (briefbot.Match, error) {
	t.mu.Lock()
	m, ok := t.built[k]
	t.mu.Unlock()
	if !ok {
		var err error
		if m, err = t.build(k.topic, flatten); err != nil {
			return nil, err
		}
		t.mu.Lock()
		if len(t.built) >= maxBuilt || t.built == nil {
			t.built = map[builtKey]briefbot.Match{}
		}
		t.built[k] = m
		t.mu.Unlock()
	}
	out := make(briefbot.Match, len(m))
	for i, g := range m {
		out[i] = slices.Clone(g)
	}
	return out, nil
}

// build reads topic into groups and each group into terms with flatten.
func (t *Matcher) build(topic string, flatten func(group) []briefbot.Term) (briefbot.Match, error) {
	if n := utf8.RuneCountInString(topic); n > maxTopicRunes {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic is too long (%d characters). Use a few words, like /brief korea.", n)
	}
	var gs []group
	nwords := 0
	context := senseContext(topic)
	for i, part := range strings.Split(topic, `"`) {
		if i%2 == 1 { // inside quotes
			if ws := dropStopwords(Words(part)); len(ws) > 0 {
				gs = append(gs, t.quoted(ws))
				nwords += len(ws)
			}
			continue
		}
		groups, n := t.groups(Words(part), context)
		gs = append(gs, groups...)
		nwords += n
	}
	if len(gs) == 0 {
		return nil, briefbot.Errorf(briefbot.EInvalid, "Tell me a topic with at least one word, like /brief korea.")
	}
	if nwords > maxTopicWords {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic has %d words; use at most %d, like /brief south korea.", nwords, maxTopicWords)
	}
	m := make(briefbot.Match, len(gs))
	for i, g := range gs {
		ts := flatten(g)
		m[i] = ts[:min(len(ts), briefbot.MaxSearchTerms/len(gs))]
	}
	return m, nil
}

// group is what one word or phrase of a topic searches for.
type group struct {
	own  []briefbot.Term // the phrase itself and its configured aliases
	more []briefbot.Term // its words in every language, with own: all that it finds
	keys []briefbot.Term // the search keys of its place or concept
}

// plain is the group of words that name nothing known.
func plain(ts []briefbot.Term) group { return group{own: ts, more: ts} }

// search is what a store searches for the group: its keys and own words
// when it has keys, else all its words.
func (g group) search() []briefbot.Term {
	if len(g.keys) == 0 {
		return g.more
	}
	return dedupTerms(slices.Concat(g.keys, g.own))
}

// words are all the group's words.
func (g group) words() []briefbot.Term { return g.more }

// quoted is the group of a quoted phrase: the phrase's own aliases when it
// is a known topic or place, else the phrase itself.
func (t *Matcher) quoted(ws []string) group {
	phrase := strings.Join(ws, " ")
	if g, ok := t.known(phrase, nil); ok {
		return g
	}
	return plain([]briefbot.Term{{Phrase: phrase}})
}

// groups returns the groups of unquoted words and how many words they
// count. A concept's phrase written with small words ("tremblement de
// terre", "on strike") is one group as it stands; the other words lose
// their stopwords (unless they are all stopwords) and make the groups of
// the longest known phrases.
func (t *Matcher) groups(ws []string, context lang.Set) ([]group, int) {
	if len(withoutStopwords(ws)) == 0 {
		return t.run(ws, context), len(ws)
	}
	var gs []group
	nwords, from := 0, 0
	for i := 0; i < len(ws); {
		n := smallWordsPhrase(ws[i:])
		if n == 0 {
			i++
			continue
		}
		run := withoutStopwords(ws[from:i])
		g, _ := t.known(strings.Join(ws[i:i+n], " "), context)
		gs = append(append(gs, t.run(run, context)...), g)
		nwords += len(run) + len(withoutStopwords(ws[i:i+n]))
		i += n
		from = i
	}
	run := withoutStopwords(ws[from:])
	return append(gs, t.run(run, context)...), nwords + len(run)
}

// run returns the groups of the longest known phrases of ws, in order.
func (t *Matcher) run(ws []string, context lang.Set) []group {
	var gs []group
	for i := 0; i < len(ws); {
		g, n := t.group(ws[i:], context)
		gs = append(gs, g)
		i += n
	}
	return gs
}

// smallWordsPhrase is the number of words of the longest concept phrase
// that ws starts with and that holds a stopword, which the dropping of
// stopwords would break ("tremblement de terre"), or 0. A phrase whose
// other words name a place is left to the place.
func smallWordsPhrase(ws []string) int {
	for n := min(maxConceptWords, len(ws)); n > 1; n-- {
		phrase := ws[:n]
		rest := withoutStopwords(phrase)
		if len(rest) < n && len(lang.ConceptsOf(strings.Join(phrase, " "))) > 0 && !isPlace(strings.Join(rest, " ")) {
			return n
		}
	}
	return 0
}

// group returns the group of the longest known phrase at the start of
// ws, or of its first word, and how many words it used; context is the
// domains the topic's words name.
func (t *Matcher) group(ws []string, context lang.Set) (group, int) {
	for n := min(maxSpanWords, len(ws)); n > 1; n-- {
		if g, ok := t.known(strings.Join(ws[:n], " "), context); ok {
			return g, n
		}
	}
	if g, ok := t.known(ws[0], context); ok {
		return g, 1
	}
	return plain(terms(ws[0], nil)), 1
}

// known returns the group of a place, a configured topic or a concept,
// or false. A place is only a place (the gazetteer's names come first: a
// phrase that names a place expands to no concept), and a quoted phrase
// (context nil) is no concept. A concept's words follow the phrase's own
// term and aliases.
func (t *Matcher) known(phrase string, context lang.Set) (group, bool) {
	aliases, ok := t.aliases[phrase]
	if p, found := lookupCached(phrase); found {
		own := terms(phrase, aliases)
		own[0].Prefix = false // a place's own forms are among its terms
		return group{own: own, more: covered(dedupTerms(slices.Concat(own, p.terms))), keys: p.keys}, true
	}
	var concept []briefbot.Term
	var keys []briefbot.Term
	if c, found := lang.SenseOf(phrase, context); found && context != nil {
		concept = conceptTermsOf(c)
		keys = []briefbot.Term{{Key: conceptKey(c)}}
	}
	if !ok && concept == nil {
		return group{}, false
	}
	own := terms(phrase, aliases)
	more := covered(dedupTerms(slices.Concat(own, concept)))
	if concept != nil {
		more = phrasesCovered(more)
	}
	return group{own: own, more: more[:min(len(more), conceptGroupTerms)], keys: keys}, true
}

// terms are a phrase's own term (a single word of four letters or more
// as the start of longer words) and its aliases.
func terms(phrase string, aliases []string) []briefbot.Term {
	out := []briefbot.Term{{Phrase: phrase, Prefix: !strings.Contains(phrase, " ") && utf8.RuneCountInString(phrase) >= 4}}
	for _, a := range aliases {
		out = append(out, briefbot.Term{Phrase: strings.TrimSuffix(a, "*"), Prefix: strings.HasSuffix(a, "*")})
	}
	return dedupTerms(out)
}

// Display is the topic as the user wrote it, without punctuation.
func Display(s string) string {
	return strings.Join(strings.FieldsFunc(s, notWordRune), " ")
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// Words splits s into its folded words, as the search index cuts text
// into terms (see lang.Words).
func Words(s string) []string { return lang.Words(s) }

// dropStopwords returns ws without its stopwords, or ws when they are
// all stopwords.
func dropStopwords(ws []string) []string {
	if out := withoutStopwords(ws); len(out) > 0 {
		return out
	}
	return ws
}

// withoutStopwords returns ws without its stopwords.
func withoutStopwords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !topicStopwords[w] {
			out = append(out, w)
		}
	}
	return out
}
