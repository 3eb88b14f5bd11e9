package postgres

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

// The store splits text into words itself, before PostgreSQL reads it,
// as the store contract says and SQLite's unicode61 tokenizer does: a
// word is a run of letters and digits (numbers), and every other
// character separates, marks included, but for the combining accents
// (U+0300 to U+036F), which fold away inside a word as they do in SQLite.
// Words are lower-cased here too, by Unicode's rules rather than the
// server's locale; the briefbot text search configuration then folds
// their accents (unaccent) and keeps each as one lexeme (simple). So the
// same text gives the same words on every server, and on both stores.

// isWordRune reports whether r belongs to a word.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsNumber(r)) && r != utf8.RuneError
}

// isAccent reports whether r is a combining accent, dropped from a word.
func isAccent(r rune) bool { return r >= 0x300 && r <= 0x36f }

// words splits s into its words, lower-cased, without combining accents.
func words(s string) []string {
	var ws []string
	var b strings.Builder
	for _, r := range s {
		switch {
		case isWordRune(r):
			b.WriteRune(r)
		case isAccent(r) && b.Len() > 0:
		case b.Len() > 0:
			ws = append(ws, strings.ToLower(b.String()))
			b.Reset()
		}
	}
	if b.Len() > 0 {
		ws = append(ws, strings.ToLower(b.String()))
	}
	return ws
}

// wordText is the words of s separated by single spaces: what the text
// search parser is given, so that it finds the same words.
func wordText(s string) string { return strings.Join(words(s), " ") }

// listText is the words of a list of names, in order.
func listText(names []string) string { return wordText(strings.Join(names, " ")) }

// docFields are the texts, as words, of the fields a search reads, in
// the order of documentSQL's parameters.
func docFields(a briefbot.Article) [5]string {
	return [5]string{wordText(a.Title), wordText(a.Text), wordText(a.Summary.Summary),
		listText(a.Summary.Who), listText(a.Summary.Where)}
}

// documentSQL builds an article's document from its five fields given as
// words ($n to $n+4, see docFields): a gap lexeme '-' between fields
// shifts the next field's positions by one more (tsvector || shifts the
// right side past the left's last position) and is then deleted, so that
// no phrase runs from one field into the next. No word can be '-'.
func documentSQL(n int) string {
	p := func(i int) string { return "to_tsvector('briefbot', $" + itoa(n+i) + "::text)" }
	return `ts_delete(` + p(0) + ` || '-:1'::tsvector || ` + p(1) + ` || '-:1'::tsvector || ` + p(2) +
		` || '-:1'::tsvector || ` + p(3) + ` || '-:1'::tsvector || ` + p(4) + `, '-'::text)`
}

// queryText renders the words of m as the text of a tsquery, for
// to_tsquery('briefbot', …): groups joined by &, the terms of a group by
// |, the words of a term by <-> (followed by each other), :* after the
// last word of a prefix term. Every word is quoted, and holds only
// letters, digits and marks, so nothing a user types is read as query
// syntax. The keys of each group are returned apart, keys[i] for group
// i; a group with no words has "" as its text.
func queryText(m briefbot.Match) (groups []string, keys [][]string, err error) {
	if len(m) == 0 {
		return nil, nil, briefbot.Errorf(briefbot.EInvalid, "search has no terms")
	}
	n := 0
	for _, group := range m {
		n += len(group)
		if n > briefbot.MaxSearchTerms {
			return nil, nil, briefbot.Errorf(briefbot.EInvalid, "search has more than %d terms", briefbot.MaxSearchTerms)
		}
		text, ks, err := groupText(group)
		if err != nil {
			return nil, nil, err
		}
		groups, keys = append(groups, text), append(keys, ks)
	}
	return groups, keys, nil
}

// groupText renders one group's words, and returns its keys.
func groupText(group []briefbot.Term) (string, []string, error) {
	if len(group) == 0 {
		return "", nil, briefbot.Errorf(briefbot.EInvalid, "search has an empty group of terms")
	}
	var b strings.Builder
	var keys []string
	for _, t := range group {
		if t.Key != "" {
			if !briefbot.ValidKey(t.Key) {
				return "", nil, briefbot.Errorf(briefbot.EInvalid, "search key %q is not 1 to %d lower-case letters and digits", clip(t.Key), briefbot.MaxKeyBytes)
			}
			keys = append(keys, t.Key)
			continue
		}
		ws, err := termWords(t)
		if err != nil {
			return "", nil, err
		}
		if b.Len() > 0 {
			b.WriteString(" | ")
		}
		writePhrase(&b, ws, t.Prefix)
	}
	return b.String(), keys, nil
}

// termWords checks a term and splits its phrase into words.
func termWords(t briefbot.Term) ([]string, error) {
	if utf8.RuneCountInString(t.Phrase) > briefbot.MaxTermRunes {
		return nil, briefbot.Errorf(briefbot.EInvalid, "search term %q is longer than %d characters", clip(t.Phrase), briefbot.MaxTermRunes)
	}
	ws := words(t.Phrase)
	if len(ws) == 0 || !hasWord(t.Phrase) {
		return nil, briefbot.Errorf(briefbot.EInvalid, "search term %q has no letters or digits", clip(t.Phrase))
	}
	return ws, nil
}

// writePhrase writes the words of one term.
func writePhrase(b *strings.Builder, ws []string, prefix bool) {
	b.WriteByte('(')
	for i, w := range ws {
		if i > 0 {
			b.WriteString(" <-> ")
		}
		b.WriteByte('\'')
		b.WriteString(strings.ReplaceAll(w, `'`, `''`)) // never needed: words hold no quote
		b.WriteByte('\'')
	}
	if prefix {
		b.WriteString(":*") // on the last word
	}
	b.WriteByte(')')
}

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clip shortens s for an error message.
func clip(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

// itoa is n in decimal.
func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
