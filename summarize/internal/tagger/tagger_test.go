package tagger

import (
	"errors"
	"os"
	"slices"
	"strings"
	"testing"
)

// synthetic makes sentences where a capitalised word after "à" is a
// place, one after "M." a person, and "Banque X" an organisation, among
// filler words; the seed fixes the words.
func synthetic(n int, seed int) []Sentence {
	places := []string{"Lyon", "Brest", "Tulle", "Agen", "Dax", "Sète"}
	people := []string{"Durand", "Martin", "Petit", "Roux", "Morel"}
	banks := []string{"Rouge", "Verte", "Alpine", "Royale"}
	var out []Sentence
	for i := range n {
		k := i*7 + seed
		s := Sentence{}
		add := func(w string, l Label) {
			s.Words = append(s.Words, w)
			s.Labels = append(s.Labels, l)
		}
		add("Hier", O)
		add("M.", O)
		add(people[k%len(people)], BPer)
		add("est", O)
		add("allé", O)
		add("à", O)
		add(places[k%len(places)], BLoc)
		add("voir", O)
		add("la", O)
		add("Banque", BOrg)
		add(banks[k%len(banks)], IOrg)
		add(".", O)
		out = append(out, s)
	}
	return out
}

func TestTrainLearnsAPattern(t *testing.T) {
	data := Train(synthetic(200, 0), Options{Bits: 12, Epochs: 5, Seed: 1})
	m, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range synthetic(20, 3) {
		if got := m.Tag(s.Words, nil); !slices.Equal(got, s.Labels) {
			t.Errorf("Tag(%q) = %v, want %v", s.Words, got, s.Labels)
		}
	}
	// a word never seen, in the same frame, is read by its context
	words := strings.Fields("Hier M. Zorglub est allé à Quimper voir la Banque Bleue .")
	got := AppendSpans(nil, m.Tag(words, nil))
	want := []Span{{Person, 2, 2}, {Location, 6, 6}, {Organization, 9, 10}}
	if !slices.Equal(got, want) {
		t.Errorf("spans of unseen names = %v, want %v", got, want)
	}
}

func TestTrainIsDeterministic(t *testing.T) {
	opt := Options{Bits: 10, Epochs: 3, Seed: 7}
	a, b := Train(synthetic(50, 0), opt), Train(synthetic(50, 0), opt)
	if !slices.Equal(a, b) {
		t.Error("two trainings on the same examples gave different models")
	}
}

func TestLoadRefusesOtherData(t *testing.T) {
	good := Train(synthetic(5, 0), Options{Bits: 6, Epochs: 1, Seed: 1})
	for name, data := range map[string][]byte{
		"empty":     nil,
		"magic":     append([]byte("NOTMODEL"), good[8:]...),
		"truncated": good[:len(good)-1],
		"longer":    append(slices.Clone(good), 0),
	} {
		if _, err := Load(data); !errors.Is(err, ErrFormat) {
			t.Errorf("%s: Load = %v, want ErrFormat", name, err)
		}
	}
}

func TestAppendSpans(t *testing.T) {
	labels := []Label{BPer, IPer, O, BLoc, BLoc, ILoc, IOrg, BOrg}
	got := AppendSpans(nil, labels)
	want := []Span{{Person, 0, 1}, {Location, 3, 3}, {Location, 4, 5}, {Organization, 6, 6}, {Organization, 7, 7}}
	if !slices.Equal(got, want) {
		t.Errorf("AppendSpans = %v, want %v", got, want)
	}
}

func TestFrenchModelTagsANewsSentence(t *testing.T) {
	words := strings.Fields("Le président Emmanuel Macron s' est rendu à Toulouse avec le ministre de l' Intérieur , a indiqué l' Élysée .")
	got := AppendSpans(nil, French().Tag(words, nil))
	for _, want := range []Span{{Person, 2, 3}, {Location, 8, 8}} {
		if !slices.Contains(got, want) {
			t.Errorf("spans = %v, missing %v", got, want)
		}
	}
}

// seedSentences are the sentences of the French seed article, cut at
// spaces, or none when the seeds are absent.
func seedSentences(tb testing.TB) [][]string {
	text, err := os.ReadFile("../../../../shared/seeds/000_1eee83dda02d9031.txt")
	if err != nil {
		tb.Skip("the French seed article is absent:", err)
	}
	var out [][]string
	for _, line := range strings.Split(string(text), "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			if w := strings.Fields(s); len(w) > 0 {
				out = append(out, w)
			}
		}
	}
	return out
}

func BenchmarkTag(b *testing.B) {
	sents := seedSentences(b)
	m := French()
	words := 0
	for _, s := range sents {
		words += len(s)
	}
	var labels []Label
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sents {
			labels = m.Tag(s, labels)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N), "µs/article")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(words), "ns/word")
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(frenchData); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzTag(f *testing.F) {
	f.Add("Le maire de Tarbes, M. Dupont, a rencontré l'ONU à Genève.")
	f.Add("")
	f.Add("\xff\xfe ÉÉÉ 123 -- ' « » Ǆ ǅ İ")
	m := French()
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		labels := m.Tag(words, nil)
		if len(labels) != len(words) {
			t.Fatalf("%d labels for %d words", len(labels), len(words))
		}
		for _, sp := range AppendSpans(nil, labels) {
			if sp.First > sp.Last || sp.Last >= len(words) || sp.Kind == None {
				t.Fatalf("bad span %v of %d words", sp, len(words))
			}
		}
	})
}

// TestHashSetHoldsWhatWasAdded: the starters' set answers as a sorted
// list searched would, the hash 0 and colliding slots included.
func TestHashSetHoldsWhatWasAdded(t *testing.T) {
	in := []uint64{0, 1, 17, 33, 1 << 40, 1<<40 + 16, ^uint64(0)}
	s := newHashSet(len(in))
	for _, h := range in {
		s.add(h)
	}
	for _, h := range append(in, 2, 49, 1<<41, ^uint64(0)-1) {
		if got, want := s.has(h), slices.Contains(in, h); got != want {
			t.Errorf("has(%#x) = %v, want %v", h, got, want)
		}
	}
	if empty := newHashSet(0); empty.has(0) || empty.has(5) {
		t.Error("an empty set holds a hash")
	}
}

// TestLowerShapeTable: lowerShape reads from its table what
// lowerShapeOf works out, for every character.
func TestLowerShapeTable(t *testing.T) {
	for r := rune(-1); r <= 0x10FFFF+1; r++ {
		l, s := lowerShape(r)
		if wl, ws := lowerShapeOf(r); l != wl || s != ws {
			t.Errorf("lowerShape(%U) = %U, %U, want %U, %U", r, l, s, wl, ws)
		}
	}
}
