package summarize

import (
	"briefbot/summarize/internal/tagger"
)

// The rules of this file read a French article's names as a statistical
// tagger, trained on French news (WiNER-fr), finds them: a place the
// gazetteer lacks ("à Tarbes") becomes a candidate place, a place the
// gazetteer knows counts more where the tagger reads a place too and less
// inside another name ("France Inter"), an organisation's name is read
// whole, and a name the tagger reads as a place is no actor. English
// articles are not tagged.

// tagging holds an article's tagger buffers in its arena: the words of
// the sentence being tagged, their labels, and the names of every
// sentence end to end.
type tagging struct {
	words  []string
	labels []tagger.Label
	spans  []tagger.Span
}

func (t *tagging) reset() {
	clear(t.words[:cap(t.words)]) // keep no text alive through the pool
	t.words, t.labels, t.spans = t.words[:0], t.labels[:0], t.spans[:0]
}

// maxTagged is how many body sentences the tagger reads: the main event
// is told at the top, and the names further down weigh little (tagging
// all of them changed no score on the French dev set, and costs as much
// again on a long article).
const maxTagged = 12

// tagNames tags the headline and the first body sentences of a French
// article and reads their name runs again with the names found.
func (a *article) tagNames() {
	if a.lang != "fr" {
		return
	}
	m, t := tagger.French(), &a.arena.tagging
	for _, s := range a.sentences() {
		if s.index >= maxTagged {
			break
		}
		t.words = t.words[:0]
		for _, tok := range s.toks {
			t.words = append(t.words, tok.text)
		}
		t.labels = m.Tag(t.words, t.labels)
		first := len(t.spans)
		t.spans = tagger.AppendSpans(t.spans, t.labels)
		s.tagged = t.spans[first:len(t.spans):len(t.spans)]
		wholeOrgs(s)
		adjustRuns(s, a.lower)
	}
}

// adjustRuns reads a sentence's name runs again with the tagger's names:
// a run the tagger reads as a place is no actor ("Vallée du Rhône"), and
// a person's name that ends a run sheds the words the run opened on
// ("l'Homme Pierre Claver Mbonimpa"), unless they open the sentence and
// may be a first name the tagger missed there.
func adjustRuns(s *sentence, lowered *wordSet) {
	for i := range s.runs {
		r := &s.runs[i]
		for _, sp := range s.tagged {
			switch {
			case sp.Last < r.first || sp.First > r.last:
			case sp.Kind == tagger.Location && sp.First == r.first && sp.Last == r.last && !r.orgPhrase:
				r.placeOf, r.titled = true, false
			case sp.Kind == tagger.Person && sp.First > r.first && sp.Last == r.last && mayShed(s.toks, r.first, sp.First, lowered) &&
				!(sp.First == r.first+1 && sovereigns[s.toks[r.first].low]): // "pape François" keeps its title
				r.first = sp.First
				r.words = (&runScanner{toks: s.toks}).words(r.first, r.last)
			}
		}
	}
}

// wholeOrgs makes one run of an organisation's name the tagger reads
// where the rules cut it in several or short ("Air Méditerranée", "la
// Confédération générale du travail"), unless a run straddles its ends.
func wholeOrgs(s *sentence) {
	for _, sp := range s.tagged {
		if sp.Kind != tagger.Organization {
			continue
		}
		sp.Last = beforeLocatedAt(s, sp)
		if cutShort(s, sp.Last) {
			continue // a name cut short: "la Direction générale de"
		}
		first, n := runsWithin(s.runs, sp)
		if n == 0 || s.runs[first].first == sp.First && s.runs[first].last == sp.Last || holdsPerson(s.runs[first+1:first+n]) {
			continue
		}
		r := s.runs[first]
		r.first, r.last, r.orgPhrase = sp.First, sp.Last, true
		r.words = (&runScanner{toks: s.toks}).words(r.first, r.last)
		s.runs = append(append(s.runs[:first:first], r), s.runs[first+n:]...)
	}
}

// holdsPerson reports whether one of runs reads as a person's name, a
// first name and more, which an organisation's span does not swallow:
// "Parti démocrate" and "Claire Martin" after it.
func holdsPerson(runs []nameRun) bool {
	for _, r := range runs {
		if len(r.words) > 1 && firstNames()[r.words[0]] {
			return true
		}
	}
	return false
}

// beforeLocatedAt ends an organisation's span before an "à" that opens
// another name run: the place where the organisation speaks or sits ("le
// ministère de la Justice à Paris") is no part of its name. An "à" before
// lower-case words stays ("Commissariat à l'énergie atomique").
func beforeLocatedAt(s *sentence, sp tagger.Span) int {
	for k := sp.First + 1; k < sp.Last; k++ {
		if s.toks[k].low != "à" {
			continue
		}
		for _, r := range s.runs {
			if r.first == k+1 {
				return k - 1
			}
		}
	}
	return sp.Last
}

// mayShed reports whether a run may lose its tokens first..to-1 to the
// person's name after them: inside a sentence, or when the article writes
// each in lower case too.
func mayShed(toks []token, first, to int, lowered *wordSet) bool {
	if !opensSentence(toks, first) {
		return true
	}
	for k := first; k < to; k++ {
		t := &toks[k]
		if !lowered.has(t.low) && !t.in(inStopwords) && !t.in(inJoiners) && t.isWord() {
			return false
		}
	}
	return true
}

// runsWithin finds the runs inside a span: the first's index and how
// many; none when a run straddles one of its ends.
func runsWithin(runs []nameRun, sp tagger.Span) (first, n int) {
	for i, r := range runs {
		switch {
		case r.first >= sp.First && r.last <= sp.Last:
			if n == 0 {
				first = i
			}
			n++
		case r.first <= sp.Last && r.last >= sp.First:
			return 0, 0
		}
	}
	return first, n
}

// Factors of place mentions by what the tagger reads there.
const (
	taggedKnown = 1.5 // a gazetteer place the tagger reads as a place
	taggedOther = 0.3 // a gazetteer place inside a person's or an organisation's name
)

// taggedFactor weighs a gazetteer place's mention by what the tagger
// reads there. English sentences are not tagged: the factor is 1.
func taggedFactor(s *sentence, r nameRun) float64 {
	for _, sp := range s.tagged {
		switch {
		case sp.Last < r.first || sp.First > r.last:
		case sp.Kind == tagger.Location && sp.First == r.first && sp.Last == r.last:
			return taggedKnown
		case sp.Kind != tagger.Location && sp.First <= r.first && sp.Last >= r.last:
			return taggedOther
		}
	}
	return 1
}

// taggedAsActor reports whether the tagger reads the run, or a name that
// holds it, as a person's or an organisation's: "face à Roman Reigns",
// "livrer à Airbus" name no place after their "à".
func taggedAsActor(s *sentence, r nameRun) bool {
	for _, sp := range s.tagged {
		if sp.Kind != tagger.Location && sp.First <= r.first && sp.Last >= r.last {
			return true
		}
	}
	return false
}

// addTaggedPlaces adds the places the tagger finds after a locative
// preposition that the gazetteer lacks and that no name run already made
// a candidate. Elsewhere such a name is too often no place of the event
// ("la Lune", "forfait pour Rio").
func (f *placeFinder) addTaggedPlaces(a *article) {
	for _, s := range a.sentences() {
		f.cur = s
		for _, sp := range s.tagged {
			if sp.Kind != tagger.Location || !afterLocative(s, sp.First) || cutShort(s, sp.Last) || loneArticleIn(s, sp.First, sp.Last) {
				continue
			}
			name := s.text[s.toks[sp.First].start:s.toks[sp.Last].end]
			if f.byKey[lower(name)] == nil && lookupLocative(name) == nil {
				f.add(nil, name, s.weight*atPlace*unknownPlace*backgroundFactor(s), true)
			}
		}
	}
}

// cutShort reports whether a span of the tagger's ends on token last
// the way no name does: on a joiner, a function word or punctuation ("la
// Direction générale de", "Vallée d'Aoste de la"); a number may end one
// ("RN 79", "Apollo 12").
func cutShort(s *sentence, last int) bool {
	end := s.toks[last].low
	return nameJoiners[end] || stopwords[end] || !isWord(end) && !isDigits(end)
}

// loneArticleIn reports whether an article with no joiner before it
// stands inside tokens first..last: "Canada la Coupe" of "au Canada la
// Coupe du monde" is two names run together.
func loneArticleIn(s *sentence, first, last int) bool {
	for k := first + 1; k < last; k++ {
		if s.toks[k].in(inArticles) && !s.toks[k-1].in(inJoiners) {
			return true
		}
	}
	return false
}

// afterLocative reports whether a locative preposition comes before the
// token at first, articles aside: "à Tarbes", "dans la Drôme".
func afterLocative(s *sentence, first int) bool {
	k := skipArticlesBack(s.toks, first-1)
	return k >= 0 && locatives[s.toks[k].low]
}
