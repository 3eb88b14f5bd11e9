// Package synth generates synthetic news articles for benchmarks: English,
// French, German and Spanish function words around an invented Zipf-distributed vocabulary,
// with capitalised names and places, so that every stage of the pipeline
// (language, sentences, names, full-text index) does realistic work.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"briefbot"
)

var function = map[string][]string{
	"en": strings.Fields("the of and to in a said on for with that was by at from its has will after"),
	"fr": strings.Fields("le la les de des du et à en un une a dit pour avec qui par sur dans après"),
	"de": strings.Fields("der die das und zu in ein eine sagte mit für von auf nach bei dem den nicht"),
	"es": strings.Fields("el la los las de del y en un una dijo para con que por sobre tras según"),
}

var syllables = strings.Fields("ka ri to mu sen ta lo vi ne da po shi ru gan mel bor tes qui an el ur ya zo fe")

// Generator makes articles deterministically from a seed.
type Generator struct {
	r     *rand.Rand
	zipf  *rand.Zipf
	words []string
	names []string
}

// New returns a generator over a vocabulary of vocab invented words.
func New(seed uint64, vocab int) *Generator {
	r := rand.New(rand.NewPCG(seed, 99))
	g := &Generator{r: r, words: make([]string, vocab), names: make([]string, 200)}
	for i := range g.words {
		g.words[i] = g.word(2 + r.IntN(3))
	}
	for i := range g.names {
		g.names[i] = capital(g.word(2)) + " " + capital(g.word(2+r.IntN(2)))
	}
	g.zipf = rand.NewZipf(r, 1.1, 2, uint64(vocab-1))
	return g
}

func (g *Generator) word(n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(syllables[g.r.IntN(len(syllables))])
	}
	return b.String()
}

func capital(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[size:]
}

// Article returns the i-th article: about size bytes of text, published
// within the 90 days before now.
func (g *Generator) Article(i int, size int, now time.Time) briefbot.Article {
	lang := []string{"en", "fr"}[g.r.IntN(2)]
	return briefbot.Article{
		Source:    fmt.Sprintf("Synthetic %d", g.r.IntN(20)),
		URL:       fmt.Sprintf("https://synthetic.example/%s/%d", lang, i),
		Title:     strings.TrimSuffix(g.sentence(lang, 8), "."),
		Lang:      lang,
		Published: now.Add(-time.Duration(g.r.IntN(90*24*60)) * time.Minute),
		Text:      g.text(lang, size),
	}
}

func (g *Generator) text(lang string, size int) string {
	var b strings.Builder
	for b.Len() < size {
		for range 3 + g.r.IntN(3) {
			b.WriteString(g.sentence(lang, 10+g.r.IntN(15)) + " ")
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (g *Generator) sentence(lang string, n int) string {
	ws := make([]string, 0, n)
	fw := function[lang]
	for len(ws) < n {
		switch k := g.r.IntN(10); {
		case k < 4:
			ws = append(ws, fw[g.r.IntN(len(fw))])
		case k == 4:
			ws = append(ws, g.names[g.r.IntN(len(g.names))])
		default:
			ws = append(ws, g.words[g.zipf.Uint64()])
		}
	}
	return capital(strings.Join(ws, " ")) + "."
}
