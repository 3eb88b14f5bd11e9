package geo

import (
	"bufio"
	"bytes"
	"cmp"
	"compress/gzip"
	_ "embed"
	"io"
	"slices"
	"strconv"
	"strings"
	"sync"
)

//go:embed data/places.tsv.gz
var placesGz []byte

// entry is one line of the data file: its kind, country, id and
// population, and its "lang=name" pairs, the primary name first as "=name".
type entry struct {
	kind    Kind
	country string
	region  string // a US city's state
	id      int32
	pop     int64
	names   string // the tab-separated pairs
}

type gazetteer struct {
	places    []entry
	byName    map[string][]int32
	country   map[string]int32   // ISO code → index of the country
	capital   map[string]int32   // ISO code → index of its capital
	cities    map[string][]int32 // ISO code → its cities, most populous first
	demonyms  map[string][]string
	byDemonym map[string]string
}

var (
	once sync.Once
	data *gazetteer
)

// load parses the embedded data on first use.
func load() *gazetteer {
	once.Do(func() {
		d, err := parse(placesGz)
		if err != nil {
			panic("geo: embedded data: " + err.Error())
		}
		data = d
	})
	return data
}

// Load parses the embedded data now rather than on first use, so that a
// server pays for it at start.
func Load() { load() }

func parse(gz []byte) (*gazetteer, error) {
	zr, err := gzip.NewReader(bytes.NewReader(gz))
	if err != nil {
		return nil, err
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, err
	}
	d := &gazetteer{
		byName: map[string][]int32{}, country: map[string]int32{}, capital: map[string]int32{},
		demonyms: map[string][]string{}, byDemonym: map[string]string{},
	}
	capitals := map[int32]string{}
	sc := bufio.NewScanner(bytes.NewReader(raw))
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	text := string(raw)
	off := 0
	for sc.Scan() {
		line := text[off : off+len(sc.Bytes())]
		off += len(sc.Bytes()) + 1
		if line == "" || line[0] == '#' {
			continue
		}
		d.addLine(line, capitals)
	}
	for i, e := range d.places {
		if cc, ok := capitals[e.id]; ok && e.kind == City {
			d.capital[cc] = int32(i)
		}
	}
	d.indexCities()
	return d, sc.Err()
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

// addLine indexes one data line.
func (d *gazetteer) addLine(line string, capitals map[int32]string) {
	f := strings.SplitN(line, "\t", 5)
	if len(f) < 5 {
		return
	}
	id, _ := strconv.Atoi(f[2])
	pop, _ := strconv.Atoi(f[3])
	if f[0] == "d" {
		d.addDemonyms(f[1], f[4])
		return
	}
	cc, region, _ := strings.Cut(f[1], "/")
	e := entry{kind: kindOf(f[0]), country: cc, region: region, id: int32(id), pop: int64(pop), names: f[4]}
	i := int32(len(d.places))
	if e.kind == Country {
		d.country[e.country] = i
		e.id = 0
		if id != 0 {
			capitals[int32(id)] = e.country
		}
	}
	d.places = append(d.places, e)
	seen := map[string]bool{}
	for _, n := range e.allNames() {
		if k := Fold(n); k != "" && !seen[k] {
			seen[k] = true
			d.byName[k] = append(d.byName[k], i)
		}
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

func kindOf(s string) Kind {
	switch s {
	case "c":
		return Country
	case "r":
		return Region
	}
	return City
}

func (e *entry) place(i int32) Place {
	return Place{Name: e.primary(), Kind: e.kind, Country: e.country, Region: e.region,
		Population: int(e.pop), GeonameID: int(e.id), index: i}
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
