package summarize

// nightDate is a night's date expression and the token after it.
type nightDate struct {
	m   dateMention
	end int
}

// nightAt reads a night, or a part of a day, named by its day at token
// i: "nuit du mercredi 31 août", "nuit de vendredi à samedi", "overnight
// Friday into Saturday", "the early hours of Wednesday". A night that
// spans two days is the first day's.
func nightAt(toks []token, i int, code string) (nightDate, bool) {
	k := i
	if toks[k].in(inTimeHints) && k+1 < len(toks) {
		k++ // "early hours of …"
	}
	if !toks[k].in(inNights) {
		return nightDate{}, false
	}
	j := k + 1
	if j < len(toks) && nightOf[toks[j].low] {
		j++
	}
	if j >= len(toks) || !mayStartDate(&toks[j]) || toks[j].in(inNights) {
		return nightDate{}, false
	}
	m, end, ok := dateAt(toks, j, code)
	if !ok || m.kind == kindRelative {
		return nightDate{}, false
	}
	if end+1 < len(toks) && nightTo[toks[end].low] {
		if _, wd := weekdayAt(toks, end+1); wd {
			end += 2
		}
	}
	return nightDate{m, end}, true
}
