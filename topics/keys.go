package topics

import (
	"bytes"
	"context"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"briefbot"
	"briefbot/geo"
	"briefbot/lang"
)

// KeysVersion is the version of the rules by which Keys reads an
// article. Raise it whenever Keys may read a text otherwise (these rules,
// the gazetteer, the lexicon; TestKeysVersionFollowsTheIndex fails until
// it is raised): the articles keyed by an older version are then keyed
// again (see ingest.Ingester.Rekey), and until then searches use the
// words (see AllKeyed).
const KeysVersion = 3

// Keys returns the search keys of an article: one for each place (a
// country, a city, a region, a subdivision) and each concept whose words, in any
// language served, the article's headline, text or summary holds, as
// Match would search for them. A topic's group then searches its one key
// instead of its dozens of words in every language (see Match), and finds
// the articles that Expand's words find. Keys are sorted.
func Keys(a briefbot.Article) []string {
	idx := keyIndex()
	sc := scratchPool.Get().(*scratch)
	defer putScratch(sc)
	sc.found = sc.found[:0]
	for _, field := range []string{a.Title, a.Text, a.Summary.Summary} {
		idx.scan(sc, field)
	}
	for _, names := range [][]string{a.Summary.Who, a.Summary.Where} {
		for _, name := range names {
			idx.scan(sc, name)
		}
	}
	slices.Sort(sc.found)
	found := slices.Compact(sc.found)
	return append(make([]string, 0, len(found)), found...)
}

// scratch is what one call of Keys reuses from the calls before it: the
// folded words of a field and the keys found so far.
type scratch struct {
	words  []byte   // lang.AppendWords of a field: each word followed by one space
	starts []int    // the offset in words of each word
	found  []string // the keys found, with repeats
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// putScratch returns sc to scratchPool, unless an unusually long text
// made its buffers too large to keep.
func putScratch(sc *scratch) {
	if cap(sc.words) <= 1<<20 && cap(sc.starts) <= 1<<18 && cap(sc.found) <= 1<<16 {
		scratchPool.Put(sc)
	}
}

// Load reads the index Keys reads by now rather than at the first
// article or the first topic of several countries, so that a server pays
// for it (some 7 ms) at start.
func Load() { keyIndex() }

// scan adds to sc.found the keys of every phrase in text, at every word:
// as the index finds a term anywhere, not only the longest one. A phrase
// of the folded words is a piece of sc.words, so that looking it up
// allocates nothing; it grows a word at a time while it starts a longer
// term.
func (k *keys) scan(sc *scratch, text string) {
	sc.words = lang.AppendWords(sc.words[:0], text)
	words := sc.words
	sc.starts = sc.starts[:0]
	for i := 0; i < len(words); i += bytes.IndexByte(words[i:], ' ') + 1 {
		sc.starts = append(sc.starts, i)
	}
	sc.starts = append(sc.starts, len(words)) // the end of the last word, past its space
	for i, start := range sc.starts[:len(sc.starts)-1] {
		h := hashStart
		for n := 1; n <= k.longest && i+n < len(sc.starts); n++ {
			if n > 1 {
				h = hashByte(h, ' ')
			}
			more := false
			h, more = k.matchPhrase(sc, words[start:sc.starts[i+n]-1], sc.starts[i+n-1]-start, h)
			if !more {
				break
			}
		}
	}
}

// matchPhrase adds the keys of phrase, whose last word starts at head and
// whose bytes before it hash to h: those of phrase as a whole, and those
// of each prefix term that phrase is the continuation of. It returns the
// hash of phrase, and whether a longer term may start with it. The filters
// spare it the look-ups that would find nothing, most of them.
func (k *keys) matchPhrase(sc *scratch, phrase []byte, head int, h uint32) (uint32, bool) {
	for j := head; j < len(phrase); j++ {
		h = hashByte(h, phrase[j])
		end, n := j+1, j+1-head
		if n <= maxPrefixBytes && k.lastLens[n] && (end == len(phrase) || utf8.RuneStart(phrase[end])) && k.prefixes.has(h) {
			sc.found = append(sc.found, k.prefix[string(phrase[:end])]...)
		}
	}
	if !k.phrases.has(h) {
		return h, false
	}
	if !k.keyed.has(h) {
		// No keys of its own: phrase starts longer ones, or the filter
		// errs. Either way reading on is safe, since the first words of
		// every term of several words start one.
		return h, true
	}
	e := k.exact[string(phrase)]
	sc.found = append(sc.found, e.keys...)
	return h, e.start
}

// countriesKeys are the keys a topic naming codes searches: each
// country's own, and, for several, the keys of the words they share.
func countriesKeys(codes []string) []briefbot.Term {
	var out []briefbot.Term
	for _, c := range codes {
		out = append(out, briefbot.Term{Key: countryKey(c)})
	}
	if len(codes) < 2 {
		return out
	}
	for _, cb := range keyIndex().combos {
		if subset(cb.codes, codes) {
			out = append(out, briefbot.Term{Key: cb.key})
		}
	}
	return out
}

func subset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}

// The keys: "p" and a country's ISO code ("pkr"); "q" and the codes of
// the countries that share words ("qkpkr"); "g" and a city's GeoNames id;
// "r", a country's code and a region's English name; "s" and a
// subdivision's ISO 3166-2 code ("sfr33"); "c" and a concept's ID, its dot
// a 0 and its hyphens 1s ("cdisaster0earthquake").
func countryKey(code string) string { return "p" + strings.ToLower(code) }

func comboKey(codes []string) string {
	cs := slices.Clone(codes)
	slices.Sort(cs)
	return clipKey("q" + strings.ToLower(strings.Join(cs, "")))
}

func placeKey(p geo.Place) string {
	if p.Kind == geo.City && p.GeonameID != 0 {
		return "g" + strconv.Itoa(p.GeonameID)
	}
	if p.Kind == geo.Subdivision {
		return clipKey("s" + alnum(strings.ToLower(p.Code)))
	}
	return clipKey("r" + strings.ToLower(p.Country) + alnum(lang.Fold(p.Name)))
}

func conceptKey(c *lang.Concept) string {
	return clipKey("c" + alnum(strings.NewReplacer(".", "0", "-", "1").Replace(c.ID)))
}

// alnum keeps the ASCII letters and digits of s.
func alnum(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func clipKey(k string) string { return k[:min(len(k), briefbot.MaxKeyBytes)] }

// KeyLister lists the articles whose keys an older version wrote: a
// store (see briefbot.ArticleStore.ArticlesToKey).
type KeyLister interface {
	ArticlesToKey(ctx context.Context, version int, afterID int64, limit int) ([]briefbot.Article, error)
}

// keyedStores remembers the stores found with every article keyed:
// articles are keyed as they are stored, so a store stays so.
var keyedStores sync.Map // KeyLister → true

// AllKeyed reports whether every article of store is keyed by
// KeysVersion, so that a search may use Match; until then (after an
// upgrade, while the articles are keyed again) a search uses Expand,
// slower but finding every article. A store that cannot tell counts as
// not keyed.
func AllKeyed(ctx context.Context, store KeyLister) bool {
	if _, ok := keyedStores.Load(store); ok {
		return true
	}
	as, err := store.ArticlesToKey(ctx, KeysVersion, 0, 1)
	if err != nil || len(as) > 0 {
		return false
	}
	keyedStores.Store(store, true)
	return true
}
