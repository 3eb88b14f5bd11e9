package llm

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"briefbot"
	"briefbot/lang"
)

// Bounds a summary of the model's must keep: those of the offline
// summarizer's contract (see briefbot.Summary).
const (
	maxWhatWords   = 25
	maxSummaryRune = 280
	maxDateDrift   = 366 * 24 * time.Hour // a story's date within a year of its publication
)

// checkSummary refuses a summary that says what the article does not:
// a name or a place it lacks (modulo case and diacritics), a date that
// does not parse or lies over a year from publication, an empty or
// overlong what or summary. The error says which, without the text.
func checkSummary(m modelSummary, doc briefbot.Document) error {
	var errs []error
	text := " " + strings.Join(lang.Words(doc.Title+"\n"+doc.Text), " ") + " "
	for _, field := range []struct {
		name    string
		entries []string
	}{{"who", m.Who}, {"where", m.Where}} {
		for _, e := range field.entries {
			if !occurs(e, text) {
				errs = append(errs, fmt.Errorf("%s %q is not in the article", field.name, e))
			}
		}
	}
	if n := len(strings.Fields(m.What)); n == 0 || n > maxWhatWords {
		errs = append(errs, fmt.Errorf("what has %d words, not 1 to %d", n, maxWhatWords))
	}
	if n := utf8.RuneCountInString(m.Summary); n == 0 || n > maxSummaryRune {
		errs = append(errs, fmt.Errorf("summary has %d characters, not 1 to %d", n, maxSummaryRune))
	}
	if err := checkDate(m.When, doc.Published); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// occurs reports whether the words of entry stand together in text, the
// article's folded words joined by spaces and framed by them.
func occurs(entry, text string) bool {
	ws := lang.Words(entry)
	return len(ws) > 0 && strings.Contains(text, " "+strings.Join(ws, " ")+" ")
}

// checkDate accepts no date, or a date within a year of publication (any
// date for an article with none).
func checkDate(when string, published time.Time) error {
	if when == "" {
		return nil
	}
	d, err := time.Parse(time.DateOnly, when)
	if err != nil {
		return fmt.Errorf("when %q is not a date YYYY-MM-DD", when)
	}
	if !published.IsZero() && (d.Sub(published) > maxDateDrift || published.Sub(d) > maxDateDrift) {
		return fmt.Errorf("when %s is over a year from publication, %s", when, published.Format(time.DateOnly))
	}
	return nil
}

// clipRunes keeps the first n runes of s.
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n])
}

// langOr names the language for the prompt.
func langOr(code string) string {
	switch code {
	case "":
		return "unknown"
	case "en":
		return "English (en)"
	case "fr":
		return "French (fr)"
	case "de":
		return "German (de)"
	case "es":
		return "Spanish (es)"
	}
	return code
}
