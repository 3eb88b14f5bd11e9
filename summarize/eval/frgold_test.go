package eval

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const sharedWiner = "../../../shared/eval/winer-fr"

// TestFrenchGoldFile checks the gold file itself, which needs no shared
// data: every line parses, ids name WiNER-fr articles, each field has a
// phrase, and a third is held out for testing.
func TestFrenchGoldFile(t *testing.T) {
	var recs []Record
	err := readJSONL("testdata/fr_gold.jsonl", func(line []byte) error {
		r, err := parseRecord(line)
		recs = append(recs, r)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	test, sampled, seen := 0, 0, map[string]bool{}
	for _, r := range recs {
		if _, ok := winerPath("d", r.ID); !ok || seen[r.ID] {
			t.Errorf("id %q: not a WiNER-fr id, or twice", r.ID)
		}
		seen[r.ID] = true
		for _, f := range Fields {
			if len(r.Gold[f]) == 0 {
				t.Errorf("%s: no gold for %s", r.ID, f)
			}
		}
		if r.Test() {
			test++
		}
		if r.Tagger == "" {
			sampled++
		} else if r.Test() {
			t.Errorf("%s: an article added from the tagger's held-out ones is in the test set", r.ID)
		}
	}
	if sampled < 50 || test != sampled/3 {
		t.Errorf("%d records sampled, %d held out; want about 60 with a third held out", sampled, test)
	}
}

// TestLoadFrenchGold reads the texts of the gold from the shared folder,
// and refuses an article kept for independent evaluation.
func TestLoadFrenchGold(t *testing.T) {
	if _, err := os.Stat(sharedWiner); err != nil {
		t.Skipf("no WiNER-fr folder at %s", sharedWiner)
	}
	recs, err := LoadFrenchGold("testdata/fr_gold.jsonl", sharedWiner)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range recs {
		if r.Title == "" || r.Text == "" || r.Document().Published.IsZero() || r.Lang != "fr" {
			t.Errorf("%s: title %q, %d bytes of text, published %q, lang %q", r.ID, r.Title, len(r.Text), r.DatePublish, r.Lang)
		}
	}
	reserved, err := LoadReserved(sharedWiner)
	if err != nil || len(reserved) == 0 {
		t.Fatalf("reserved list: %v, %d ids", err, len(reserved))
	}
	var one string
	for id := range reserved {
		one = id
		break
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte(`{"id":"`+one+`","gold":{}}`+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadFrenchGold(bad, sharedWiner); err == nil {
		t.Errorf("LoadFrenchGold took the reserved article %s", one)
	}
}

func TestLoadFrenchGoldWithoutFolder(t *testing.T) {
	recs, err := LoadFrenchGold("testdata/fr_gold.jsonl", filepath.Join(t.TempDir(), "absent"))
	if err != nil || len(recs) != 0 {
		t.Errorf("LoadFrenchGold on an absent folder = %d records, %v; want none, nil", len(recs), err)
	}
}

// TestRunWithoutFrenchGold checks that eval skips the French gold, as
// every other set, when its file or its texts are absent.
func TestRunWithoutFrenchGold(t *testing.T) {
	var out strings.Builder
	dir := t.TempDir()
	if err := runFrenchGold(context.Background(), &out, nil, filepath.Join(dir, "absent.jsonl"), dir); err != nil {
		t.Fatalf("runFrenchGold without its file: %v", err)
	}
	if !strings.Contains(out.String(), "skipped") {
		t.Errorf("output %q does not say the set is skipped", out.String())
	}
}
