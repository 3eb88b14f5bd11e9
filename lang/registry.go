package lang

// lexicons are the languages briefbot has words for, English first.
var lexicons = []*Lexicon{&english, &french, &german, &spanish}

// empty is the lexicon of a language briefbot has no words for.
var empty = Lexicon{}

// For is the lexicon of the language with code code ("en", "fr"). A
// language briefbot has no words for gets an empty lexicon, never nil:
// its Code is "" and it holds no words, so the rules find nothing in it.
func For(code string) *Lexicon {
	for _, l := range lexicons {
		if l.Code == code {
			return l
		}
	}
	return &empty
}

// All lists the lexicons, English first: the order in which a rule that
// reads every language at once meets them.
func All() []*Lexicon { return lexicons }

// Union gathers one set of words from every lexicon, for the rules that
// read all languages at once (the summarizer reads English and French
// words in any article).
func Union(pick func(*Lexicon) Set) Set {
	out := Set{}
	for _, l := range lexicons {
		for w := range pick(l) {
			out[w] = true
		}
	}
	return out
}

// Merge gathers one map from every lexicon; when two languages hold the
// same key, the first in All keeps it.
func Merge[V any](pick func(*Lexicon) map[string]V) map[string]V {
	out := map[string]V{}
	for _, l := range lexicons {
		for k, v := range pick(l) {
			if _, ok := out[k]; !ok {
				out[k] = v
			}
		}
	}
	return out
}

// Concat gathers one list from every lexicon, in the order of All.
func Concat[T any](pick func(*Lexicon) []T) []T {
	var out []T
	for _, l := range lexicons {
		out = append(out, pick(l)...)
	}
	return out
}
