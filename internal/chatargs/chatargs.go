// Package chatargs splits what follows a chat command into its topic and
// its options, by the one rule /brief and /subscribe share: options come
// after the topic. Reading from the end, each word that looks like an
// option is one; the first word that does not ends the options, and it and
// everything before it is the topic, exactly as typed. A word with a
// quotation mark is always topic, so a quoted phrase keeps words that look
// like options ("covid 19").
package chatargs

import (
	"strings"
	"unicode"
)

// Split returns the topic of text and its trailing options, in order;
// looksLikeOption says which words look like an option, right or wrong
// (the command checks them).
func Split(text string, looksLikeOption func(word string) bool) (topic string, options []string) {
	rest := strings.TrimRightFunc(text, unicode.IsSpace)
	for rest != "" {
		i := strings.LastIndexFunc(rest, unicode.IsSpace) // -1: one word left
		w := rest[i+1:]
		if quoted(w) || !looksLikeOption(w) {
			break
		}
		options = append(options, w)
		rest = strings.TrimRightFunc(rest[:i+1], unicode.IsSpace)
	}
	for i, j := 0, len(options)-1; i < j; i, j = i+1, j-1 {
		options[i], options[j] = options[j], options[i]
	}
	return strings.TrimSpace(rest), options
}

// quoted reports whether w holds a quotation mark, straight or curly.
func quoted(w string) bool { return strings.ContainsAny(w, "\"\u201c\u201d\u00ab\u00bb") }

// Quote puts s in curly quotation marks, to name a word in a reply.
func Quote(s string) string { return "\u201c" + s + "\u201d" }
