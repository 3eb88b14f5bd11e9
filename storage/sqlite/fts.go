package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// matchExpr renders m as an FTS5 query: groups joined by AND, each in
// parentheses, the terms of a group joined by OR. Every term is a quoted
// string, so nothing a user types (quotes, '*', '-', ':', NEAR, AND, OR) is
// read as query syntax. This is the only way a search reaches FTS5.
func matchExpr(m briefbot.Match) (string, error) {
	if len(m) == 0 {
		return "", briefbot.Errorf(briefbot.EInvalid, "search has no terms")
	}
	var b strings.Builder
	n := 0
	for i, group := range m {
		n += len(group)
		if n > briefbot.MaxSearchTerms {
			return "", briefbot.Errorf(briefbot.EInvalid, "search has more than %d terms", briefbot.MaxSearchTerms)
		}
		if i > 0 {
			b.WriteString(" AND ")
		}
		if err := writeGroup(&b, group); err != nil {
			return "", err
		}
	}
	return b.String(), nil
}

// writeGroup writes one parenthesised OR group: its keys in the keys
// column, its words in the five columns of text, so that no word finds a
// key and no key a word.
func writeGroup(b *strings.Builder, group []briefbot.Term) error {
	if len(group) == 0 {
		return briefbot.Errorf(briefbot.EInvalid, "search has an empty group of terms")
	}
	var keys, words []briefbot.Term
	for _, t := range group {
		if t.Key != "" {
			keys = append(keys, t)
		} else {
			words = append(words, t)
		}
	}
	b.WriteByte('(')
	if len(keys) > 0 {
		b.WriteString("keys : (")
		for i, t := range keys {
			if !briefbot.ValidKey(t.Key) {
				return briefbot.Errorf(briefbot.EInvalid, "search key %q is not 1 to %d lower-case letters and digits", clip(t.Key), briefbot.MaxKeyBytes)
			}
			if i > 0 {
				b.WriteString(" OR ")
			}
			b.WriteString(`"` + t.Key + `"`)
		}
		b.WriteByte(')')
	}
	if len(words) > 0 {
		if len(keys) > 0 {
			b.WriteString(" OR ")
		}
		b.WriteString(textColumns + " : (")
		for i, t := range words {
			if i > 0 {
				b.WriteString(" OR ")
			}
			if err := writeTerm(b, t); err != nil {
				return err
			}
		}
		b.WriteByte(')')
	}
	b.WriteByte(')')
	return nil
}

// textColumns are the columns of the full-text index that words are
// searched in: all but keys.
const textColumns = "{title text summary who where_}"

// writeTerm writes t as an FTS5 string, with '*' after it for a prefix.
func writeTerm(b *strings.Builder, t briefbot.Term) error {
	if !hasWord(t.Phrase) {
		return briefbot.Errorf(briefbot.EInvalid, "search term %q has no letters or digits", clip(t.Phrase))
	}
	if utf8.RuneCountInString(t.Phrase) > briefbot.MaxTermRunes {
		return briefbot.Errorf(briefbot.EInvalid, "search term %q is longer than %d characters", clip(t.Phrase), briefbot.MaxTermRunes)
	}
	b.WriteByte('"')
	b.WriteString(strings.ReplaceAll(cleanPhrase(t.Phrase), `"`, `""`))
	b.WriteByte('"')
	if t.Prefix {
		b.WriteByte('*')
	}
	return nil
}

// cleanPhrase turns invalid UTF-8 and control characters into spaces. They
// separate words for the tokenizer anyway, and a NUL would cut the query
// short in the middle of a string.
func cleanPhrase(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}
