package table

import (
	"errors"
	"sort"
)

// u32 reads the little-endian integer at byte i of s.
func u32(s string, i int) int {
	return int(uint32(s[i]) | uint32(s[i+1])<<8 | uint32(s[i+2])<<16 | uint32(s[i+3])<<24)
}

// u64 reads the little-endian 64-bit integer at byte i of s.
func u64(s string, i int) uint64 {
	return uint64(u32(s, i)) | uint64(u32(s, i+4))<<32
}

// str reads the string whose offset and length are at byte i of recs.
func (f *File) str(recs string, i int) string {
	off := u32(recs, i)
	return f.text[off : off+u32(recs, i+4)]
}

// Places is how many places the table holds.
func (f *File) Places() int { return f.nPlaces }

// Place is the i-th place, 0 ≤ i < Places().
func (f *File) Place(i int) Place {
	at := i * placeSize
	return Place{
		Kind:    f.places[at],
		ID:      uint32(u32(f.places, at+4)),
		Pop:     u64(f.places, at+8),
		Country: f.str(f.places, at+16),
		Names:   f.str(f.places, at+24),
	}
}

// Demonyms is how many countries have demonyms in the table.
func (f *File) Demonyms() int { return f.nDem }

// Demonym is the i-th country's demonyms, 0 ≤ i < Demonyms().
func (f *File) Demonym(i int) Demonyms {
	at := i * demonymSize
	return Demonyms{Country: f.str(f.demonyms, at), Pairs: f.str(f.demonyms, at+8)}
}

// Keys is how many distinct folded names the index holds.
func (f *File) Keys() int { return f.nKeys }

// key is the i-th key in sorted order.
func (f *File) key(i int) string {
	start := 0
	if i > 0 {
		start = u32(f.keyEnds, 4*(i-1))
	}
	return f.keys[start:u32(f.keyEnds, 4*i)]
}

// Postings are the places one key names, in ascending order.
type Postings struct{ s string }

// Len is how many places.
func (p Postings) Len() int { return len(p.s) / 4 }

// At is the index of the i-th place.
func (p Postings) At(i int) int32 { return int32(u32(p.s, 4*i)) }

// Find gives the places whose names fold to key; none when no name does.
func (f *File) Find(key string) Postings {
	i := sort.Search(f.nKeys, func(i int) bool { return f.key(i) >= key })
	if i == f.nKeys || f.key(i) != key {
		return Postings{}
	}
	return f.postingsOf(i)
}

func (f *File) postingsOf(i int) Postings {
	slot := f.keyPlaces[4*i : 4*i+4]
	v := uint32(u32(slot, 0))
	if v&listBit == 0 {
		return Postings{slot}
	}
	at := 4 * int(v&^listBit)
	return Postings{f.postings[at+4 : at+4+4*u32(f.postings, at)]}
}

// check verifies that every offset of the file points inside it, so that
// no read can fail later.
func (f *File) check() error {
	for i := range f.nPlaces {
		if !f.inText(f.places, i*placeSize+16) || !f.inText(f.places, i*placeSize+24) {
			return errors.New("gazetteer table: a place's string lies outside the file")
		}
	}
	for i := range f.nDem {
		if !f.inText(f.demonyms, i*demonymSize) || !f.inText(f.demonyms, i*demonymSize+8) {
			return errors.New("gazetteer table: a demonym's string lies outside the file")
		}
	}
	return f.checkIndex()
}

// inText reports whether the string at byte i of recs lies inside the text.
func (f *File) inText(recs string, i int) bool {
	off, n := u32(recs, i), u32(recs, i+4)
	return off >= 0 && n >= 0 && off <= len(f.text) && n <= len(f.text)-off
}

// checkIndex verifies that the keys are in order and every key's places
// lie inside the file.
func (f *File) checkIndex() error {
	prev := 0
	for i := range f.nKeys {
		end := u32(f.keyEnds, 4*i)
		if end < prev || end > len(f.keys) { // a negative end (on 32 bits) is below the previous one
			return errors.New("gazetteer table: the index is out of order")
		}
		prev = end
		if !f.placesInRange(uint32(u32(f.keyPlaces, 4*i))) {
			return errors.New("gazetteer table: the index names a place it lacks")
		}
	}
	if prev != len(f.keys) {
		return errors.New("gazetteer table: the index does not cover its keys")
	}
	return nil
}

// placesInRange reports whether a key's slot v names places of the file.
func (f *File) placesInRange(v uint32) bool {
	if v&listBit == 0 {
		return int64(v) < int64(f.nPlaces)
	}
	at := int64(v&^listBit) * 4
	if at+4 > int64(len(f.postings)) {
		return false
	}
	n := int64(uint32(u32(f.postings, int(at))))
	if at+4+4*n > int64(len(f.postings)) {
		return false
	}
	for j := range n {
		if int64(uint32(u32(f.postings, int(at+4+4*j)))) >= int64(f.nPlaces) {
			return false
		}
	}
	return true
}
