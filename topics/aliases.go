package topics

import "briefbot/lang"

// builtinAliases lets a topic that is not a place find the words other
// languages use for it; places (countries, their capitals, cities,
// demonyms) come from the gazetteer. Each language's lexicon holds its
// words for each topic (see lang.Topics), gathered here in the order of
// lang.All. Keys and aliases are folded, as the search index folds them;
// a trailing "*" lets the last word be the start of a longer one (climat*
// finds climatique).
var builtinAliases = func() map[string][]string {
	out := map[string][]string{}
	for _, l := range lang.All() {
		for topic, aliases := range l.Topics.Aliases {
			out[topic] = append(out[topic], aliases...)
		}
	}
	return out
}()

// topicStopwords are words that carry no topic: "/brief news about korea".
var topicStopwords = lang.Union(func(l *lang.Lexicon) lang.Set { return l.Topics.Stopwords })
