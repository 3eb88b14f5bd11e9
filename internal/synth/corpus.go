package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"briefbot/lang"

	"briefbot"
)

// Place is a place a story may be about: its name in each language ("en",
// "fr", ...); languages it has no name for use its "en" name.
type Place map[string]string

// CorpusLangs are the languages a corpus is written in.
var CorpusLangs = []string{"en", "fr", "de", "es"}

// Corpus streams a news corpus in publication order: stories of one to
// several near-duplicate articles (a wire story republished by other sites
// with a few words changed), spread evenly over a span of time, each about
// one place, the places drawn with a Zipf law so that a few are in the news
// every day and most only now and then.
type Corpus struct {
	g       *Generator
	places  []Place
	pick    *rand.Zipf
	n, i    int
	size    int
	start   time.Time
	step    time.Duration
	pending []briefbot.Article
}

// NewCorpus returns a corpus of n articles of about size bytes each,
// published over the span before end, about the given places.
func NewCorpus(seed uint64, n, size int, places []Place, end time.Time, span time.Duration) *Corpus {
	g := New(seed, 50_000)
	c := &Corpus{g: g, places: places, n: n, size: size, start: end.Add(-span), step: span / time.Duration(max(n, 1))}
	if len(places) > 1 {
		c.pick = rand.NewZipf(g.r, 1.05, 4, uint64(len(places)-1))
	}
	return c
}

// Next returns the next article, and false when the corpus is exhausted.
func (c *Corpus) Next() (briefbot.Article, bool) {
	if c.i >= c.n {
		return briefbot.Article{}, false
	}
	if len(c.pending) == 0 {
		c.pending = c.story(c.start.Add(time.Duration(c.i) * c.step))
	}
	a := c.pending[0]
	c.pending = c.pending[1:]
	a.URL = fmt.Sprintf("https://synthetic.example/%s/%d", a.Lang, c.i)
	c.i++
	return a, true
}

// story writes the articles of one story first published at t: one in
// two stories is carried by one site, the others by up to six.
func (c *Corpus) story(t time.Time) []briefbot.Article {
	g := c.g
	lang := CorpusLangs[g.r.IntN(len(CorpusLangs))]
	place := c.placeName(lang)
	title := strings.TrimSuffix(g.sentence(lang, 7), ".")
	if g.r.IntN(2) == 0 {
		title = place + ": " + title
	}
	text := g.placeText(lang, c.size, place)
	sum := briefbot.Summary{
		Who: []string{g.names[g.r.IntN(len(g.names))]}, What: title, Where: []string{place},
		When: t.Format(time.DateOnly), Summary: firstSentence(text), Lang: lang,
	}
	copies := 1
	for copies < 6 && g.r.IntN(2) == 0 {
		copies++
	}
	out := make([]briefbot.Article, copies)
	for k := range out {
		body := text
		if k > 0 {
			body = g.edit(text, 3)
		}
		out[k] = briefbot.Article{
			Source: fmt.Sprintf("Synthetic %d", g.r.IntN(40)), Title: title, Lang: lang,
			Published: t.Add(time.Duration(k*g.r.IntN(90)) * time.Minute),
			Text:      body, Summary: sum,
		}
		out[k].Ingested = out[k].Published
	}
	return out
}

func (c *Corpus) placeName(lang string) string {
	if len(c.places) == 0 {
		return c.g.names[c.g.r.IntN(len(c.g.names))]
	}
	i := 0
	if c.pick != nil {
		i = int(c.pick.Uint64())
	}
	if name := c.places[i][lang]; name != "" {
		return name
	}
	return c.places[i]["en"]
}

// placeText is a text of about size bytes that names place in its first
// sentence and now and then after.
func (g *Generator) placeText(lang string, size int, place string) string {
	var b strings.Builder
	b.WriteString(place + " " + g.sentence(lang, 12) + " ")
	for b.Len() < size {
		for range 3 + g.r.IntN(3) {
			s := g.sentence(lang, 10+g.r.IntN(15))
			if g.r.IntN(8) == 0 {
				s = place + " " + s
			}
			b.WriteString(s + " ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

// edit replaces n words of text, after its first, with others, as an
// editor republishing a wire story does.
func (g *Generator) edit(text string, n int) string {
	ws := strings.Split(text, " ")
	for range n {
		ws[1+g.r.IntN(len(ws)-1)] = g.words[g.zipf.Uint64()]
	}
	return strings.Join(ws, " ")
}

// firstSentence is the first sentence of text, as lang splits them.
func firstSentence(text string) string {
	if ss := lang.Sentences(text); len(ss) > 0 {
		return ss[0]
	}
	return text
}
