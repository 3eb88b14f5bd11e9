// Package topics turns what a user types as a topic into a full-text
// condition that finds it across languages: a place by its names in
// every language served (from the gazetteer), its demonyms and capital;
// a news concept by its words in every language (from lang's lexicon:
// "earthquake" finds séisme and Erdbeben, "strike" grève and huelga);
// built-in and configured aliases for topics that are no place; quoted
// phrases.
package topics

import (
	"strings"
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
}

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

// Match builds the condition for topic: every word, known phrase or
// quoted phrase must match, through itself or one of its aliases. A known
// phrase is a configured topic, a place ("south korea", "new york") or,
// unquoted, a concept ("earthquake", "prime minister"), which also finds
// the concept's words in every language; a word of several senses reads
// its sense from the other words of the topic (see lang.SenseOf). A
// quoted phrase that is no topic or place matches as written ("kim jong
// un", "strike"), while unquoted words match anywhere in the article.
// The terms of all groups together stay within the store's bound, each
// group keeping its best.
func (t *Matcher) Match(topic string) (briefbot.Match, error) {
	if n := utf8.RuneCountInString(topic); n > maxTopicRunes {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic is too long (%d characters). Use a few words, like /brief korea.", n)
	}
	var m briefbot.Match
	nwords := 0
	context := senseContext(topic)
	for i, part := range strings.Split(topic, `"`) {
		if i%2 == 1 { // inside quotes
			if ws := dropStopwords(Words(part)); len(ws) > 0 {
				m = append(m, t.quoted(ws))
				nwords += len(ws)
			}
			continue
		}
		groups, n := t.groups(Words(part), context)
		m = append(m, groups...)
		nwords += n
	}
	if len(m) == 0 {
		return nil, briefbot.Errorf(briefbot.EInvalid, "Tell me a topic with at least one word, like /brief korea.")
	}
	if nwords > maxTopicWords {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic has %d words; use at most %d, like /brief south korea.", nwords, maxTopicWords)
	}
	for i := range m {
		m[i] = m[i][:min(len(m[i]), briefbot.MaxSearchTerms/len(m))]
	}
	return m, nil
}

// quoted is the group of a quoted phrase: the phrase's own aliases when it
// is a known topic or place, else the phrase itself.
func (t *Matcher) quoted(ws []string) []briefbot.Term {
	phrase := strings.Join(ws, " ")
	if g := t.known(phrase, nil); g != nil {
		return g
	}
	return []briefbot.Term{{Phrase: phrase}}
}

// groups returns the groups of unquoted words and how many words they
// count. A concept's phrase written with small words ("tremblement de
// terre", "on strike") is one group as it stands; the other words lose
// their stopwords (unless they are all stopwords) and make the groups of
// the longest known phrases.
func (t *Matcher) groups(ws []string, context lang.Set) (briefbot.Match, int) {
	if len(withoutStopwords(ws)) == 0 {
		return t.run(ws, context), len(ws)
	}
	var m briefbot.Match
	nwords, from := 0, 0
	for i := 0; i < len(ws); {
		n := smallWordsPhrase(ws[i:])
		if n == 0 {
			i++
			continue
		}
		run := withoutStopwords(ws[from:i])
		m = append(append(m, t.run(run, context)...), t.known(strings.Join(ws[i:i+n], " "), context))
		nwords += len(run) + len(withoutStopwords(ws[i:i+n]))
		i += n
		from = i
	}
	run := withoutStopwords(ws[from:])
	return append(m, t.run(run, context)...), nwords + len(run)
}

// run returns the groups of the longest known phrases of ws, in order.
func (t *Matcher) run(ws []string, context lang.Set) briefbot.Match {
	var m briefbot.Match
	for i := 0; i < len(ws); {
		group, n := t.group(ws[i:], context)
		m = append(m, group)
		i += n
	}
	return m
}

// smallWordsPhrase is the number of words of the longest concept phrase
// that ws starts with and that holds a stopword, which the dropping of
// stopwords would break ("tremblement de terre"), or 0. A phrase whose
// other words name a place is left to the place.
func smallWordsPhrase(ws []string) int {
	for n := min(maxConceptWords, len(ws)); n > 1; n-- {
		phrase := ws[:n]
		rest := withoutStopwords(phrase)
		if len(rest) < n && len(lang.ConceptsOf(strings.Join(phrase, " "))) > 0 && placeTerms(strings.Join(rest, " ")) == nil {
			return n
		}
	}
	return 0
}

// group returns the terms for the longest known phrase at the start of ws,
// or for its first word, and how many words it used; context is the
// domains the topic's words name.
func (t *Matcher) group(ws []string, context lang.Set) ([]briefbot.Term, int) {
	for n := min(maxSpanWords, len(ws)); n > 1; n-- {
		if g := t.known(strings.Join(ws[:n], " "), context); g != nil {
			return g, n
		}
	}
	if g := t.known(ws[0], context); g != nil {
		return g, 1
	}
	return terms(ws[0], nil), 1
}

// known returns the terms of a place, a configured topic or a concept,
// or nil. A place is only a place (the gazetteer's names come first: a
// phrase that names a place expands to no concept), and a quoted phrase
// (context nil) is no concept. A concept's words follow the phrase's own
// term and aliases.
func (t *Matcher) known(phrase string, context lang.Set) []briefbot.Term {
	aliases, ok := t.aliases[phrase]
	if places := placeTerms(phrase); places != nil {
		own := terms(phrase, aliases)
		own[0].Prefix = false // a place's own forms are among its terms
		return covered(dedupTerms(append(own, places...)))
	}
	var concept []briefbot.Term
	if c, found := lang.SenseOf(phrase, context); found && context != nil {
		concept = conceptTermsOf(c)
	}
	if !ok && concept == nil {
		return nil
	}
	g := covered(dedupTerms(append(terms(phrase, aliases), concept...)))
	if concept != nil {
		g = phrasesCovered(g)
	}
	return g[:min(len(g), conceptGroupTerms)]
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
