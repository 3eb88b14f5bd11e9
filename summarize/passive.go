package summarize

import (
	"strings"

	"briefbot/lang"
)

// A passive headline names its actor after "par" or "by": "La
// Papouasie-Nouvelle-Guinée frappée par un séisme", "un rhinocéros abattu
// par des braconniers". Its subject is what the event befell; the agent is
// the actor, unless the subject is a person the story is about ("Penelope
// Fillon aurait été rémunérée par un ministère").

// maxAgentWords is the most common nouns and adjectives of a described
// agent: "des braconniers", "un violent séisme".
const maxAgentWords = 3

// agentMarks are the prepositions that open a passive verb's agent.
var agentMarks = map[string]string{"fr": "par", "en": "by"}

// passiveWho names the actors of a passive headline: the agent first,
// then the best-scored actors. ok is false when the headline is no
// passive, its agent is no noun phrase or its subject is a person.
func passiveWho(a *article, actors []*actor, subj headSubject) (who []string, ok bool) {
	s := a.title
	if s == nil || subjectIsPerson(subj, actors) {
		return nil, false
	}
	k, ok := passiveBy(s, clauseStart(s.toks), a.lang)
	if !ok {
		return nil, false
	}
	j := skipArticles(s.toks, k+1)
	if runs, _ := subjectRuns(s, j); len(runs) > 0 {
		for _, r := range runs {
			if placeLike(s, r) || !promoteSubject(actors, r.words) {
				return nil, false
			}
		}
		return rankWho(actors), true
	}
	end, ok := describedAgent(s.toks, k+1, a.lang)
	if !ok {
		return nil, false
	}
	who = dedupe(append([]string{phraseText(s, k+1, end)}, rankWho(actors)...))
	return who[:min(maxWho, len(who))], true
}

// passiveBy finds the agent's preposition right after the participle that
// is the clause's verb, its subject opening the clause from start ("un
// rhinocéros abattu par", "29 supporteurs blessés par", "X aurait été
// rémunérée par"), not one of a complement ("Le PAM aide à rouvrir les
// radios endommagées par…"). It returns the preposition's index.
func passiveBy(s *sentence, start int, code string) (int, bool) {
	toks := s.toks
	i := skipDeterminers(toks, skipArticles(toks, start))
	if runs, end := subjectRuns(s, i); len(runs) > 0 {
		i = end
	} else {
		for n := 0; n < maxAgentWords && i < len(toks) && (plainWord(&toks[i]) || isDigits(toks[i].text)); n++ {
			if i+1 < len(toks) && toks[i+1].low == agentMarks[code] && participle(&toks[i], code) {
				return i + 1, i > start
			}
			i++
		}
	}
	for i < len(toks) && (auxiliaries[toks[i].low] || pastForms[toks[i].low] && !participle(&toks[i], code)) {
		i++
	}
	ok := i+1 < len(toks) && i > start && participle(&toks[i], code) && toks[i+1].low == agentMarks[code]
	return i + 1, ok
}

// participle reports whether a token reads as a past participle: "frappée",
// "abattu", "détruits", "struck", "killed".
func participle(t *token, code string) bool {
	if !t.isWord() || t.isCap() || t.in(inStopwords) {
		return false
	}
	if pastForms[t.low] {
		return true
	}
	ends := []string{"ed", "en"}
	if code == "fr" {
		ends = []string{"é", "ée", "és", "ées", "u", "ue", "us", "ues", "i", "ie", "is", "ies", "it", "ite", "its", "ites"}
	}
	for _, e := range ends {
		if strings.HasSuffix(t.low, e) && len(t.low) > len(e)+2 {
			return true
		}
	}
	return false
}

// describedAgent reads a described agent from token i: a determiner, then
// up to maxAgentWords common words, ending the clause or before a word
// that is none. Its noun names someone who acts ("par des braconniers",
// "par les gendarmes"), or a new natural force ("par un séisme"), not an
// event the story reports ("par l'effondrement d'une barrière", "par une
// enquête interne"). It returns the token after it.
func describedAgent(toks []token, i int, code string) (end int, ok bool) {
	k := skipDeterminers(toks, i)
	if k == i {
		return 0, false // "par voie de mer", "par erreur": no agent
	}
	indefinite := newDeterminers[toks[i].low]
	agent, force := false, false
	n := 0
	for ; k < len(toks) && n < maxAgentWords && plainWord(&toks[k]) && !toks[k].isCap(); k++ {
		agent = agent || isAgent(toks[k].low, code)
		force = force || indefinite && naturalForce(toks[k].low)
		n++
	}
	if k < len(toks) && (toks[k].in(inOfWords) || elidedArticle(toks[k].text)) {
		return 0, false // a noun with a complement: "l'effondrement d'une barrière"
	}
	return k, n > 0 && (agent || force)
}

// newDeterminers are the determiners that introduce something new: "un
// séisme", "des braconniers".
var newDeterminers = lang.Set{"un": true, "une": true, "des": true, "a": true, "an": true}

// naturalForce reports whether a word names a disaster's force: "séisme",
// "ouragan", "storm".
func naturalForce(w string) bool {
	for _, c := range lang.ConceptsOf(w) {
		if c.Domain() == "disaster" {
			return true
		}
	}
	return false
}

// subjectIsPerson reports whether the headline's subject names a person.
func subjectIsPerson(subj headSubject, actors []*actor) bool {
	for _, r := range subj.runs {
		for _, ac := range actors {
			if ac.kind == personActor && containsAll(ac.words, r.words) {
				return true
			}
		}
	}
	return false
}
