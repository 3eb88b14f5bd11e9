package topics

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// keyIndexFile is the index's text form that the package embeds.
var keyIndexFile = filepath.Join("data", "keys.txt")

// TestKeyIndexIsGenerated checks that the embedded index is the one its
// sources build today; -update writes it again. A change to the index
// also needs a new KeysVersion (see TestKeysVersionFollowsTheIndex).
func TestKeyIndexIsGenerated(t *testing.T) {
	built := buildKeys().text()
	if *updateKeys {
		if err := os.WriteFile(keyIndexFile, []byte(built), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if built != keyIndexText {
		t.Fatalf("%s is not the index its sources build (a change to the gazetteer, the lexicon or the rules): raise KeysVersion, then run go test ./topics -run 'TestKeyIndexIsGenerated|TestKeysVersionFollowsTheIndex' -update", keyIndexFile)
	}
}

// TestKeyIndexReadsAsBuilt checks that the index read from its text form
// is the one built from the sources, down to what Keys derives from its
// phrases.
func TestKeyIndexReadsAsBuilt(t *testing.T) {
	built := buildKeys()
	read, err := readKeys(built.text())
	if err != nil {
		t.Fatal(err)
	}
	if len(read.exact) != len(built.exact) || len(read.prefix) != len(built.prefix) {
		t.Fatalf("read %d exact and %d prefix phrases, built %d and %d", len(read.exact), len(read.prefix), len(built.exact), len(built.prefix))
	}
	for phrase, e := range built.exact {
		if r := read.exact[phrase]; r.start != e.start || !slices.Equal(r.keys, e.keys) {
			t.Errorf("%q: read %+v, built %+v", phrase, r, e)
		}
	}
	for phrase, ks := range built.prefix {
		if !slices.Equal(read.prefix[phrase], ks) {
			t.Errorf("%q*: read %q, built %q", phrase, read.prefix[phrase], ks)
		}
	}
	if read.longest != built.longest || read.lastLens != built.lastLens || read.phrases != built.phrases || read.prefixes != built.prefixes || read.keyed != built.keyed {
		t.Errorf("read and built differ in what they derive from their phrases")
	}
	if !slices.EqualFunc(read.combos, built.combos, func(a, b combo) bool { return a.key == b.key && slices.Equal(a.codes, b.codes) }) {
		t.Errorf("combos: read %v, built %v", read.combos, built.combos)
	}
}

// FuzzReadKeys checks that any text is read or refused, never a panic.
func FuzzReadKeys(f *testing.F) {
	f.Add(keysHeader + "=seoul\tg1835848\n*corée\tpkr\n+qkpkr\tKP KR\n")
	f.Add(keysHeader + "=\t\n")
	f.Fuzz(func(t *testing.T, s string) {
		readKeys(keysHeader + s)
	})
}

// BenchmarkReadKeys measures reading the embedded index, once a process.
func BenchmarkReadKeys(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := readKeys(keyIndexText); err != nil {
			b.Fatal(err)
		}
	}
}
