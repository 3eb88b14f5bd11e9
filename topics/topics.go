// Package topics turns what a user types as a topic into a full-text
// condition that finds it across languages: a place by its names in
// every language served (from the gazetteer), its demonyms and capital,
// built-in and configured aliases for topics that are no place, quoted
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
// phrase is a configured topic or a place ("south korea", "new york"); a
// quoted phrase that is neither matches as written ("kim jong un"), while
// unquoted words match anywhere in the article. The terms of all groups
// together stay within the store's bound, each group keeping its best.
func (t *Matcher) Match(topic string) (briefbot.Match, error) {
	if n := utf8.RuneCountInString(topic); n > maxTopicRunes {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic is too long (%d characters). Use a few words, like /brief korea.", n)
	}
	var m briefbot.Match
	nwords := 0
	for i, part := range strings.Split(topic, `"`) {
		ws := dropStopwords(Words(part))
		nwords += len(ws)
		if len(ws) == 0 {
			continue
		}
		if i%2 == 1 { // inside quotes
			m = append(m, t.quoted(ws))
			continue
		}
		for i := 0; i < len(ws); {
			group, n := t.group(ws[i:])
			m = append(m, group)
			i += n
		}
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
	if g := t.known(phrase); g != nil {
		return g
	}
	return []briefbot.Term{{Phrase: phrase}}
}

// group returns the terms for the longest known phrase at the start of ws,
// or for its first word, and how many words it used.
func (t *Matcher) group(ws []string) ([]briefbot.Term, int) {
	for n := min(maxSpanWords, len(ws)); n > 1; n-- {
		if g := t.known(strings.Join(ws[:n], " ")); g != nil {
			return g, n
		}
	}
	if g := t.known(ws[0]); g != nil {
		return g, 1
	}
	return terms(ws[0], nil), 1
}

// known returns the terms of a configured topic or a place, or nil.
func (t *Matcher) known(phrase string) []briefbot.Term {
	aliases, ok := t.aliases[phrase]
	places := placeTerms(phrase)
	switch {
	case places == nil && !ok:
		return nil
	case places == nil:
		return terms(phrase, aliases)
	}
	own := terms(phrase, aliases)
	own[0].Prefix = false // a place's own forms are among its terms
	return covered(dedupTerms(append(own, places...)))
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

func dropStopwords(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !topicStopwords[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}
