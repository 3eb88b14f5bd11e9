package summarize

import (
	"bytes"
	"regexp"
	"strings"
	"unicode/utf8"

	"briefbot/lang"
)

// Lengths of the short texts a summary holds.
const (
	maxWhatWords   = 20
	maxSummary     = 280
	maxTitle       = 120
	minClauseWords = 5
	maxSubject     = 6
)

// findWhat tells the main event as one short clause: the headline's when
// it reads as one, else the lead's; without the actor who opens it (who
// names them) and without the clause of cause or time that may follow.
func findWhat(a *article, actors []*actor, where []string) string {
	text := ""
	if a.title != nil && !a.titleFromLead() {
		text = headlineClause(a.title.text)
	}
	if text == "" {
		text = capitalizeFirst(leadClause(a.leadText()))
	}
	if !labelBeforeDate(text) {
		text = dropOpeningActor(text, actors, &a.arena.names)
	}
	text = cutSecondVerb(cutPlace(cutCause(text), where), a.lang, &a.arena.clause)
	if wordCount(text) > maxWhatWords {
		text = shortenSubject(text, false)
	}
	if wordCount(text) > maxWhatWords {
		text = shortenSubject(text, true)
	}
	return trimClause(fitWords(text, maxWhatWords))
}

// titleFromLead reports whether the headline only repeats the start of the
// lead, as a headline derived from the text does; the lead then tells the
// event in full.
func (a *article) titleFromLead() bool {
	if a.lead == nil {
		return false
	}
	var title, lead [512]byte // the texts lowered as strings.ToLower lowers them, on the stack
	t := appendLower(title[:0], strings.TrimRight(a.title.text, " ."))
	return len(t) > 0 && bytes.Contains(appendLower(lead[:0], a.lead.text), t)
}

// trimClause strips the punctuation around a clause, and quotes that
// enclose all of it.
func trimClause(s string) string {
	s = strings.Trim(s, " .,;:!?")
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if n > 0 && len(s) > n+m && strings.ContainsRune(`"'“«‘`, first) && strings.ContainsRune(`"'”»’`, last) {
		return strings.Trim(s[n:len(s)-m], " .,;:!?")
	}
	return s
}

// leadClause cuts the lead down to the clause that tells the main event:
// no attribution, the reported content of "X announced that …", no asides.
func leadClause(lead string) string {
	text := reportedClause(stripAttribution(lead))
	return elideLightVerbs(foldSpaces(dropAsides(text)))
}

// cutCause drops a trailing clause of cause or time: "sparks outrage after
// changing its shape" → "sparks outrage".
func cutCause(text string) string {
	var list [48]string
	words := appendFields(list[:0], text)
	var buf [64]byte
	for i := 2; i < len(words); i++ {
		if causeBreaks[string(bareBytes(buf[:0], words[i]))] {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;:")
		}
	}
	return text
}

// cutSecondVerb keeps the first of two verb phrases joined by "and":
// "slams 'rigged' FBI and claims it is impossible…" → "slams 'rigged' FBI".
// The text's tokens are kept in scratch, for the next clause to reuse.
func cutSecondVerb(text, code string, scratch *[]token) string {
	toks := appendTokens((*scratch)[:0], text)
	*scratch = toks
	for i := 2; i+1 < len(toks); i++ {
		if andWords[toks[i].low] && verbAt(toks, i+1, code) && !verbAt(toks, i-1, code) {
			return strings.TrimRight(text[:toks[i].start], " ,;:")
		}
	}
	return text
}

// placeReach is how many words after a locative preposition may name the
// place Where gives.
const placeReach = 6

// cutPlace drops the place adjunct that ends a clause when Where names
// that place, so that What does not repeat it: "attacks German consulate
// in northern Afghan city of Mazar-i-Sharif" → "attacks German consulate".
func cutPlace(text string, where []string) string {
	var names map[string]bool // the words of where, folded, once a word may be one
	var list [48]string
	words := appendFields(list[:0], text)
	at := -1 // the last locative before the place
	var buf [64]byte
	for i := 3; i < len(words); i++ {
		switch w := words[i]; {
		case locatives[string(bareBytes(buf[:0], w))]:
			at = i
		case at >= 0 && i-at <= placeReach && isCap(w) && placeWords(&names, where)[lang.Fold(bareWord(w))]:
			return strings.TrimRight(strings.Join(words[:at], " "), ",;:")
		}
	}
	return text
}

// placeWords is *names, made when it is nil: the words of the places
// where, folded.
func placeWords(names *map[string]bool, where []string) map[string]bool {
	if *names == nil {
		*names = map[string]bool{}
		for _, w := range where {
			for _, f := range strings.Fields(w) {
				(*names)[lang.Fold(bareWord(f))] = true
			}
		}
	}
	return *names
}

// The sources that open or close a sentence, and the light verbs, of
// every language, as alternatives of a regular expression.
var (
	sourceOpeners = alternatives(lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.SourceOpeners }))
	sourceEnders  = alternatives(lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.SourceEnders }))
	lightVerbs    = alternatives(lang.Concat(func(l *lang.Lexicon) []string { return l.Clauses.LightVerbs }))
)

var (
	reLeadAttribution  = regexp.MustCompile(`(?i)^(?:` + sourceOpeners + `)\s[^,]{1,80},\s*`)
	reTrailAttribution = regexp.MustCompile(`(?i),\s*(?:[^,]{0,60}\s)?(?:` + sourceEnders + `)(?:\s[^,]{0,60})?[.!]?$`)
	reAside            = regexp.MustCompile(`\s*\([^()]*\)|\s+[—–]\s[^—–]{1,120}\s[—–](\s)`)
	reLightVerb        = regexp.MustCompile(`(?i)\b(?:` + lightVerbs + `)\s+`)
)

// alternatives joins phrases as the alternatives of a regular expression,
// each matched as written.
func alternatives(phrases []string) string {
	quoted := make([]string, len(phrases))
	for i, p := range phrases {
		quoted[i] = regexp.QuoteMeta(p)
	}
	return strings.Join(quoted, "|")
}

// stripAttribution removes "Selon X, …" and "…, X said." from a sentence.
func stripAttribution(s string) string {
	out := reLeadAttribution.ReplaceAllString(s, "")
	if loc := reTrailAttribution.FindStringIndex(out); loc != nil && wordCount(out[:loc[0]]) >= minClauseWords {
		out = out[:loc[0]]
	}
	if wordCount(out) < minClauseWords {
		return s
	}
	return capitalizeFirst(out)
}

// reportedClause returns what "X a annoncé [date] que …" or "X said [date]
// that …" reports, or s itself when it reports nothing.
func reportedClause(s string) string {
	words := strings.Fields(s)
	for v := 0; v < len(words) && v < 15; v++ {
		if !reportingVerbs[bareWord(words[v])] {
			continue
		}
		for c := v + 1; c < len(words) && c <= v+7; c++ {
			elided, ok := thatAt(lower(words[c]))
			if !ok {
				continue
			}
			rest := strings.Join(words[c+1:], " ")
			if elided {
				rest = strings.Join(append([]string{stripElision(words[c])}, words[c+1:]...), " ")
			}
			if wordCount(rest) >= minClauseWords {
				return rest
			}
			return s
		}
	}
	return s
}

// thatAt reports whether the word w introduces a reported clause, whole
// ("que", "that") or elided before the clause's first word ("qu'il").
func thatAt(w string) (elided, ok bool) {
	for t := range thatWords {
		if !strings.HasSuffix(t, "'") {
			ok = ok || w == t
		} else if strings.HasPrefix(w, t) {
			return true, true
		}
	}
	return false, ok
}

// bareWord lower-cases a word and strips the punctuation around it.
func bareWord(w string) string {
	return strings.Trim(lower(w), bareTrim)
}

// bareTrim is the punctuation bareWord strips.
const bareTrim = `.,;:!?"'“”«»()`

// bareBytes is bareWord(w), written in buf: a map read with
// string(bareBytes(buf[:0], w)) costs no allocation.
func bareBytes(buf []byte, w string) []byte {
	return bytes.Trim(appendLowerFolded(buf, w), bareTrim)
}

// dropAsides removes parentheses and dash-enclosed asides.
func dropAsides(s string) string {
	if !strings.ContainsAny(s, "(—–") {
		return s
	}
	return reAside.ReplaceAllString(s, "$1")
}

// elideLightVerbs shortens "take steps to counter" to "counter".
func elideLightVerbs(s string) string {
	return reLightVerb.ReplaceAllString(s, "")
}

// shortenSubject cuts a long subject to its head: "the top diplomats of
// South Korea, Japan and … agreed" → "the top diplomats agreed".
// With head set, only the determiner and the head noun stay: "the
// diplomats agreed".
func shortenSubject(s string, head bool) string {
	words := strings.Fields(s)
	v := firstVerb(words)
	if v <= maxSubject && !head || v == len(words) {
		return s
	}
	for c := 2; c < v; c++ {
		if subjectBreaks[lower(words[c])] || strings.HasSuffix(words[c-1], ",") {
			subject := words[:c:c]
			if head && c > 2 && articles[lower(words[0])] {
				subject = []string{words[0], strings.TrimRight(words[c-1], ",")}
			}
			return strings.Join(append(subject, words[v:]...), " ")
		}
	}
	if head && v > 2 && articles[lower(words[0])] {
		return strings.Join(append([]string{words[0], words[v-1]}, words[v:]...), " ")
	}
	return s
}

// firstVerb finds the index of the first word that looks like a finite
// verb, or len(words) when none does.
func firstVerb(words []string) int {
	for i := 1; i < len(words); i++ {
		w := bareWord(words[i])
		if auxiliaries[w] || pastForms[w] {
			return i
		}
		if marksVerb(w) || pastEnding(w) && len(w) > 4 && !isCap(words[i]) && !articles[bareWord(words[i-1])] {
			return i
		}
	}
	return len(words)
}

// marksVerb reports whether the word w stands right before a finite verb
// ("se") or opens one with an elided pronoun ("s'est", "n'a").
func marksVerb(w string) bool {
	for m := range verbMarks {
		if !strings.HasSuffix(m, "'") {
			if w == m {
				return true
			}
		} else if strings.HasPrefix(w, m) && stripElision(w) != w {
			return true
		}
	}
	return false
}

// pastEnding reports whether w ends like a regular past form: "-ed".
func pastEnding(w string) bool {
	for _, e := range pastEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// fitWords cuts s to at most n words, at the end of a clause when one ends
// late enough, else at n words without trailing function words.
func fitWords(s string, n int) string {
	if wordCount(s) <= n {
		return s
	}
	words := strings.Fields(s)
	for c := n; c >= minClauseWords+1; c-- {
		if clauseBreaks[lower(words[c])] || strings.HasSuffix(words[c-1], ",") || strings.HasSuffix(words[c-1], ";") {
			return strings.Join(words[:c], " ")
		}
	}
	words = words[:n]
	for len(words) > minClauseWords && stopwords[bareWord(words[len(words)-1])] {
		words = words[:len(words)-1]
	}
	return strings.Join(words, " ")
}

// DeriveTitle writes a headline for a text that has none: its first
// sentence without attribution, or that sentence's main clause, at most 120
// characters cut at a word boundary. It cleans the text as Clean does, but
// only as far as it reads: the first paragraph, and enough words to tell
// the language.
func DeriveTitle(text string) string {
	lead := cleanLead(text, maxLangWords)
	first, _, _ := strings.Cut(lead, "\n")
	_, first = parseDateline(first, detectLang(lead))
	sents := lang.Sentences(first)
	if len(sents) == 0 {
		return ""
	}
	t := strings.TrimRight(stripAttribution(sents[0]), " .")
	if utf8.RuneCountInString(t) <= maxTitle {
		return capitalizeFirst(t)
	}
	t = foldSpaces(elideLightVerbs(dropAsides(reportedClause(t))))
	if utf8.RuneCountInString(t) <= maxTitle {
		return capitalizeFirst(t)
	}
	return capitalizeFirst(mainClause(t, maxTitle))
}

// mainClause cuts s to at most max characters at the end of a clause, or
// at a word boundary with an ellipsis when no clause ends late enough.
func mainClause(s string, max int) string {
	words := strings.Fields(s)
	for c := len(words) - 1; c >= minClauseWords; c-- {
		head := strings.TrimRight(strings.Join(words[:c], " "), " ,;:")
		if utf8.RuneCountInString(head) > max {
			continue
		}
		if clauseBreaks[lower(words[c])] || strings.HasSuffix(words[c-1], ",") {
			return head
		}
	}
	return truncate(s, max)
}
