package summarize

import (
	"regexp"
	"strings"
	"unicode"
)

// dateline is the place and date a report may open with: "NEW YORK —",
// "Séoul, 3 mars —", "WASHINGTON (Reuters) -", "22 mai 2012. -".
type dateline struct {
	place string // the place as the summary names it; "" when none
	p     *place // its gazetteer entry; nil when the gazetteer lacks it
	date  *dateMention
}

var (
	reDateline = regexp.MustCompile(`^([^—–\n]{2,80}?)(?:\s*[—–]+\s*|\s+-{1,2}\s+)`)
	reAgency   = regexp.MustCompile(`\([^()]{1,40}\)`)
	// reClock matches a time of day and its zone, which a dateline may
	// give after its date: "14h30", "16 h 20 UTC", "1 h 30 UTC+3", "09:53 GMT".
	reClock = regexp.MustCompile(`(?i)\b\d{1,2}\s?(?:h|:)\s?\d{0,2}(?:\s*(?:UTC|GMT)(?:\s?[+−-]\s?\d{1,2})?)?\b`)
)

// parseDateline reads the dateline at the start of a paragraph, which may
// come in two parts ("2 juillet 2012. - Québec - …"), and returns it with
// the text that follows it.
func parseDateline(par, lang string) (dateline, string) {
	if after, ok := afterCaption(par); ok {
		if dl, rest := parseDateline(after, lang); dl.place != "" {
			return dl, rest
		}
	}
	dl, rest := parseDatelinePart(par, lang)
	if dl == (dateline{}) {
		return dl, par
	}
	more, rest2 := parseDatelinePart(rest, lang)
	if more == (dateline{}) || more.place != "" && dl.place != "" || more.date != nil && dl.date != nil {
		return dl, rest
	}
	if dl.place == "" {
		dl.place, dl.p = more.place, more.p
	}
	if dl.date == nil {
		dl.date = more.date
	}
	return dl, rest2
}

// captionWords are what a page leaves of a picture before the dateline
// that follows it: "Photo LONDON — …".
var captionWords = []string{"Photo", "Video", "Image", "Photograph"}

// afterCaption is the paragraph after the caption word it opens on, when
// a capitalised word follows.
func afterCaption(par string) (string, bool) {
	for _, w := range captionWords {
		if rest, ok := cutWords(par, w); ok && isCap(rest) {
			return rest, true
		}
	}
	return "", false
}

// parseDatelinePart reads one dateline part: a place, a date, or both.
func parseDatelinePart(par, lang string) (dateline, string) {
	if !mayOpenDateline(par) {
		return dateline{}, par
	}
	m := reDateline.FindStringSubmatch(par)
	if m == nil {
		return dateline{}, par
	}
	prefix := strings.TrimSpace(m[1])
	agency := reAgency.MatchString(prefix)
	if agency {
		prefix = reAgency.ReplaceAllString(prefix, " ")
	}
	prefix = strings.Trim(prefix, " .,;:")
	if strings.ContainsAny(prefix, "0123456789") { // reClock matches none without a digit
		prefix = reClock.ReplaceAllString(prefix, " ")
	}
	prefix = strings.Trim(prefix, " .,;:")
	var dl dateline
	if ds := scanDates(prefix, lang); len(ds) > 0 {
		d := ds[0]
		dl.date = &d
		prefix = strings.Trim(prefix[:d.start]+" "+prefix[d.end:], " .,;:")
	}
	if prefix == "" {
		if dl.date == nil {
			return dateline{}, par
		}
		return dl, strings.TrimSpace(par[len(m[0]):])
	}
	name, _, _ := strings.Cut(prefix, ",")
	name = strings.TrimSpace(name)
	if !looksLikePlaceName(prefix) && !(dl.date != nil && looksLikePlaces(prefix)) {
		return dateline{}, par
	}
	dl.p = lookupLocative(name)
	switch {
	case dl.p != nil:
		dl.place = dl.p.name(lang)
	case isAllCaps(name) || dl.date != nil || agency:
		dl.place = titleCase(name)
	default:
		return dateline{}, par
	}
	return dl, strings.TrimSpace(par[len(m[0]):])
}

// maxDatelineRunes is how many characters the dateline's place and date
// may take before its dash, as reDateline reads them.
const maxDatelineRunes = 80

// mayOpenDateline reports whether par may open with a dateline that
// reDateline matches: a dash ("—", "–", or "-" after a space) among its
// first characters, or after them and white space only. Most paragraphs
// have none, and need no matching.
func mayOpenDateline(par string) bool {
	n, prevSpace := 0, false
	for _, r := range par {
		switch {
		case r == '—' || r == '–' || r == '-' && prevSpace:
			return true
		case unicode.IsSpace(r):
			prevSpace = true
		case n >= maxDatelineRunes:
			return false
		default:
			prevSpace = false
		}
		n++
	}
	return false
}

// looksLikePlaceName reports whether s is a few capitalised words, as in
// "NEW YORK" or "Port-au-Prince, Haiti".
func looksLikePlaceName(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, ",", " "))
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if !isCap(w) && !nameJoiners[lower(w)] {
			return false
		}
	}
	return true
}

// looksLikePlaces reports whether s, what a dated dateline gives after
// its date, is a place name followed by finer ones that may open on a
// common noun: "Bolivie, cratère de Maragua", "France, près de Lyon".
func looksLikePlaces(s string) bool {
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts) > 3 || !looksLikePlaceName(parts[0]) {
		return false
	}
	for _, p := range parts[1:] {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 4 || !isCap(words[len(words)-1]) {
			return false
		}
	}
	return true
}

// titleCase rewrites an all-capitals name as a name: "NEW YORK" → "New York".
func titleCase(s string) string {
	if !isAllCaps(s) {
		return s
	}
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = capitalizeFirst(w)
	}
	return strings.Join(words, " ")
}
