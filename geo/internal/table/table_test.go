package table

import (
	"slices"
	"strings"
	"testing"
)

func sample() *Table {
	return &Table{
		Places: []Place{
			{Kind: 'c', ID: 1835848, Pop: 51_000_000, Country: "KR", Names: "=South Korea\tfr=Corée du Sud"},
			{Kind: 't', ID: 1835848, Pop: 10_349_312, Country: "KR", Names: "=Seoul\tfr=Séoul"},
			{Kind: 'r', Pop: 4_700_000_000, Country: "", Names: "=Asia"},
			{Kind: 't', ID: 4887398, Pop: 2_720_546, Country: "US/Illinois", Names: "=Chicago"},
		},
		Demonyms: []Demonyms{{Country: "KR", Pairs: "en=South Korean\tfr=sud-coréen;sud-coréenne"}},
		Keys: map[string][]uint32{
			"south korea": {0}, "coree du sud": {0}, "seoul": {1}, "asia": {2}, "chicago": {3}, "korea": {0, 1},
		},
	}
}

func TestRoundTrip(t *testing.T) {
	in := sample()
	f, err := Open(string(Encode(in)))
	if err != nil {
		t.Fatal(err)
	}
	if f.Places() != len(in.Places) || f.Demonyms() != 1 || f.Keys() != len(in.Keys) {
		t.Fatalf("counts = %d, %d, %d", f.Places(), f.Demonyms(), f.Keys())
	}
	for i, want := range in.Places {
		if got := f.Place(i); got != want {
			t.Errorf("Place(%d) = %+v, want %+v", i, got, want)
		}
	}
	if got := f.Demonym(0); got != in.Demonyms[0] {
		t.Errorf("Demonym(0) = %+v", got)
	}
	for key, want := range in.Keys {
		p := f.Find(key)
		var got []uint32
		for i := range p.Len() {
			got = append(got, uint32(p.At(i)))
		}
		if !slices.Equal(got, want) {
			t.Errorf("Find(%q) = %v, want %v", key, got, want)
		}
	}
	for _, key := range []string{"", "a", "kor", "koreas", "zzz", "seoul "} {
		if p := f.Find(key); p.Len() != 0 {
			t.Errorf("Find(%q) found %d places, want none", key, p.Len())
		}
	}
}

func TestEmpty(t *testing.T) {
	f, err := Open(string(Encode(&Table{})))
	if err != nil {
		t.Fatal(err)
	}
	if f.Places() != 0 || f.Find("x").Len() != 0 {
		t.Errorf("empty table: %d places", f.Places())
	}
}

// TestOpenRefusesDamage checks that a damaged file is refused at Open
// rather than read out of range later.
func TestOpenRefusesDamage(t *testing.T) {
	good := string(Encode(sample()))
	damaged := map[string]string{
		"empty":     "",
		"magic":     "x" + good[1:],
		"truncated": good[:len(good)-1],
		"trailing":  good + "x",
		"offset":    good[:headerSize+16] + "\xff\xff\xff\x7f" + good[headerSize+20:],
		"posting":   good[:len(good)-len(mustOpen(good).text)-len(mustOpen(good).keys)-4] + "\x09\x00\x00\x00" + good[len(good)-len(mustOpen(good).text)-len(mustOpen(good).keys):],
	}
	for name, s := range damaged {
		if _, err := Open(s); err == nil {
			t.Errorf("%s: Open accepted a damaged table", name)
		}
	}
	if !strings.HasPrefix(good, magic) {
		t.Error("no magic")
	}
}

func mustOpen(s string) *File {
	f, err := Open(s)
	if err != nil {
		panic(err)
	}
	return f
}
