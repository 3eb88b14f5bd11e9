package summarize

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"briefbot/lang"
)

// headlineClause reads the event in a headline: without a site name after
// a bar or dash, without a label before a colon ("Croydon tram crash: …")
// or the quote after one. It returns "" for a question or a label.
func headlineClause(t string) string {
	for _, sep := range []string{" | ", " - ", " – ", " — "} {
		if i := strings.LastIndex(t, sep); i > 0 && wordCount(t[i:]) <= 5 {
			t = t[:i]
		}
	}
	if before, after, ok := strings.Cut(t, ": "); ok && wordCount(before) <= 5 {
		if r, _ := utf8.DecodeRuneInString(after); strings.ContainsRune(`"'“«‘`, r) {
			t = before
		} else if wordCount(after) >= 3 && !onlyDate(after) {
			t = after
		}
	}
	t = dropOpeningQuote(dropOpeningSubclause(t))
	if loc := reHeadlineSource.FindStringIndex(t); loc != nil && wordCount(t[:loc[0]]) >= 3 {
		t = t[:loc[0]]
	}
	if wordCount(t) < 3 || strings.HasSuffix(t, "?") {
		return ""
	}
	return foldSpaces(dropAsides(t))
}

// reHeadlineSource matches the source a headline ends on: ", reports say",
// ", selon Séoul".
var reHeadlineSource = regexp.MustCompile(`(?i),\s+(?:[\pL-]+\s+){0,2}(?:` + headlineSources() + `)\s*$`)

// headlineSources are the alternatives of the words a headline ends on
// when it names its source: the verbs, and the words before a name.
func headlineSources() string {
	verbs := alternatives(lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.HeadlineVerbs }))
	for _, w := range lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.HeadlineFrom }) {
		verbs += "|" + regexp.QuoteMeta(w) + " [^,]+"
	}
	return verbs
}

// dropOpeningSubclause removes a scene-setting clause before a comma:
// "While the U.S. talks about election, UK outraged …" → "UK outraged …".
func dropOpeningSubclause(t string) string {
	first, _, _ := strings.Cut(t, " ")
	if !subordinators[lower(first)] {
		return t
	}
	if _, after, ok := strings.Cut(t, ", "); ok && wordCount(after) >= 3 {
		return after
	}
	return t
}

// dropOpeningQuote removes a quotation that opens a headline before its
// event: "'I BLAME COMEY' Clinton blames …" → "Clinton blames …".
func dropOpeningQuote(t string) string {
	r, n := utf8.DecodeRuneInString(t)
	closer := map[rune]string{'\'': "'", '"': `"`, '‘': "’", '“': "”", '«': "»"}[r]
	if closer == "" {
		return t
	}
	end := strings.Index(t[n:], closer)
	if end < 0 {
		return t
	}
	rest := strings.TrimLeft(t[n+end+len(closer):], " :,—–-")
	if wordCount(rest) < 3 {
		return t
	}
	return rest
}

// dropOpeningActor removes the actors who open a clause, with a short
// title before them: "Red Bull boss Christian Horner hails …" → "hails …",
// "Bill Murray and Barack Obama lead …" → "lead …". It fills names with
// the words of the actors' names, emptying it first.
func dropOpeningActor(text string, actors []*actor, names *wordSet) string {
	names.reset()
	for _, a := range actors {
		for _, w := range beforePurpose(a.words) {
			names.add(w)
		}
	}
	isName := func(w string) bool {
		if !isCap(w) {
			return false
		}
		var buf [64]byte
		k := nameKeyBytes(buf[:0], w)
		return names.hasBytes(k) && !demonyms[string(k)]
	}
	var list [48]string
	words := appendFields(list[:0], text)
	if len(words) > 3 && isPeople(words[0]) {
		return strings.Join(words[1:], " ")
	}
	start := -1
	var buf [64]byte
	for k := 0; k < len(words) && k < 4 && start < 0; k++ {
		switch {
		case isName(words[k]):
			start = k
		case !isCap(words[k]) && !titleWords[string(bareBytes(buf[:0], words[k]))] && !descriptors[string(bareBytes(buf[:0], words[k]))]:
			return text
		}
	}
	if start < 0 {
		return text
	}
	end := max(nameSpanEnd(words, start, isName), actorSpanEnd(words, start, actors))
	rest := words[end+1:]
	for len(rest) > 2 && roleAfterName[string(bareBytes(buf[:0], rest[0]))] {
		rest = rest[1:]
	}
	if len(rest) < 2 || isCap(rest[0]) && !isAllCaps(rest[0]) && !titleCased(words) {
		return text
	}
	return strings.Join(rest, " ")
}

// nameSpanEnd finds the last word of the names that open a headline at
// start: names joined by "and", or by a title before a capitalised name
// ("Red Bull boss Christian Horner").
func nameSpanEnd(words []string, start int, isName func(string) bool) int {
	end := start
	afterTitle := false
	var buf [64]byte
	for k := start + 1; k < len(words); k++ {
		b := bareBytes(buf[:0], words[k])
		title := descriptors[string(b)] || titleWords[string(b)]
		if isName(words[k]) || afterTitle && isCap(words[k]) {
			end = k
			continue
		}
		joins := andWords[string(b)] || string(b) == "&" || title
		if !joins || k+1 >= len(words) || !(isName(words[k+1]) || title && isCap(words[k+1])) {
			break
		}
		afterTitle = title
	}
	return end
}

// actorSpanEnd finds the last word of the longest actor name written at
// start, whose inner words may be lower-case: "Banque centrale européenne".
func actorSpanEnd(words []string, start int, actors []*actor) int {
	end := start
	for _, a := range actors {
		if last, ok := spells(words, start, a.words); ok && last > end {
			end = last
		}
	}
	return end
}

// spells reports whether the words from start write a name's words, with
// the joiners the name's words leave out ("Bank of England" for bank,
// england), and where they end.
func spells(words []string, start int, name []string) (last int, ok bool) {
	k := start
	var buf, low [64]byte
	for i, w := range name {
		for k < len(words) && i > 0 && string(nameKeyBytes(buf[:0], words[k])) != w && nameJoiners[string(appendLowerFolded(low[:0], words[k]))] {
			k++
		}
		if k >= len(words) || string(nameKeyBytes(buf[:0], words[k])) != w {
			return 0, false
		}
		k++
	}
	return k - 1, len(name) > 0
}

// nameKeyBytes is the lower-cased form of a word of a name, without
// punctuation or possessive, written in buf: a map read with
// string(nameKeyBytes(buf[:0], w)) costs no allocation.
func nameKeyBytes(buf []byte, w string) []byte {
	b := bareBytes(buf, w)
	return bytes.TrimSuffix(bytes.TrimSuffix(b, []byte("'s")), []byte("’s"))
}

// titleCased reports whether most longer words are capitalised, as in
// "Taliban Strike German Consulate".
func titleCased(words []string) bool {
	long, caps := 0, 0
	for _, w := range words {
		if utf8.RuneCountInString(w) >= 4 {
			long++
			if isCap(w) {
				caps++
			}
		}
	}
	return long > 0 && caps*4 >= long*3
}

// labelBeforeDate reports whether t is a label and a date alone, whose
// opening words are the topic, no actor to drop.
func labelBeforeDate(t string) bool {
	before, after, ok := strings.Cut(t, ": ")
	return ok && wordCount(before) <= 5 && onlyDate(after)
}

// onlyDate reports whether a headline's text after its label is a date
// alone, which leaves the label to tell the event: "Gilets jaunes : samedi
// 1er décembre 2018".
func onlyDate(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.ToLower(strings.Trim(w, ",."))
		if _, ok := lookupMonth(w); ok || weekdayWord(w) || isDigits(strings.TrimSuffix(strings.TrimSuffix(w, "er"), "th")) {
			continue
		}
		return false
	}
	return true
}
