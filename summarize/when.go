package summarize

import "time"

// Factors of a date mention as the date of the main event.
const (
	reportDate     = 0.3 // next to a reporting verb: "a annoncé le 23 septembre"
	datelineDate   = 0.5 // the dateline's date, usually the day of the report
	distantDate    = 0.5 // more than distantDays from publication: background
	oldDate        = 0.2 // more than a year before publication: history
	futureDate     = 0.5 // after publication: planned, not yet happened
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
		consider(*a.dl.date, leadWeight*datelineDate*dateFactor(*a.dl.date, a.pub))
	}
	for _, s := range a.sentences() {
		for _, m := range scanTokens(s.text, s.toks, a.lang) {
			w := s.weight * dateFactor(m, a.pub)
			if nearReporting(s.toks, m) {
				w *= reportDate
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
		if (i < m.first || i > m.last) && reportingVerbs[toks[i].low] {
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
