package summarize

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// placeCand is one place the article names, with its mentions merged.
type placeCand struct {
	p       *place             // nil for a place the gazetteer lacks
	written map[string]float64 // the forms the article writes it in, by weight
	best    float64
	total   float64
	order   int
}

// name is the form the article writes the place in most, as a name:
// "UK" for "U.K.", "New York" for "NEW YORK".
func (c *placeCand) name() string {
	best, bw := "", -1.0
	for n, w := range c.written {
		if w > bw || w == bw && n < best {
			best, bw = n, w
		}
	}
	if isInitialism(best) {
		return strings.ReplaceAll(best, ".", "")
	}
	if utf8.RuneCountInString(best) > 3 {
		return titleCase(best)
	}
	return best
}

func (c *placeCand) score() float64 { return c.best + 0.15*(c.total-c.best) }

// Context factors of a place mention: how likely it names where the main
// event happened.
const (
	atPlace        = 1.0  // after a locative preposition: "in Croydon", "à New York"
	datelinePlace  = 1.1  // in the dateline
	plainPlace     = 0.25 // subject or object: "Russia said"
	ownerPlace     = 0.3  // "Afghanistan's …"
	attributePlace = 0.1  // describing someone or something: "diplomats of Japan", "(États-Unis)"
	ofCity         = 0.5  // a city after "of"/"de": "the mayor of Paris", "le tramway de Bordeaux"
	unknownPlace   = 0.8  // a name after a locative that the gazetteer lacks
	minWhere       = 0.4  // below this score no place is given
)

// nearWords before "de"/"of" keep a place locative: "près de Paris",
// "north of London".
var nearWords = setOf(`près proximité environs banlieue centre north south east west outskirts
	suburbs nord sud est ouest`)

// placeFinder gathers the candidate places of an article.
type placeFinder struct {
	lang       string
	actorWords map[string]bool // actors' names and the words of people's names, which are not places
	byKey      map[string]*placeCand
	all        []*placeCand
}

// findWhere names where the main event happened, most specific first.
func findWhere(a *article, actors []*actor) []string {
	f := &placeFinder{lang: a.lang, actorWords: map[string]bool{}, byKey: map[string]*placeCand{}}
	for _, ac := range actors {
		if ac.kind != unknownActor {
			f.actorWords[strings.Join(ac.words, " ")] = true
		}
		for _, w := range ac.words {
			f.actorWords[w] = f.actorWords[w] || ac.kind == personActor
		}
	}
	if a.dl.place != "" {
		f.add(a.dl.p, a.dl.place, leadWeight*datelinePlace)
	}
	for _, s := range a.sentences() {
		for _, r := range s.runs {
			f.mention(s, r)
		}
	}
	return f.where()
}

// mention weighs one name run as a place.
func (f *placeFinder) mention(s *sentence, r nameRun) {
	name := s.span(r)
	if p := lookupPlace(name); p != nil {
		factor := placeFactor(s, r)
		if factor == attributePlace && p.country != nil && s.toks[max(r.first-1, 0)].text != "(" {
			factor = ofCity
		}
		f.add(p, name, s.weight*factor)
		return
	}
	if r.locative && s.index >= 0 && f.unknownPlace(s, r) {
		f.add(nil, name, s.weight*atPlace*unknownPlace)
	}
}

// unknownPlace reports whether a name after a locative preposition that
// the gazetteer lacks may be a place: short, not an actor, a month, an
// event or a possessive.
func (f *placeFinder) unknownPlace(s *sentence, r nameRun) bool {
	last := r.words[len(r.words)-1]
	if facilityWords[last] && len(r.words) > 1 {
		return true
	}
	if len(r.words) > 3 || onlyTitleWords(r.words) || eventWords[last] || f.actorWords[strings.Join(r.words, " ")] ||
		len(r.words) == 1 && isAllCaps(s.toks[r.first].text) && len(last) <= 4 {
		return false
	}
	for _, w := range r.words {
		if f.actorWords[w] || stopwords[w] {
			return false
		}
		if _, month := months[w]; month {
			return false
		}
	}
	if next := r.last + 1; next < len(s.toks) {
		t := s.toks[next]
		return t.low != "'s" && (!isWord(t.text) || isCap(t.text) || stopwords[t.low] || placeNouns[t.low])
	}
	return true
}

// placeNouns may follow a place's name: "Hebei province".
var placeNouns = setOf(`province state county city region district village town area
	department borough suburb capital province région département ville village comté commune
	quartier`)

func (f *placeFinder) add(p *place, name string, w float64) {
	key := strings.ToLower(name)
	if p != nil {
		key = p.en
	}
	c := f.byKey[key]
	if c == nil {
		c = &placeCand{p: p, written: map[string]float64{}, order: len(f.all)}
		f.byKey[key] = c
		f.all = append(f.all, c)
	}
	c.written[name] += w
	c.best = max(c.best, w)
	c.total += w
}

// placeFactor reads the words around a place mention.
func placeFactor(s *sentence, r nameRun) float64 {
	prev := func(k int) string {
		if k < 0 {
			return ""
		}
		return s.toks[k].low
	}
	switch p := prev(r.first - 1); {
	case r.locative:
		return atPlace
	case p == "(":
		return attributePlace
	case attributives[p]:
		k := r.first - 2
		for k >= 0 && articles[prev(k)] {
			k--
		}
		if nearWords[prev(k)] {
			return atPlace
		}
		return attributePlace
	case r.last+1 < len(s.toks) && s.toks[r.last+1].low == "'s":
		return ownerPlace
	}
	return plainPlace
}

// where turns the best candidate into the answer: a city with its
// country, a country with the city the article names in it.
func (f *placeFinder) where() []string {
	cands := f.all
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score() > cands[j].score() })
	if len(cands) == 0 || cands[0].score() < minWhere {
		return []string{}
	}
	best := cands[0]
	out := []string{best.name()}
	floor := 0.3 * best.score()
	switch {
	case best.p != nil && best.p.country != nil:
		out = append(out, best.p.country.name(f.lang))
	case best.p != nil:
		for _, c := range cands[1:] {
			if c.p != nil && c.p.country == best.p && c.score() >= floor {
				return []string{c.name(), best.name()}
			}
		}
	default:
		for _, c := range cands[1:] {
			if c.p != nil && c.score() >= floor {
				out = append(out, c.name())
				if c.p.country != nil {
					out = append(out, c.p.country.name(f.lang))
				}
				break
			}
		}
	}
	return dedupe(out)
}

func dedupe(names []string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		if k := strings.ToLower(n); !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	return out
}
