package summarize

import (
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
	"briefbot/lang"
	"briefbot/summarize/internal/tagger"
)

// maxSentences and maxText bound how much of a long text is read; the
// main event is told at the top.
const (
	maxSentences = 80
	maxText      = 32 << 10
)

// Weights of the parts of an article as evidence for its main event.
const (
	titleWeight = 3.0
	leadWeight  = 3.0
)

// sentence is one sentence of the headline or body, read once.
type sentence struct {
	text   string
	toks   []token
	runs   []nameRun
	tagged []tagger.Span // the names the tagger finds, in a French article
	index  int           // order in the body; -1 for the headline
	weight float64       // how closely it tells the main event
	past   int8          // mentionsBackground(text): 0 not yet known, 1 no, 2 yes
}

// span returns the text of a name run as written.
func (s *sentence) span(r nameRun) string {
	return s.text[s.toks[r.first].start:s.toks[r.last].end]
}

// article is a document cut into sentences, with its language and
// dateline known.
type article struct {
	lang  string
	pub   time.Time // publication date, or the dateline's full date when the document gives none
	title *sentence // nil when the document has no headline
	body  []*sentence
	lead  *sentence // the sentence that reports the main event; nil for an empty body
	dl    dateline
	all   []*sentence // the headline and body, once sentences has listed them
	lower *wordSet    // words the body writes in lower case
	arena *tokenArena // the tokens of its sentences, until release
}

// tokenArena holds the tokens of an article's sentences end to end, in one
// array, their name runs likewise, and the sets of its words findRuns fills; the next article reuses
// them once the article is released, so that they cost no allocation and
// no map growth once the arenas have grown.
type tokenArena struct {
	toks            []token
	sents           []sentence // the headline and body, never past maxSentences+1, so that pointers to them stay valid
	body, all       []*sentence
	runs            []nameRun
	words           []string // the runs' words
	actors          actorArena
	lowered, capped wordSet
	key             wordSet  // the stems of the headline and lead, while weigh reads them
	names           wordSet  // the words of the actors' names, while findWhat reads them
	stems           []string // one sentence's stems, while weigh compares them
	clause          []token  // the tokens of the clause findWhat cuts
	lowerer         tokenLowerer
	paraSents       []string // one paragraph's sentences, while read cuts them
	actorWords      map[string]bool
	places          map[string]*placeCand // findWhere's candidates, by key
	cands           placeArena            // findWhere's candidates
	tagging
}

var arenas = sync.Pool{New: func() any {
	return &tokenArena{sents: make([]sentence, 0, maxSentences+1), body: make([]*sentence, 0, maxSentences),
		all: make([]*sentence, 0, maxSentences+1)}
}}

// tokenize splits the sentence s into tokens held by the arena, with no
// low forms until lowerSentences gives them theirs. The slice is capped,
// so that an append to it never writes over the next sentence.
func (ar *tokenArena) tokenize(s string) []token {
	first := len(ar.toks)
	ar.toks = appendUnlowered(ar.toks, s)
	return ar.toks[first:len(ar.toks):len(ar.toks)]
}

// sentence keeps s in the arena and points to it.
func (ar *tokenArena) sentence(s sentence) *sentence {
	if len(ar.sents) == cap(ar.sents) {
		p := new(sentence) // not reached: an article has maxSentences and a headline at most
		*p = s
		return p
	}
	ar.sents = append(ar.sents, s)
	return &ar.sents[len(ar.sents)-1]
}

// release hands the article's tokens back for another article to reuse:
// nothing may read the article's sentences after it.
func (a *article) release() {
	if a.arena == nil {
		return
	}
	clear(a.arena.toks) // keep no text alive through the pool
	a.arena.toks = a.arena.toks[:0]
	clear(a.arena.runs)
	a.arena.runs = a.arena.runs[:0]
	clear(a.arena.sents)
	a.arena.sents = a.arena.sents[:0]
	clear(a.body[:cap(a.body)])
	a.arena.body = a.body[:0]
	clear(a.arena.all[:cap(a.arena.all)])
	clear(a.arena.words)
	a.arena.words = a.arena.words[:0]
	a.arena.lowered.reset()
	a.arena.capped.reset()
	a.arena.key.reset()
	a.arena.actors.reset()
	a.arena.names.reset()
	clear(a.arena.stems[:cap(a.arena.stems)])
	clear(a.arena.clause[:cap(a.arena.clause)])
	clear(a.arena.paraSents[:cap(a.arena.paraSents)])
	clear(a.arena.actorWords)
	clear(a.arena.places)
	a.arena.cands.reset()
	a.arena.tagging.reset()
	arenas.Put(a.arena)
	a.arena = nil
}

// read cleans a document, unless it comes cleaned, and cuts it into
// weighed sentences; release hands its tokens back once it is read.
func read(doc briefbot.Document) *article {
	paras := paragraphsOf(doc)
	a := &article{lang: lang.Code(doc.Lang)}
	if validPublication(doc.Published) {
		a.pub = doc.Published
	}
	if a.lang == "" {
		a.lang = detectLangOf(doc.Title, paras)
	}
	a.arena = arenas.Get().(*tokenArena)
	a.body = a.arena.body
	size := len(paras) - 1 // the line breaks
	for _, p := range paras {
		size += len(p)
	}
	a.arena.toks = slices.Grow(a.arena.toks, size/5+len(doc.Title)/4+16)
	for i := 0; i < len(paras) && i < 2 && a.dl == (dateline{}); i++ {
		a.dl, paras[i] = parseDateline(paras[i], a.lang)
	}
	if a.pub.IsZero() && a.dl.date != nil && a.dl.date.year != 0 {
		a.pub, _ = a.dl.date.resolve(a.pub)
	}
	sents := a.arena.paraSents
	for _, p := range paras {
		sents = lang.AppendSentences(sents[:0], p)
		for _, st := range sents {
			if len(a.body) < maxSentences {
				a.body = append(a.body, a.arena.sentence(sentence{text: st, toks: a.arena.tokenize(st), index: len(a.body)}))
			}
		}
	}
	a.arena.paraSents = sents[:0]
	if t := foldSpaces(Clean(cutText(doc.Title, maxTitle*8))); t != "" {
		a.title = a.arena.sentence(sentence{text: t, toks: a.arena.tokenize(t), index: -1, weight: titleWeight})
	}
	a.arena.lowerer.lowerSentences(a.sentences())
	a.findRuns()
	a.tagNames()
	a.lead = pickLead(a.body)
	a.weigh()
	return a
}

// emptyMap is *m emptied, or made when it is nil.
func emptyMap[K comparable, V any](m *map[K]V) map[K]V {
	if *m == nil {
		*m = map[K]V{}
	}
	clear(*m)
	return *m
}

// validPublication reports whether t may be a news article's publication
// date; others are treated as unknown.
func validPublication(t time.Time) bool {
	return t.Year() >= 1800 && t.Year() <= 2200
}

// findRuns finds the name runs of every sentence. A capital at a sentence
// start makes a name only of a word the article never writes in lower case
// and does capitalise elsewhere, or of a common first name.
func (a *article) findRuns() {
	lowered, capped := &a.arena.lowered, &a.arena.capped
	for _, s := range a.body {
		for i := range s.toks {
			t := &s.toks[i]
			switch {
			case !t.isWord():
			case !t.isCap():
				lowered.add(t.low)
			case !opensSentence(s.toks, i):
				capped.add(t.low)
			}
		}
	}
	a.lower = lowered
	if a.title != nil && titleCased(headlineWords(a.title)) {
		sentenceCase(a.title, lowered, capped)
	}
	common := func(w string) bool { return stopwords[w] || lowered.has(w) }
	known := func(w string) bool { return capped.has(w) || givenNames[w] || isCountry(w) }
	ar := a.arena
	for _, s := range a.sentences() {
		first := len(ar.runs)
		ar.runs = (&runScanner{toks: s.toks, common: common, known: known, french: a.lang == "fr", arena: &ar.words}).appendRuns(ar.runs)
		s.runs = ar.runs[first:len(ar.runs):len(ar.runs)] // capped, as the tokens are
	}
}

// isCountry reports whether a lower-cased word is a country's name, which
// is a name even where it opens a sentence: "États-Unis : …", "Japan
// enters recession".
func isCountry(w string) bool {
	var buf [64]byte
	p := lookupPlaceBytes(appendCapitalized(buf[:0], w))
	return p != nil && p.country == nil
}

// appendCapitalized appends capitalizeFirst(s) to dst.
func appendCapitalized(dst []byte, s string) []byte {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return dst
	}
	return append(utf8.AppendRune(dst, unicode.ToUpper(r)), s[n:]...)
}

// sentences lists the headline, when there is one, then the body.
func (a *article) sentences() []*sentence {
	if a.title == nil {
		return a.body
	}
	if a.all == nil {
		a.all = append(append(a.arena.all[:0], a.title), a.body...)
	}
	return a.all
}

// pickLead chooses the lead: the first sentence long enough to report an
// event.
func pickLead(body []*sentence) *sentence {
	for i, s := range body {
		if i > 3 {
			break
		}
		if wordCount(s.text) >= 6 && !strings.HasSuffix(s.text, "?") {
			return s
		}
	}
	if len(body) > 0 {
		return body[0]
	}
	return nil
}

// Weights of the body sentences other than the lead.
const (
	positionWeight   = 0.3  // what an early sentence gets for its place alone
	positionDecay    = 0.25 // how fast that fades with each sentence
	sharedWeight     = 2.0  // what a sentence gets for retelling all of the headline and lead
	sharedNorm       = 12   // content words of the headline and lead that count as "all"
	maxBodyWeight    = 2.5  // no sentence outweighs the lead
	backgroundWeight = 0.5  // factor for a sentence that tells earlier events
	stemLength       = 6    // letters of a word that stand for it when sentences are compared
)

// weigh scores each body sentence by how much of the headline and lead it
// repeats, a little by position, less when it tells background.
func (a *article) weigh() {
	key := &a.arena.key
	buf := a.arena.stems[:0] // one sentence's stems at a time
	for _, s := range []*sentence{a.title, a.lead} {
		if s != nil {
			buf = appendStems(buf[:0], s.toks)
			for _, st := range buf {
				key.add(st)
			}
		}
	}
	norm := float64(min(max(key.n, 1), sharedNorm))
	for _, s := range a.body {
		if s == a.lead {
			s.weight = leadWeight
			continue
		}
		buf = appendSharedStems(buf[:0], s.toks, key)
		shared := len(buf)
		position := positionWeight / (1 + positionDecay*float64(s.index))
		s.weight = min(position+sharedWeight*float64(shared)/norm, maxBodyWeight)
		if isBackground(s.text) {
			s.weight *= backgroundWeight
		}
	}
	a.arena.stems = buf[:0]
}

// runePrefix keeps the first n characters of s.
func runePrefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// isBackground reports whether a sentence opens on a cue for earlier events.
// Lower-casing maps each character to one, so only as many characters as
// the longest cue has are lowered.
func isBackground(text string) bool {
	var buf [64]byte
	low := appendLowerFolded(buf[:0], runePrefix(text, backgroundCueRunes)) // lower(…), without the string
	for _, c := range backgroundCues {
		if len(low) >= len(c) && string(low[:len(c)]) == c {
			return true
		}
	}
	return false
}

// backgroundCueRunes is the length of the longest background cue, in
// characters.
var backgroundCueRunes = func() int {
	n := 0
	for _, c := range backgroundCues {
		n = max(n, utf8.RuneCountInString(c))
	}
	return n
}()

// sentenceCase reads a headline in title case ("Tram Derails in Croydon,
// Near London") as if written in sentence case: a capitalised word the
// body writes in lower case and never capitalises inside a sentence is a
// common word there too ("Tram"), and so is one the body never
// capitalises inside a sentence that names no one and no place
// ("Derails"), so that the headline's subject and verb read as in any
// other headline.
func sentenceCase(s *sentence, lowered, capped *wordSet) {
	for i := range s.toks {
		t := &s.toks[i]
		if !t.isWord() || !t.isCap() || isAllCaps(t.text) || capped.has(t.low) {
			continue
		}
		if inPlaceName(s.toks, i) {
			continue // "Keynes" of "Milton Keynes"
		}
		if lowered.has(t.low) || !givenNames[t.low] && !isCountry(t.low) && lookupLocative(t.text) == nil {
			t.flags &^= flagCap
		}
	}
}

// inPlaceName reports whether token i and the word before or after it
// name a place together: "Milton Keynes", "États Unis".
func inPlaceName(toks []token, i int) bool {
	if i > 0 && toks[i-1].isWord() && lookupLocative(toks[i-1].text+" "+toks[i].text) != nil {
		return true
	}
	return i+1 < len(toks) && toks[i+1].isWord() && lookupLocative(toks[i].text+" "+toks[i+1].text) != nil
}
