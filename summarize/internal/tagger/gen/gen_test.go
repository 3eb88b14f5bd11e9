package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"briefbot/summarize/internal/tagger"
)

const (
	winerDir = "../../../../../shared/eval/winer-fr"
	goldPath = "../../../eval/testdata/fr_gold.jsonl"
)

// TestEmbeddedModelOnHeldOut scores the embedded French model on the
// WiNER-fr articles the generator holds out, which it never trained on.
// The floors sit a little under what the model scores.
func TestEmbeddedModelOnHeldOut(t *testing.T) {
	if _, err := os.Stat(winerDir); err != nil {
		t.Skip("WiNER-fr is absent:", err)
	}
	train, held, err := split(winerDir, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	if len(held) == 0 || len(train) < 5*len(held) {
		t.Fatalf("%d training and %d held-out articles", len(train), len(held))
	}
	c := score(tagger.French(), held)
	floors := map[tagger.Kind]float64{tagger.Person: 0.82, tagger.Location: 0.84, tagger.Organization: 0.60, tagger.None: 0.78}
	for k, floor := range floors {
		if f := c[k].f1(); f < floor {
			t.Errorf("F1 of kind %d on %d held-out articles = %.3f, want >= %.2f", k, len(held), f, floor)
		}
	}
}

// TestHeldOutLeavesOutGoldAndReserved checks that no training article is
// one of the French gold or one RESERVED.txt keeps, that the gold's
// articles are out of the corpus but those taken from the held-out part,
// and that those are there.
func TestHeldOutLeavesOutGoldAndReserved(t *testing.T) {
	if _, err := os.Stat(winerDir); err != nil {
		t.Skip("WiNER-fr is absent:", err)
	}
	exclude, heldOut, err := goldIDs(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	train, held, err := split(winerDir, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range train {
		if exclude[a.id] || heldOut[a.id] {
			t.Errorf("article %s of the French gold is trained on", a.id)
		}
	}
	found := 0
	for _, a := range append(train, held...) {
		if exclude[a.id] {
			t.Errorf("article %s of the French gold is in the corpus", a.id)
		}
		if heldOut[a.id] {
			found++
		}
		if a.id == "2016_01_04-001" { // the first WiNER-fr article RESERVED.txt lists
			t.Errorf("reserved article %s is in the corpus", a.id)
		}
	}
	if found != len(heldOut) {
		t.Errorf("%d of the %d gold articles marked held out are in the held-out part", found, len(heldOut))
	}
}

// TestSplitRefusesTrainedGold marks a training article as held out in a
// gold file: the split must refuse it.
func TestSplitRefusesTrainedGold(t *testing.T) {
	if _, err := os.Stat(winerDir); err != nil {
		t.Skip("WiNER-fr is absent:", err)
	}
	train, _, err := split(winerDir, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	bad := filepath.Join(t.TempDir(), "gold.jsonl")
	line := `{"id":"` + train[0].id + `","split":"dev","tagger":"held-out"}` + "\n"
	if err := os.WriteFile(bad, []byte(line), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := split(winerDir, bad); err == nil {
		t.Errorf("split took training article %s marked held out", train[0].id)
	}
}

// TestLabelCountsCharacters labels a text whose offsets count characters
// (runes): an accented word before a name shifts bytes, not characters.
func TestLabelCountsCharacters(t *testing.T) {
	dir := t.TempDir()
	text := "Été à Montréal\n\nLe préfet de l'Hérault, Élise Durand, est arrivée à Sète.\n"
	ann := "T1\tLocation 6 14\tMontréal\n" +
		"T2\tLocation 31 38\tHérault\n" +
		"T3\tPerson 40 52\tÉlise Durand\n" +
		"T4\tLocation 68 72\tSète\n" +
		"T5\tLocation 0 3\tXyz\n" // a surface that is not the text there is left out
	base := filepath.Join(dir, "2016_01_01-001")
	if err := os.WriteFile(base+".txt", []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(base+".ann", []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	a, err := loadArticle(base)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range a.sents {
		for _, sp := range tagger.AppendSpans(nil, s.Labels) {
			got = append(got, sliceWords(s.Words, sp))
		}
	}
	want := []string{"Montréal", "Hérault", "Élise Durand", "Sète"}
	if !slices.Equal(got, want) {
		t.Errorf("labelled names = %q, want %q", got, want)
	}
}

func sliceWords(words []string, sp tagger.Span) string {
	out := words[sp.First]
	for _, w := range words[sp.First+1 : sp.Last+1] {
		out += " " + w
	}
	return out
}

// TestTrainingIsDeterministic trains twice on the same slice of the
// corpus and compares the files.
func TestTrainingIsDeterministic(t *testing.T) {
	if _, err := os.Stat(winerDir); err != nil {
		t.Skip("WiNER-fr is absent:", err)
	}
	train, _, err := split(winerDir, goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var ex []tagger.Sentence
	for _, a := range train[:50] {
		ex = append(ex, a.sents...)
	}
	opt := tagger.Options{Bits: 12, Epochs: 2, Seed: defaults.Seed}
	if !slices.Equal(tagger.Train(ex, opt), tagger.Train(ex, opt)) {
		t.Error("two trainings gave different files")
	}
}
