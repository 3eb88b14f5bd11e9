package summarize

import (
	"strings"
	"time"

	"briefbot/lang"
)

// Factors of a date mention as the date of the main event.
const (
	reportDate     = 0.3 // next to a reporting verb: "a annoncé le 23 septembre"
	datelineDate   = 0.5 // the dateline's date, usually the day of the report
	distantDate    = 0.5 // more than distantDays from publication: background
	oldDate        = 0.2 // more than a year before publication: history
	futureDate     = 0.5 // after publication: planned, not yet happened
	earlierDate    = 0.2 // after a pluperfect: what came before the story ("avait été retiré le 24 mars")
	distantDays    = 45
	reportingReach = 3 // words before a date that may hold its reporting verb
)

// findWhen picks the date of the main event: the best-weighed mention,
// resolved against the publication date. text is "" when the article names
// no date; when is "" when the date cannot be resolved.
func findWhen(a *article) (when, text string) {
	var best *dateMention
	bestScore := 0.0
	consider := func(m dateMention, w float64) {
		if w > bestScore {
			best, bestScore = &m, w
		}
	}
	if a.dl.date != nil {
		consider(*a.dl.date, datelineWeight(*a.dl.date, a.pub))
	}
	statement := a.title != nil && holdsReporting(a.title.toks) // the story is what someone said: its date is the event's
	for _, s := range a.sentences() {
		for _, m := range joinRanges(s, scanTokens(s.text, s.toks, a.lang), a.pub, a.lang) {
			m.ahead = futureMarked(s.toks, m, a.lang)
			if afterPublication(m, a.pub) && !m.ahead && !saysAhead(m) {
				continue
			}
			w := s.weight * dateFactor(m, a.pub)
			if !statement && nearReporting(s.toks, m) {
				w *= reportDate
			}
			if inParentheses(s.toks, m) {
				w *= asideDate
			}
			if pluperfectBefore(s.toks, m) {
				w *= earlierDate
			}
			consider(m, w)
		}
	}
	if best == nil || bestScore < minWhenScore && !best.vague {
		if a.pub.IsZero() {
			return "", textOf(best)
		}
		return dayOf(a.pub).Format(time.DateOnly), ""
	}
	if t, ok := best.resolve(a.pub); ok {
		when = t.Format(time.DateOnly)
	}
	return when, best.text
}

// datelineFallback is the weight of a dateline's date that is the day of
// publication: the date of writing, which a date the text gives for the
// event in its lead or an early sentence beats (a lead's mention weighs 3,
// one beside a reporting verb 0.9), but not a passing mention further down.
const datelineFallback = 0.8

func datelineWeight(m dateMention, pub time.Time) float64 {
	if t, ok := m.resolve(pub); ok && !pub.IsZero() && t.Equal(dayOf(pub)) {
		return datelineFallback
	}
	return leadWeight * datelineDate * dateFactor(m, pub)
}

// afterPublication reports whether a mention names a day after the
// publication day.
func afterPublication(m dateMention, pub time.Time) bool {
	t, ok := m.resolve(pub)
	return ok && !pub.IsZero() && t.After(dayOf(pub))
}

// saysAhead reports whether a mention itself names a day to come: "next
// Thursday", "mardi prochain", "tomorrow".
func saysAhead(m dateMention) bool {
	return m.kind == kindWeekday && m.dir > 0 || m.kind == kindRelative && m.offset > 0
}

// futureReach is how many words before a date may hold the word that
// says its event is to come: "will open on 20 March", "se tiendra le 3 mai".
const futureReach = 8

// futureMarked reports whether the words just before a date say its event
// is still to come: "will", "sera", "se tiendra", "prévu", or the word
// after a day with no year: "le 12 février prochain". A future word
// after the date belongs to another clause: "a annoncé jeudi qu'il
// quittera son poste".
func futureMarked(toks []token, m dateMention, code string) bool {
	if m.kind == kindDay && m.year == 0 && m.last+1 < len(toks) && nextAfter[toks[m.last+1].low] {
		return true // "le 12 février prochain"
	}
	ends := lang.For(code).Dates.FutureEnds
	for k := max(0, m.first-futureReach); k < min(m.first, len(toks)); k++ {
		t := &toks[k]
		if futureWords[t.low] {
			return true
		}
		for _, e := range ends {
			if len(t.low) > len(e)+2 && strings.HasSuffix(t.low, e) && t.isWord() && !t.isCap() {
				return true
			}
		}
	}
	return false
}

// pluperfectReach is how many words before a date its clause's
// auxiliary may stand: "avait été retiré à la dernière minute le 24 mars".
const pluperfectReach = 8

// pluperfectBefore reports whether a pluperfect auxiliary stands before
// the date in its clause: the date is of an earlier event, background to
// the story's.
func pluperfectBefore(toks []token, m dateMention) bool {
	for k := m.first - 1; k >= 0 && k >= m.first-pluperfectReach; k-- {
		switch {
		case toks[k].text == "," || toks[k].text == ";":
			return false
		case pluperfects[toks[k].low]:
			return true
		}
	}
	return false
}

// dateFactor lowers vague dates and dates far from the publication date.
func dateFactor(m dateMention, pub time.Time) float64 {
	f := 1.0
	if m.vague {
		f *= vagueDate
	}
	if t, ok := m.resolve(pub); ok && !pub.IsZero() {
		d := t.Sub(dayOf(pub)).Hours() / 24
		if d > distantDays || d < -distantDays {
			f *= distantDate
		}
		if d < -365 {
			f *= oldDate
		}
		if d > yearTolerance.Hours()/24 {
			f *= futureDate
		}
	}
	return f
}

// nearReporting reports whether a reporting verb stands just before or
// after the date: "said on Tuesday", "a annoncé le 23 septembre", "hier,
// a déclaré".
func nearReporting(toks []token, m dateMention) bool {
	for i := max(0, m.first-reportingReach); i < min(len(toks), m.last+1+reportingReach); i++ {
		if (i < m.first || i > m.last) && toks[i].in(inReporting) {
			return true
		}
	}
	return false
}

// holdsReporting reports whether a sentence holds a reporting verb or,
// in a headline, a verb that tells a statement ("blames", "accuse").
func holdsReporting(toks []token) bool {
	for i := range toks {
		if toks[i].in(inReporting) || statementVerbs[toks[i].low] {
			return true
		}
	}
	return false
}

// minWhenScore is the weight below which a date mention is too doubtful
// to beat the publication day.
const minWhenScore = 0.1

func textOf(m *dateMention) string {
	if m == nil {
		return ""
	}
	return m.text
}

// vagueDate is the factor of a stretch of time ("last week", "earlier
// this month"): it names the day of the event only when nothing else does.
const vagueDate = 0.1
