package geo

import (
	"cmp"
	_ "embed"
	"slices"
	"strings"
	"sync"

	"briefbot/geo/internal/table"
)

// placesBin is the gazetteer as geo/internal/gen writes it: records and an
// index of folded names read in place, so that loading copies no name and
// folds none.
//
//go:embed data/places.bin
var placesBin string

// entry is one place of the table: its kind, country, id and population,
// and its "lang=name" pairs, the primary name first as "=name"; its
// strings are slices of the embedded file.
type entry struct {
	kind    Kind
	country string
	region  string // a US city's state, a subdivision's ISO 3166-2 code
	id      int32
	pop     int64
	names   string // the tab-separated pairs
}

type gazetteer struct {
	places    []entry
	byName    *table.File        // folded name → places
	country   map[string]int32   // ISO code → index of the country
	capital   map[string]int32   // ISO code → index of its capital
	cities    map[string][]int32 // ISO code → its cities, most populous first; see citiesOf
	citiesIdx sync.Once
	demonyms  map[string][]string
	byDemonym map[string]string
}

var (
	once sync.Once
	data *gazetteer
)

// load opens the embedded data on first use.
func load() *gazetteer {
	once.Do(func() {
		d, err := open(placesBin)
		if err != nil {
			panic("geo: embedded data: " + err.Error())
		}
		data = d
	})
	return data
}

// Load opens the embedded data now rather than on first use, so that a
// server pays for it at start.
func Load() { load() }

// open reads the places of an encoded table and indexes its countries,
// capitals, cities and demonyms; names stay in the table's own index.
func open(bin string) (*gazetteer, error) {
	f, err := table.Open(bin)
	if err != nil {
		return nil, err
	}
	d := &gazetteer{
		byName: f, places: make([]entry, f.Places()), country: map[string]int32{}, capital: map[string]int32{},
		demonyms: map[string][]string{}, byDemonym: map[string]string{},
	}
	capitals := map[int32]string{}
	for i := range d.places {
		d.places[i] = d.entry(f.Place(i), int32(i), capitals)
	}
	for i, e := range d.places {
		if cc, ok := capitals[e.id]; ok && e.kind == City {
			d.capital[cc] = int32(i)
		}
	}
	for i := range f.Demonyms() {
		dem := f.Demonym(i)
		d.addDemonyms(dem.Country, dem.Pairs)
	}
	return d, nil
}

// entry reads the place p, the i-th, noting a country's capital's id.
func (d *gazetteer) entry(p table.Place, i int32, capitals map[int32]string) entry {
	cc, region, _ := strings.Cut(p.Country, "/")
	e := entry{kind: kindOf(p.Kind), country: cc, region: region, id: int32(p.ID), pop: int64(p.Pop), names: p.Names}
	if e.kind == Country {
		d.country[cc] = i
		e.id = 0
		if p.ID != 0 {
			capitals[int32(p.ID)] = cc
		}
	}
	return e
}

// named lists the places whose names fold to key.
func (d *gazetteer) named(key string) table.Postings { return d.byName.Find(key) }

// citiesOf lists the cities of the country cc by falling population,
// indexing every country's on first use: few processes ask.
func (d *gazetteer) citiesOf(cc string) []int32 {
	d.citiesIdx.Do(d.indexCities)
	return d.cities[cc]
}

// indexCities lists each country's cities by falling population.
func (d *gazetteer) indexCities() {
	d.cities = map[string][]int32{}
	for i, e := range d.places {
		if e.kind == City {
			d.cities[e.country] = append(d.cities[e.country], int32(i))
		}
	}
	for _, ids := range d.cities {
		slices.SortStableFunc(ids, func(a, b int32) int {
			return cmp.Compare(d.places[b].pop, d.places[a].pop)
		})
	}
}

func (d *gazetteer) addDemonyms(cc, pairs string) {
	for _, p := range strings.Split(pairs, "\t") {
		_, list, _ := strings.Cut(p, "=")
		for _, w := range strings.Split(list, ";") {
			d.demonyms[cc] = append(d.demonyms[cc], w)
			if _, taken := d.byDemonym[Fold(w)]; !taken {
				d.byDemonym[Fold(w)] = cc
			}
		}
	}
}

func kindOf(b byte) Kind {
	switch b {
	case 'c':
		return Country
	case 'r':
		return Region
	case 's':
		return Subdivision
	}
	return City
}

func (e *entry) place(i int32) Place {
	p := Place{Name: e.primary(), Kind: e.kind, Country: e.country, Region: e.region,
		Population: int(e.pop), GeonameID: int(e.id), index: i}
	if e.kind == Subdivision {
		p.Code, p.Region = e.region, ""
	}
	return p
}

// primary is the entry's first name.
func (e *entry) primary() string {
	first, _, _ := strings.Cut(e.names, "\t")
	return strings.TrimPrefix(first, "=")
}

// allNames lists the names of the entry in every language.
func (e *entry) allNames() []string {
	var out []string
	for _, p := range strings.Split(e.names, "\t") {
		_, n, _ := strings.Cut(p, "=")
		out = append(out, n)
	}
	return out
}

// in is the name in lang, its base language, or fallback.
func (e *entry) in(lang, fallback string) string {
	base, _, _ := strings.Cut(lang, "-")
	found := ""
	for p := range strings.SplitSeq(e.names, "\t") {
		l, n, _ := strings.Cut(p, "=")
		if strings.EqualFold(l, lang) {
			return n
		}
		if l == base && found == "" {
			found = n
		}
	}
	if found != "" {
		return found
	}
	return fallback
}
