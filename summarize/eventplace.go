package summarize

import "briefbot/geo"

// An event named after the place it is held in says where it happens:
// "les Jeux olympiques de Rio", "le Tour de France", "le championnat de
// France de handball", "the Grand Prix of Monaco". The place in such a
// name is placed as after a locative, and a name the gazetteer lacks
// ("Rio") may be a place there.

// eventOf reports whether a place's run follows an event's name and "of":
// an event's noun, at most one word before the "of" ("Jeux olympiques de
// Rio"). A possessive ("the election of France's president") names no
// place.
func eventOf(s *sentence, r nameRun) bool {
	k := r.first - 1
	if k < 1 || !ofWords[s.toks[k].low] {
		return false
	}
	if next := r.last + 1; next < len(s.toks) && s.toks[next].low == "'s" {
		return false
	}
	for j := k - 1; j >= max(0, k-2); j-- {
		if eventWords[s.toks[j].low] || eventHeads[s.toks[j].low] {
			return true
		}
	}
	return false
}

// A sporting event named with a nation's demonym is held in that nation:
// "at the Brazilian Grand Prix", "at the Australian Open". Placed by a
// locative, the event itself is a place of the summary, in its country.

// demonymEvent adds the event a run names with a demonym before it as a
// place in the demonym's country, and reports whether it did.
func (f *placeFinder) demonymEvent(s *sentence, r nameRun) bool {
	cc, first, ok := demonymCountry(s, r)
	if ok {
		name := s.text[s.toks[first].start:s.toks[r.last].end]
		f.add(nil, name, s.weight*atPlace*unknownPlace*backgroundFactor(s), true).lies(cc)
	}
	return ok
}

// demonymCountry is the country of an event whose run follows a demonym,
// the run's last word an event's noun, with a locative before them,
// articles and one lower-case word aside ("at wet Brazilian Grand Prix");
// first is where the event's name opens. ok is false otherwise.
func demonymCountry(s *sentence, r nameRun) (country *place, first int, ok bool) {
	k := r.first - 1
	if k < 1 || len(r.words) == 0 || !eventWords[r.words[len(r.words)-1]] {
		return nil, 0, false
	}
	cc, demonym := geo.Demonym(s.toks[k].text)
	if !demonym || !s.toks[k].isCap() {
		return nil, 0, false
	}
	j := k - 1
	for j >= 0 && articles[s.toks[j].low] {
		j--
	}
	if j >= 1 && s.toks[j].isWord() && !s.toks[j].isCap() && !locatives[s.toks[j].low] {
		j--
	}
	for j >= 0 && articles[s.toks[j].low] {
		j--
	}
	if j < 0 || !locatives[s.toks[j].low] || countryPlace(cc) == nil {
		return nil, 0, false
	}
	return countryPlace(cc), k, true
}

// andCountry is a place's name in lang with its country's, when it has
// one.
func (p *place) andCountry(lang string) []string {
	if p.country == nil {
		return []string{p.name(lang)}
	}
	return []string{p.name(lang), p.country.name(lang)}
}
