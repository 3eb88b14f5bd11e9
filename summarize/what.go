package summarize

import (
	"regexp"
	"strings"
	"unicode/utf8"
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
func findWhat(a *article, actors []*actor) string {
	text := ""
	if a.title != nil && !a.titleFromLead() {
		text = headlineClause(a.title.text)
	}
	if text == "" {
		text = capitalizeFirst(leadClause(a.leadText()))
	}
	text = cutCause(dropOpeningActor(text, actors))
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
	t := strings.ToLower(strings.TrimRight(a.title.text, " ."))
	return len(t) > 0 && strings.Contains(strings.ToLower(a.lead.text), t)
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
	return elideLightVerbs(strings.Join(strings.Fields(dropAsides(text)), " "))
}

// causeBreaks open a clause of cause or time after the event.
var causeBreaks = setOf(`after as while because amid despite following when since before
	après alors tandis lorsque car parce malgré avant depuis`)

// cutCause drops a trailing clause of cause or time: "sparks outrage after
// changing its shape" → "sparks outrage".
func cutCause(text string) string {
	words := strings.Fields(text)
	for i := 2; i < len(words); i++ {
		if causeBreaks[bareWord(words[i])] {
			return strings.TrimRight(strings.Join(words[:i], " "), ",;:")
		}
	}
	return text
}

var (
	reLeadAttribution  = regexp.MustCompile(`(?i)^(?:selon|d'après|d’après|according to)\s[^,]{1,80},\s*`)
	reTrailAttribution = regexp.MustCompile(`(?i),\s*(?:[^,]{0,60}\s)?(?:said|says|told|reported|announced|a déclaré|a indiqué|a annoncé|a affirmé|a précisé|ont déclaré|ont indiqué|selon|according to)(?:\s[^,]{0,60})?[.!]?$`)
	reAside            = regexp.MustCompile(`\s*\([^()]*\)|\s+[—–]\s[^—–]{1,120}\s[—–](\s)`)
	reLightVerb        = regexp.MustCompile(`(?i)\b(?:prendre des mesures (?:afin de|pour)|(?:take|taking|took) (?:steps|measures|action) to)\s+`)
)

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
			w := lower(words[c])
			rest := ""
			switch {
			case w == "que" || w == "that":
				rest = strings.Join(words[c+1:], " ")
			case strings.HasPrefix(w, "qu'"):
				rest = strings.Join(append([]string{stripElision(words[c])}, words[c+1:]...), " ")
			default:
				continue
			}
			if wordCount(rest) >= minClauseWords {
				return rest
			}
			return s
		}
	}
	return s
}

// bareWord lower-cases a word and strips the punctuation around it.
func bareWord(w string) string {
	return strings.Trim(lower(w), `.,;:!?"'“”«»()`)
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
	if !containsAny(s, "mesures", "steps", "measures", "action") {
		return s
	}
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

var subjectBreaks = setOf(`of from in at for with de des du à en dans pour avec sur`)

// firstVerb finds the index of the first word that looks like a finite
// verb, or len(words) when none does.
func firstVerb(words []string) int {
	for i := 1; i < len(words); i++ {
		w := bareWord(words[i])
		if auxiliaries[w] || pastForms[w] {
			return i
		}
		if r := stripElision(w); r != w && (strings.HasPrefix(w, "s'") || strings.HasPrefix(w, "n'")) {
			return i
		}
		if w == "se" || strings.HasSuffix(w, "ed") && len(w) > 4 && !isCap(words[i]) && !articles[bareWord(words[i-1])] {
			return i
		}
	}
	return len(words)
}

var auxiliaries = setOf(`is are was were has have had will would could can should must might did
	does do a ont est sont était étaient avait avaient sera seront serait seraient aura auront
	aurait auraient va vont fut furent doit doivent devrait devraient peut peuvent pourrait
	pourraient vient viennent`)

var pastForms = setOf(`said met won lost rose fell told made took came went gave found left held
	led hit shot struck began became brought built bought caught chose drove fought flew got grew
	heard kept knew laid meant paid put ran saw sold sent set shut sat spoke spent stood stole
	swore taught thought threw understood wrote sank quit cut beat broke dealt drew fed felt froze
	hurt lay rode rang sought shook spread stuck swept tore withdrew overtook says meets wins
	faces warns plans`)

// clauseBreaks open a clause that may be cut from the end of a long one.
var clauseBreaks = setOf(`after before as while when which who whom whose where because amid
	despite following with without since between during including pour afin alors tandis après
	avant lors lorsque qui où dont car parce malgré entre avec sans depuis selon`)

// fitWords cuts s to at most n words, at the end of a clause when one ends
// late enough, else at n words without trailing function words.
func fitWords(s string, n int) string {
	words := strings.Fields(s)
	if len(words) <= n {
		return s
	}
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
// characters cut at a word boundary.
func DeriveTitle(text string) string {
	clean := Clean(text)
	first, _, _ := strings.Cut(clean, "\n")
	_, first = parseDateline(first, detectLang(clean))
	sents := splitSentences(first)
	if len(sents) == 0 {
		return ""
	}
	t := strings.TrimRight(stripAttribution(sents[0]), " .")
	if utf8.RuneCountInString(t) <= maxTitle {
		return capitalizeFirst(t)
	}
	t = strings.Join(strings.Fields(elideLightVerbs(dropAsides(reportedClause(t)))), " ")
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
