package summarize

import (
	"strings"

	"briefbot/lang"
)

// The headline's subject is the actor of its main event: "Japan enters
// recession", "Apple plans to sell movies", "un automobiliste fonce sur…".
// These rules find it without a parser: the names or the noun phrase that
// open the headline's clause, when a word that reads as a verb follows.

// headSubject is the subject of a headline: the names that open its
// clause, or, when none does, a common noun phrase that names an actor.
type headSubject struct {
	runs   []nameRun
	phrase string
	found  bool // a noun phrase opens the clause before a verb, whether or not it names an actor
	named  bool // a name opens the clause, whether or not a verb follows, or completes the phrase
}

// maxLabel is the most tokens a label before a headline's colon holds:
// "Japon : …", "Jeux olympiques de Rio : …".
const maxLabel = 6

// subjectWeight raises the headline's subject above the other actors the
// headline names.
const subjectWeight = 1.4

// findWho names the main actors: the headline's subject first, then the
// best-scored actors, or a group when no one is named.
func findWho(a *article, actors []*actor) []string {
	subj := headlineSubject(a.title, a.lang)
	if who, ok := passiveWho(a, actors, subj); ok {
		return who
	}
	var places []string
	for _, r := range subj.runs {
		if !promoteSubject(actors, r.words) {
			if name := a.title.span(r); lookupPlace(name) != nil {
				places = append(places, a.title.span(r))
			} else if ac, ok := headlineOnlyActor(a, r, actors); ok {
				actors = append(actors, ac)
			}
		}
	}
	if len(places) > 0 && leadNamesSubject(a, actors) {
		places = nil // a person or an organisation acts for the country: the name is preferred
	}
	group := subj.phrase
	if !subj.named {
		// a headline whose subject names no one ("France : grave accident
		// sur l'A8", "Le nouvel instrument chasseur de planètes", "Des
		// chercheurs découvrent…"): the lead's subject is the actor, or
		// names it better
		var leadPlaces []string
		group, leadPlaces = leadSubject(a, actors, group)
		places = append(places, leadPlaces...)
	}
	who := rankWho(actors)
	if len(places) > 0 {
		who = dedupe(append(places, who...))[:min(maxWho, len(places)+len(who))]
	}
	if group == "" {
		group = findGroup(a)
	}
	return withGroup(who, actors, group, a.lead)
}

// leadSubject promotes the names of the lead's subject and returns the
// group that stands for the actors: the lead's described actor when it
// names someone, the headline describes no one or the lead describes the
// same actor more fully ("L'équipe de France d'épée" for "une équipe de
// France"), else the headline's
// described actor when the lead's subject holds no name. places are the
// countries and places the lead's subject names: "le Burundi voit…".
func leadSubject(a *article, actors []*actor, headline string) (group string, places []string) {
	lead := headlineSubject(a.lead, a.lang)
	promoted := causedActor(a.lead, actors)
	for _, r := range lead.runs {
		switch {
		case promoteSubject(actors, r.words):
			promoted = true
		case lookupPlace(a.lead.span(r)) != nil:
			places = append(places, a.lead.span(r))
		}
	}
	switch {
	case lead.phrase != "" && (lead.named || headline == "" || fuller(lead.phrase, headline)):
		return lead.phrase, places
	case promoted || len(places) > 0:
		return "", places
	}
	return headline, places
}

// leadNamesSubject reports whether the lead opens on a named actor as the
// subject of its verb: "Bassirou Diomaye Faye a prêté serment…".
func leadNamesSubject(a *article, actors []*actor) bool {
	if a.lead == nil {
		return false
	}
	runs, end := subjectRuns(a.lead, skipTitles(a.lead.toks, skipArticles(a.lead.toks, 0)))
	if len(runs) == 0 || !verbAt(a.lead.toks, end, a.lang) {
		return false
	}
	for _, ac := range actors {
		if ac.kind != unknownActor && containsAll(beforePurpose(ac.words), runs[0].words) {
			return true
		}
	}
	return false
}

// promoteSubject puts first the actor a subject's name words name: the
// one of just those words, else the shortest that holds them all before
// any field it serves ("Latin America" is not the "Commission for Latin
// America"). It reports whether one does.
func promoteSubject(actors []*actor, words []string) bool {
	var best *actor
	for _, ac := range actors {
		if len(words) > 0 && containsAll(beforePurpose(ac.words), words) && (best == nil || len(ac.words) < len(best.words)) {
			best = ac
		}
	}
	if best == nil {
		return false
	}
	best.subject = true
	best.best = max(best.best, titleWeight*subjectWeight)
	return true
}

// headlineSubject reads the subject of the headline s, in the language
// with code code.
func headlineSubject(s *sentence, code string) headSubject {
	if s == nil {
		return headSubject{}
	}
	start := clauseStart(s.toks)
	if s.index >= 0 {
		start = afterAdverbials(s.toks, start)
	}
	i := skipTitles(s.toks, skipArticles(s.toks, start))
	i = runFrom(s, skipArticles(s.toks, start), i)
	if runs, end := subjectRuns(s, i); len(runs) > 0 {
		end = afterApposition(s.toks, end)
		if verbAt(s.toks, end, code) && (s.index < 0 || !reports(s.toks, end)) {
			return headSubject{runs: runs, found: true, named: true}
		}
		return headSubject{found: true, named: true}
	}
	if end, named, ok := agentPhrase(s, skipDeterminers(s.toks, i), code); ok && verbAt(s.toks, afterPlace(s, end), code) {
		return headSubject{phrase: phraseText(s, start, end), found: true, named: named}
	}
	// a common noun with its article before a verb is a subject, if no
	// actor ("Un incendie ravage…"); a headline of nouns has none
	// ("Grave accident sur l'A8")
	return headSubject{found: i > start && i+1 < len(s.toks) && plainWord(&s.toks[i]) && verbAt(s.toks, i+1, code)}
}

// reports reports whether the verb at k, or the participle after its
// auxiliary, is a reporting verb: the subject of a lead is then the source
// of the report, not its actor ("le ministère a annoncé que…", "Acme
// said"); a headline's is both ("La Corée du Nord annonce avoir tiré…").
func reports(toks []token, k int) bool {
	for j := k; j < len(toks) && j <= k+1; j++ {
		if toks[j].in(inReporting) {
			return true
		}
	}
	return false
}

// clauseStart is the first token of the headline's clause: after a short
// label and its colon when at least three words follow.
func clauseStart(toks []token) int {
	for k := 1; k < len(toks) && k <= maxLabel; k++ {
		if toks[k].text == ":" || toks[k].text == "," && opensAdverbial(toks) {
			if len(toks)-k-1 >= 3 {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// opensAdverbial reports whether a clause opens on a phrase of time or
// place set off by a comma before its subject: "Ce samedi vers 9 heures,
// une femme…", "À Portland, une manifestation…", "On Tuesday, the …".
func opensAdverbial(toks []token) bool {
	if len(toks) == 0 || toks[0].isCap() && !toks[0].in(inArticles) && !toks[0].in(inDayArticles) && !toks[0].in(inLocatives) {
		return false
	}
	w := toks[0].low
	return dayArticles[w] || locatives[w] || subordinators[w] || causeBreaks[w] || weekdayWord(w)
}

func weekdayWord(w string) bool {
	_, ok := weekdays[w]
	return ok
}

func skipArticles(toks []token, i int) int {
	for i < len(toks) && toks[i].in(inArticles) {
		i++
	}
	return i
}

func skipTitles(toks []token, i int) int {
	for i < len(toks) && toks[i].in(inTitles) {
		i++
	}
	return i
}

// subjectRuns lists the name runs from token i, joined by "and" or commas:
// "La Chine et les États-Unis ratifient". end is the token after them.
func subjectRuns(s *sentence, i int) (runs []nameRun, end int) {
	for {
		r, ok := runAt(s, i)
		if !ok {
			return runs, i
		}
		runs, end = append(runs, r), r.last+1
		if end >= len(s.toks) || !andWords[s.toks[end].low] && s.toks[end].text != "," && s.toks[end].text != "&" {
			return runs, end
		}
		i = skipArticles(s.toks, end+1)
		if _, ok := runAt(s, i); !ok {
			return runs, end
		}
	}
}

func runAt(s *sentence, i int) (nameRun, bool) {
	for _, r := range s.runs {
		if r.first == i {
			return r, true
		}
	}
	return nameRun{}, false
}

// maxComplements is how many complements ("de …") an actor's noun phrase
// may take before its verb.
const maxComplements = 3

// plainWord is a word that is no name and no function word.
func plainWord(t *token) bool {
	return t.isWord() && !t.in(inStopwords) && !isDigits(t.text) && (!t.isCap() || !isAllCaps(t.text))
}

// isAgent reports whether a common noun names someone who may act.
func isAgent(w, code string) bool {
	if agentNouns[w] || roleNouns[w] || groupNouns[w] {
		return true
	}
	if sing, ok := strings.CutSuffix(w, "s"); ok && (agentNouns[sing] || roleNouns[sing]) {
		return true // the plural of an agent noun: "députés", "judges"
	}
	if notAgents[w] || groupCounts[w] {
		return false
	}
	for _, e := range lang.For(code).Groups.AgentEnds {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return true
		}
	}
	return false
}

// verbAt reports whether the token at k reads as the finite verb of a
// headline: an auxiliary, a past form, a pronoun that marks a verb ("se"),
// or a lower-case word with a verb's ending in the language with code code.
func verbAt(toks []token, k int, code string) bool {
	if k >= len(toks) || !toks[k].isWord() || toks[k].isCap() {
		return false
	}
	w := toks[k].low
	if auxiliaries[w] || pastForms[w] || marksVerb(w) || w == "ne" {
		return true
	}
	if stopwords[w] || articles[w] || ofWords[w] || locatives[w] || len(w) < 3 {
		return false
	}
	ends := englishVerbEnds
	if code == "fr" {
		ends = frenchVerbEnds
	}
	for _, e := range ends {
		if strings.HasSuffix(w, e) && !strings.HasSuffix(w, "ss") {
			return true
		}
	}
	return false
}

// The endings of the finite verbs and participles headlines use: "enters",
// "derailed"; "annonce", "ratifient", "élue".
var (
	englishVerbEnds = []string{"s", "ed"}
	frenchVerbEnds  = []string{"s", "e", "ent", "t", "é", "ée", "és", "ées", "i", "ie", "u", "ue", "it"}
)
