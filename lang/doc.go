// Package lang is briefbot's language layer: the one fold of letters
// (Fold), the one word splitter (Words), the one sentence splitter
// (Sentences, with the one list of abbreviations), the normaliser of
// language tags (Code), and the words of each language the rules read,
// one Lexicon per language in its own file (en.go, fr.go, …), found with
// For.
//
// # Concepts
//
// Beside the words its rules read, the layer holds a news lexicon across
// languages: concepts, meanings such as an earthquake, a labour strike, a
// resignation or a coach, each with its words and phrases in every
// language (English and French in full, German and Spanish for the most
// frequent), inflections and all: séisme(s), tremblement(s) de terre,
// élu(e)(s), remplacé, remplaça, a été remplacé. Each language's words are
// in its own file (concepts_en.go, concepts_fr.go, …). ConceptsOf gives
// the concepts of a word or phrase, Concept.Terms a concept's words in
// one language, ScanConcepts the terms in a run of words. The lexicon
// holds common words; a name is a concept only when the concept is that
// one body (NATO and OTAN, the ECB and the BCE), so that a name never
// widens into its field.
//
// # Words of several senses
//
// A word such as "strike" (a walkout, an air raid), "vol" (a flight, a
// theft) or "prix" (a price, a prize) is read by one rule:
//
//   - Each sense is its own concept: labour.strike (grève, Streik,
//     huelga) and conflict.strike (frappe aérienne, Luftangriff).
//   - A phrase settles the sense: "air strike", "general strike",
//     "heart attack", "prix Nobel".
//   - Alone, the word stands for its default sense, the most common in
//     the news, named in Concepts.Senses: "strike" is the labour strike.
//     Beside a word of another of its senses' domain only, it takes that
//     sense: "strike" beside "missile" or "drone" is the military strike
//     (SenseOf).
//   - It is never searched for on the reader's behalf (Concept.Meant): a
//     search for "grève" takes in "walkout", "on strike" and "general
//     strike", not "strike", which would also find air strikes; one for
//     "flight" takes in "trafic aérien", not "vol", which is also a
//     theft. Nor is a word that one language too often uses otherwise
//     (French "court", short; German "war", was), though typed on its
//     own it still means its concept.
//   - The word as written always finds itself: a full-text search cannot
//     tell the dockers' strike from the drones', so an English story of
//     either that says "strike" is found by "strike". The senses decide
//     which other words, in other languages or synonyms, join it.
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
