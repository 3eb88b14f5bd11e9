// Package lang is briefbot's language layer: the one fold of letters
// (Fold), the one word splitter (Words), the one sentence splitter
// (Sentences, with the one list of abbreviations), the normaliser of
// language tags (Code), and the words of each language the rules read,
// one Lexicon per language in its own file (en.go, fr.go, …), found with
// For.
//
// It imports the standard library only, so that every package, the
// domain's included, may use it.
//
// # Adding a language
//
// A language is a file: de.go holds the German Lexicon, listed in
// lexicons (registry.go). The summarizer reads every lexicon's words at
// once, so German months, titles and reporting verbs take part as soon
// as they are there; pin what they change with golden files
// (summarize/testdata/golden), and put a rule that holds for German only
// in a file named after it, as summarize/french.go holds the French ones.
package lang
