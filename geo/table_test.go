package geo

import (
	"testing"
)

// TestIndexFoldsAsFold checks the embedded index against Fold as it is
// now: every name of every place is found under its folded form, and every
// key names only places that have a name folding to it. A change to Fold
// (or to lang.Fold) fails here until the table is generated again.
func TestIndexFoldsAsFold(t *testing.T) {
	d, err := open(placesBin)
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]map[int32]bool{}
	for i := range d.places {
		for _, n := range d.places[i].allNames() {
			k := Fold(n)
			if k == "" {
				continue
			}
			if found[k] == nil {
				found[k] = map[int32]bool{}
			}
			found[k][int32(i)] = true
		}
	}
	if d.byName.Keys() != len(found) {
		t.Errorf("the index holds %d keys, the names fold to %d", d.byName.Keys(), len(found))
	}
	bad := 0
	for k, want := range found {
		got := d.named(k)
		if got.Len() != len(want) {
			bad++
			if bad <= 5 {
				t.Errorf("key %q: the index names %d places, the names %d: generate the table again (see README.md)", k, got.Len(), len(want))
			}
			continue
		}
		for j := range got.Len() {
			if !want[got.At(j)] || j > 0 && got.At(j) <= got.At(j-1) {
				t.Errorf("key %q: place %d out of order or not named so", k, got.At(j))
			}
		}
	}
}
