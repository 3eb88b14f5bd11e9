// Package table is the gazetteer's file format: its places, its demonyms
// and its index of folded names, laid out so that package geo reads them
// in place from the embedded file, with nothing to unpack or hash at
// start. The generator in geo/internal/gen writes it; geo opens it.
//
// The file is a header, then fixed-size records, then the index, then the
// text the records point into. Every integer is little-endian; every
// string is an offset and a length into the text.
//
//	magic      8 bytes, "bbgeo\x00\x00\x01"
//	counts     6 × u32: places, demonyms, keys, postings (u32s), key bytes, text bytes
//	places     32 bytes each: kind u8, 3 zero bytes, id u32, population u64, country string, names string
//	demonyms   16 bytes each: country string, pairs string
//	key ends   u32 each: where each key ends in the key bytes (keys sorted, each once)
//	key places u32 each: the index of the one place the key names, or, with
//	           the high bit set, where its list starts in the postings
//	postings   u32 each: lists of a count, then as many place indexes, ascending
//	key bytes  the sorted keys, end to end
//	text       the strings of the records
//
// Most names name one place, which the key's own slot then holds.
package table

import (
	"encoding/binary"
	"errors"
	"fmt"
	"sort"
	"strings"
)

const magic = "bbgeo\x00\x00\x01"

// listBit marks a key's slot that points to a list of places.
const listBit = 1 << 31

// Record sizes and the header's length.
const (
	placeSize   = 32
	demonymSize = 16
	headerSize  = len(magic) + 6*4
)

// Place is one record: a country, a region or a city.
type Place struct {
	Kind    byte   // 'c' country, 'r' region, 't' city
	ID      uint32 // a city's GeoNames id; a country's capital's id
	Pop     uint64 // 0 when unknown
	Country string // ISO code, with "/State" for a US city
	Names   string // tab-separated "lang=name" pairs, the primary name first as "=name"
}

// Demonyms are one country's adjectives and demonyms.
type Demonyms struct {
	Country string // ISO code
	Pairs   string // tab-separated "lang=word;word" pairs
}

// Table is the whole gazetteer as the generator builds it.
type Table struct {
	Places   []Place
	Demonyms []Demonyms
	Keys     map[string][]uint32 // folded name → indexes of the places it names, ascending
}

// Encode lays t out in the file format.
func Encode(t *Table) []byte {
	recs, text := encodeRecords(t)
	keys := make([]string, 0, len(t.Keys))
	for k := range t.Keys {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	ix := encodeIndex(keys, t.Keys)
	joined := strings.Join(keys, "")
	out := []byte(magic)
	for _, n := range []int{len(t.Places), len(t.Demonyms), len(keys), len(ix.postings) / 4, len(joined), len(text)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = append(append(append(append(out, recs...), ix.keyEnds...), ix.keyPlaces...), ix.postings...)
	return append(append(out, joined...), text...)
}

// encodeRecords lays out the places' and demonyms' records and the text
// their strings point into.
func encodeRecords(t *Table) (recs []byte, text string) {
	var b strings.Builder
	str := func(recs []byte, s string) []byte {
		recs = binary.LittleEndian.AppendUint32(recs, uint32(b.Len()))
		b.WriteString(s)
		return binary.LittleEndian.AppendUint32(recs, uint32(len(s)))
	}
	for _, p := range t.Places {
		recs = append(recs, p.Kind, 0, 0, 0)
		recs = binary.LittleEndian.AppendUint32(recs, p.ID)
		recs = binary.LittleEndian.AppendUint64(recs, p.Pop)
		recs = str(str(recs, p.Country), p.Names)
	}
	for _, d := range t.Demonyms {
		recs = str(str(recs, d.Country), d.Pairs)
	}
	return recs, b.String()
}

// index is the encoded name index: the keys' ends, their slots and the
// lists of places of the keys that name several.
type index struct{ keyEnds, keyPlaces, postings []byte }

func encodeIndex(keys []string, places map[string][]uint32) index {
	var ix index
	end := 0
	for _, k := range keys {
		end += len(k)
		ix.keyEnds = binary.LittleEndian.AppendUint32(ix.keyEnds, uint32(end))
		ids := places[k]
		if len(ids) == 1 {
			ix.keyPlaces = binary.LittleEndian.AppendUint32(ix.keyPlaces, ids[0])
			continue
		}
		ix.keyPlaces = binary.LittleEndian.AppendUint32(ix.keyPlaces, listBit|uint32(len(ix.postings)/4))
		ix.postings = binary.LittleEndian.AppendUint32(ix.postings, uint32(len(ids)))
		for _, i := range ids {
			ix.postings = binary.LittleEndian.AppendUint32(ix.postings, i)
		}
	}
	return ix
}

// File is an encoded table, read in place.
type File struct {
	places, demonyms string // the records
	keyEnds          string
	keyPlaces        string
	postings         string
	keys             string
	text             string
	nPlaces, nDem    int
	nKeys            int
}

// Open checks the header of an encoded table and returns it for reading;
// it copies nothing, so reading a string of the file allocates nothing.
func Open(s string) (*File, error) {
	if len(s) < headerSize || s[:len(magic)] != magic {
		return nil, errors.New("not a gazetteer table")
	}
	var n [6]int
	for i := range n {
		n[i] = u32(s, len(magic)+4*i)
	}
	sizes := []int{n[0] * placeSize, n[1] * demonymSize, n[2] * 4, n[2] * 4, n[3] * 4, n[4], n[5]}
	parts := make([]string, len(sizes))
	rest := s[headerSize:]
	for i, size := range sizes {
		if size < 0 || size > len(rest) {
			return nil, fmt.Errorf("gazetteer table truncated (section %d)", i)
		}
		parts[i], rest = rest[:size], rest[size:]
	}
	if rest != "" {
		return nil, errors.New("gazetteer table has trailing bytes")
	}
	f := &File{places: parts[0], demonyms: parts[1], keyEnds: parts[2], keyPlaces: parts[3],
		postings: parts[4], keys: parts[5], text: parts[6], nPlaces: n[0], nDem: n[1], nKeys: n[2]}
	return f, f.check()
}
