package bot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// Limits on a topic, so that a pasted page gets a clear answer.
const (
	maxTopicRunes = 200
	maxTopicWords = 8
	maxSpanWords  = 3
)

// Topics turns what a user types after /brief into a full-text condition.
type Topics struct {
	aliases map[string][]string // folded topic → folded alias phrases
}

// NewTopics returns the built-in aliases plus the configured ones.
func NewTopics(extra map[string][]string) *Topics {
	t := &Topics{aliases: map[string][]string{}}
	for k, v := range builtinAliases {
		t.aliases[k] = v
	}
	for k, v := range extra {
		key := strings.Join(words(k), " ")
		for _, alias := range v {
			if a := strings.Join(words(alias), " "); a != "" {
				t.aliases[key] = append(t.aliases[key], a)
			}
		}
	}
	return t
}

// Match builds the condition for topic: every word (or known phrase) must
// match, through itself or one of its aliases.
func (t *Topics) Match(topic string) (briefbot.Match, error) {
	if n := utf8.RuneCountInString(topic); n > maxTopicRunes {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic is too long (%d characters). Use a few words, like /brief korea.", n)
	}
	ws := dropStopwords(words(topic))
	if len(ws) == 0 {
		return nil, briefbot.Errorf(briefbot.EInvalid, "Tell me a topic with at least one word, like /brief korea.")
	}
	if len(ws) > maxTopicWords {
		return nil, briefbot.Errorf(briefbot.EInvalid, "That topic has %d words; use at most %d, like /brief south korea.", len(ws), maxTopicWords)
	}
	var m briefbot.Match
	for i := 0; i < len(ws); {
		group, n := t.group(ws[i:])
		m = append(m, group)
		i += n
	}
	return m, nil
}

// group returns the terms for the longest known phrase at the start of ws,
// or for its first word, and how many words it used.
func (t *Topics) group(ws []string) ([]briefbot.Term, int) {
	for n := min(maxSpanWords, len(ws)); n > 1; n-- {
		phrase := strings.Join(ws[:n], " ")
		if aliases, ok := t.aliases[phrase]; ok {
			return terms(phrase, aliases), n
		}
	}
	return terms(ws[0], t.aliases[ws[0]]), 1
}

func terms(phrase string, aliases []string) []briefbot.Term {
	seen := map[string]bool{}
	var out []briefbot.Term
	add := func(s string, prefix bool) {
		key := s
		if prefix {
			key += "*"
		}
		if !seen[key] {
			seen[key] = true
			out = append(out, briefbot.Term{Phrase: s, Prefix: prefix})
		}
	}
	add(phrase, !strings.Contains(phrase, " ") && utf8.RuneCountInString(phrase) >= 4)
	for _, a := range aliases {
		add(strings.TrimSuffix(a, "*"), strings.HasSuffix(a, "*"))
	}
	return out
}

// displayTopic is the topic as the user wrote it, without punctuation.
func displayTopic(s string) string {
	return strings.Join(strings.FieldsFunc(s, notWordRune), " ")
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// words splits s into lower-case words without diacritics.
func words(s string) []string {
	return strings.FieldsFunc(fold(s), notWordRune)
}

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

// fold lower-cases s and removes the diacritics of Latin letters.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if rep, ok := latinFold[r]; ok {
			b.WriteString(rep)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

var latinFold = func() map[rune]string {
	m := map[rune]string{'œ': "oe", 'æ': "ae", 'ß': "ss"}
	for base, accented := range map[string]string{
		"a": "àáâãäåā", "c": "çćč", "e": "èéêëēė", "i": "ìíîïī", "n": "ñń",
		"o": "òóôõöøō", "u": "ùúûüū", "y": "ýÿ", "s": "śš", "z": "źżž",
	} {
		for _, r := range accented {
			m[r] = base
		}
	}
	return m
}()
