package summarize

import (
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"briefbot/geo"
)

// place is a gazetteer entry as the summary names it: a country, or a
// city or region with the country it lies in.
type place struct {
	en, fr  string
	country *place            // nil for a country
	region  map[string]string // a US city's state by language; nil elsewhere
	city    bool
	sub     bool // a subdivision (see subdivisionPlace)
}

// name gives the place's name in the article's language.
func (p *place) name(lang string) string {
	if lang == "fr" {
		return p.fr
	}
	return p.en
}

// Population floors of the cities the summary recognises: anywhere, or
// only after a locative preposition or in a dateline, where a capitalised
// name is most likely a place.
const (
	anywhereCityPop = 100_000
	locativeCityPop = 5_000
)

var (
	countriesMu sync.Mutex
	countries   = map[string]*place{}
)

// countryPlace is the one shared entry of the country with ISO code cc.
func countryPlace(cc string) *place {
	countriesMu.Lock()
	defer countriesMu.Unlock()
	if p, ok := countries[cc]; ok {
		return p
	}
	en := geo.CountryName(cc, "en")
	if en == "" {
		countries[cc] = nil
		return nil
	}
	p := &place{en: en, fr: geo.CountryName(cc, "fr")}
	countries[cc] = p
	return p
}

// lookupPlace finds a country, a region or a large city by its name as
// written, in any language the gazetteer knows.
func lookupPlace(s string) *place { return lookupGeo(s, anywhereCityPop) }

// lookupLocative finds a place named after a locative preposition or in a
// dateline, where smaller cities count too.
func lookupLocative(s string) *place { return lookupGeo(s, locativeCityPop) }

// lookupCache remembers lookups by name and population floor, up to
// maxCached names, so that a long-running bot stays bounded.
var (
	lookupCache sync.Map
	cached      atomic.Int64
)

const maxCached = 200_000

type cacheKey struct {
	name   string
	minPop int
}

// cachedLookup is one lookup lookupCache holds, by its key.
type cachedLookup struct {
	key cacheKey
	p   *place
}

// recentLookups sits in front of lookupCache: each pair of slots holds
// the last two cached lookups whose keys hash to it, read with an atomic
// load or two where lookupCache walks a trie. An article asks about the
// same names again and again, and a few thousand articles ask about some
// 50,000 names, so that the table has room for more than twice as many;
// two ways a hash keep two names that share one from pushing each other
// out.
var (
	recentSeed    = maphash.MakeSeed()
	recentLookups [1 << 16]recentPair
)

// recentPair is one hash's slots of recentLookups, the newer first.
type recentPair [2]atomic.Pointer[cachedLookup]

// recentFor is the pair of recentLookups a name's hash h and a
// population floor pick.
func recentFor(h uint64, minPop int) *recentPair {
	return &recentLookups[(h+uint64(minPop))%uint64(len(recentLookups))]
}

// find is the lookup of name the pair holds, if it holds one.
func (r *recentPair) find(name string, minPop int) (*cachedLookup, bool) {
	for i := range r {
		if e := r[i].Load(); e != nil && e.key.minPop == minPop && e.key.name == name {
			return e, true
		}
	}
	return nil, false
}

// keep files e as the newer lookup of the pair, the older one dropped.
func (r *recentPair) keep(e *cachedLookup) {
	r[1].Store(r[0].Load())
	r[0].Store(e)
}

func lookupGeo(s string, minPop int) *place {
	if !opensUpper(s) {
		return nil // not a name lookupUncached would read
	}
	slot := recentFor(maphash.String(recentSeed, s), minPop)
	if e, ok := slot.find(s, minPop); ok {
		return e.p
	}
	return lookupMissed(s, minPop, slot)
}

// lookupPlaceBytes is lookupPlace(string(b)), making the string only when
// the recent lookups miss it.
func lookupPlaceBytes(b []byte) *place {
	slot := recentFor(maphash.Bytes(recentSeed, b), anywhereCityPop)
	if e, ok := slot.find(string(b), anywhereCityPop); ok {
		return e.p
	}
	return lookupMissed(string(b), anywhereCityPop, slot)
}

// lookupPlaceSpan is lookupPlace(sliceText(toks, a, b)), the tokens'
// texts joined on the stack rather than in a string.
func lookupPlaceSpan(toks []token, a, b int) *place {
	if a >= b {
		return lookupPlace(sliceText(toks, a, b)) // one token's text, or none
	}
	if !opensUpper(toks[a].text) {
		return nil // as lookupGeo refuses it: a token opens with no space
	}
	var buf [128]byte
	return lookupPlaceBytes(appendTokenTexts(buf[:0], toks, a, b))
}

// lookupMissed looks s up in lookupCache, or in the gazetteer, when the
// recent lookups do not hold it, and keeps it in slot.
func lookupMissed(s string, minPop int, slot *recentPair) *place {
	k := cacheKey{s, minPop}
	if e, ok := lookupCache.Load(k); ok {
		slot.keep(e.(*cachedLookup))
		return e.(*cachedLookup).p
	}
	p := lookupUncached(s, minPop)
	if cached.Load() < maxCached {
		k.name = strings.Clone(s) // s is a slice of an article's text, which the cache must not keep alive
		e, loaded := lookupCache.LoadOrStore(k, &cachedLookup{k, p})
		if !loaded {
			cached.Add(1)
		}
		slot.keep(e.(*cachedLookup))
		return e.(*cachedLookup).p
	}
	return p
}

func lookupUncached(s string, minPop int) *place {
	s = strings.TrimSpace(s)
	if !plausiblePlaceName(s) {
		return nil
	}
	found := geo.Lookup(s)
	if len(found) == 0 {
		return namedSubdivision(s)
	}
	if _, demonym := geo.Demonym(s); demonym && !namesCountry(s, found) {
		return nil
	}
	if len(found) > 0 && found[0].Kind == geo.Country {
		return countryPlace(found[0].Country)
	}
	for _, g := range found {
		if g.Kind == geo.Subdivision {
			if p := subdivisionPlace(g, minPop); p != nil {
				return p
			}
			continue
		}
		if g.Kind == geo.Region || g.Population >= minPop {
			return &place{en: g.In("en"), fr: g.In("fr"), country: countryPlace(g.Country),
				region: localRegion(g.Region), city: g.Kind == geo.City}
		}
	}
	return nil
}

// localRegion gives a US city's state in English and French.
func localRegion(name string) map[string]string {
	if name == "" {
		return nil
	}
	out := map[string]string{"en": name, "fr": name}
	for _, g := range geo.Lookup(name) {
		if g.Kind == geo.Region && g.Country == "US" {
			out["fr"] = g.In("fr")
			break
		}
	}
	return out
}

// candKey files a place candidate: by its gazetteer entry's English name,
// or by its name in lower case when the gazetteer lacks it.
func candKey(p *place, name string) string {
	if p != nil {
		return p.en
	}
	return lowerText(name)
}

// opensUpper reports whether s, trimmed, opens with an upper-case letter,
// as every name plausiblePlaceName accepts does.
func opensUpper(s string) bool {
	s = strings.TrimSpace(s)
	if s != "" && s[0] < utf8.RuneSelf {
		return 'A' <= s[0] && s[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// plausiblePlaceName rejects what a capitalised word may be but a place
// name is not: short words not written in capitals ("Us", "Of"), and words
// that open with a lower-case letter.
func plausiblePlaceName(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) {
		return false
	}
	return utf8.RuneCountInString(s) > 3 || isAllCaps(s)
}

// namesCountry reports whether s is the English or French name of the
// country found first, as "Philippines" is, though it is also a demonym.
func namesCountry(s string, found []geo.Place) bool {
	if len(found) == 0 || found[0].Kind != geo.Country {
		return false
	}
	k := geo.Fold(s)
	return k == geo.Fold(found[0].In("en")) || k == geo.Fold(found[0].In("fr"))
}
