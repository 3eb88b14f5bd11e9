package briefbot

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// CheckArticle reports why no store takes a (see ArticleStore.AddArticle):
// an EInvalid error whose message names the article, or nil. Every store
// calls it before it writes, so that all refuse the same articles with
// the same words; it checks what a schema cannot say to a user.
func CheckArticle(a Article) error {
	if !hasLetterOrDigit(a.Text) {
		return Errorf(EInvalid, "article %q has no text", clipped(a.Title))
	}
	if a.Ingested.IsZero() {
		return Errorf(EInvalid, "article %q has no ingested time", clipped(a.Title))
	}
	if a.FeedID < 0 {
		return Errorf(EInvalid, "article %q: feed id %d is negative", clipped(a.Title), a.FeedID)
	}
	for _, err := range []error{CheckSummary(a.Summary), CheckKeys(a.Keys, a.KeysVersion)} {
		if err != nil {
			return Errorf(EInvalid, "article %q: %s", clipped(a.Title), ErrorMessage(err))
		}
	}
	return nil
}

// CheckSummary reports a summary no store takes: a date that is not
// YYYY-MM-DD.
func CheckSummary(s Summary) error {
	if s.When == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s.When); err != nil {
		return Errorf(EInvalid, "summary date %q is not YYYY-MM-DD", clipped(s.When))
	}
	return nil
}

// CheckKeys reports search keys no store takes: a key that is not valid
// (see ValidKey), or a negative version.
func CheckKeys(keys []string, version int) error {
	if version < 0 {
		return Errorf(EInvalid, "keys version %d is negative", version)
	}
	for _, k := range keys {
		if !ValidKey(k) {
			return Errorf(EInvalid, "search key %q is not 1 to %d lower-case letters and digits", clipped(k), MaxKeyBytes)
		}
	}
	return nil
}

// hasLetterOrDigit reports whether s holds a letter or a digit.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// clipped shortens s for an error message.
func clipped(s string) string {
	const n = 40
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
