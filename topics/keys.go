package topics

import (
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
// the gazetteer, the lexicon): the articles keyed by an older version are
// then keyed again (see ingest.Rekey), and until then a topic finds them
// by its own words only.
const KeysVersion = 1

// Keys returns the search keys of an article: one for each place (a
// country, a city, a region) and each concept whose words, in any
// language served, the article's headline, text or summary holds, as
// Match would search for them. A topic's group then searches its one key
// instead of its dozens of words in every language (see Match), and finds
// the articles that Expand's words find. Keys are sorted.
func Keys(a briefbot.Article) []string {
	idx := keyIndex()
	found := map[string]bool{}
	for _, field := range []string{a.Title, a.Text, a.Summary.Summary} {
		idx.scan(lang.Words(field), found)
	}
	for _, name := range slices.Concat(a.Summary.Who, a.Summary.Where) {
		idx.scan(lang.Words(name), found)
	}
	keys := make([]string, 0, len(found))
	for k := range found {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// Load builds the index Keys reads by now rather than at the first
// article or the first topic of several countries, so that a server pays
// for it (a few hundred milliseconds) at start.
func Load() { keyIndex() }

// keys is the reverse of the topics' words: each word or phrase a place
// or concept is searched by, and the keys of those it finds.
type keys struct {
	exact   map[string][]string // folded phrase → keys
	prefix  map[string][]string // folded phrase whose last word may start a longer one → keys
	starts  map[string]bool     // the first words of phrases of several words
	longest int                 // the most words of a phrase
	combos  []combo             // the keys of words that several countries share
	// lastLens[n] tells whether a prefix term's last word has n bytes,
	// so that a word is looked up only at the lengths some prefix has.
	lastLens [maxPrefixBytes + 1]bool
	// starts3 holds the first three bytes of every prefix term, so that
	// most words are no prefix term's continuation at one look-up; it is
	// nil when a prefix term is shorter.
	starts3 map[string]bool
	short   bool // a prefix term is shorter than three bytes
}

// maxPrefixBytes is the longest last word of a prefix term that Keys
// reads; a longer one is never a place's or concept's word.
const maxPrefixBytes = 64

// combo is the key of the words that a group of countries shares and
// that none of them is searched by alone ("korea", "coréen"): a topic
// that names all of them ("korea") searches it, one that names one
// ("south korea") does not.
type combo struct {
	codes []string
	key   string
}

var keyIndex = sync.OnceValue(func() *keys {
	k := &keys{exact: map[string][]string{}, prefix: map[string][]string{}, starts: map[string]bool{}}
	k.build()
	return k
})

// build adds the words of every country, city of minCityPop or more,
// region and concept.
func (k *keys) build() {
	k.addCountries()
	for _, p := range slices.Concat(geo.Places(geo.City, minCityPop), geo.Places(geo.Region, 0)) {
		k.addAll(namesIn(p, false), placeKey(p))
	}
	for _, c := range lang.AllConcepts() {
		k.addAll(conceptTermsOf(c), conceptKey(c))
	}
}

// addCountries adds each country's words alone, then the words that
// countries named together share.
func (k *keys) addCountries() {
	shared := map[briefbot.Term][]string{}
	for _, c := range allCountries() {
		alone := countryTermList(c, true)
		k.addAll(alone, countryKey(c))
		for _, t := range countryTermList(c, false) {
			if !slices.Contains(alone, t) {
				shared[t] = append(shared[t], c)
			}
		}
	}
	byKey := map[string][]string{}
	for t, codes := range shared {
		key := comboKey(codes)
		k.add(t, key)
		byKey[key] = codes
	}
	for key, codes := range byKey {
		k.combos = append(k.combos, combo{codes, key})
	}
	slices.SortFunc(k.combos, func(a, b combo) int { return strings.Compare(a.key, b.key) })
}

func (k *keys) addAll(ts []briefbot.Term, key string) {
	for _, t := range ts {
		k.add(t, key)
	}
}

func (k *keys) add(t briefbot.Term, key string) {
	m := k.exact
	if t.Prefix {
		m = k.prefix
	}
	if !slices.Contains(m[t.Phrase], key) {
		m[t.Phrase] = append(m[t.Phrase], key)
	}
	ws := strings.Fields(t.Phrase)
	if t.Prefix && len(ws) > 0 && len(ws[len(ws)-1]) <= maxPrefixBytes {
		k.lastLens[len(ws[len(ws)-1])] = true
		k.addStart(t.Phrase)
	}
	if len(ws) > 1 {
		k.starts[ws[0]] = true
	}
	k.longest = max(k.longest, len(ws))
}

// addStart records the first three bytes of a prefix term.
func (k *keys) addStart(phrase string) {
	switch {
	case len(phrase) < 3:
		k.short = true
	case k.starts3 == nil:
		k.starts3 = map[string]bool{}
		fallthrough
	default:
		k.starts3[phrase[:3]] = true
	}
}

// scan adds to found the keys of every phrase in words, at every word:
// as the index finds a term anywhere, not only the longest one.
func (k *keys) scan(words []string, found map[string]bool) {
	var b strings.Builder
	for i, w := range words {
		k.match(w, found)
		if !k.starts[w] {
			continue
		}
		b.Reset()
		b.WriteString(w)
		for n := 2; n <= k.longest && i+n <= len(words); n++ {
			b.WriteByte(' ')
			head := b.Len()
			b.WriteString(words[i+n-1])
			k.matchFrom(b.String(), head, found)
		}
	}
}

// match adds the keys of the one word w: w itself, and w as the
// continuation of each prefix it starts with.
func (k *keys) match(w string, found map[string]bool) { k.matchFrom(w, 0, found) }

// matchFrom adds the keys of phrase exactly, and of each prefix term
// that phrase is the continuation of, whose last word starts at head.
func (k *keys) matchFrom(phrase string, head int, found map[string]bool) {
	for _, key := range k.exact[phrase] {
		found[key] = true
	}
	if !k.short && (len(phrase) < 3 || !k.starts3[phrase[:3]]) {
		return
	}
	for j := head + 1; j <= min(len(phrase), head+maxPrefixBytes); j++ {
		if !k.lastLens[j-head] || j < len(phrase) && !utf8.RuneStart(phrase[j]) {
			continue
		}
		for _, key := range k.prefix[phrase[:j]] {
			found[key] = true
		}
	}
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
// "r", a country's code and a region's English name; "c" and a concept's
// ID, its dot a 0 and its hyphens 1s ("cdisaster0earthquake").
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
